"""A real vault for the community-work use cases (issue 19)."""

from tests.unit.vault_fixtures import s, vault, world  # noqa: F401

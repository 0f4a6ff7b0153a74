"""A real vault for the mental-health consultations (issue 19)."""

from tests.unit.vault_fixtures import s, vault, world  # noqa: F401

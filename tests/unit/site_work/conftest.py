"""The use-case tests of this folder run on a fresh real vault (tests/unit/vault_fixtures.py)."""

from tests.unit.vault_fixtures import s, vault, world  # noqa: F401  (fixtures)

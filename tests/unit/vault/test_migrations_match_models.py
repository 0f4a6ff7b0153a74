"""The vault's Alembic migrations build exactly the schema the ORM models describe."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from fieldapp.records.base import Base
from fieldapp.vault import migrate
from tests.factories import make_vault

# FTS5 virtual tables and their shadow tables are made by raw SQL in a migration on purpose.
FTS_TABLES = ("note_fts", "note_trigram", "ni_fts", "household_fts")
# the outbox's partial indexes are kept by the vault itself (fieldapp/vault/outbox.py)
OUTBOX_INDEX = "Index('outbox_"


def _relevant(diff: object) -> bool:
    text = repr(diff)
    return OUTBOX_INDEX not in text and not any(f"Table('{name}" in text for name in FTS_TABLES)


def test_migrated_vault_matches_the_models(tmp_path: Path) -> None:
    vault = make_vault(tmp_path)
    try:
        assert migrate.current_heads(vault.engine) == migrate.heads()
        assert len(migrate.heads()) == 1, "area branches must be merged into one head"
        with vault.engine.connect() as conn:
            diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert [d for d in diffs if _relevant(d)] == []
    finally:
        vault.lock()

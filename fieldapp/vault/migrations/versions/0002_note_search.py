"""Full-text search over case-note text (FTS5, diacritics-insensitive), kept in sync by triggers.

The index is an external-content FTS5 table over case_notes (it stores no second copy of
the text; SQLCipher encrypts its pages like every other table). If the database is ever
VACUUMed, run ``INSERT INTO note_fts(note_fts) VALUES('rebuild')`` afterwards, since VACUUM
may renumber rowids of tables without an INTEGER PRIMARY KEY.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE note_fts USING fts5("
        "text, content='case_notes', content_rowid='rowid', "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE TRIGGER case_notes_fts_ai AFTER INSERT ON case_notes BEGIN "
        "INSERT INTO note_fts(rowid, text) VALUES (new.rowid, new.text); END"
    )
    op.execute(
        "CREATE TRIGGER case_notes_fts_ad AFTER DELETE ON case_notes BEGIN "
        "INSERT INTO note_fts(note_fts, rowid, text) VALUES ('delete', old.rowid, old.text); END"
    )
    op.execute(
        "CREATE TRIGGER case_notes_fts_au AFTER UPDATE OF text ON case_notes BEGIN "
        "INSERT INTO note_fts(note_fts, rowid, text) VALUES ('delete', old.rowid, old.text); "
        "INSERT INTO note_fts(rowid, text) VALUES (new.rowid, new.text); END"
    )
    op.execute("INSERT INTO note_fts(note_fts) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ("case_notes_fts_ai", "case_notes_fts_ad", "case_notes_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS note_fts")

"""Search inside words: a trigram index over case-note text beside the word index, so
"achterstand" finds "huurachterstand" (Dutch compounds) and accents are ignored.

An external-content FTS5 table like note_fts (no second copy of the text; its pages are
encrypted like every other), kept in sync by triggers.

Revision ID: 0700_note_trigram
Revises: 0600_register_import
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0700_note_trigram"
down_revision: str | None = "0600_register_import"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE note_trigram USING fts5("
        "text, content='case_notes', content_rowid='rowid', "
        "tokenize='trigram remove_diacritics 1', detail='full')"
    )
    op.execute(
        "CREATE TRIGGER case_notes_tri_ai AFTER INSERT ON case_notes BEGIN "
        "INSERT INTO note_trigram(rowid, text) VALUES (new.rowid, new.text); END"
    )
    op.execute(
        "CREATE TRIGGER case_notes_tri_ad AFTER DELETE ON case_notes BEGIN "
        "INSERT INTO note_trigram(note_trigram, rowid, text) "
        "VALUES ('delete', old.rowid, old.text); END"
    )
    op.execute(
        "CREATE TRIGGER case_notes_tri_au AFTER UPDATE OF text ON case_notes BEGIN "
        "INSERT INTO note_trigram(note_trigram, rowid, text) "
        "VALUES ('delete', old.rowid, old.text); "
        "INSERT INTO note_trigram(rowid, text) VALUES (new.rowid, new.text); END"
    )
    op.execute("INSERT INTO note_trigram(note_trigram) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ("case_notes_tri_ai", "case_notes_tri_ad", "case_notes_tri_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS note_trigram")

"""Note search forgets removed words at once (issue 14, deleted means gone).

FTS5 keeps a removed token in its index segments until they merge: a note's words deleted
or edited away stayed readable in `note_fts_data` and `note_trigram_data` (found by the
vault scan after migration 1497). FTS5's `secure-delete` option (SQLite 3.42+) removes a
deleted row's entries from the segments as it goes; it is stored in the index's own
configuration, so it holds for every later delete and edit of the word index. On the
trigram index it would cost about 7 ms per edited note (measured: 100 edits at 20,000
notes, 18 ms without, 871 ms with both indexes, 76 ms with the word index only), so that
index is merged instead when a note is deleted (`fieldapp.casework.search
.forget_deleted_words`). Both indexes are rebuilt once, which drops what earlier deletes
and edits left behind.

Revision ID: 1499_fts_secure_delete
Revises: 1498_staff_names
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

revision: str = "1499_fts_secure_delete"
down_revision: str | None = "1498_staff_names"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# FTS5's own commands, spelled out (an index's name is not a bind parameter)
TURN_ON = ("INSERT INTO note_fts(note_fts, rank) VALUES ('secure-delete', 1)",)
REBUILD = (
    "INSERT INTO note_fts(note_fts) VALUES ('rebuild')",
    "INSERT INTO note_trigram(note_trigram) VALUES ('rebuild')",
)
TURN_OFF = ("INSERT INTO note_fts(note_fts, rank) VALUES ('secure-delete', 0)",)


def upgrade() -> None:
    for statement in (*TURN_ON, *REBUILD):
        op.execute(statement)


def downgrade() -> None:
    for statement in TURN_OFF:
        op.execute(statement)

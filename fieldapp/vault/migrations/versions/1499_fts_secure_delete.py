"""Note search forgets removed words at once (issue 14, deleted means gone).

FTS5 keeps a removed token in its index segments until they merge: a note's words deleted
or edited away stayed readable in `note_fts_data` and `note_trigram_data` (found by the
vault scan after migration 1497). FTS5's `secure-delete` option (SQLite 3.42+) removes a
deleted row's entries from the segments as it goes; it is stored in the index's own
configuration, so it holds for every later delete and edit. The indexes are then rebuilt
once, which drops what earlier deletes and edits left behind.

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

INDEXES = ("note_fts", "note_trigram")


def upgrade() -> None:
    for index in INDEXES:
        op.execute(f"INSERT INTO {index}({index}, rank) VALUES ('secure-delete', 1)")
        op.execute(f"INSERT INTO {index}({index}) VALUES ('rebuild')")


def downgrade() -> None:
    for index in INDEXES:
        op.execute(f"INSERT INTO {index}({index}, rank) VALUES ('secure-delete', 0)")

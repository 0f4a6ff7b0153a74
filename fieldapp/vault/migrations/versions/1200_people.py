"""People are accounts (issue 16): the case worker, a follow-up's assignee, a visit's worker
and both sides of a reassignment are account ids; the directory of the organisation's
people keeps their roles, the sites they hold a key to, and whether they are active.

Free-text worker names stay where they were (`assigned_worker`, `from_worker`, `to_worker`):
they are mapped to accounts by `fieldapp.people.mapping` once the directory is known, and
shown as former names until then.

Revision ID: 1200_people
Revises: 0900_restricted_shares
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1200_people"
down_revision: str | None = "0900_restricted_shares"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID_COLUMNS = (("case_files", "worker_id"), ("follow_ups", "assignee_id"),
              ("home_visits", "worker_id"))


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild): the case tables carry search triggers and are
    # referenced by every case record.
    for table, column in ID_COLUMNS:
        op.add_column(table, sa.Column(column, sa.String(36), nullable=True))
        op.create_index(f"ix_{table}_{column}", table, [column])
    op.add_column("reassignments", sa.Column("from_worker_id", sa.String(36), nullable=True))
    op.add_column("reassignments", sa.Column("to_worker_id", sa.String(36), nullable=True))
    op.add_column("sync_users", sa.Column("roles", sa.JSON(), nullable=False,
                                          server_default="[]"))
    op.add_column("sync_users", sa.Column("site_ids", sa.JSON(), nullable=False,
                                          server_default="[]"))
    op.add_column("sync_users", sa.Column("active", sa.Boolean(), nullable=False,
                                          server_default=sa.true()))


def downgrade() -> None:
    for column in ("active", "site_ids", "roles"):
        op.drop_column("sync_users", column)
    op.drop_column("reassignments", "to_worker_id")
    op.drop_column("reassignments", "from_worker_id")
    for table, column in reversed(ID_COLUMNS):
        op.drop_index(f"ix_{table}_{column}", table_name=table)
        op.drop_column(table, column)

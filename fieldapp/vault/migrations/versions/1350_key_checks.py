"""Keys verified, not trusted (issue 14): the colleagues' keys this person verified on this
device (`sync_key_checks`). Keys pinned before this version were trusted on first sight and
are not counted as verified: nothing recorded whether a code was compared for them.

Revision ID: 1350_key_checks
Revises: 1260_agenda_all_planned (re-chained after the migrations that landed on main)
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1350_key_checks"
down_revision: str | None = "1500_collective"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_key_checks",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("wrap_public", sa.LargeBinary(), nullable=False),
        sa.Column("sign_public", sa.LargeBinary(), nullable=False),
        sa.Column("checked_at", sa.Float(), nullable=False),
        sa.Column("how", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_key_checks")),
    )
    op.create_index(op.f("ix_sync_key_checks_user_id"), "sync_key_checks", ["user_id"],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_sync_key_checks_user_id"), table_name="sync_key_checks")
    op.drop_table("sync_key_checks")

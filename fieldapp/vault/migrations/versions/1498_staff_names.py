"""The organisation's names, sealed (issue 14, item 9): `staff_names` in `people:<org>`,
one record per account, and the e-mail address the server lists for each person in
`sync_users` (shown until a laptop holds the person's name). The server keeps no name
any more (server migration 0080).

Revision ID: 1498_staff_names
Revises: 1497_blank_old_tombstones
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1498_staff_names"
down_revision: str | None = "1497_blank_old_tombstones"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "staff_names",
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("collection_id", sa.String(length=120), nullable=False),
        sa.Column("rev", sa.String(length=36), nullable=False),
        sa.Column("base_rev", sa.String(length=36), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_names")),
    )
    for column in ("account_id", "collection_id"):
        op.create_index(op.f(f"ix_staff_names_{column}"), "staff_names", [column], unique=False)
    with op.batch_alter_table("sync_users") as batch:
        batch.add_column(sa.Column("email", sa.String(length=254), nullable=False,
                                   server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("sync_users") as batch:
        batch.drop_column("email")
    op.drop_table("staff_names")

"""The premises lent to a PSC (issue 19, item 1): `psc_premises_loans` in `community:<org>`,
a common room of the collective register named as it was shown, with its dates.

Revision ID: 1496_premises_loans
Revises: 1495_council_and_coaching
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1496_premises_loans"
down_revision: str | None = "1495_council_and_coaching"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "psc_premises_loans",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("room_id", sa.String(length=36), nullable=False),
        sa.Column("room_name", sa.String(length=120), nullable=False),
        sa.Column("room_kind", sa.String(length=20), nullable=False),
        sa.Column("site_name", sa.String(length=200), nullable=False),
        sa.Column("lent_from", sa.Date(), nullable=False),
        sa.Column("lent_to", sa.Date(), nullable=True),
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
        sa.ForeignKeyConstraint(["project_id"], ["psc_projects.id"],
                                name=op.f("fk_psc_premises_loans_project_id_psc_projects")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_psc_premises_loans")),
    )
    for column in ("project_id", "room_id", "collection_id"):
        op.create_index(op.f(f"ix_psc_premises_loans_{column}"), "psc_premises_loans",
                        [column], unique=False)


def downgrade() -> None:
    op.drop_table("psc_premises_loans")

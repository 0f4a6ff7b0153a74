"""Restricted notes per author (issue 14): the author's shares of their restricted notes of
a site with a named colleague (`restricted_shares`, in the author's restricted collection).

Revision ID: 0900_restricted_shares
Revises: 0800_profile_roles
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0900_restricted_shares"
down_revision: str | None = "0800_profile_roles"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "restricted_shares",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=False),
        sa.Column("colleague_id", sa.String(length=36), nullable=False),
        sa.Column("colleague_name", sa.String(length=200), nullable=False),
        sa.Column("shared_on", sa.Date(), nullable=False),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_restricted_shares")),
    )
    op.create_index(op.f("ix_restricted_shares_collection_id"), "restricted_shares",
                    ["collection_id"], unique=False)
    op.create_index(op.f("ix_restricted_shares_site_id"), "restricted_shares", ["site_id"],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_restricted_shares_site_id"), table_name="restricted_shares")
    op.drop_index(op.f("ix_restricted_shares_collection_id"), table_name="restricted_shares")
    op.drop_table("restricted_shares")

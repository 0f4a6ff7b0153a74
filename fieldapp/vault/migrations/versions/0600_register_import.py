"""Households keep the tenant register's reference (the key of idempotent re-imports) and
the date they moved out (issue 16 item 5).

Revision ID: 0600_register_import
Revises: 0500_merge_areas
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0600_register_import"
down_revision: str | None = "0500_merge_areas"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("households", sa.Column("reference", sa.String(length=40), nullable=True))
    op.add_column("households", sa.Column("moved_out_on", sa.Date(), nullable=True))
    op.create_index(op.f("ix_households_reference"), "households", ["reference"])


def downgrade() -> None:
    op.drop_index(op.f("ix_households_reference"), table_name="households")
    op.drop_column("households", "moved_out_on")
    op.drop_column("households", "reference")

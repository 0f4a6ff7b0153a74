"""users.employer (issue 19): the housing company itself or the DMBSH, which seconds its
social workers to the housing companies. Every existing account is the housing company's.

Revision ID: 0070
Revises: 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0070"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("employer", sa.String(length=20), nullable=False,
                                   server_default="housing_company"))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("employer")

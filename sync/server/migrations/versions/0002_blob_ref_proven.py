"""blob_refs.proven: a collection may reference an existing blob only after its uploader
proved possession of the bytes (so a blob id alone is not a capability).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("blob_refs") as batch:
        batch.add_column(
            sa.Column("proven", sa.Boolean(), nullable=False, server_default=sa.true())
        )


def downgrade() -> None:
    with op.batch_alter_table("blob_refs") as batch:
        batch.drop_column("proven")

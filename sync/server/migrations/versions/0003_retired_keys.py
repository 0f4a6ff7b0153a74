"""retired_keys: an account's public keys from before a re-enrolment.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "retired_keys",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("sign_public", sa.LargeBinary(), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("wrap_public", sa.LargeBinary(), nullable=False),
        sa.Column("valid_from", sa.Float(), nullable=False),
        sa.Column("valid_until", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_retired_keys_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_retired_keys_user_id_users")
        ),
        sa.PrimaryKeyConstraint("user_id", "sign_public", name=op.f("pk_retired_keys")),
    )
    op.create_index(
        op.f("ix_retired_keys_organisation_id"), "retired_keys", ["organisation_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_retired_keys_organisation_id"), table_name="retired_keys")
    op.drop_table("retired_keys")

"""The mobile mental-health team's consultations under a pseudonym (issue 19):
`mh_consultations` in `consultation:<org>`, and the case file's link to its pseudonym,
`case_consultations`, in the case's `casework:<site>`.

Revision ID: 1490_mental_health
Revises: 1460_keys_trusted_earlier
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1490_mental_health"
down_revision: str | None = "1480_collective_field_work"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _synced() -> list[sa.Column[object]]:
    return [
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
    ]


def upgrade() -> None:
    op.create_table(
        "mh_consultations",
        sa.Column("pseudonym", sa.String(length=16), nullable=False),
        sa.Column("asked_on", sa.Date(), nullable=False),
        sa.Column("asked_by", sa.String(length=36), nullable=False),
        sa.Column("age_band", sa.String(length=8), nullable=False),
        sa.Column("household_type", sa.String(length=16), nullable=False),
        sa.Column("concerns", sa.JSON(), nullable=False),
        sa.Column("urgency", sa.String(length=8), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("advice", sa.Text(), nullable=False),
        sa.Column("answered_by", sa.String(length=36), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mh_consultations")),
    )
    op.create_index(op.f("ix_mh_consultations_collection_id"), "mh_consultations",
                    ["collection_id"], unique=False)
    op.create_index(op.f("ix_mh_consultations_pseudonym"), "mh_consultations",
                    ["pseudonym"], unique=False)
    op.create_table(
        "case_consultations",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("consultation_id", sa.String(length=36), nullable=False),
        sa.Column("pseudonym", sa.String(length=16), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(["case_id"], ["case_files.id"],
                                name=op.f("fk_case_consultations_case_id_case_files")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_consultations")),
    )
    for column in ("case_id", "consultation_id", "collection_id"):
        op.create_index(op.f(f"ix_case_consultations_{column}"), "case_consultations",
                        [column], unique=False)


def downgrade() -> None:
    op.drop_table("case_consultations")
    op.drop_table("mh_consultations")

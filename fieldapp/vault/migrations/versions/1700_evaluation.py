"""The evaluation table (issue 19): yearly targets and self-evaluation per axis and
objective, and each site's state of play (`supervision:<org>`, supervisors only).

Revision ID: 1700_evaluation
Revises: 1100_agenda
Create Date: 2026-12-06
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "1700_evaluation"
down_revision: str | None = "1100_agenda"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _synced() -> list[sa.Column[Any]]:
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
        "evaluation_entries",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=12), nullable=False),
        sa.Column("code", sa.String(length=4), nullable=False),
        sa.Column("target", sa.Integer(), nullable=True),
        sa.Column("self_evaluation", sa.Text(), nullable=False),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_entries")),
    )
    op.create_table(
        "site_states_of_play",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("psc", sa.String(length=200), nullable=False),
        sa.Column("arhuu", sa.Boolean(), nullable=False),
        sa.Column("associations", sa.Text(), nullable=False),
        sa.Column("fte_company", sa.Float(), nullable=False),
        sa.Column("fte_dmbsh", sa.Float(), nullable=False),
        sa.Column("fte_psc", sa.Float(), nullable=False),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_states_of_play")),
    )
    for table, columns in (("evaluation_entries", ("collection_id", "year")),
                           ("site_states_of_play", ("collection_id", "site_id", "year"))):
        for column in columns:
            op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def downgrade() -> None:
    op.drop_table("site_states_of_play")
    op.drop_table("evaluation_entries")

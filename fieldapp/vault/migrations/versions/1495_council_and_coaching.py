"""Tenant participation, continued (issue 18, item 6): where and when the ARHUU election's
polling station opens (printed on the notice); the ARHUU council formed by the
elected candidates (each member's mandate dates) with its meetings linked to it; the
coaching contacts of an application to the call for projects and the final report of a
granted project.

Revision ID: 1495_council_and_coaching
Revises: 1450_outbox_indexes
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1495_council_and_coaching"
down_revision: str | None = "1450_outbox_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("cm_elections", sa.Column("polling_place", sa.String(length=200),
                                            nullable=False, server_default=""))
    op.add_column("cm_elections", sa.Column("polling_hours", sa.String(length=60),
                                            nullable=False, server_default=""))
    op.add_column("cm_candidates", sa.Column("mandate_from", sa.Date(), nullable=True))
    op.add_column("cm_candidates", sa.Column("mandate_until", sa.Date(), nullable=True))
    op.add_column("cm_council_meetings",
                  sa.Column("election_id", sa.String(length=36), nullable=True))
    op.add_column("cm_applications",
                  sa.Column("report_received_on", sa.Date(), nullable=True))
    op.add_column("cm_applications", sa.Column("report_summary", sa.Text(), nullable=False,
                                               server_default=""))
    op.add_column("cm_applications", sa.Column("amount_spent", sa.Integer(), nullable=True))
    op.create_table(
        "cm_coaching",
        sa.Column("application_id", sa.String(length=36), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("discussed", sa.Text(), nullable=False),
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
        sa.ForeignKeyConstraint(["application_id"], ["cm_applications.id"],
                                name=op.f("fk_cm_coaching_application_id_cm_applications")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cm_coaching")),
    )
    for column in ("collection_id", "application_id"):
        op.create_index(op.f(f"ix_cm_coaching_{column}"), "cm_coaching", [column])


def downgrade() -> None:
    op.drop_table("cm_coaching")
    for column in ("amount_spent", "report_summary", "report_received_on"):
        op.drop_column("cm_applications", column)
    op.drop_column("cm_council_meetings", "election_id")
    op.drop_column("cm_candidates", "mandate_until")
    op.drop_column("cm_candidates", "mandate_from")
    op.drop_column("cm_elections", "polling_hours")
    op.drop_column("cm_elections", "polling_place")

"""Neighbourhood agents: requests, interventions, defect reports, hand-offs to assistants.

Revision ID: 0200_neighbourhood
Revises: 0002
Create Date: 2026-11-21
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0200_neighbourhood"
down_revision: str | None = "0002"
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


def _fk(column: str, table: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))


def _place(table: str) -> list[Any]:
    return [
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("building_id", sa.String(length=36), nullable=True),
        sa.Column("entrance", sa.String(length=20), nullable=False),
        sa.Column("floor", sa.String(length=10), nullable=False),
        sa.Column("dwelling_id", sa.String(length=36), nullable=True),
        _fk("site_id", table, "sites"),
        _fk("building_id", table, "buildings"),
        _fk("dwelling_id", table, "dwellings"),
    ]


def _index(table: str, *columns: str) -> None:
    op.create_index(op.f(f"ix_{table}_{columns[0]}"), table, list(columns), unique=False)


def upgrade() -> None:
    op.create_table(
        "nb_requests",
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("category", sa.String(length=30), nullable=False),
        *_place("nb_requests"),
        sa.Column("reporter", sa.String(length=160), nullable=False),
        sa.Column("urgency", sa.String(length=20), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("rank_key", sa.Float(), nullable=True),
        sa.Column("round_day", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closed_by", sa.String(length=36), nullable=True),
        sa.Column("handed_off_on", sa.Date(), nullable=True),
        sa.Column("defect_report_id", sa.String(length=36), nullable=True),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nb_requests")),
    )
    _index("nb_requests", "collection_id")
    _index("nb_requests", "site_id")
    _index("nb_requests", "closed_on")
    _index("nb_requests", "round_day")
    _index("nb_requests", "received_at")
    op.create_index("ix_nb_requests_status_round", "nb_requests", ["status", "round_day"])

    op.create_table(
        "nb_interventions",
        sa.Column("request_id", sa.String(length=36), nullable=True),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("met", sa.Text(), nullable=False),
        sa.Column("actions", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("photos", sa.JSON(), nullable=False),
        sa.Column("follow_up_needed", sa.Boolean(), nullable=False),
        *_synced(),
        _fk("request_id", "nb_interventions", "nb_requests"),
        _fk("site_id", "nb_interventions", "sites"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nb_interventions")),
    )
    for column in ("collection_id", "request_id", "site_id", "occurred_at"):
        _index("nb_interventions", column)

    op.create_table(
        "nb_defect_reports",
        sa.Column("request_id", sa.String(length=36), nullable=True),
        *_place("nb_defect_reports"),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("urgency", sa.String(length=20), nullable=False),
        sa.Column("photos", sa.JSON(), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=False),
        *_synced(),
        _fk("request_id", "nb_defect_reports", "nb_requests"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nb_defect_reports")),
    )
    _index("nb_defect_reports", "collection_id")
    _index("nb_defect_reports", "request_id")

    op.create_table(
        "handoffs",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("building_id", sa.String(length=36), nullable=True),
        sa.Column("dwelling_id", sa.String(length=36), nullable=True),
        sa.Column("household_id", sa.String(length=36), nullable=True),
        sa.Column("request_ref", sa.String(length=36), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("urgency", sa.String(length=20), nullable=False),
        sa.Column("handed_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        *_synced(),
        _fk("site_id", "handoffs", "sites"),
        _fk("building_id", "handoffs", "buildings"),
        _fk("dwelling_id", "handoffs", "dwellings"),
        _fk("household_id", "handoffs", "households"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handoffs")),
    )
    for column in ("collection_id", "site_id", "due_on"):
        _index("handoffs", column)


def downgrade() -> None:
    for table in ("handoffs", "nb_defect_reports", "nb_interventions", "nb_requests"):
        op.drop_table(table)

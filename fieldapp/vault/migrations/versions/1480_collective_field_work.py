"""Collective work beyond the monthly meeting (issue 18, items 3, 4 and 6): awareness
campaigns and their door-to-door rounds (a door and its outcome, never a name), the register
of common rooms with bookings and keys lent out, and tenant participation (the call for
projects and its applications, meetings of the ARHUU or a tenants' committee, tenants' own
initiatives and the support given, the ARHUU election with its roll purged at validation).

Revision ID: 1480_collective_field_work
Revises: 1460_keys_trusted_earlier
Create Date: 2026-12-06
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "1480_collective_field_work"
down_revision: str | None = "1460_keys_trusted_earlier"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _synced(table: str) -> list[Any]:
    """The sync metadata every synced record carries (fieldapp.records.base.Synced)."""
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
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def _fk(table: str, column: str, parent: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{parent}.id"],
                                   name=op.f(f"fk_{table}_{column}_{parent}"))


def _indexes(table: str, *columns: str) -> None:
    for column in ("collection_id", *columns):
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


TABLES = ("cm_candidates", "cm_election_roll", "cm_elections", "cm_initiative_support",
          "cm_initiatives", "cm_council_meetings", "cm_applications", "cm_calls",
          "cm_room_incidents", "cm_room_keys", "cm_bookings", "cm_rooms", "cm_doors",
          "cm_campaigns")


def upgrade() -> None:
    op.create_table(
        "cm_campaigns",
        sa.Column("neighbourhood_id", sa.String(length=36), nullable=False),
        sa.Column("theme", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("building_ids", sa.JSON(), nullable=False),
        sa.Column("posters", sa.Integer(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        *_synced("cm_campaigns"),
    )
    _indexes("cm_campaigns", "neighbourhood_id", "starts_on")
    op.create_table(
        "cm_doors",
        sa.Column("campaign_id", sa.String(length=36), nullable=False),
        sa.Column("dwelling_id", sa.String(length=36), nullable=False),
        sa.Column("outcome", sa.String(length=12), nullable=False),
        sa.Column("visited_on", sa.Date(), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        *_synced("cm_doors"),
        _fk("cm_doors", "campaign_id", "cm_campaigns"),
    )
    _indexes("cm_doors", "campaign_id", "dwelling_id")
    op.create_table(
        "cm_rooms",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("house_rules", sa.Text(), nullable=False),
        *_synced("cm_rooms"),
    )
    _indexes("cm_rooms", "site_id")
    op.create_table(
        "cm_bookings",
        sa.Column("room_id", sa.String(length=36), nullable=False),
        sa.Column("booked_on", sa.Date(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("purpose", sa.String(length=200), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        *_synced("cm_bookings"),
        _fk("cm_bookings", "room_id", "cm_rooms"),
    )
    _indexes("cm_bookings", "room_id", "booked_on")
    op.create_table(
        "cm_room_keys",
        sa.Column("room_id", sa.String(length=36), nullable=False),
        sa.Column("holder", sa.String(length=160), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("returned_on", sa.Date(), nullable=True),
        *_synced("cm_room_keys"),
        _fk("cm_room_keys", "room_id", "cm_rooms"),
    )
    _indexes("cm_room_keys", "room_id")
    op.create_table(
        "cm_room_incidents",
        sa.Column("room_id", sa.String(length=36), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        *_synced("cm_room_incidents"),
        _fk("cm_room_incidents", "room_id", "cm_rooms"),
    )
    _indexes("cm_room_incidents", "room_id")
    op.create_table(
        "cm_calls",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("call_text", sa.Text(), nullable=False),
        *_synced("cm_calls"),
    )
    _indexes("cm_calls", "year")
    op.create_table(
        "cm_applications",
        sa.Column("call_id", sa.String(length=36), nullable=False),
        sa.Column("applicant_kind", sa.String(length=20), nullable=False),
        sa.Column("applicant", sa.String(length=160), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("amount_requested", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("amount_granted", sa.Integer(), nullable=False),
        *_synced("cm_applications"),
        _fk("cm_applications", "call_id", "cm_calls"),
    )
    _indexes("cm_applications", "call_id")
    op.create_table(
        "cm_council_meetings",
        sa.Column("body", sa.String(length=20), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("advice", sa.Text(), nullable=False),
        *_synced("cm_council_meetings"),
    )
    _indexes("cm_council_meetings", "held_on")
    op.create_table(
        "cm_initiatives",
        sa.Column("neighbourhood_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("carried_by", sa.String(length=160), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        *_synced("cm_initiatives"),
    )
    _indexes("cm_initiatives", "neighbourhood_id")
    op.create_table(
        "cm_initiative_support",
        sa.Column("initiative_id", sa.String(length=36), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_synced("cm_initiative_support"),
        _fk("cm_initiative_support", "initiative_id", "cm_initiatives"),
    )
    _indexes("cm_initiative_support", "initiative_id")
    op.create_table(
        "cm_elections",
        sa.Column("vote_on", sa.Date(), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("roll_size", sa.Integer(), nullable=False),
        sa.Column("voters", sa.Integer(), nullable=False),
        sa.Column("validated_on", sa.Date(), nullable=True),
        *_synced("cm_elections"),
    )
    _indexes("cm_elections", "vote_on")
    op.create_table(
        "cm_election_roll",
        sa.Column("election_id", sa.String(length=36), nullable=False),
        sa.Column("household_id", sa.String(length=36), nullable=False),
        sa.Column("voted", sa.Boolean(), nullable=False),
        *_synced("cm_election_roll"),
        _fk("cm_election_roll", "election_id", "cm_elections"),
    )
    _indexes("cm_election_roll", "election_id", "household_id")
    op.create_table(
        "cm_candidates",
        sa.Column("election_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.Column("elected", sa.Boolean(), nullable=False),
        *_synced("cm_candidates"),
        _fk("cm_candidates", "election_id", "cm_elections"),
    )
    _indexes("cm_candidates", "election_id")


def downgrade() -> None:
    for table in TABLES:
        op.drop_table(table)

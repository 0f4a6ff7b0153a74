"""Collective social work (issue 18): neighbourhoods in the registry (sites grouped as the
collective assistants work them), the monthly tenants' meeting with its topics, attendance,
actions and the distribution of its minutes, and the collective signals site assistants send
(a theme and a building, never a name).

Revision ID: 1500_collective
Revises: 1700_evaluation
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1500_collective"
down_revision: str | None = "1260_agenda_all_planned"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "cm_meetings",
        sa.Column("neighbourhood_id", sa.String(length=36), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("minutes_issued_on", sa.Date(), nullable=True),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cm_meetings")),
    )
    op.create_index(
        op.f("ix_cm_meetings_collection_id"), "cm_meetings", ["collection_id"], unique=False
    )
    op.create_index(op.f("ix_cm_meetings_held_on"), "cm_meetings", ["held_on"], unique=False)
    op.create_index(
        op.f("ix_cm_meetings_neighbourhood_id"), "cm_meetings", ["neighbourhood_id"], unique=False
    )
    op.create_table(
        "cm_signals",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("building_id", sa.String(length=36), nullable=True),
        sa.Column("theme", sa.String(length=30), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("taken_up_on", sa.Date(), nullable=True),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cm_signals")),
    )
    op.create_index(
        op.f("ix_cm_signals_collection_id"), "cm_signals", ["collection_id"], unique=False
    )
    op.create_index(op.f("ix_cm_signals_site_id"), "cm_signals", ["site_id"], unique=False)
    op.create_table(
        "neighbourhoods",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("site_ids", sa.JSON(), nullable=False),
        sa.Column("assistant_ids", sa.JSON(), nullable=False),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_neighbourhoods")),
    )
    op.create_index(
        op.f("ix_neighbourhoods_collection_id"), "neighbourhoods", ["collection_id"], unique=False
    )
    op.create_table(
        "cm_actions",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("topic_id", sa.String(length=36), nullable=True),
        sa.Column("neighbourhood_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=160), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
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
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["cm_meetings.id"], name=op.f("fk_cm_actions_meeting_id_cm_meetings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cm_actions")),
    )
    op.create_index(
        op.f("ix_cm_actions_collection_id"), "cm_actions", ["collection_id"], unique=False
    )
    op.create_index(op.f("ix_cm_actions_done_on"), "cm_actions", ["done_on"], unique=False)
    op.create_index(op.f("ix_cm_actions_meeting_id"), "cm_actions", ["meeting_id"], unique=False)
    op.create_index(
        op.f("ix_cm_actions_neighbourhood_id"), "cm_actions", ["neighbourhood_id"], unique=False
    )
    op.create_table(
        "cm_attendees",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("household_id", sa.String(length=36), nullable=True),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("function", sa.String(length=120), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("agreed_to_be_named", sa.Boolean(), nullable=False),
        sa.Column("named_as", sa.String(length=160), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["cm_meetings.id"], name=op.f("fk_cm_attendees_meeting_id_cm_meetings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cm_attendees")),
    )
    op.create_index(
        op.f("ix_cm_attendees_collection_id"), "cm_attendees", ["collection_id"], unique=False
    )
    op.create_index(
        op.f("ix_cm_attendees_household_id"), "cm_attendees", ["household_id"], unique=False
    )
    op.create_index(
        op.f("ix_cm_attendees_meeting_id"), "cm_attendees", ["meeting_id"], unique=False
    )
    op.create_table(
        "cm_deliveries",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("household_id", sa.String(length=36), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["cm_meetings.id"], name=op.f("fk_cm_deliveries_meeting_id_cm_meetings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cm_deliveries")),
    )
    op.create_index(
        op.f("ix_cm_deliveries_collection_id"), "cm_deliveries", ["collection_id"], unique=False
    )
    op.create_index(
        op.f("ix_cm_deliveries_household_id"), "cm_deliveries", ["household_id"], unique=False
    )
    op.create_index(
        op.f("ix_cm_deliveries_meeting_id"), "cm_deliveries", ["meeting_id"], unique=False
    )
    op.create_table(
        "cm_topics",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("source_kind", sa.String(length=20), nullable=False),
        sa.Column("source", sa.String(length=160), nullable=False),
        sa.Column("said", sa.Text(), nullable=False),
        sa.Column("decided", sa.Text(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["cm_meetings.id"], name=op.f("fk_cm_topics_meeting_id_cm_meetings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cm_topics")),
    )
    op.create_index(
        op.f("ix_cm_topics_collection_id"), "cm_topics", ["collection_id"], unique=False
    )
    op.create_index(op.f("ix_cm_topics_meeting_id"), "cm_topics", ["meeting_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_cm_topics_meeting_id"), table_name="cm_topics")
    op.drop_index(op.f("ix_cm_topics_collection_id"), table_name="cm_topics")
    op.drop_table("cm_topics")
    op.drop_index(op.f("ix_cm_deliveries_meeting_id"), table_name="cm_deliveries")
    op.drop_index(op.f("ix_cm_deliveries_household_id"), table_name="cm_deliveries")
    op.drop_index(op.f("ix_cm_deliveries_collection_id"), table_name="cm_deliveries")
    op.drop_table("cm_deliveries")
    op.drop_index(op.f("ix_cm_attendees_meeting_id"), table_name="cm_attendees")
    op.drop_index(op.f("ix_cm_attendees_household_id"), table_name="cm_attendees")
    op.drop_index(op.f("ix_cm_attendees_collection_id"), table_name="cm_attendees")
    op.drop_table("cm_attendees")
    op.drop_index(op.f("ix_cm_actions_neighbourhood_id"), table_name="cm_actions")
    op.drop_index(op.f("ix_cm_actions_meeting_id"), table_name="cm_actions")
    op.drop_index(op.f("ix_cm_actions_done_on"), table_name="cm_actions")
    op.drop_index(op.f("ix_cm_actions_collection_id"), table_name="cm_actions")
    op.drop_table("cm_actions")
    op.drop_index(op.f("ix_neighbourhoods_collection_id"), table_name="neighbourhoods")
    op.drop_table("neighbourhoods")
    op.drop_index(op.f("ix_cm_signals_site_id"), table_name="cm_signals")
    op.drop_index(op.f("ix_cm_signals_collection_id"), table_name="cm_signals")
    op.drop_table("cm_signals")
    op.drop_index(op.f("ix_cm_meetings_neighbourhood_id"), table_name="cm_meetings")
    op.drop_index(op.f("ix_cm_meetings_held_on"), table_name="cm_meetings")
    op.drop_index(op.f("ix_cm_meetings_collection_id"), table_name="cm_meetings")
    op.drop_table("cm_meetings")

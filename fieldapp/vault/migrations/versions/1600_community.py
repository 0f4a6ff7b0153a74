"""Community work (issue 19): the social cohesion project (PSC), its yearly plan, activity
log, follow-up committee and self-evaluation (`community:<org>`); the partner directory
(`partners:<org>`); a referral may name a partner of it.

Revision ID: 1600_community
Revises: 1100_agenda
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1600_community"
down_revision = "1700_evaluation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "partners",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("services", sa.Text(), nullable=False),
        sa.Column("contact_name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partners")),
    )
    op.create_index(op.f("ix_partners_collection_id"), "partners", ["collection_id"], unique=False)
    op.create_index(op.f("ix_partners_name"), "partners", ["name"], unique=False)
    op.create_table(
        "psc_projects",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("agreement_start", sa.Date(), nullable=True),
        sa.Column("agreement_end", sa.Date(), nullable=True),
        sa.Column("cosignatories", sa.JSON(), nullable=False),
        sa.Column("perimeter", sa.JSON(), nullable=False),
        sa.Column("referent", sa.String(length=200), nullable=False),
        sa.Column("coordinator", sa.String(length=200), nullable=False),
        sa.Column("premises", sa.Text(), nullable=False),
        sa.Column("local_objectives", sa.JSON(), nullable=False),
        sa.Column("diagnosis", sa.Text(), nullable=False),
        sa.Column("diagnosis_on", sa.Date(), nullable=True),
        sa.Column("contact_changes", sa.JSON(), nullable=False),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_psc_projects")),
    )
    op.create_index(
        op.f("ix_psc_projects_collection_id"), "psc_projects", ["collection_id"], unique=False
    )
    op.create_table(
        "psc_actions",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("psc_objective", sa.String(length=20), nullable=False),
        sa.Column("sector_objective", sa.String(length=10), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
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
            ["project_id"], ["psc_projects.id"], name=op.f("fk_psc_actions_project_id_psc_projects")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_psc_actions")),
    )
    op.create_index(
        op.f("ix_psc_actions_collection_id"), "psc_actions", ["collection_id"], unique=False
    )
    op.create_index(op.f("ix_psc_actions_project_id"), "psc_actions", ["project_id"], unique=False)
    op.create_index(op.f("ix_psc_actions_year"), "psc_actions", ["year"], unique=False)
    op.create_table(
        "psc_evaluations",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("objective", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
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
            ["project_id"],
            ["psc_projects.id"],
            name=op.f("fk_psc_evaluations_project_id_psc_projects"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_psc_evaluations")),
    )
    op.create_index(
        op.f("ix_psc_evaluations_collection_id"), "psc_evaluations", ["collection_id"], unique=False
    )
    op.create_index(
        op.f("ix_psc_evaluations_project_id"), "psc_evaluations", ["project_id"], unique=False
    )
    op.create_index(op.f("ix_psc_evaluations_year"), "psc_evaluations", ["year"], unique=False)
    op.create_table(
        "psc_meetings",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("attendees", sa.JSON(), nullable=False),
        sa.Column("apologies", sa.JSON(), nullable=False),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.Column("decisions", sa.Text(), nullable=False),
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
            ["project_id"],
            ["psc_projects.id"],
            name=op.f("fk_psc_meetings_project_id_psc_projects"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_psc_meetings")),
    )
    op.create_index(
        op.f("ix_psc_meetings_collection_id"), "psc_meetings", ["collection_id"], unique=False
    )
    op.create_index(op.f("ix_psc_meetings_held_on"), "psc_meetings", ["held_on"], unique=False)
    op.create_index(
        op.f("ix_psc_meetings_project_id"), "psc_meetings", ["project_id"], unique=False
    )
    op.create_table(
        "psc_activities",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("action_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=False),
        sa.Column("named_participants", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("trainer", sa.String(length=200), nullable=False),
        sa.Column("facilitators", sa.JSON(), nullable=False),
        sa.Column("sessions", sa.JSON(), nullable=False),
        sa.Column("closing_session_on", sa.Date(), nullable=True),
        sa.Column("closing_participants", sa.Integer(), nullable=False),
        sa.Column("feedback", sa.Text(), nullable=False),
        sa.Column("new_questions", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.Text(), nullable=False),
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
            ["action_id"], ["psc_actions.id"], name=op.f("fk_psc_activities_action_id_psc_actions")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["psc_projects.id"],
            name=op.f("fk_psc_activities_project_id_psc_projects"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_psc_activities")),
    )
    op.create_index(
        op.f("ix_psc_activities_action_id"), "psc_activities", ["action_id"], unique=False
    )
    op.create_index(
        op.f("ix_psc_activities_collection_id"), "psc_activities", ["collection_id"], unique=False
    )
    op.create_index(op.f("ix_psc_activities_held_on"), "psc_activities", ["held_on"], unique=False)
    op.create_index(
        op.f("ix_psc_activities_project_id"), "psc_activities", ["project_id"], unique=False
    )
    op.add_column("referrals", sa.Column("partner_id", sa.String(length=36), nullable=True))


def downgrade() -> None:
    op.drop_column("referrals", "partner_id")
    op.drop_index(op.f("ix_psc_activities_project_id"), table_name="psc_activities")
    op.drop_index(op.f("ix_psc_activities_held_on"), table_name="psc_activities")
    op.drop_index(op.f("ix_psc_activities_collection_id"), table_name="psc_activities")
    op.drop_index(op.f("ix_psc_activities_action_id"), table_name="psc_activities")
    op.drop_table("psc_activities")
    op.drop_index(op.f("ix_psc_meetings_project_id"), table_name="psc_meetings")
    op.drop_index(op.f("ix_psc_meetings_held_on"), table_name="psc_meetings")
    op.drop_index(op.f("ix_psc_meetings_collection_id"), table_name="psc_meetings")
    op.drop_table("psc_meetings")
    op.drop_index(op.f("ix_psc_evaluations_year"), table_name="psc_evaluations")
    op.drop_index(op.f("ix_psc_evaluations_project_id"), table_name="psc_evaluations")
    op.drop_index(op.f("ix_psc_evaluations_collection_id"), table_name="psc_evaluations")
    op.drop_table("psc_evaluations")
    op.drop_index(op.f("ix_psc_actions_year"), table_name="psc_actions")
    op.drop_index(op.f("ix_psc_actions_project_id"), table_name="psc_actions")
    op.drop_index(op.f("ix_psc_actions_collection_id"), table_name="psc_actions")
    op.drop_table("psc_actions")
    op.drop_index(op.f("ix_psc_projects_collection_id"), table_name="psc_projects")
    op.drop_table("psc_projects")
    op.drop_index(op.f("ix_partners_name"), table_name="partners")
    op.drop_index(op.f("ix_partners_collection_id"), table_name="partners")
    op.drop_table("partners")

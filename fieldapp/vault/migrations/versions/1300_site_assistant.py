"""The rest of the site assistant's work (issue 17 items 1-4 and 6): office-hours sessions
and their contacts, the intake analysis and support plan with its goals, requests to the
company's departments, arrears plans and housing steps (eviction procedure, outcome), and
the requests asking a neighbourhood agent along on a home visit (in `handoff:<site>`).
New tables only.

Revision ID: 1300_site_assistant
Revises: 1100_agenda
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1300_site_assistant"
down_revision = "1600_community"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "agent_visit_requests",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("dwelling_id", sa.String(length=36), nullable=True),
        sa.Column("on_day", sa.Date(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("asked_by", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("answered_by", sa.String(length=36), nullable=True),
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
            ["site_id"], ["sites.id"], name=op.f("fk_agent_visit_requests_site_id_sites")
        ),
        sa.ForeignKeyConstraint(
            ["dwelling_id"],
            ["dwellings.id"],
            name=op.f("fk_agent_visit_requests_dwelling_id_dwellings"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agent_visit_requests")),
    )
    op.create_index(
        op.f("ix_agent_visit_requests_collection_id"),
        "agent_visit_requests",
        ["collection_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_agent_visit_requests_dwelling_id"),
        "agent_visit_requests",
        ["dwelling_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_agent_visit_requests_on_day"), "agent_visit_requests", ["on_day"], unique=False
    )
    op.create_index(
        op.f("ix_agent_visit_requests_site_id"), "agent_visit_requests", ["site_id"], unique=False
    )
    op.create_table(
        "office_hours_sessions",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("place", sa.String(length=20), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=False),
        sa.Column("end_minute", sa.Integer(), nullable=False),
        sa.Column("worker_id", sa.String(length=36), nullable=True),
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
            ["site_id"], ["sites.id"], name=op.f("fk_office_hours_sessions_site_id_sites")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_hours_sessions")),
    )
    op.create_index(
        op.f("ix_office_hours_sessions_collection_id"),
        "office_hours_sessions",
        ["collection_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_office_hours_sessions_held_on"), "office_hours_sessions", ["held_on"], unique=False
    )
    op.create_index(
        op.f("ix_office_hours_sessions_site_id"), "office_hours_sessions", ["site_id"], unique=False
    )
    op.create_index(
        op.f("ix_office_hours_sessions_worker_id"),
        "office_hours_sessions",
        ["worker_id"],
        unique=False,
    )
    op.create_table(
        "arrears_plans",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        sa.Column("debt_cents", sa.Integer(), nullable=False),
        sa.Column("monthly_cents", sa.Integer(), nullable=False),
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
            ["case_id"], ["case_files.id"], name=op.f("fk_arrears_plans_case_id_case_files")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_arrears_plans")),
    )
    op.create_index(
        op.f("ix_arrears_plans_agreed_on"), "arrears_plans", ["agreed_on"], unique=False
    )
    op.create_index(op.f("ix_arrears_plans_case_id"), "arrears_plans", ["case_id"], unique=False)
    op.create_index(
        op.f("ix_arrears_plans_collection_id"), "arrears_plans", ["collection_id"], unique=False
    )
    op.create_table(
        "housing_steps",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("code", sa.String(length=24), nullable=False),
        sa.Column("on_day", sa.Date(), nullable=False),
        sa.Column("remark", sa.Text(), nullable=False),
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
            ["case_id"], ["case_files.id"], name=op.f("fk_housing_steps_case_id_case_files")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_housing_steps")),
    )
    op.create_index(op.f("ix_housing_steps_case_id"), "housing_steps", ["case_id"], unique=False)
    op.create_index(
        op.f("ix_housing_steps_collection_id"), "housing_steps", ["collection_id"], unique=False
    )
    op.create_index(op.f("ix_housing_steps_on_day"), "housing_steps", ["on_day"], unique=False)
    op.create_table(
        "internal_requests",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("department", sa.String(length=20), nullable=False),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("asked_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
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
            ["case_id"], ["case_files.id"], name=op.f("fk_internal_requests_case_id_case_files")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_internal_requests")),
    )
    op.create_index(
        op.f("ix_internal_requests_case_id"), "internal_requests", ["case_id"], unique=False
    )
    op.create_index(
        op.f("ix_internal_requests_collection_id"),
        "internal_requests",
        ["collection_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_internal_requests_due_on"), "internal_requests", ["due_on"], unique=False
    )
    op.create_table(
        "office_hours_contacts",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("visitor", sa.String(length=160), nullable=False),
        sa.Column("quick_question", sa.Boolean(), nullable=False),
        sa.Column("theme", sa.String(length=20), nullable=False),
        sa.Column("referred_to", sa.String(length=20), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
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
            ["case_id"], ["case_files.id"], name=op.f("fk_office_hours_contacts_case_id_case_files")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["office_hours_sessions.id"],
            name=op.f("fk_office_hours_contacts_session_id_office_hours_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_hours_contacts")),
    )
    op.create_index(
        op.f("ix_office_hours_contacts_case_id"), "office_hours_contacts", ["case_id"], unique=False
    )
    op.create_index(
        op.f("ix_office_hours_contacts_collection_id"),
        "office_hours_contacts",
        ["collection_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_office_hours_contacts_session_id"),
        "office_hours_contacts",
        ["session_id"],
        unique=False,
    )
    op.create_table(
        "support_plans",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("analysed_on", sa.Date(), nullable=False),
        sa.Column("analysis", sa.Text(), nullable=False),
        sa.Column("rights", sa.JSON(), nullable=False),
        sa.Column("confidentiality", sa.String(length=12), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=False),
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
            ["case_id"], ["case_files.id"], name=op.f("fk_support_plans_case_id_case_files")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_plans")),
    )
    op.create_index(op.f("ix_support_plans_case_id"), "support_plans", ["case_id"], unique=False)
    op.create_index(
        op.f("ix_support_plans_collection_id"), "support_plans", ["collection_id"], unique=False
    )
    op.create_table(
        "support_goals",
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("followup_id", sa.String(length=36), nullable=True),
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
            ["plan_id"], ["support_plans.id"], name=op.f("fk_support_goals_plan_id_support_plans")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_goals")),
    )
    op.create_index(
        op.f("ix_support_goals_collection_id"), "support_goals", ["collection_id"], unique=False
    )
    op.create_index(op.f("ix_support_goals_plan_id"), "support_goals", ["plan_id"], unique=False)


def downgrade() -> None:
    op.drop_table("support_goals")
    op.drop_table("support_plans")
    op.drop_table("office_hours_contacts")
    op.drop_table("internal_requests")
    op.drop_table("housing_steps")
    op.drop_table("arrears_plans")
    op.drop_table("office_hours_sessions")
    op.drop_table("agent_visit_requests")

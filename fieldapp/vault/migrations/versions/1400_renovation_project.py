"""The renovation project from start to finish (issue 17 item 7).

Social clause: jobs offered to tenants and their outcome; accompaniment time per household.
Works schedule: phases per project, building or dwelling, and the letters printed for a
household (notices of the works, invitations to an information session). Close-out: a
project records the day its works ended and the day it was archived (the retention clock
runs from it); a hand-off says who handed it on (a neighbourhood agent, or the
renovation-site assistant at a project's close-out).

Revision ID: 1400_renovation_project
Revises: 1600_community
Create Date: 2026-12-06
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "1400_renovation_project"
down_revision = "1350_key_checks"
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


def upgrade() -> None:
    op.add_column("renovation_projects", sa.Column("works_ended_on", sa.Date(), nullable=True))
    op.add_column("renovation_projects", sa.Column("archived_on", sa.Date(), nullable=True))
    op.add_column("handoffs", sa.Column("origin", sa.String(length=20), nullable=False,
                                        server_default="neighbourhood"))
    for column in (sa.Column("status", sa.String(length=12), nullable=False,
                             server_default="held"),
                   sa.Column("start_minute", sa.Integer(), nullable=True),
                   sa.Column("invited_household_ids", sa.JSON(), nullable=False,
                             server_default="[]"),
                   sa.Column("staff_present", sa.JSON(), nullable=False, server_default="[]"),
                   sa.Column("minutes", sa.Text(), nullable=False, server_default="")):
        op.add_column("renovation_info_sessions", column)
    op.create_table(
        "renovation_info_questions",
        sa.Column("info_session_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.String(length=36), nullable=True),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("answered_by", sa.String(length=20), nullable=False),
        *_synced("renovation_info_questions"),
        sa.ForeignKeyConstraint(
            ["info_session_id"], ["renovation_info_sessions.id"],
            name=op.f("fk_renovation_info_questions_info_session_id_renovation_info_sessions")),
        sa.ForeignKeyConstraint(["household_id"], ["households.id"],
                                name=op.f("fk_renovation_info_questions_household_id_households")),
    )
    op.create_table(
        "renovation_phases",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("building_id", sa.String(length=36), nullable=True),
        sa.Column("project_dwelling_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("access_needed", sa.Boolean(), nullable=False),
        *_synced("renovation_phases"),
        sa.ForeignKeyConstraint(["project_id"], ["renovation_projects.id"],
                                name=op.f("fk_renovation_phases_project_id_renovation_projects")),
        sa.ForeignKeyConstraint(["building_id"], ["buildings.id"],
                                name=op.f("fk_renovation_phases_building_id_buildings")),
        sa.ForeignKeyConstraint(
            ["project_dwelling_id"], ["renovation_dwellings.id"],
            name=op.f("fk_renovation_phases_project_dwelling_id_renovation_dwellings")),
    )
    op.create_table(
        "renovation_letters",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("project_dwelling_id", sa.String(length=36), nullable=False),
        sa.Column("household_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("info_session_id", sa.String(length=36), nullable=True),
        sa.Column("language", sa.String(length=4), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        *_synced("renovation_letters"),
        sa.ForeignKeyConstraint(["project_id"], ["renovation_projects.id"],
                                name=op.f("fk_renovation_letters_project_id_renovation_projects")),
        sa.ForeignKeyConstraint(
            ["project_dwelling_id"], ["renovation_dwellings.id"],
            name=op.f("fk_renovation_letters_project_dwelling_id_renovation_dwellings")),
        sa.ForeignKeyConstraint(["household_id"], ["households.id"],
                                name=op.f("fk_renovation_letters_household_id_households")),
    )
    op.create_table(
        "renovation_placements",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("project_dwelling_id", sa.String(length=36), nullable=False),
        sa.Column("household_id", sa.String(length=36), nullable=True),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("job", sa.String(length=160), nullable=False),
        sa.Column("employer", sa.String(length=160), nullable=False),
        sa.Column("offered_on", sa.Date(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_synced("renovation_placements"),
        sa.ForeignKeyConstraint(["project_id"], ["renovation_projects.id"],
                                name=op.f("fk_renovation_placements_project_id_"
                                          "renovation_projects")),
        sa.ForeignKeyConstraint(
            ["project_dwelling_id"], ["renovation_dwellings.id"],
            name=op.f("fk_renovation_placements_project_dwelling_id_renovation_dwellings")),
        sa.ForeignKeyConstraint(["household_id"], ["households.id"],
                                name=op.f("fk_renovation_placements_household_id_households")),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"],
                                name=op.f("fk_renovation_placements_person_id_people")),
    )
    op.create_table(
        "renovation_accompaniment",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("project_dwelling_id", sa.String(length=36), nullable=False),
        sa.Column("household_id", sa.String(length=36), nullable=True),
        sa.Column("on_day", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("activity", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_synced("renovation_accompaniment"),
        sa.ForeignKeyConstraint(["project_id"], ["renovation_projects.id"],
                                name=op.f("fk_renovation_accompaniment_project_id_"
                                          "renovation_projects")),
        sa.ForeignKeyConstraint(
            ["project_dwelling_id"], ["renovation_dwellings.id"],
            name=op.f("fk_renovation_accompaniment_project_dwelling_id_renovation_dwellings")),
        sa.ForeignKeyConstraint(["household_id"], ["households.id"],
                                name=op.f("fk_renovation_accompaniment_household_id_households")),
    )
    for table, columns in (("renovation_placements", ("project_id", "project_dwelling_id")),
                           ("renovation_accompaniment",
                            ("project_id", "project_dwelling_id", "on_day")),
                           ("renovation_info_questions", ("info_session_id",)),
                           ("renovation_phases", ("project_id", "project_dwelling_id")),
                           ("renovation_letters", ("project_id", "project_dwelling_id"))):
        for column in (*columns, "collection_id"):
            op.create_index(op.f(f"ix_{table}_{column}"), table, [column])


def downgrade() -> None:
    op.drop_table("renovation_accompaniment")
    op.drop_table("renovation_placements")
    op.drop_table("renovation_letters")
    op.drop_table("renovation_phases")
    op.drop_table("renovation_info_questions")
    for column in ("minutes", "staff_present", "invited_household_ids", "start_minute",
                   "status"):
        op.drop_column("renovation_info_sessions", column)
    op.drop_column("handoffs", "origin")
    op.drop_column("renovation_projects", "archived_on")
    op.drop_column("renovation_projects", "works_ended_on")

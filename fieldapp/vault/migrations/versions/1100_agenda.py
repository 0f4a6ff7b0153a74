"""The agenda (issue 16 item 4): home visits, welcome sessions and renovation access
appointments get a start time, a duration and a place; office appointments are a new
casework record; whatever is planned can be cancelled with a reason (follow-ups too).

A start time is minutes after midnight on the record's day, in Europe/Brussels (an
integer travels through the payload codec like any other). Plain ADD COLUMN: the case
tables carry search triggers and are referenced by every case record.

Revision ID: 1100_agenda
Revises: 1200_people
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1100_agenda"
down_revision: str | None = "1200_people"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _text(name: str, length: int | None = None) -> sa.Column[str]:
    kind: sa.types.TypeEngine[str] = sa.String(length=length) if length else sa.Text()
    return sa.Column(name, kind, nullable=False, server_default="")


def upgrade() -> None:
    op.add_column("follow_ups", sa.Column("cancelled_on", sa.Date(), nullable=True))
    op.add_column("follow_ups", _text("cancel_reason"))
    for column in (sa.Column("start_minute", sa.Integer(), nullable=True),
                   sa.Column("duration_minutes", sa.Integer(), nullable=True),
                   _text("place", 200), _text("cancel_reason")):
        op.add_column("home_visits", column)
    op.add_column("welcome_sessions", sa.Column("status", sa.String(length=12), nullable=False,
                                                server_default="held"))
    for column in (sa.Column("start_minute", sa.Integer(), nullable=True),
                   sa.Column("duration_minutes", sa.Integer(), nullable=True),
                   _text("place", 200),
                   sa.Column("worker_id", sa.String(length=36), nullable=True),
                   _text("cancel_reason")):
        op.add_column("welcome_sessions", column)
    op.create_index("ix_welcome_sessions_worker_id", "welcome_sessions", ["worker_id"])
    for column in (sa.Column("duration_minutes", sa.Integer(), nullable=True),
                   _text("place", 200), _text("cancel_reason")):
        op.add_column("renovation_appointments", column)
    op.create_table(
        "office_appointments",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("on_day", sa.Date(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("worker_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("cancel_reason", sa.Text(), nullable=False),
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
        sa.ForeignKeyConstraint(["case_id"], ["case_files.id"],
                                name=op.f("fk_office_appointments_case_id_case_files")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_appointments")),
    )
    for name in ("case_id", "collection_id", "on_day", "worker_id"):
        op.create_index(op.f(f"ix_office_appointments_{name}"), "office_appointments",
                        [name], unique=False)


def downgrade() -> None:
    for column in ("case_id", "collection_id", "on_day", "worker_id"):
        op.drop_index(op.f(f"ix_office_appointments_{column}"),
                      table_name="office_appointments")
    op.drop_table("office_appointments")
    for column in ("cancel_reason", "place", "duration_minutes"):
        op.drop_column("renovation_appointments", column)
    op.drop_index("ix_welcome_sessions_worker_id", table_name="welcome_sessions")
    for column in ("cancel_reason", "worker_id", "place", "duration_minutes", "start_minute",
                   "status"):
        op.drop_column("welcome_sessions", column)
    for column in ("cancel_reason", "place", "duration_minutes", "start_minute"):
        op.drop_column("home_visits", column)
    op.drop_column("follow_ups", "cancel_reason")
    op.drop_column("follow_ups", "cancelled_on")

"""The renovation project from start to finish (issue 17 item 7).

Close-out: a project records the day its works ended and the day it was archived (the
retention clock runs from it); a hand-off says who handed it on (a neighbourhood agent, or
the renovation-site assistant at a project's close-out). Plain ADD COLUMN.

Revision ID: 1400_renovation_project
Revises: 1100_agenda
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1400_renovation_project"
down_revision: str | None = "1100_agenda"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("renovation_projects", sa.Column("works_ended_on", sa.Date(), nullable=True))
    op.add_column("renovation_projects", sa.Column("archived_on", sa.Date(), nullable=True))
    op.add_column("handoffs", sa.Column("origin", sa.String(length=20), nullable=False,
                                        server_default="neighbourhood"))


def downgrade() -> None:
    op.drop_column("handoffs", "origin")
    op.drop_column("renovation_projects", "archived_on")
    op.drop_column("renovation_projects", "works_ended_on")

"""Less metadata on the server (issue 14, item 9): the server keeps no person's name.

The administrator creates an account with an e-mail address and roles only; the person
types their own name on their laptop at enrolment, and the laptops share the names of the
organisation's people in the sealed `people:<org>` directory (fieldapp.people.names), which
only members read. The names the server held are dropped here: a supervisor's laptop that
knew them before the upgrade writes them into that directory at its next round.

Revision ID: 0080
Revises: 0040
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0080"
down_revision = "0040"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("display_name")


def downgrade() -> None:
    # the names are gone from the server for good: an older server shows the e-mail address
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("display_name", sa.String(length=200), nullable=False,
                                   server_default=""))

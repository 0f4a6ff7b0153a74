"""The local profile keeps every role of the person (a supervisor who also carries cases):
`roles`, primary first; `role` stays the primary one. A profile from before has its one.

Revision ID: 0800_profile_roles
Revises: 0700_note_trigram
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0800_profile_roles"
down_revision: str | None = "0700_note_trigram"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

profile = sa.table("local_profile", sa.column("id", sa.String), sa.column("role", sa.String),
                   sa.column("roles", sa.JSON))


def upgrade() -> None:
    op.add_column("local_profile",
                  sa.Column("roles", sa.JSON(), nullable=False, server_default="[]"))
    bind = op.get_bind()
    for row_id, role in bind.execute(sa.select(profile.c.id, profile.c.role)).all():
        bind.execute(sa.update(profile).where(profile.c.id == row_id).values(roles=[role]))


def downgrade() -> None:
    op.drop_column("local_profile", "roles")

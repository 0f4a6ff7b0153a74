"""users.roles: an account may hold several roles (a supervisor who also carries cases).

`role` stays as the primary role (the first of `roles`), so older readers keep working;
every existing account gets the list of its one role.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

users = sa.table("users", sa.column("id", sa.String), sa.column("role", sa.String),
                 sa.column("roles", sa.JSON))


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("roles", sa.JSON(), nullable=False, server_default="[]"))
    bind = op.get_bind()
    for user_id, role in bind.execute(sa.select(users.c.id, users.c.role)).all():
        bind.execute(sa.update(users).where(users.c.id == user_id).values(roles=[role]))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("roles")

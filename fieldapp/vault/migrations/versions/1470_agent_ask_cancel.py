"""A request to a neighbourhood agent to come along can be called off by the assistant who
made it (issue 17): the reason stays with it, so the agent reads why in the inbox.

Revision ID: 1470_agent_ask_cancel
Revises: 1460_keys_trusted_earlier
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1470_agent_ask_cancel"
down_revision = "1460_keys_trusted_earlier"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("agent_visit_requests", sa.Column("cancel_reason", sa.Text(),
                                                    nullable=False, server_default=""))


def downgrade() -> None:
    op.drop_column("agent_visit_requests", "cancel_reason")

"""Less metadata on the server (issue 14, item 9): a collection's kind is kept only as far
as a rule of the server needs it (`sync.protocol.TOLD_AS`). Renovation projects,
neighbourhood work, supervision, collective work and collective signals become the opaque
`team` (no rule of the server tells them apart); hand-offs become `casework` (the same
case-file rule holds for both). Members read the true kind from the collection's sealed
metadata, as they always did; new clients tell the server only the told kind, and the
server stores only that whatever an older client sends.

Revision ID: 0040
Revises: 0020
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0040"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(sa.text(
        "UPDATE collections SET kind = 'team' "
        "WHERE kind IN ('renovation', 'neighbourhood', 'supervision', 'collective', 'signal')"))
    op.execute(sa.text("UPDATE collections SET kind = 'casework' WHERE kind = 'handoff'"))


def downgrade() -> None:
    pass  # the server no longer knows which team collection was which: that is the point

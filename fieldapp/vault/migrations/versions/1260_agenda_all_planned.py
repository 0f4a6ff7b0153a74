"""Everything planned on the agenda moves, is cancelled with a reason or deleted (issue 16
item 4): a proposed referral gets the day it was cancelled and the reason; a renovation
access appointment gets its worker, so it is on that worker's agenda and day sheet.

Existing access appointments take their author as worker (every row has one since the
first vault; a row whose author was left empty gets none and the agenda says so).

Revision ID: 1260_agenda_all_planned
Revises: 1700_evaluation
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1260_agenda_all_planned"
down_revision = "1300_site_assistant"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("referrals", sa.Column("cancelled_on", sa.Date(), nullable=True))
    op.add_column("referrals", sa.Column("cancel_reason", sa.Text(), nullable=False,
                                         server_default=""))
    op.add_column("renovation_appointments",
                  sa.Column("worker_id", sa.String(length=36), nullable=True))
    op.create_index("ix_renovation_appointments_worker_id", "renovation_appointments",
                    ["worker_id"])
    # not a new revision: the worker is what the author already was; it travels with the
    # appointment's next change
    op.execute("UPDATE renovation_appointments SET worker_id = created_by "
               "WHERE created_by IS NOT NULL AND created_by != ''")


def downgrade() -> None:
    op.drop_index("ix_renovation_appointments_worker_id",
                  table_name="renovation_appointments")
    op.drop_column("renovation_appointments", "worker_id")
    op.drop_column("referrals", "cancel_reason")
    op.drop_column("referrals", "cancelled_on")

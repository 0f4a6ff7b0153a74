"""Less metadata on the server (issue 14): a device's name is a label made from its id
(`device-<first 6 characters>`), never the name typed on the laptop (often a person's or a
host's name). Existing devices are relabelled; the typed names are not kept anywhere on
the server (the laptops keep theirs in their vaults).

Revision ID: 0020
Revises: 0010 (re-chained after the migrations that landed on main)
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(sa.text("UPDATE devices SET name = 'device-' || substr(id, 1, 6)"))


def downgrade() -> None:
    pass  # the typed names are gone for good: that is the point

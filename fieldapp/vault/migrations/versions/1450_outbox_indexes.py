"""The outbox's partial indexes over dirty rows (fieldapp/vault/outbox.py), made for the
vaults already at the previous head; the vault keeps them for later tables itself.

Revision ID: 1450_outbox_indexes
Revises: 1490_mental_health
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from fieldapp.vault.outbox import PREFIX, ensure_outbox_indexes

revision: str = "1450_outbox_indexes"
down_revision: str | None = "1490_mental_health"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    ensure_outbox_indexes(op.get_bind())


def downgrade() -> None:
    bind = op.get_bind()
    names = [row[0] for row in bind.execute(sa.text(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND substr(name, 1, :n) = :p"),
        {"n": len(PREFIX), "p": PREFIX})]
    for name in names:
        op.execute(f'DROP INDEX "{name}"')

"""Keys verified, not trusted (issue 14): keys an older version accepted on first sight.

Before vault migration 1350 a colleague's public key was pinned the first time the server
served it, and nothing recorded whether anyone compared a code for it. Such a key is not
verified (it has no ``sync_key_checks`` row) — this migration only names the people
concerned, so the app can say so gently and act once:

- ``keys_trusted_earlier`` (sync meta): {user id: true} of every colleague whose accepted
  key has never been verified on this laptop. The keys dialog says "accepted before key
  checks" for them until the numbers are compared.
- ``grants_to_withdraw``: the same ids, a to-do for the next round
  (``sync.engine.owned.withdraw_earlier_grants``): what this person's own collections
  (restricted notes, access log) granted them before verification existed is withdrawn,
  and comes back by itself once the numbers are compared.

Revision ID: 1460_keys_trusted_earlier
Revises: 1400_renovation_project
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1460_keys_trusted_earlier"
down_revision: str | None = "1400_renovation_project"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EARLIER = "keys_trusted_earlier"
WITHDRAW = "grants_to_withdraw"

meta = sa.table("sync_meta", sa.column("key", sa.String(60)), sa.column("value", sa.JSON()))


def upgrade() -> None:
    bind = op.get_bind()
    ids = sorted(str(uid) for uid in bind.execute(sa.text(
        "SELECT DISTINCT user_id FROM sync_pins WHERE kind = 'accepted' "
        "AND user_id NOT IN (SELECT user_id FROM sync_key_checks)")).scalars())
    op.execute(meta.delete().where(meta.c.key.in_([EARLIER, WITHDRAW])))
    if ids:
        op.bulk_insert(meta, [{"key": EARLIER, "value": {uid: True for uid in ids}},
                              {"key": WITHDRAW, "value": ids}])


def downgrade() -> None:
    op.execute(meta.delete().where(meta.c.key.in_([EARLIER, WITHDRAW])))

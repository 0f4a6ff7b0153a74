"""Whose key this person verified on this device (issue 14, item 7), read for the screens.

The sync client records verifications (`SyncKeyCheck`) and pins (`SyncPin`); the sync
engine keeps the colleagues whose served key changed under ``CHANGED_META``. A colleague
counts as verified when their latest accepted key was verified here and has not changed
since: nothing is shared with anyone else (the note editor says so before saving).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.local.sync_state import SyncKeyCheck, SyncMeta, SyncPin

CHANGED_META = "key_changed"  # {user id: served fingerprint}, kept by the sync engine
WAITING_META = "key_waiting"  # {user id: "unverified" | "changed"}, kept by the sync engine
# keys an older version accepted on first sight, never compared (vault migration 1460)
EARLIER_META = "keys_trusted_earlier"  # {user id: true}
WITHDRAW_META = "grants_to_withdraw"  # [user id]: a to-do of the next round (sync.engine.owned)


def trusted_earlier(session: Session) -> set[str]:
    """The people whose key this laptop accepted before keys were checked (whether or not
    they were verified since)."""
    row = session.get(SyncMeta, EARLIER_META)
    return set(row.value) if row is not None and isinstance(row.value, dict) else set()


def unverified(session: Session, user_ids: Iterable[str]) -> set[str]:
    """The ids among `user_ids` whose current key is not verified on this device."""
    wanted = set(user_ids)
    if not wanted:
        return set()
    current: dict[str, tuple[bytes, bytes]] = {}
    for pin in session.scalars(select(SyncPin).where(
            SyncPin.user_id.in_(wanted), SyncPin.kind == "accepted").order_by(SyncPin.id)):
        current[pin.user_id] = (bytes(pin.wrap_public), bytes(pin.sign_public))
    checked = {(c.user_id, bytes(c.wrap_public), bytes(c.sign_public))
               for c in session.scalars(select(SyncKeyCheck).where(
                   SyncKeyCheck.user_id.in_(wanted)))}
    row = session.get(SyncMeta, CHANGED_META)
    changed = set(row.value) if row is not None and isinstance(row.value, dict) else set()
    return {uid for uid in wanted
            if uid in changed or uid not in current or (uid, *current[uid]) not in checked}

"""The organisation's names after a round's pull (fieldapp.people.names; issue 14, item 9).

`after_pull`:
- once this laptop holds `people:<org>`, the name the person typed when they enrolled goes
  there, if no one has written it yet (a supervisor may correct it later: this laptop then
  takes the corrected name, it never writes its own over it again: `publish_own`);
- the screens show the names that arrived (`directory.take_names`);
- a supervisor's laptop writes once the names it knew from before the server dropped them,
  for the people who have not written theirs.

What it wrote is pushed in the same round (the engine pushes again when it wrote any).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from fieldapp.local.profile import get_profile
from fieldapp.people import directory, names
from fieldapp.records import common as rec
from fieldapp.vault import Vault
from sync.engine import state

WRITABLE = ("write", "manage")


def _writable(session: Session) -> bool:
    known = state.collection_by_key(session, rec.people_collection(session))
    return known is not None and known.access in WRITABLE


def publish_own(vault: Vault, *, me: str) -> bool:
    with vault.session() as s:
        if not _writable(s) or s.get(names.StaffName, names.record_id(me)) is not None:
            return False
        mine = get_profile(s).display_name
        return bool(mine) and names.set_name(s, account_id=me, name=mine, actor_id=me)


def after_pull(vault: Vault, *, me: str) -> int:
    written = int(publish_own(vault, me=me))
    with vault.session() as s:
        directory.take_names(s)
        if "supervisor" not in get_profile(s).roles or not _writable(s):
            return written
        for account_id, name in names.missing(s):
            written += names.set_name(s, account_id=account_id, name=name, actor_id=me)
        return written

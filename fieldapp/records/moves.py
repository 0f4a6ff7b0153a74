"""Records that left a collection read by more people (issue 14): a restricted note out of
the old per-site collection, an access-log entry into its author's own collection, a note
made restricted. Their old revisions stay readable there until purged; the sync engine
purges them once the move reached the server (`sync/engine/purge.py`)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from fieldapp.local.sync_state import SyncMeta

MOVED_META = "purge_moved"  # [[old collection key, item id], ...]


def remember_moved(session: Session, pairs: list[tuple[str, str]]) -> None:
    if not pairs:
        return
    row = session.get(SyncMeta, MOVED_META)
    known = [list(p) for p in (row.value if row is not None and row.value else [])]
    known += [[old, item] for old, item in pairs if [old, item] not in known]
    if row is None:
        session.add(SyncMeta(key=MOVED_META, value=known))
    else:
        row.value = known


def pending(session: Session) -> list[tuple[str, str]]:
    row = session.get(SyncMeta, MOVED_META)
    return [(str(a), str(b)) for a, b in (row.value if row is not None and row.value else [])]


def done(session: Session, pairs: list[tuple[str, str]]) -> None:
    row = session.get(SyncMeta, MOVED_META)
    if row is None or not pairs:
        return
    gone = {tuple(p) for p in pairs}
    row.value = [p for p in row.value if tuple(p) not in gone]

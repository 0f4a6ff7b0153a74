"""Apply pulled (or conflicting) revisions to the vault: insert, replace, merge, conflict.

Per item, revisions arrive in server order. The merge base of every item (``sync_base``)
is the last revision both sides agree on; a revision at or below the base's seq is old news.
Our own revisions coming back (the current local rev, or one still in ``sync_inflight``
after a crash) only move the base. A dirty local row is merged three-way per field.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from fieldapp.local.sync_state import SyncBase, SyncConflict, SyncInflight
from fieldapp.records.base import new_id
from fieldapp.records.blanks import blank_private
from fieldapp.records.merge import three_way
from fieldapp.records.payload import (
    TABLE_FIELD,
    from_payload,
    model_for_table,
    to_payload,
)
from fieldapp.vault.changes import ChangeSet
from sync.client import Revision
from sync.engine import state


@dataclass
class Applied:
    new: int = 0
    updated: int = 0
    merged: int = 0
    conflicts: int = 0
    own: int = 0
    skipped: int = 0
    touched: list[tuple[str, str]] | None = None  # (table, item id) written locally
    collections: set[str] = field(default_factory=set)  # the collections of `touched`
    collection: str | None = None  # the collection being applied (apply_page, apply_one)
    # tables where a colleague's tombstone blanked a row here (the pull then makes the note
    # search forget a deleted note's words once: fieldapp.casework.search)
    tombstoned: set[str] = field(default_factory=set)

    def add(self, kind: str, table: str | None = None, item_id: str | None = None) -> None:
        setattr(self, kind, getattr(self, kind) + 1)
        if table and item_id and kind in ("new", "updated", "merged", "conflicts"):
            if self.touched is None:
                self.touched = []
            self.touched.append((table, item_id))
            if self.collection:
                self.collections.add(self.collection)

    def changes(self) -> ChangeSet:
        """What was written locally, as the change set the UI's screens subscribe to."""
        return ChangeSet.of(self.touched or (), collections=self.collections, origin="sync")


def set_base(session: Session, local_key: str, table: str, rev: Revision) -> None:
    base = session.get(SyncBase, rev.item_id)
    fresh = base is None
    if base is None:
        base = SyncBase(item_id=rev.item_id)
        session.add(base)
    base.table_name, base.collection_key, base.rev = table, local_key, rev.rev
    base.seq, base.author_id, base.received_at = rev.seq, rev.author_id, rev.received_at
    base.payload = rev.payload
    if fresh:
        session.flush()  # pending objects are not found by get() without autoflush


def _table_of(rev: Revision, base: SyncBase | None) -> str | None:
    if rev.payload and isinstance(rev.payload.get(TABLE_FIELD), str):
        return str(rev.payload[TABLE_FIELD])
    return base.table_name if base is not None else None


def apply_page(
    session: Session, local_key: str, revisions: Sequence[Revision], *, me: str
) -> Applied:
    """Apply one page. New items (not here, seen once in the page) go in by bulk insert."""
    result = Applied(collection=local_key)
    ids = list({r.item_id for r in revisions})
    # Load what the page touches into the session once (later gets hit the identity map).
    # The session's identity map holds objects weakly: `keep` holds them for the page.
    keep: list[Any] = list(session.scalars(select(SyncBase).where(SyncBase.item_id.in_(ids))))
    known_bases = {b.item_id for b in keep}
    keep += session.scalars(select(SyncInflight).where(SyncInflight.item_id.in_(ids)))
    counts: dict[str, int] = {}
    for r in revisions:
        counts[r.item_id] = counts.get(r.item_id, 0) + 1
    by_table: dict[str, list[Revision]] = {}
    for r in revisions:
        table = _table_of(r, None)
        if table and not r.deleted and counts[r.item_id] == 1 and r.item_id not in known_bases:
            by_table.setdefault(table, []).append(r)
    fast: set[str] = set()
    rows_by_model: dict[Any, list[dict[str, Any]]] = {}
    bases: list[dict[str, Any]] = []
    for table, revs in by_table.items():
        model = model_for_table(table)
        if model is None:
            continue
        wanted = [r.item_id for r in revs]
        present = set(session.scalars(select(model.id).where(model.id.in_(wanted))))
        for r in revs:
            if r.item_id in present:
                continue
            assert r.payload is not None
            rows_by_model.setdefault(model, []).append(_row_values(model, r, local_key))
            bases.append({
                "item_id": r.item_id, "table_name": table, "collection_key": local_key,
                "rev": r.rev, "seq": r.seq, "author_id": r.author_id,
                "received_at": r.received_at, "payload": r.payload,
            })
            fast.add(r.rev)
            result.add("new", table, r.item_id)
    for model, rows in rows_by_model.items():
        session.execute(insert(state.table_of(model)), rows)
    if bases:
        session.execute(insert(state.table_of(SyncBase)), bases)
    slow = [r for r in revisions if r.rev not in fast]
    tables = {t for r in slow if (t := _table_of(r, session.get(SyncBase, r.item_id)))}
    for table in tables:
        model = model_for_table(table)
        if model is not None:
            wanted = [r.item_id for r in slow]
            keep += session.scalars(select(model).where(model.id.in_(wanted)))
    with session.no_autoflush:
        for r in slow:
            apply_one(session, local_key, r, me=me, result=result)
    del keep
    return result


def _row_values(model: Any, r: Revision, local_key: str) -> dict[str, Any]:
    values: dict[str, Any] = from_payload(model, r.payload or {})
    values.update(id=r.item_id, collection_id=local_key, rev=r.rev, base_rev=r.rev,
                  dirty=False, deleted=False)
    return values


def apply_one(
    session: Session, local_key: str, r: Revision, *, me: str, result: Applied
) -> None:
    result.collection = local_key
    base = session.get(SyncBase, r.item_id)
    if base is not None and base.collection_key == local_key and r.seq <= base.seq:
        result.add("skipped")
        return
    table = _table_of(r, base)
    model = model_for_table(table) if table else None
    if model is None or table is None:
        if table is not None:  # a table this vault does not know yet: keep it as a base
            set_base(session, local_key, table, r)
        result.add("skipped")
        return
    row = session.get(model, r.item_id)
    inflight = session.get(SyncInflight, r.rev)
    if row is None:
        set_base(session, local_key, table, r)
        if not r.deleted:
            new_row = model(**_row_values(model, r, local_key))
            session.add(new_row)
            session.flush()
            result.add("new", table, r.item_id)
        return
    if row.collection_id != local_key and (r.deleted or row.dirty):
        # The item moved to another collection here (e.g. a note made restricted); the old
        # collection's history is no concern of the row any more.
        result.add("skipped")
        return
    if row.rev == r.rev or inflight is not None:
        _own(session, local_key, table, row, r)
        result.add("own")
        return
    if not row.dirty or (row.deleted and not r.deleted):
        _replace(session, local_key, table, model, row, r)
        result.add("updated", table, r.item_id)
        if r.deleted:
            result.tombstoned.add(table)
        return
    if r.deleted:  # edited here, deleted there: the edit wins (nothing typed is lost)
        row.base_rev = r.rev
        set_base(session, local_key, table, r)
        result.add("merged", table, r.item_id)
        return
    _merge(session, local_key, table, model, row, r, base, me=me, result=result)


def _own(session: Session, local_key: str, table: str, row: Any, r: Revision) -> None:
    row.base_rev = r.rev
    if row.rev == r.rev:
        row.dirty = False
    set_base(session, local_key, table, r)
    session.execute(delete(SyncInflight).where(SyncInflight.item_id == r.item_id))


def _replace(
    session: Session, local_key: str, table: str, model: Any, row: Any, r: Revision
) -> None:
    if r.deleted:
        row.deleted = True
        blank_private(row)  # a colleague deleted it: its words go
    else:
        for name, value in from_payload(model, r.payload or {}).items():
            setattr(row, name, value)
        row.deleted = False
    row.rev = row.base_rev = r.rev
    row.dirty = False
    row.collection_id = local_key
    set_base(session, local_key, table, r)


def _merge(
    session: Session, local_key: str, table: str, model: Any, row: Any, r: Revision,
    base: SyncBase | None, *, me: str, result: Applied,
) -> None:
    mine = to_payload(model, row)
    theirs = r.payload or {}
    outcome = three_way(base.payload if base is not None else None, mine, theirs)
    values = from_payload(model, outcome.merged)
    if outcome.conflicts:
        mine_values = from_payload(model, mine)
        for c in outcome.conflicts:
            values[c.field] = mine_values[c.field]  # the user's own text stays on screen
    for name, value in values.items():
        setattr(row, name, value)
    row.base_rev = r.rev
    set_base(session, local_key, table, r)
    if not outcome.conflicts and not (outcome.mine_changed - outcome.theirs_changed):
        row.rev, row.dirty = r.rev, False  # nothing of mine is left to send
        result.add("merged", table, r.item_id)
        return
    row.rev, row.dirty = new_id(), True
    if not outcome.conflicts:
        result.add("merged", table, r.item_id)
        return
    fields = {c.field: {"base": c.base, "mine": c.mine, "theirs": c.theirs}
              for c in outcome.conflicts}
    open_one = session.scalar(select(SyncConflict).where(
        SyncConflict.item_id == r.item_id, SyncConflict.resolved.is_(False)))
    now: datetime = session.info["clock"]()
    if open_one is None:
        open_one = SyncConflict(id=str(uuid.uuid4()), item_id=r.item_id, created_at=now,
                                resolved=False, fields={})
        session.add(open_one)
    open_one.table_name, open_one.collection_key = table, local_key
    open_one.fields = {**open_one.fields, **fields}
    open_one.theirs_rev, open_one.theirs_by, open_one.theirs_at = r.rev, r.author_id, r.received_at
    open_one.mine_by = str(mine.get("updated_by") or me)
    open_one.mine_at = row.updated_at or now
    result.add("conflicts", table, r.item_id)

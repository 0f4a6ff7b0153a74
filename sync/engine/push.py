"""The outbox: push every dirty row, acknowledge what the server took, merge what it refused.

Before a batch is sent, its revisions are written to ``sync_inflight`` (committed), so after
a crash at any point a revision of ours coming back is recognised as ours. A re-sent
revision is answered ``duplicate`` (revision ids make pushes idempotent). After
``accepted``/``duplicate`` the row's base moves to the pushed revision, and the row is
clean only if it was not changed again meanwhile (same ``rev``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, case, delete, insert, select, update
from sqlalchemy.orm import Session

from fieldapp.local.sync_state import SyncBase, SyncCollection, SyncConflict, SyncInflight
from fieldapp.records import common as rec
from fieldapp.records.payload import from_payload, model_for_table, synced_models, to_payload
from fieldapp.registry.models import Site
from fieldapp.vault import Vault
from sync.client import Change, PushOutcome, SyncClient
from sync.client.errors import ApiError
from sync.engine import owned, restore, state
from sync.engine.apply import Applied, apply_one
from sync.protocol import MAX_PUSH_ITEMS

MOVE_NAMESPACE = uuid.UUID("6b0f6c1e-0d0e-4e59-9a57-3f1f6a2f7c11")


@dataclass(frozen=True)
class Outgoing:
    table: str
    local_key: str  # the collection this revision goes to
    change: Change
    move_tombstone: bool = False  # deletes the item from the collection it moved away from


def gather(session: Session) -> dict[str, list[Outgoing]]:
    """Every dirty row as a change, grouped by local collection key (conflicted rows wait)."""
    blocked = set(session.scalars(
        select(SyncConflict.item_id).where(SyncConflict.resolved.is_(False))))
    out: dict[str, list[Outgoing]] = {}
    for model in synced_models():
        table = model.__table__
        rows = session.execute(select(table).where(table.c.dirty.is_(True))).mappings().all()
        if not rows:
            continue
        ids = [r["id"] for r in rows]
        bases = {b.item_id: b for b in session.scalars(
            select(SyncBase).where(SyncBase.item_id.in_(ids)))}
        for row in rows:
            if row["id"] in blocked:
                continue
            key, base = row["collection_id"], bases.get(row["id"])
            base_rev = base.rev if base is not None and base.collection_key == key else None
            if base is not None and base.collection_key != key and base.payload is not None:
                tomb = Change(row["id"], None, base.rev,
                              str(uuid.uuid5(MOVE_NAMESPACE, row["rev"])))
                out.setdefault(base.collection_key, []).append(
                    Outgoing(table.name, base.collection_key, tomb, move_tombstone=True))
                continue  # the new collection gets it once the old one let go
            if row["deleted"] and base is None:
                if session.get(SyncInflight, row["rev"]) is None:
                    _mark_clean(session, model, row["id"], row["rev"])
                    continue
            payload = None if row["deleted"] else to_payload(model, dict(row))
            out.setdefault(key, []).append(
                Outgoing(table.name, key, Change(row["id"], payload, base_rev, row["rev"])))
    return out


def _mark_clean(session: Session, model: Any, item_id: str, rev: str) -> None:
    row = session.get(model, item_id)
    if row is not None and row.rev == rev:
        row.dirty = False


def record_inflight(session: Session, batch: list[Outgoing]) -> None:
    rows = [{"rev": o.change.rev, "item_id": o.change.item_id, "table_name": o.table,
             "collection_key": o.local_key, "payload": o.change.payload} for o in batch]
    session.execute(insert(state.table_of(SyncInflight)).prefix_with("OR IGNORE"), rows)


def acknowledge(
    session: Session, batch: list[Outgoing], outcomes: list[PushOutcome], *, me: str,
    now: float, result: Applied,
) -> int:
    """Apply the server's answers (in bulk); returns how many revisions it now holds."""
    by_rev = {o.change.rev: o for o in batch}
    taken: list[tuple[Outgoing, PushOutcome]] = []
    refused: list[tuple[Outgoing, PushOutcome]] = []
    for outcome in outcomes:
        sent = by_rev.get(outcome.rev)
        if sent is not None:
            ok = outcome.status in ("accepted", "duplicate")
            (taken if ok else refused).append((sent, outcome))
    if taken:
        revs = [sent.change.rev for sent, _ in taken]
        session.execute(delete(SyncInflight).where(SyncInflight.rev.in_(revs)))
        for sent, _ in taken:
            if sent.move_tombstone:
                session.execute(delete(SyncBase).where(
                    SyncBase.item_id == sent.change.item_id,
                    SyncBase.collection_key == sent.local_key))
        stays = [(sent, o) for sent, o in taken if not sent.move_tombstone]
        if stays:
            session.execute(insert(state.table_of(SyncBase)).prefix_with("OR REPLACE"), [
                {"item_id": sent.change.item_id, "table_name": sent.table,
                 "collection_key": sent.local_key, "rev": sent.change.rev, "seq": o.seq or 0,
                 "author_id": me, "received_at": now, "payload": sent.change.payload}
                for sent, o in stays])
        by_table: dict[str, list[dict[str, str]]] = {}
        for sent, _ in stays:
            by_table.setdefault(sent.table, []).append(
                {"b_id": sent.change.item_id, "b_rev": sent.change.rev})
        for table_name, params in by_table.items():
            model = model_for_table(table_name)
            if model is None:
                continue
            table = model.__table__
            session.execute(
                update(table).where(table.c.id == bindparam("b_id")).values(
                    base_rev=bindparam("b_rev"),
                    dirty=case((table.c.rev == bindparam("b_rev"), False), else_=table.c.dirty),
                ).execution_options(synchronize_session=False),
                params,
            )
    for sent, outcome in refused:
        if outcome.current is not None:
            apply_one(session, sent.local_key, outcome.current, me=me, result=result)
        else:  # the server does not know our base: send it again as a new item
            session.execute(delete(SyncBase).where(SyncBase.item_id == sent.change.item_id))
    return len(taken)


def push_all(
    vault: Vault, client: SyncClient, *, me: str, role: str, clock: Callable[[], float],
    progress: Callable[[int, int | None, str | None], None], cancelled: Callable[[], bool],
    result: Applied, waiting: list[str], checks: restore.RoundChecks | None = None,
) -> int:
    """Push passes until nothing is left to send (a merge may produce a new revision).
    Before a collection is pushed to, its checkpoint is checked (`checks`): a collection
    the server lost revisions of is recovered first (``sync.engine.restore``)."""
    if role == "supervisor":
        ensure_organisation_collections(vault, client)
    checks = checks if checks is not None else restore.RoundChecks()
    pushed = 0
    for _ in range(3):
        with vault.session() as s:
            pending = gather(s)
        if pending and checks.ensure(vault, client, pending):
            with vault.session() as s:
                pending = gather(s)  # the records the server lost are dirty again
        if not pending:
            break
        sent_any = again = False
        total = sum(len(v) for v in pending.values())
        for key, outgoing in pending.items():
            server_id = _server_collection(vault, client, key, role=role)
            if server_id is None:
                waiting.append(key)
                continue
            for start in range(0, len(outgoing), MAX_PUSH_ITEMS):
                if cancelled():
                    return pushed
                batch = outgoing[start:start + MAX_PUSH_ITEMS]
                with vault.session() as s:
                    record_inflight(s, batch)
                try:
                    outcomes = client.push(server_id, [o.change for o in batch])
                except ApiError as exc:
                    if exc.code == "append_only":  # an access-log entry can't change
                        _drop_refused(vault, batch, exc.details.get("item_id"))
                    raise
                with state.apply_session(vault) as s:
                    taken = acknowledge(s, batch, outcomes, me=me, now=clock(), result=result)
                    stored = [o for o in outcomes
                              if o.status in ("accepted", "duplicate") and o.seq]
                    if stored:
                        top = max(stored, key=lambda o: o.seq or 0)
                        restore.advance(s, key, top.seq, top.rev)
                checks.acked.update((o.rev, o.seq) for o in stored if o.seq)
                # Another pass when a merge may have made a new revision, or a record that
                # moved collections was let go by the old one and now goes to the new one.
                again = again or any(o.status == "conflict" for o in outcomes) or any(
                    o.move_tombstone for o in batch)
                pushed += taken
                sent_any = True
                progress(pushed, total, key)
        if not sent_any or not again:
            break
    return pushed


def _drop_refused(vault: Vault, batch: list[Outgoing], item_id: object) -> None:
    """The server refused a change of an append-only record (409 append_only): the local
    change is dropped — the record goes back to what the server holds, or, for one the
    server never had here, is sent again as new — so the next round is not blocked."""
    sent = next((o for o in batch if o.change.item_id == item_id), None)
    if sent is None:
        return
    model = model_for_table(sent.table)
    with vault.session() as s:
        s.execute(delete(SyncInflight).where(SyncInflight.item_id == sent.change.item_id))
        row = s.get(model, sent.change.item_id) if model is not None else None
        base = s.get(SyncBase, sent.change.item_id)
        if row is None or model is None:
            return
        if base is not None and base.payload is not None and base.collection_key == sent.local_key:
            for name, value in from_payload(model, base.payload).items():
                setattr(row, name, value)
            row.deleted, row.rev, row.dirty = False, base.rev, False
        else:
            row.dirty = False


def ensure_organisation_collections(vault: Vault, client: SyncClient) -> None:
    """A supervisor creates every collection of the organisation, one per site and kind,
    before any record is in it, so members can be granted them and a field worker's first
    record (an agent's first hand-off) has somewhere to go."""
    with vault.session(read_only=True) as s:
        sites = list(s.scalars(select(Site.id).where(Site.deleted.is_(False))))
        keys = rec.organisation_collections(s, sites)
        known = set(s.scalars(select(SyncCollection.local_key)))
    for key in keys:
        if key not in known:  # one session for all, not one per collection and round
            _server_collection(vault, client, key, role="supervisor")


def _server_collection(vault: Vault, client: SyncClient, key: str, *, role: str) -> str | None:
    with vault.session(read_only=True) as s:
        known = state.collection_by_key(s, key)
        if known is not None:
            return known.server_id if known.access in ("write", "manage") else None
    if owned.is_own_key(key, client.user.id):
        return owned.create_own(vault, client, key)  # my restricted notes, my access log
    kind = key.split(":", 1)[0]
    if role != "supervisor" or not state.is_kind(kind):
        return None  # a supervisor creates it and grants it to this user
    info = client.create_collection(kind, meta={"local_key": key, "name": key})
    with vault.session() as s:
        state.upsert_collection(s, local_key=key, server_id=info.id, kind=kind,
                                access=info.access, key_version=info.key_version)
    return info.id

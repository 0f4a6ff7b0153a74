"""A supervisor's GDPR actions that need the server (issue 14): erasure orders, legal holds,
retention purges, and the organisation's settings.

The records concerned are worked out in the vault (fieldapp.gdpr), mapped to the server's
collection ids, and sent as ids; the reason is sealed with the supervisors' collection key
(sync.client.gdpr). After an order this device purges its own copies at once, like every
other device does at its next round (sync.engine.erasure).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from fieldapp.gdpr.erasure import ErasureTargets, erasure_targets
from fieldapp.gdpr.retention import RetentionPeriods, due_for_purge
from fieldapp.local.sync_state import SyncCollection
from fieldapp.records import common as rec
from fieldapp.records.base import new_id
from sync.client import SyncClient
from sync.client import gdpr as gdpr_client
from sync.engine import erasure, state
from sync.engine.core import SyncEngine
from sync.protocol import (
    ErasureInfo,
    ErasureScope,
    ErasureTarget,
    GdprSettings,
    LegalHoldInfo,
    PendingErasure,
)


class NotConnected(Exception):
    """The vault is not enrolled or its session ended: log in again first."""


@dataclass(frozen=True)
class OrderStatus:
    """An order as a supervisor reads it: who confirmed, who has not yet."""

    id: str
    scope: str
    reason: str
    created_at: float
    items: int
    revisions_deleted: int
    confirmed: tuple[str, ...]  # "person (device label)"
    pending: tuple[str, ...]


def _client(engine: SyncEngine) -> SyncClient:
    client = engine.client()
    if client is None:
        raise NotConnected()
    return client


def _server_items(engine: SyncEngine,
                  targets: ErasureTargets) -> tuple[list[tuple[str, str]], str]:
    """(server collection id, item id) of the targets the server knows, and the server id
    of the supervisors' collection (where reasons are sealed)."""
    with engine.vault.session(read_only=True) as s:
        known = {c.local_key: c.server_id for c in s.scalars(select(SyncCollection))}
        supervision = known.get(rec.supervision_collection(s))
    if supervision is None:
        raise NotConnected()
    items = [(known[key], item) for key, item in targets.items if key in known]
    return items, supervision


def order_erasure(engine: SyncEngine, *, scope: str, subject_id: str,
                  reason: str) -> ErasureInfo | None:
    """Erase a person, household or case file everywhere (the server at once, this device
    right after, every other device at its next round)."""
    if scope in ("household", "person"):  # a PSC's records keep counts, not names (issue 19)
        from fieldapp.gdpr.erasure import reissue_psc_without
        from fieldapp.local.profile import get_profile

        which = {"household_id" if scope == "household" else "person_id": subject_id}
        with engine.vault.session() as s:
            reissue_psc_without(s, actor_id=get_profile(s).id, **which)
    with engine.vault.session(read_only=True) as s:
        targets = erasure_targets(s, scope=scope, subject_id=subject_id)
    return _order(engine, scope, targets, reason)


def _order(engine: SyncEngine, scope: str, targets: ErasureTargets,
           reason: str) -> ErasureInfo | None:
    """Send the order and purge here; None when none of it ever reached the server (then
    this device is the only one holding it, and purges it alone)."""
    client = _client(engine)
    items, supervision = _server_items(engine, targets)
    order_id = new_id()
    if not items:
        erasure.apply_order(engine.vault, PendingErasure(
            id=order_id, items=[ErasureTarget(collection_id=order_id, item_id=i)
                                for i in targets.item_ids], blob_ids=list(targets.blob_ids)))
        return None
    sealed = gdpr_client.seal_reason(client, supervision, order_id, reason)
    scope_code: ErasureScope = scope  # type: ignore[assignment]  # the protocol checks it
    info = gdpr_client.order_erasure(client, order_id=order_id, scope=scope_code, items=items,
                                     blob_ids=targets.blob_ids, reason=sealed)
    erasure.apply_pending(engine.vault, client)
    return info


def place_hold(engine: SyncEngine, *, scope: str, subject_id: str,
               reason: str) -> LegalHoldInfo:
    """A legal hold on everything an erasure of the subject would remove."""
    client = _client(engine)
    with engine.vault.session(read_only=True) as s:
        targets = erasure_targets(s, scope=scope, subject_id=subject_id)
    items, supervision = _server_items(engine, targets)
    hold_id = new_id()
    return gdpr_client.place_hold(client, hold_id=hold_id, items=items,
                                  reason=gdpr_client.seal_reason(client, supervision, hold_id,
                                                                 reason))


def release_hold(engine: SyncEngine, hold_id: str) -> LegalHoldInfo:
    return gdpr_client.release_hold(_client(engine), hold_id)


@dataclass(frozen=True)
class HoldStatus:
    """An active legal hold as the supervisor reads it in the erasure dialog."""

    id: str
    placed_at: float
    placed_by: str  # the person's name, "" when this vault does not know it
    reason: str  # "" when the reason is sealed under a key this supervisor does not hold


def holds_on(engine: SyncEngine, *, scope: str, subject_id: str) -> list[HoldStatus]:
    """The active legal holds on any record an erasure of the subject would remove (a hold
    on the case file is one on its household too): what stops that erasure."""
    client = _client(engine)
    with engine.vault.session(read_only=True) as s:
        wanted = set(erasure_targets(s, scope=scope, subject_id=subject_id).item_ids)
        names = state.user_names(s)
    out = []
    for h in gdpr_client.legal_holds(client).holds:
        if h.released_at is not None or not any(t.item_id in wanted for t in h.items):
            continue
        try:
            reason = gdpr_client.open_reason(client, h.reason, h.id)
        except Exception:  # a key this supervisor does not hold: the reason stays closed
            reason = ""
        out.append(HoldStatus(id=h.id, placed_at=h.created_at,
                              placed_by=names.get(h.created_by, ""), reason=reason))
    return sorted(out, key=lambda h: h.placed_at)


def held_item_ids(engine: SyncEngine) -> set[str]:
    """Items under an active legal hold (a retention purge leaves them)."""
    holds = gdpr_client.legal_holds(_client(engine)).holds
    return {t.item_id for h in holds if h.released_at is None for t in h.items}


def order_statuses(engine: SyncEngine) -> list[OrderStatus]:
    client = _client(engine)
    orders = gdpr_client.erasures(client).orders
    with engine.vault.session(read_only=True) as s:
        names = state.user_names(s)
    if any(d.user_id not in names for o in orders for d in o.devices):
        users = client.users().users  # a newcomer
        with engine.vault.session() as s:
            names.update(state.remember_users(s, {u.id: u.email for u in users}))

    def device(d: Any) -> str:
        # the server knows a device by a label only (issue 14): the person's name beside it
        owner = names.get(d.user_id, "")
        return f"{owner} ({d.device_name})" if owner else d.device_name

    out = []
    for o in orders:
        try:
            reason = gdpr_client.open_reason(client, o.reason, o.id)
        except Exception:  # a key this supervisor does not hold: the reason stays closed
            reason = ""
        out.append(OrderStatus(
            id=o.id, scope=o.scope, reason=reason, created_at=o.created_at, items=o.items,
            revisions_deleted=o.revisions_deleted,
            confirmed=tuple(device(d) for d in o.devices if d.confirmed_at is not None),
            pending=tuple(device(d) for d in o.devices if d.confirmed_at is None)))
    return out


def settings(engine: SyncEngine) -> GdprSettings:
    return gdpr_client.gdpr_settings(_client(engine))


def put_settings(engine: SyncEngine, value: GdprSettings) -> GdprSettings:
    return gdpr_client.put_gdpr_settings(_client(engine), value)


def periods(value: GdprSettings) -> RetentionPeriods:
    r = value.retention
    return RetentionPeriods(closed_case_days=r.closed_case_days,
                            inventory_days=r.inventory_days,
                            intervention_days=r.intervention_days,
                            access_log_days=r.access_log_days,
                            renovation_project_days=r.renovation_project_days)


def retention_purge(engine: SyncEngine, *, today: date, reason: str) -> ErasureInfo | None:
    """Purge what the organisation's retention periods say is due today, leaving what a
    legal hold covers; None when nothing is due."""
    held = held_item_ids(engine)
    with engine.vault.session(read_only=True) as s:
        targets = due_for_purge(s, periods(settings(engine)), today=today, held=held)
    if not targets.items:
        return None
    return _order(engine, "retention", targets, reason)

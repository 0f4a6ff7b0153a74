"""Erasure (art. 17), legal holds and retention settings (issue 14), over ids only.

A supervisor's device works out which items and blobs belong to a person, household or
case file (the server can't: it holds ciphertext) and orders their erasure. The server
then deletes every revision and the current pointer of each item and every blob with its
references — no tombstone is left — and records the order (ids, a sealed reason) with one
row per device of the organisation that must purge its copies. Each device pulls its
pending orders at its next contact, purges and confirms; the supervisor sees who has.

A legal hold on an item stops any erasure or retention purge touching it, whoever asks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, func, select, tuple_, update
from sqlalchemy.orm import Session

from sync.protocol import (
    ConfirmErasureResponse,
    ErasureDevice,
    ErasureInfo,
    ErasureListResponse,
    ErasureRequest,
    ErasureTarget,
    GdprSettings,
    LegalHoldInfo,
    LegalHoldListResponse,
    LegalHoldRequest,
    PendingErasure,
    PendingErasuresResponse,
    SealedReason,
    read_stored,
)
from sync.server.blobstore import BlobStore
from sync.server.errors import ApiError
from sync.server.models import (
    Blob,
    BlobRef,
    Collection,
    Device,
    ErasureBlob,
    ErasureItem,
    ErasureOrder,
    GdprSettingsRow,
    Item,
    LegalHold,
    LegalHoldItem,
    Membership,
    Revision,
)
from sync.server.models import ErasureDevice as ErasureDeviceRow
from sync.server.services.context import Audit, Caller, require_role
from sync.server.services.queries import first_erased

CHUNK = 1_000


def _chunks(values: list[tuple[str, str]]) -> Iterable[list[tuple[str, str]]]:
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


def _check_collections(db: Session, caller: Caller, audit: Audit, action: str,
                       targets: list[ErasureTarget], reason: SealedReason | None) -> None:
    """Every collection named is one of the caller's organisation (else the uniform 404)."""
    wanted = {t.collection_id for t in targets}
    if reason is not None:
        wanted.add(reason.collection_id)
    org = caller.user.organisation_id
    found = set(db.scalars(select(Collection.id).where(Collection.id.in_(wanted),
                                                       Collection.organisation_id == org)))
    missing = sorted(wanted - found)
    if missing:
        raise audit.denied(action, collection_id=missing[0])


def held_items(db: Session, organisation_id: str,
               targets: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (collection, item) pairs among `targets` under an active legal hold."""
    held: set[tuple[str, str]] = set()
    for chunk in _chunks(targets):
        rows = db.execute(
            select(LegalHoldItem.collection_id, LegalHoldItem.item_id)
            .join(LegalHold, LegalHold.id == LegalHoldItem.hold_id)
            .where(LegalHold.organisation_id == organisation_id,
                   LegalHold.released_at.is_(None),
                   tuple_(LegalHoldItem.collection_id, LegalHoldItem.item_id).in_(chunk)))
        held.update((c, i) for c, i in rows)
    return held


def order_erasure(db: Session, *, caller: Caller, audit: Audit, body: ErasureRequest,
                  blobs: BlobStore, now: float) -> ErasureInfo:
    require_role(caller, "supervisor")
    org = caller.user.organisation_id
    existing = db.get(ErasureOrder, body.id)
    if existing is not None:
        if existing.organisation_id != org:
            raise audit.denied("erasure.order", target_id=body.id)
        return _info(db, existing)  # a retried request: the same order
    _check_collections(db, caller, audit, "erasure.order", body.items, body.reason)
    targets = sorted({(t.collection_id, t.item_id) for t in body.items})
    held = held_items(db, org, targets)
    if held:
        audit.add("erasure.order", target_id=body.id, outcome="legal_hold")
        raise ApiError(409, "legal_hold",
                       f"{len(held)} of these records are under a legal hold; release it first")
    order = ErasureOrder(
        id=body.id, organisation_id=org, scope=body.scope, requested_by=caller.user.id,
        created_at=now, reason_collection_id=body.reason.collection_id,
        reason_key_version=body.reason.key_version, reason_sealed=body.reason.sealed,
        revisions_deleted=0)
    db.add(order)
    db.flush()
    deleted = 0
    for chunk in _chunks(targets):
        pairs = tuple_(Revision.collection_id, Revision.item_id).in_(chunk)
        deleted += db.execute(delete(Revision).where(pairs)).rowcount or 0  # type: ignore[attr-defined]
        db.execute(delete(Item).where(tuple_(Item.collection_id, Item.item_id).in_(chunk)))
    order.revisions_deleted = deleted
    db.add_all(ErasureItem(order_id=order.id, collection_id=c, item_id=i, organisation_id=org)
               for c, i in targets)
    blob_ids = sorted(set(body.blob_ids))
    if blob_ids:
        db.execute(delete(BlobRef).where(BlobRef.organisation_id == org,
                                         BlobRef.blob_id.in_(blob_ids)))
        db.execute(delete(Blob).where(Blob.organisation_id == org, Blob.blob_id.in_(blob_ids)))
        db.add_all(ErasureBlob(order_id=order.id, blob_id=b, organisation_id=org)
                   for b in blob_ids)
    # the devices that may hold copies: every live device of a member of a collection the
    # order touches (an admin, a member of none, never had them)
    members = select(Membership.user_id).where(
        Membership.collection_id.in_({c for c, _i in targets}))
    devices = db.execute(select(Device.id, Device.user_id).where(
        Device.organisation_id == org, Device.revoked_at.is_(None),
        Device.user_id.in_(members))).all()
    db.add_all(ErasureDeviceRow(order_id=order.id, device_id=d, organisation_id=org,
                                user_id=u, confirmed_at=None) for d, u in devices)
    db.flush()
    for blob_id in blob_ids:  # after the rows: a failed request is ordered again, same id
        blobs.delete(org, blob_id)
    audit.add("erasure.order", target_id=order.id)
    return _info(db, order)


def _reason(collection_id: str | None, version: int | None,
            sealed: bytes | None) -> SealedReason | None:
    if collection_id is None or version is None or sealed is None:
        return None
    return SealedReason(collection_id=collection_id, key_version=version, sealed=sealed)


def _info(db: Session, order: ErasureOrder) -> ErasureInfo:
    items = db.scalar(select(func.count()).select_from(ErasureItem)
                      .where(ErasureItem.order_id == order.id)) or 0
    blob_count = db.scalar(select(func.count()).select_from(ErasureBlob)
                           .where(ErasureBlob.order_id == order.id)) or 0
    devices = db.execute(
        select(ErasureDeviceRow.device_id, Device.name, ErasureDeviceRow.user_id,
               ErasureDeviceRow.confirmed_at)
        .join(Device, Device.id == ErasureDeviceRow.device_id)
        .where(ErasureDeviceRow.order_id == order.id).order_by(Device.name)).all()
    return ErasureInfo(
        id=order.id, scope=order.scope, requested_by=order.requested_by,  # type: ignore[arg-type]  # a str column holding an ErasureScope
        created_at=order.created_at, items=items, blobs=blob_count,
        revisions_deleted=order.revisions_deleted,
        reason=_reason(order.reason_collection_id, order.reason_key_version,
                       order.reason_sealed),
        devices=[ErasureDevice(device_id=d, device_name=n, user_id=u, confirmed_at=c)
                 for d, n, u, c in devices])


def list_erasures(db: Session, *, caller: Caller, audit: Audit) -> ErasureListResponse:
    require_role(caller, "supervisor")
    orders = db.scalars(select(ErasureOrder).where(
        ErasureOrder.organisation_id == caller.user.organisation_id)
        .order_by(ErasureOrder.created_at.desc()))
    audit.add("erasure.list")
    return ErasureListResponse(orders=[_info(db, o) for o in orders])


def pending_erasures(db: Session, *, caller: Caller) -> PendingErasuresResponse:
    """The orders this device has not confirmed yet, oldest first, with what to purge."""
    orders = db.scalars(
        select(ErasureOrder).join(ErasureDeviceRow, ErasureDeviceRow.order_id == ErasureOrder.id)
        .where(ErasureDeviceRow.device_id == caller.device.id,
               ErasureDeviceRow.confirmed_at.is_(None))
        .order_by(ErasureOrder.created_at)).all()
    out = []
    for order in orders:
        items = db.execute(select(ErasureItem.collection_id, ErasureItem.item_id)
                           .where(ErasureItem.order_id == order.id)).all()
        blob_ids = db.scalars(select(ErasureBlob.blob_id)
                              .where(ErasureBlob.order_id == order.id)).all()
        out.append(PendingErasure(
            id=order.id, items=[ErasureTarget(collection_id=c, item_id=i) for c, i in items],
            blob_ids=list(blob_ids)))
    return PendingErasuresResponse(orders=out)


def confirm_erasure(db: Session, *, caller: Caller, audit: Audit, order_id: str,
                    now: float, dependents: Sequence[ErasureTarget] = ()
                    ) -> ConfirmErasureResponse:
    """This device purged the order. `dependents`: records of its own that referred to
    erased ones; they are erased here too, in the collections where the caller may write
    (and refused on push from then on), the others left and logged."""
    row = db.get(ErasureDeviceRow, (order_id, caller.device.id))
    if row is None or row.organisation_id != caller.user.organisation_id:
        raise audit.denied("erasure.confirm", target_id=order_id)
    erased = 0
    wanted = sorted({(t.collection_id, t.item_id) for t in dependents})
    if wanted:
        writable = set(db.scalars(select(Membership.collection_id).where(
            Membership.user_id == caller.user.id,
            Membership.collection_id.in_({c for c, _i in wanted}),
            Membership.access.in_(("write", "manage")))))
        allowed = [(c, i) for c, i in wanted if c in writable]
        if len(allowed) < len(wanted):
            audit.add("erasure.confirm", target_id=order_id, outcome="not_writable")
        held = held_items(db, row.organisation_id, allowed)
        allowed = [pair for pair in allowed if pair not in held]
        known = {(c, i) for c, i in db.execute(select(
            ErasureItem.collection_id, ErasureItem.item_id).where(
                ErasureItem.order_id == order_id))}
        for chunk in _chunks(allowed):
            pairs = tuple_(Revision.collection_id, Revision.item_id).in_(chunk)
            erased += db.execute(delete(Revision).where(pairs)).rowcount or 0  # type: ignore[attr-defined]
            db.execute(delete(Item).where(tuple_(Item.collection_id, Item.item_id).in_(chunk)))
        added = [(c, i) for c, i in allowed if (c, i) not in known]
        db.add_all(ErasureItem(order_id=order_id, collection_id=c, item_id=i,
                               organisation_id=row.organisation_id) for c, i in added)
        if added:  # devices that confirmed before may have pulled them since: once more
            db.execute(update(ErasureDeviceRow).where(
                ErasureDeviceRow.order_id == order_id,
                ErasureDeviceRow.device_id != caller.device.id).values(confirmed_at=None))
        order = db.get(ErasureOrder, order_id)
        if order is not None:
            order.revisions_deleted += erased
    if row.confirmed_at is None:
        row.confirmed_at = now
        audit.add("erasure.confirm", target_id=order_id)
    return ConfirmErasureResponse(erased=erased)


# ---------------------------------------------------------------- legal holds


def place_hold(db: Session, *, caller: Caller, audit: Audit, body: LegalHoldRequest,
               now: float) -> LegalHoldInfo:
    require_role(caller, "supervisor")
    org = caller.user.organisation_id
    existing = db.get(LegalHold, body.id)
    if existing is not None:
        if existing.organisation_id != org:
            raise audit.denied("hold.place", target_id=body.id)
        return _hold_info(db, existing)
    _check_collections(db, caller, audit, "hold.place", body.items, body.reason)
    hold = LegalHold(id=body.id, organisation_id=org, created_by=caller.user.id,
                     created_at=now, reason_collection_id=body.reason.collection_id,
                     reason_key_version=body.reason.key_version,
                     reason_sealed=body.reason.sealed)
    db.add(hold)
    db.flush()
    db.add_all(LegalHoldItem(hold_id=hold.id, collection_id=c, item_id=i, organisation_id=org)
               for c, i in sorted({(t.collection_id, t.item_id) for t in body.items}))
    db.flush()
    audit.add("hold.place", target_id=hold.id)
    return _hold_info(db, hold)


def release_hold(db: Session, *, caller: Caller, audit: Audit, hold_id: str,
                 now: float) -> LegalHoldInfo:
    require_role(caller, "supervisor")
    hold = db.get(LegalHold, hold_id)
    if hold is None or hold.organisation_id != caller.user.organisation_id:
        raise audit.denied("hold.release", target_id=hold_id)
    if hold.released_at is None:
        hold.released_at, hold.released_by = now, caller.user.id
        audit.add("hold.release", target_id=hold_id)
    return _hold_info(db, hold)


def list_holds(db: Session, *, caller: Caller) -> LegalHoldListResponse:
    require_role(caller, "supervisor")
    holds = db.scalars(select(LegalHold).where(
        LegalHold.organisation_id == caller.user.organisation_id)
        .order_by(LegalHold.created_at))
    return LegalHoldListResponse(holds=[_hold_info(db, h) for h in holds])


def _hold_info(db: Session, hold: LegalHold) -> LegalHoldInfo:
    items = db.execute(select(LegalHoldItem.collection_id, LegalHoldItem.item_id)
                       .where(LegalHoldItem.hold_id == hold.id)).all()
    return LegalHoldInfo(
        id=hold.id, created_by=hold.created_by, created_at=hold.created_at,
        released_at=hold.released_at,
        items=[ErasureTarget(collection_id=c, item_id=i) for c, i in items],
        reason=_reason(hold.reason_collection_id, hold.reason_key_version,
                       hold.reason_sealed))


# ---------------------------------------------------------------- settings


def get_settings(db: Session, *, caller: Caller) -> GdprSettings:
    row = db.get(GdprSettingsRow, caller.user.organisation_id)
    return GdprSettings() if row is None else read_stored(GdprSettings, row.settings)


def put_settings(db: Session, *, caller: Caller, audit: Audit, body: GdprSettings,
                 now: float) -> GdprSettings:
    require_role(caller, "supervisor", "admin")
    org = caller.user.organisation_id
    row = db.get(GdprSettingsRow, org)
    data = body.model_dump(mode="json")
    if row is None:
        db.add(GdprSettingsRow(organisation_id=org, settings=data, updated_by=caller.user.id,
                               updated_at=now))
    else:
        row.settings, row.updated_by, row.updated_at = data, caller.user.id, now
    audit.add("gdpr.settings")
    return body


ERASED_MESSAGE = ("some of these records were erased (GDPR art. 17); sync again: the "
                  "erasure order is applied on this device before anything is sent")


def refuse_erased(db: Session, audit: Audit, collection_id: str,
                  item_ids: list[str]) -> None:
    """A push may not bring back an erased record (a device that had not yet applied the
    order): 409 ``erased``, nothing stored; the device's next round purges first."""
    found = first_erased(db, collection_id, item_ids)
    if found is not None:
        audit.add("push", collection_id=collection_id, item_id=found, outcome="erased")
        raise ApiError(409, "erased", ERASED_MESSAGE)

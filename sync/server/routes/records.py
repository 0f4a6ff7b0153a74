"""Push and pull of sealed records (§5.3, §6).

The sequence of a collection is assigned under a row lock on the collection
(SELECT ... FOR UPDATE; BEGIN IMMEDIATE on SQLite) inside the transaction that inserts the
revisions, so a revision with a smaller seq can never become visible after a larger one:
a pull with since=N never skips anything.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel
from sqlalchemy import insert, select, update

from fieldapp.crypto.errors import SignatureError
from fieldapp.crypto.keys import verify
from sync.protocol import (
    DEFAULT_CHANGES_LIMIT,
    MAX_CHANGES_LIMIT,
    MAX_RECORD_CIPHERTEXT,
    ChangesResponse,
    HistoryResponse,
    PushRequest,
    PushResponse,
    PushResult,
    SealedRecordModel,
    StoredRevision,
)
from sync.server.deps import DB, AuditDep, CallerDep
from sync.server.errors import ApiError
from sync.server.models import Item, Revision
from sync.server.routes.collections import visible_collection

router = APIRouter(prefix="/collections")

MIN_CIPHERTEXT = 12 + 16
SIGNATURE_LEN = 64


def json_response(model: BaseModel) -> Response:
    """Serialise once: the models are built from checked rows, so FastAPI's second pass
    over `response_model` (kept for the OpenAPI schema) is skipped on these hot paths."""
    return Response(model.model_dump_json(), media_type="application/json")


def stored_revision(row: Revision) -> StoredRevision:
    """Rows were validated on their way in, so build without validating again (hot path)."""
    return StoredRevision.model_construct(
        seq=row.seq,
        received_at=row.received_at,
        record=SealedRecordModel.model_construct(
            item_id=row.item_id,
            rev=row.rev,
            base_rev=row.base_rev,
            key_version=row.key_version,
            author_id=row.author_id,
            deleted=row.deleted,
            ciphertext=row.ciphertext,
            signature=row.signature,
        ),
    )


def _check_shape(item: SealedRecordModel) -> None:
    if item.deleted and item.ciphertext:
        raise ApiError(400, "invalid_request", "a tombstone carries no ciphertext")
    if not item.deleted and len(item.ciphertext) < MIN_CIPHERTEXT:
        raise ApiError(400, "invalid_request", "ciphertext too short")
    if len(item.ciphertext) > MAX_RECORD_CIPHERTEXT:
        raise ApiError(413, "too_large", "a record's ciphertext is limited to 1 MiB")
    if len(item.signature) != SIGNATURE_LEN:
        raise ApiError(400, "bad_signature", "a signature is 64 bytes")
    if item.base_rev == item.rev:
        raise ApiError(400, "invalid_request", "a revision cannot be its own base")


@dataclass
class _Current:
    rev: str
    seq: int


@router.post("/{collection_id}/push", response_model=PushResponse)
def push(
    collection_id: str, body: PushRequest, caller: CallerDep, db: DB, audit: AuditDep
) -> Response:
    # Membership first (a non-member learns nothing, not even that a signature is bad),
    # then signature verification outside the lock, then the lock and a second look.
    visible_collection(db, caller, audit, collection_id, "push", need="write")
    for item in body.items:
        if item.author_id != caller.user.id:
            audit.add("push", collection_id=collection_id, item_id=item.item_id, outcome="denied")
            raise ApiError(403, "author_mismatch", "records must be authored by the caller")
        _check_shape(item)
    sign_public = caller.user.sign_public
    if sign_public is None:
        raise ApiError(400, "bad_signature", "the caller has no signing key")
    for item in body.items:
        try:
            verify(sign_public, item.signature, item.to_crypto(collection_id).signed_message())
        except SignatureError:
            audit.add(
                "push", collection_id=collection_id, item_id=item.item_id, outcome="bad_signature"
            )
            raise ApiError(
                400,
                "bad_signature",
                "a record's signature does not verify; nothing was stored",
                details={"item_id": item.item_id, "rev": item.rev},
            ) from None

    collection, _ = visible_collection(
        db, caller, audit, collection_id, "push", need="write", lock=True
    )
    now = audit.now
    item_ids = list({item.item_id for item in body.items})
    revs = [item.rev for item in body.items]
    known: dict[tuple[str, str], int] = {
        (r.item_id, r.rev): r.seq
        for r in db.execute(
            select(Revision.item_id, Revision.rev, Revision.seq).where(
                # item_id first: served by the (collection_id, item_id, rev) unique index.
                Revision.collection_id == collection_id,
                Revision.item_id.in_(item_ids),
                Revision.rev.in_(revs),
            )
        )
    }
    stale = [
        item
        for item in body.items
        if (item.item_id, item.rev) not in known and item.key_version != collection.key_version
    ]
    if stale:
        raise ApiError(
            409,
            "stale_key",
            "the collection key was rotated; fetch the new key and re-encrypt",
            details={"current_key_version": collection.key_version},
        )
    existing = {
        row.item_id: row
        for row in db.scalars(
            select(Item).where(Item.collection_id == collection_id, Item.item_id.in_(item_ids))
        )
    }
    current: dict[str, _Current] = {
        k: _Current(row.current_rev, row.current_seq) for k, row in existing.items()
    }
    seq = collection.last_seq
    new_rows: list[dict[str, object]] = []
    results: list[PushResult] = []
    conflicts: list[tuple[int, int]] = []  # (result index, current seq)
    for item in body.items:
        key = (item.item_id, item.rev)
        if key in known:
            results.append(
                PushResult(item_id=item.item_id, rev=item.rev, status="duplicate", seq=known[key])
            )
            continue
        now_current = current.get(item.item_id)
        if (now_current.rev if now_current else None) != item.base_rev:
            if now_current is not None:
                conflicts.append((len(results), now_current.seq))
            results.append(PushResult(item_id=item.item_id, rev=item.rev, status="conflict"))
            continue
        seq += 1
        known[key] = seq
        current[item.item_id] = _Current(item.rev, seq)
        new_rows.append(
            {
                "collection_id": collection_id,
                "seq": seq,
                "organisation_id": collection.organisation_id,
                "item_id": item.item_id,
                "rev": item.rev,
                "base_rev": item.base_rev,
                "key_version": item.key_version,
                "author_id": item.author_id,
                "device_id": caller.device.id,
                "deleted": item.deleted,
                "ciphertext": item.ciphertext,
                "signature": item.signature,
                "received_at": now,
            }
        )
        results.append(PushResult(item_id=item.item_id, rev=item.rev, status="accepted", seq=seq))
    if new_rows:
        db.execute(insert(Revision), new_rows)
        moved = {
            i: c
            for i, c in current.items()
            if i not in existing or existing[i].current_seq != c.seq
        }
        fresh = [i for i in moved if i not in existing]
        if fresh:
            db.execute(
                insert(Item),
                [
                    {
                        "collection_id": collection_id,
                        "item_id": i,
                        "organisation_id": collection.organisation_id,
                        "current_rev": moved[i].rev,
                        "current_seq": moved[i].seq,
                    }
                    for i in fresh
                ],
            )
        changed = [i for i in moved if i in existing]
        if changed:
            db.execute(
                update(Item),
                [
                    {
                        "collection_id": collection_id,
                        "item_id": i,
                        "current_rev": moved[i].rev,
                        "current_seq": moved[i].seq,
                    }
                    for i in changed
                ],
            )
        collection.last_seq = seq
    if conflicts:
        rows = {
            r.seq: r
            for r in db.scalars(
                select(Revision).where(
                    Revision.collection_id == collection_id,
                    Revision.seq.in_([s for _, s in conflicts]),
                )
            )
        }
        for index, current_seq in conflicts:
            results[index] = results[index].model_copy(
                update={"current": stored_revision(rows[current_seq])}
            )
    for result in results:
        audit.add(f"push.{result.status}", collection_id=collection_id, item_id=result.item_id)
    return json_response(PushResponse(results=results, last_seq=collection.last_seq))


@router.get("/{collection_id}/changes", response_model=ChangesResponse)
def changes(
    collection_id: str,
    caller: CallerDep,
    db: DB,
    audit: AuditDep,
    since: int = Query(0, ge=0),
    limit: int = Query(DEFAULT_CHANGES_LIMIT, ge=1, le=MAX_CHANGES_LIMIT),
) -> Response:
    visible_collection(db, caller, audit, collection_id, "changes")
    rows = list(
        db.scalars(
            select(Revision)
            .where(Revision.collection_id == collection_id, Revision.seq > since)
            .order_by(Revision.seq)
            .limit(limit + 1)
        )
    )
    done = len(rows) <= limit
    rows = rows[:limit]
    audit.add("changes", collection_id=collection_id)
    return json_response(
        ChangesResponse(
            items=[stored_revision(r) for r in rows],
            last_seq=rows[-1].seq if rows else since,
            done=done,
        )
    )


@router.get("/{collection_id}/items/{item_id}/history", response_model=HistoryResponse)
def history(
    collection_id: str, item_id: str, caller: CallerDep, db: DB, audit: AuditDep
) -> Response:
    visible_collection(db, caller, audit, collection_id, "history", item_id=item_id)
    rows = list(
        db.scalars(
            select(Revision)
            .where(Revision.collection_id == collection_id, Revision.item_id == item_id)
            .order_by(Revision.seq)
        )
    )
    if not rows:
        raise audit.denied("history", collection_id=collection_id, item_id=item_id)
    audit.add("history", collection_id=collection_id, item_id=item_id)
    return json_response(
        HistoryResponse(item_id=item_id, revisions=[stored_revision(r) for r in rows])
    )

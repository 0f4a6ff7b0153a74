"""Content-addressed, resumable, idempotent blob upload and member-only download (§5.4).

Every state change holds a row lock on the blob row, so two workers never append at once.
"""

from __future__ import annotations

import re

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response, StreamingResponse
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from sync.protocol import MAX_BLOB_PUT, BlobStartRequest, BlobStatus
from sync.server.deps import DB, Audit, AuditDep, Caller, CallerDep, state_of
from sync.server.errors import ApiError
from sync.server.models import Blob, BlobRef, Membership
from sync.server.routes.collections import visible_collection

router = APIRouter(prefix="/blobs")

BLOB_ID = re.compile(r"^[0-9a-f]{64}$")
RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def _status(blob: Blob, offset: int) -> BlobStatus:
    return BlobStatus(blob_id=blob.blob_id, size=blob.size, offset=offset, done=blob.complete)


def _writable_blob(db: DB, caller: Caller, audit: Audit, blob_id: str, action: str) -> Blob:
    """The blob row, locked, if the caller may write to a collection that references it."""
    if not BLOB_ID.match(blob_id):
        raise audit.denied(action, blob_id=blob_id)
    org = caller.user.organisation_id
    blob = db.get(Blob, (org, blob_id), with_for_update=True, populate_existing=True)
    allowed = (
        blob is not None
        and db.scalars(
            select(BlobRef.collection_id)
            .join(
                Membership,
                (Membership.collection_id == BlobRef.collection_id)
                & (Membership.user_id == caller.user.id),
            )
            .where(
                BlobRef.organisation_id == org,
                BlobRef.blob_id == blob_id,
                Membership.access.in_(("write", "manage")),
            )
        ).first()
    )
    if blob is None or not allowed:
        raise audit.denied(action, blob_id=blob_id)
    return blob


@router.post("", response_model=BlobStatus)
def start_upload(
    body: BlobStartRequest, request: Request, caller: CallerDep, db: DB, audit: AuditDep
) -> BlobStatus:
    visible_collection(db, caller, audit, body.collection_id, "blob.start", need="write")
    store = state_of(request).blobs
    org = caller.user.organisation_id
    blob = db.get(Blob, (org, body.blob_id), with_for_update=True)
    if blob is None:
        blob = Blob(
            organisation_id=org,
            blob_id=body.blob_id,
            size=body.size,
            complete=False,
            created_by=caller.user.id,
            created_at=audit.now,
        )
        db.add(blob)
    elif not blob.complete and blob.size != body.size:
        store.discard_partial(org, body.blob_id)  # a different size: start the upload again
        blob.size = body.size
    elif blob.complete and blob.size != body.size:
        raise ApiError(400, "invalid_request", "this blob exists with another size")
    if db.get(BlobRef, (org, body.blob_id, body.collection_id)) is None:
        db.add(BlobRef(organisation_id=org, blob_id=body.blob_id, collection_id=body.collection_id))
    db.flush()
    audit.add("blob.start", collection_id=body.collection_id, blob_id=body.blob_id)
    offset = blob.size if blob.complete else store.partial_size(org, body.blob_id)
    return _status(blob, offset)


@router.put("/{blob_id}/data", response_model=BlobStatus)
async def put_data(
    blob_id: str,
    request: Request,
    caller: CallerDep,
    db: DB,
    audit: AuditDep,
    offset: int = Query(..., ge=0),
) -> BlobStatus:
    """Raw bytes appended at exactly `offset`. The body is read on the event loop; the
    database and disk work runs in a worker thread (the session is used by one at a time)."""
    data = await request.body()
    if len(data) > MAX_BLOB_PUT:
        raise ApiError(413, "too_large", "send at most 16 MiB per request")
    return await run_in_threadpool(_append, request, db, caller, audit, blob_id, offset, data)


def _append(
    request: Request, db: DB, caller: Caller, audit: Audit, blob_id: str, offset: int, data: bytes
) -> BlobStatus:
    blob = _writable_blob(db, caller, audit, blob_id, "blob.data")
    store = state_of(request).blobs
    org = caller.user.organisation_id
    if blob.complete:
        return _status(blob, blob.size)
    received = store.partial_size(org, blob_id)
    if offset != received:
        raise ApiError(
            409, "offset_mismatch", f"resume at offset {received}", details={"offset": received}
        )
    if received + len(data) > blob.size:
        raise ApiError(400, "invalid_request", "more bytes than the announced size")
    received = store.append(org, blob_id, offset, data)
    return _status(blob, received)


@router.post("/{blob_id}/complete", response_model=BlobStatus)
def complete(
    blob_id: str, request: Request, caller: CallerDep, db: DB, audit: AuditDep
) -> BlobStatus:
    blob = _writable_blob(db, caller, audit, blob_id, "blob.complete")
    store = state_of(request).blobs
    org = caller.user.organisation_id
    if blob.complete:
        return _status(blob, blob.size)
    received = store.partial_size(org, blob_id)
    if received != blob.size:
        raise ApiError(
            400,
            "blob_incomplete",
            f"{received} of {blob.size} bytes received",
            details={"offset": received},
        )
    if store.finish(org, blob_id) != blob_id:
        audit.add("blob.complete", blob_id=blob_id, outcome="blob_hash_mismatch")
        raise ApiError(
            400, "blob_hash_mismatch", "the bytes received do not hash to the blob id; upload again"
        )
    blob.complete = True
    blob.completed_at = audit.now
    audit.add("blob.complete", blob_id=blob_id)
    return _status(blob, blob.size)


@router.get("/{blob_id}")
def download(
    blob_id: str, request: Request, caller: CallerDep, db: DB, audit: AuditDep
) -> Response:
    org = caller.user.organisation_id
    blob = db.get(Blob, (org, blob_id)) if BLOB_ID.match(blob_id) else None
    member = (
        blob is not None
        and db.scalars(
            select(BlobRef.collection_id)
            .join(
                Membership,
                (Membership.collection_id == BlobRef.collection_id)
                & (Membership.user_id == caller.user.id),
            )
            .where(BlobRef.organisation_id == org, BlobRef.blob_id == blob_id)
        ).first()
    )
    if blob is None or not member or not blob.complete:
        raise audit.denied("blob.get", blob_id=blob_id)
    audit.add("blob.get", blob_id=blob_id)
    store = state_of(request).blobs
    start, end, status = 0, blob.size, 200
    headers = {"Accept-Ranges": "bytes", "Content-Type": "application/octet-stream"}
    match = RANGE.match(request.headers.get("range", "").strip())
    if match and (match.group(1) or match.group(2)):
        first, last = match.group(1), match.group(2)
        if first:
            start = int(first)
            end = min(int(last) + 1, blob.size) if last else blob.size
        else:
            start = max(blob.size - int(last), 0)
        if start >= end:
            raise ApiError(
                416,
                "range_not_satisfiable",
                "range not satisfiable",
                headers={"Content-Range": f"bytes */{blob.size}"},
            )
        status = 206
        headers["Content-Range"] = f"bytes {start}-{end - 1}/{blob.size}"
    headers["Content-Length"] = str(end - start)
    return StreamingResponse(
        store.read(org, blob_id, start, end),
        status_code=status,
        headers=headers,
        media_type="application/octet-stream",
    )

"""Content-addressed, resumable, idempotent blob upload and member-only download (§5.4).

Every state change holds a row lock on the blob row, so two workers never append at once.
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response, StreamingResponse
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool

from sync.protocol import MAX_BLOB_PUT, BlobStartRequest, BlobStatus
from sync.server.body import authenticated_body, body_schema
from sync.server.deps import DB, AuditDep, CallerDep, state_of
from sync.server.errors import ApiError
from sync.server.models import Blob, BlobRef, Membership
from sync.server.services.access import visible_collection
from sync.server.services.context import Audit, Caller

router = APIRouter(prefix="/blobs")

BLOB_ID = re.compile(r"^[0-9a-f]{64}$")
RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def _status(blob: Blob, offset: int, *, done: bool) -> BlobStatus:
    return BlobStatus(blob_id=blob.blob_id, size=blob.size, offset=offset, done=done)


def _my_refs(db: DB, caller: Caller, blob_id: str, *, write: bool) -> list[BlobRef]:
    """References of this blob in collections where the caller is a member (with write)."""
    query = (
        select(BlobRef)
        .join(
            Membership,
            (Membership.collection_id == BlobRef.collection_id)
            & (Membership.user_id == caller.user.id),
        )
        .where(BlobRef.organisation_id == caller.user.organisation_id, BlobRef.blob_id == blob_id)
    )
    if write:
        query = query.where(Membership.access.in_(("write", "manage")))
    return list(db.scalars(query))


def _readable(blob: Blob | None, refs: list[BlobRef]) -> bool:
    return blob is not None and blob.complete and any(ref.proven for ref in refs)


def _writable_blob(
    db: DB, caller: Caller, audit: Audit, blob_id: str, action: str
) -> tuple[Blob, list[BlobRef], bool]:
    """The blob row (locked), the caller's writable references, and whether the caller can
    already read it. Anyone without a writable reference gets the uniform 404."""
    if not BLOB_ID.match(blob_id):
        raise audit.denied(action, blob_id=blob_id)
    blob = db.get(
        Blob, (caller.user.organisation_id, blob_id), with_for_update=True, populate_existing=True
    )
    refs = _my_refs(db, caller, blob_id, write=True) if blob is not None else []
    if blob is None or not refs:
        raise audit.denied(action, blob_id=blob_id)
    readable = _readable(blob, _my_refs(db, caller, blob_id, write=False))
    return blob, refs, readable


def _flush_or_race(db: DB) -> None:
    """Flush new rows; a unique-index failure means another request started the same new
    blob (or its reference in this collection) at the same moment and its insert won.
    Nothing is stored for this one; starting again resumes the other upload."""
    try:
        db.flush()
    except IntegrityError:
        raise ApiError(
            409,
            "upload_race",
            "another upload of this blob started at the same moment: start again to resume it",
        ) from None


@router.post("", response_model=BlobStatus, openapi_extra=body_schema(BlobStartRequest))
def start_upload(
    body: Annotated[BlobStartRequest, Depends(authenticated_body(BlobStartRequest))],
    request: Request,
    caller: CallerDep,
    db: DB,
    audit: AuditDep,
) -> BlobStatus:
    """Create or resume an upload. An existing blob the caller cannot read yet (a blob id
    is not a capability) must be uploaded again to prove possession of its bytes. The body
    is read after the token is checked (:mod:`sync.server.body`)."""
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
        _flush_or_race(db)
    elif blob.size != body.size:
        if blob.complete:
            raise ApiError(400, "invalid_request", "this blob exists with another size")
        store.discard_partial(org, body.blob_id)  # a different size: start the upload again
        blob.size = body.size
    ref = db.get(BlobRef, (org, body.blob_id, body.collection_id))
    if ref is None:
        ref = BlobRef(
            organisation_id=org,
            blob_id=body.blob_id,
            collection_id=body.collection_id,
            proven=False,
        )
        db.add(ref)
    _flush_or_race(db)
    audit.add("blob.start", collection_id=body.collection_id, blob_id=body.blob_id)
    if _readable(blob, _my_refs(db, caller, body.blob_id, write=False)):
        ref.proven = True
        return _status(blob, blob.size, done=True)
    return _status(blob, store.partial_size(org, body.blob_id), done=False)


@router.put("/{blob_id}/data", response_model=BlobStatus)
async def put_data(
    blob_id: str,
    request: Request,
    caller: CallerDep,
    db: DB,
    audit: AuditDep,
    offset: int = Query(..., ge=0),
) -> BlobStatus:
    """Raw bytes appended at exactly `offset`. The caller is authenticated before a byte
    of the body is read; the body is read on the event loop as it arrives and refused as
    soon as it passes 16 MiB (never read whole first); the database and store work runs in
    a worker thread (the session is used by one at a time)."""
    data = await read_limited(request, MAX_BLOB_PUT)
    return await run_in_threadpool(_append, request, db, caller, audit, blob_id, offset, data)


def _too_large() -> ApiError:
    return ApiError(413, "too_large", "send at most 16 MiB per request")


async def read_limited(request: Request, limit: int) -> bytes:
    """The request body, read piece by piece; 413 as soon as it is longer than `limit`
    (at once when Content-Length says so)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large()
    body = bytearray()
    async for piece in request.stream():
        body += piece
        if len(body) > limit:
            raise _too_large()
    return bytes(body)


def _append(
    request: Request, db: DB, caller: Caller, audit: Audit, blob_id: str, offset: int, data: bytes
) -> BlobStatus:
    blob, _refs, readable = _writable_blob(db, caller, audit, blob_id, "blob.data")
    if readable:
        return _status(blob, blob.size, done=True)
    store = state_of(request).blobs
    org = caller.user.organisation_id
    received = store.partial_size(org, blob_id)
    if offset != received:
        raise ApiError(
            409, "offset_mismatch", f"resume at offset {received}", details={"offset": received}
        )
    if received + len(data) > blob.size:
        raise ApiError(400, "invalid_request", "more bytes than the announced size")
    received = store.append(org, blob_id, offset, data)
    return _status(blob, received, done=False)


@router.post("/{blob_id}/complete", response_model=BlobStatus)
def complete(
    blob_id: str, request: Request, caller: CallerDep, db: DB, audit: AuditDep
) -> BlobStatus:
    blob, refs, readable = _writable_blob(db, caller, audit, blob_id, "blob.complete")
    if not readable:
        store = state_of(request).blobs
        org = caller.user.organisation_id
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
                400,
                "blob_hash_mismatch",
                "the bytes received do not hash to the blob id; upload again",
            )
        if not blob.complete:
            blob.complete = True
            blob.completed_at = audit.now
    for ref in refs:
        ref.proven = True
    audit.add("blob.complete", blob_id=blob_id)
    return _status(blob, blob.size, done=True)


@router.get("/{blob_id}")
def download(
    blob_id: str, request: Request, caller: CallerDep, db: DB, audit: AuditDep
) -> Response:
    org = caller.user.organisation_id
    blob = db.get(Blob, (org, blob_id)) if BLOB_ID.match(blob_id) else None
    if blob is None or not _readable(blob, _my_refs(db, caller, blob_id, write=False)):
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

"""Deleting what must be gone (issue 14): purge an item's revisions from a collection,
retire an emptied collection, delete a tombstoned record's blob. Parse, authenticate,
answer; the work is in :mod:`sync.server.services.purge`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from sync.protocol import (
    BlobDeleteRequest,
    BlobDeleteResponse,
    OkResponse,
    PurgeRequest,
    PurgeResponse,
)
from sync.server.body import authenticated_body, body_schema
from sync.server.deps import DB, AuditDep, CallerDep, state_of
from sync.server.params import PathId
from sync.server.services import purge

router = APIRouter()


@router.post(
    "/collections/{collection_id}/purge",
    response_model=PurgeResponse,
    openapi_extra=body_schema(PurgeRequest),
)
def purge_items(
    collection_id: PathId,
    body: Annotated[PurgeRequest, Depends(authenticated_body(PurgeRequest))],
    caller: CallerDep,
    db: DB,
    audit: AuditDep,
) -> PurgeResponse:
    return purge.purge_items(
        db, caller=caller, audit=audit, collection_id=collection_id, item_ids=body.item_ids
    )


@router.post("/collections/{collection_id}/retire", response_model=OkResponse)
def retire_collection(
    collection_id: PathId, caller: CallerDep, db: DB, audit: AuditDep
) -> OkResponse:
    purge.retire_collection(db, caller=caller, audit=audit, collection_id=collection_id)
    return OkResponse()


@router.post(
    "/blobs/{blob_id}/delete",
    response_model=BlobDeleteResponse,
    openapi_extra=body_schema(BlobDeleteRequest),
)
def delete_blob(
    blob_id: str,
    request: Request,
    body: Annotated[BlobDeleteRequest, Depends(authenticated_body(BlobDeleteRequest))],
    caller: CallerDep,
    db: DB,
    audit: AuditDep,
) -> BlobDeleteResponse:
    if not purge.BLOB_ID.match(blob_id):
        raise audit.denied("blob.delete", blob_id=blob_id)
    return purge.delete_blob(
        db, caller=caller, audit=audit, store=state_of(request).blobs, blob_id=blob_id,
        collection_id=body.collection_id, item_id=body.item_id,
    )

"""Collections, members and wrapped collection keys (§4, §5.2, §5.6): parse, authenticate,
answer. The work is in :mod:`sync.server.services.grants`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from sync.protocol import (
    CollectionInfo,
    CollectionListResponse,
    CreateCollectionRequest,
    MemberInfo,
    MembersResponse,
    PutMemberRequest,
    RotateRequest,
)
from sync.server.body import authenticated_body, body_schema
from sync.server.deps import DB, AuditDep, CallerDep
from sync.server.params import PathId
from sync.server.services import grants

router = APIRouter(prefix="/collections")


@router.post(
    "",
    response_model=CollectionInfo,
    status_code=201,
    openapi_extra=body_schema(CreateCollectionRequest),
)
def create_collection(
    body: Annotated[CreateCollectionRequest, Depends(authenticated_body(CreateCollectionRequest))],
    caller: CallerDep,
    db: DB,
    audit: AuditDep,
) -> CollectionInfo:
    return grants.create_collection(db, caller=caller, audit=audit, body=body)


@router.get("", response_model=CollectionListResponse)
def list_collections(caller: CallerDep, db: DB) -> CollectionListResponse:
    return grants.list_collections(db, caller=caller)


@router.get("/{collection_id}", response_model=CollectionInfo)
def get_collection(
    collection_id: PathId, caller: CallerDep, db: DB, audit: AuditDep
) -> CollectionInfo:
    return grants.get_collection(db, caller=caller, audit=audit, collection_id=collection_id)


@router.get("/{collection_id}/members", response_model=MembersResponse)
def list_members(
    collection_id: PathId, caller: CallerDep, db: DB, audit: AuditDep
) -> MembersResponse:
    return grants.list_members(db, caller=caller, audit=audit, collection_id=collection_id)


@router.put(
    "/{collection_id}/members/{user_id}",
    response_model=MemberInfo,
    openapi_extra=body_schema(PutMemberRequest),
)
def put_member(
    collection_id: PathId,
    user_id: PathId,
    body: Annotated[PutMemberRequest, Depends(authenticated_body(PutMemberRequest))],
    caller: CallerDep,
    db: DB,
    audit: AuditDep,
) -> MemberInfo:
    return grants.put_member(
        db, caller=caller, audit=audit, collection_id=collection_id, user_id=user_id, body=body
    )


@router.delete("/{collection_id}/members/{user_id}", response_model=CollectionInfo)
def remove_member(
    collection_id: PathId, user_id: PathId, caller: CallerDep, db: DB, audit: AuditDep
) -> CollectionInfo:
    return grants.remove_member(
        db, caller=caller, audit=audit, collection_id=collection_id, user_id=user_id
    )


@router.post(
    "/{collection_id}/rotate",
    response_model=CollectionInfo,
    openapi_extra=body_schema(RotateRequest),
)
def rotate(
    collection_id: PathId,
    body: Annotated[RotateRequest, Depends(authenticated_body(RotateRequest))],
    caller: CallerDep,
    db: DB,
    audit: AuditDep,
) -> CollectionInfo:
    return grants.rotate(db, caller=caller, audit=audit, collection_id=collection_id, body=body)

"""Push and pull of sealed records (§5.3, §6): parse, authenticate, answer.

The work is in :mod:`sync.server.services.records`. Bodies are read only after the caller
is authenticated (:func:`~sync.server.body.authenticated_body`), and answers are serialised
once: FastAPI's second pass over ``response_model`` (kept for the OpenAPI schema) is
skipped on these hot paths.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response
from pydantic import BaseModel

from sync.protocol import (
    DEFAULT_CHANGES_LIMIT,
    MAX_CHANGES_LIMIT,
    ChangesResponse,
    HistoryResponse,
    PushRequest,
    PushResponse,
)
from sync.server.body import authenticated_body, body_schema
from sync.server.deps import DB, AuditDep, CallerDep
from sync.server.params import MAX_SEQ, PathId
from sync.server.services import records

router = APIRouter(prefix="/collections")


def json_response(model: BaseModel) -> Response:
    return Response(model.model_dump_json(), media_type="application/json")


@router.post(
    "/{collection_id}/push", response_model=PushResponse, openapi_extra=body_schema(PushRequest)
)
def push(
    collection_id: PathId,
    body: Annotated[PushRequest, Depends(authenticated_body(PushRequest))],
    caller: CallerDep,
    db: DB,
    audit: AuditDep,
) -> Response:
    result = records.push(
        db, caller=caller, audit=audit, collection_id=collection_id, items=body.items,
        manifest=body.manifest,
    )
    return json_response(result)


@router.get("/{collection_id}/changes", response_model=ChangesResponse)
def changes(
    collection_id: PathId,
    caller: CallerDep,
    db: DB,
    audit: AuditDep,
    since: int = Query(0, ge=0, le=MAX_SEQ),
    limit: int = Query(DEFAULT_CHANGES_LIMIT, ge=1, le=MAX_CHANGES_LIMIT),
) -> Response:
    body = records.changes_json(
        db, caller=caller, audit=audit, collection_id=collection_id, since=since, limit=limit
    )
    return Response(body, media_type="application/json")


@router.get("/{collection_id}/items/{item_id}/history", response_model=HistoryResponse)
def history(
    collection_id: PathId, item_id: PathId, caller: CallerDep, db: DB, audit: AuditDep
) -> Response:
    result = records.history(
        db, caller=caller, audit=audit, collection_id=collection_id, item_id=item_id
    )
    return json_response(result)

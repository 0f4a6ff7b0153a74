"""Erasure orders, legal holds and GDPR settings (issue 14): parse, authorise, answer.

The work is in :mod:`sync.server.services.erasure`.

    POST /v1/erasures                    a supervisor orders an erasure (done at once)
    GET  /v1/erasures                    supervisors: every order, who confirmed, who not
    GET  /v1/erasures/pending            this device: what it still has to purge
    POST /v1/erasures/{id}/confirm       this device purged the order's records
    POST /v1/legal-holds                 a supervisor places a hold
    GET  /v1/legal-holds                 supervisors: every hold
    POST /v1/legal-holds/{id}/release    a supervisor ends a hold
    GET  /v1/gdpr/settings               the organisation's retention and processing
    PUT  /v1/gdpr/settings               supervisors and admins change them
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from sync.protocol import (
    ConfirmErasureRequest,
    ConfirmErasureResponse,
    ErasureInfo,
    ErasureListResponse,
    ErasureRequest,
    GdprSettings,
    LegalHoldInfo,
    LegalHoldListResponse,
    LegalHoldRequest,
    PendingErasuresResponse,
)
from sync.server.body import authenticated_body, body_schema
from sync.server.deps import DB, AuditDep, CallerDep, state_of
from sync.server.params import PathId
from sync.server.services import erasure

router = APIRouter()


@router.post("/erasures", response_model=ErasureInfo, status_code=201,
             openapi_extra=body_schema(ErasureRequest))
def order_erasure(
    body: Annotated[ErasureRequest, Depends(authenticated_body(ErasureRequest))],
    request: Request, caller: CallerDep, db: DB, audit: AuditDep,
) -> ErasureInfo:
    state = state_of(request)
    return erasure.order_erasure(db, caller=caller, audit=audit, body=body, blobs=state.blobs,
                                 now=state.settings.clock())


@router.get("/erasures", response_model=ErasureListResponse)
def list_erasures(caller: CallerDep, db: DB, audit: AuditDep) -> ErasureListResponse:
    return erasure.list_erasures(db, caller=caller, audit=audit)


@router.get("/erasures/pending", response_model=PendingErasuresResponse)
def pending_erasures(caller: CallerDep, db: DB) -> PendingErasuresResponse:
    return erasure.pending_erasures(db, caller=caller)


@router.post("/erasures/{order_id}/confirm", response_model=ConfirmErasureResponse,
             openapi_extra=body_schema(ConfirmErasureRequest))
def confirm_erasure(
    order_id: PathId,
    body: Annotated[ConfirmErasureRequest, Depends(authenticated_body(ConfirmErasureRequest))],
    request: Request, caller: CallerDep, db: DB, audit: AuditDep,
) -> ConfirmErasureResponse:
    return erasure.confirm_erasure(db, caller=caller, audit=audit, order_id=order_id,
                                   now=state_of(request).settings.clock(),
                                   dependents=body.items)


@router.post("/legal-holds", response_model=LegalHoldInfo, status_code=201,
             openapi_extra=body_schema(LegalHoldRequest))
def place_hold(
    body: Annotated[LegalHoldRequest, Depends(authenticated_body(LegalHoldRequest))],
    request: Request, caller: CallerDep, db: DB, audit: AuditDep,
) -> LegalHoldInfo:
    return erasure.place_hold(db, caller=caller, audit=audit, body=body,
                              now=state_of(request).settings.clock())


@router.get("/legal-holds", response_model=LegalHoldListResponse)
def list_holds(caller: CallerDep, db: DB) -> LegalHoldListResponse:
    return erasure.list_holds(db, caller=caller)


@router.post("/legal-holds/{hold_id}/release", response_model=LegalHoldInfo)
def release_hold(hold_id: PathId, request: Request, caller: CallerDep, db: DB,
                 audit: AuditDep) -> LegalHoldInfo:
    return erasure.release_hold(db, caller=caller, audit=audit, hold_id=hold_id,
                                now=state_of(request).settings.clock())


@router.get("/gdpr/settings", response_model=GdprSettings)
def get_settings(caller: CallerDep, db: DB) -> GdprSettings:
    return erasure.get_settings(db, caller=caller)


@router.put("/gdpr/settings", response_model=GdprSettings,
            openapi_extra=body_schema(GdprSettings))
def put_settings(
    body: Annotated[GdprSettings, Depends(authenticated_body(GdprSettings))],
    request: Request, caller: CallerDep, db: DB, audit: AuditDep,
) -> GdprSettings:
    return erasure.put_settings(db, caller=caller, audit=audit, body=body,
                                now=state_of(request).settings.clock())

"""Pre-login, enrolment, login, refresh, logout, and the caller's own account (§5.1, §6):
parse, authenticate, answer. The work is in :mod:`sync.server.services.auth` and
:mod:`sync.server.services.accounts`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from sqlalchemy import select

from sync.protocol import (
    DeviceInfo,
    DeviceListResponse,
    EnrolRequest,
    LoginRequest,
    LoginResponse,
    MeResponse,
    OkResponse,
    OrganisationInfo,
    PreloginRequest,
    PreloginResponse,
    RefreshRequest,
    RevokeDeviceRequest,
    Session,
)
from sync.server.body import authenticated_body, body_schema
from sync.server.deps import DB, AuditDep, CallerDep, state_of
from sync.server.models import Device
from sync.server.params import PathId
from sync.server.services import auth
from sync.server.services.accounts import device_info, revoke_device
from sync.server.sessions import revoke_families, user_info

router = APIRouter()


def _client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@router.post("/auth/prelogin", response_model=PreloginResponse)
def prelogin(body: PreloginRequest, request: Request, db: DB) -> PreloginResponse:
    return auth.prelogin(db, state_of(request), body)


@router.post("/auth/enrol", response_model=Session)
def enrol(body: EnrolRequest, request: Request, db: DB, audit: AuditDep) -> Session:
    return auth.enrol(db, state_of(request), audit, body)


@router.post("/auth/login", response_model=LoginResponse)
def login(body: LoginRequest, request: Request, db: DB, audit: AuditDep) -> LoginResponse:
    return auth.login(db, state_of(request), audit, body, address=_client_address(request))


@router.post("/auth/refresh", response_model=Session)
def refresh(body: RefreshRequest, request: Request, db: DB, audit: AuditDep) -> Session:
    return auth.refresh(db, state_of(request), audit, body)


@router.post("/auth/logout", response_model=OkResponse)
def logout(caller: CallerDep, db: DB, audit: AuditDep) -> OkResponse:
    revoke_families(db, now=audit.now, reason="logout", id=caller.family_id)
    audit.add("logout")
    return OkResponse()


@router.get("/me", response_model=MeResponse)
def me(caller: CallerDep) -> MeResponse:
    org = caller.organisation
    return MeResponse(
        user=user_info(caller.user),
        device=device_info(caller.device),
        organisation=OrganisationInfo(
            id=org.id,
            name=org.name,
            max_offline_days=org.max_offline_days,
            require_device_secret=org.require_device_secret,
        ),
    )


@router.get("/devices", response_model=DeviceListResponse)
def my_devices(caller: CallerDep, db: DB) -> DeviceListResponse:
    devices = db.scalars(
        select(Device).where(Device.user_id == caller.user.id).order_by(Device.created_at)
    ).all()
    return DeviceListResponse(devices=[device_info(d) for d in devices])


@router.post(
    "/devices/{device_id}/revoke",
    response_model=DeviceInfo,
    openapi_extra=body_schema(RevokeDeviceRequest),
)
def revoke_my_device(
    device_id: PathId,
    body: Annotated[RevokeDeviceRequest, Depends(authenticated_body(RevokeDeviceRequest))],
    caller: CallerDep,
    db: DB,
    audit: AuditDep,
) -> DeviceInfo:
    device = db.get(Device, device_id)
    if device is None or device.user_id != caller.user.id:
        raise audit.denied("device.revoke", target_id=device_id)
    revoke_device(db, device, wipe=body.wipe, now=audit.now)
    audit.add("device.revoke", target_id=device.id)
    return device_info(device)

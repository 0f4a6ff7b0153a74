"""The organisation's admin: accounts, enrolment codes and devices. Never collection data.
The work is in :mod:`sync.server.services.accounts`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.protocol import (
    AdminUser,
    AdminUserListResponse,
    CreateUserRequest,
    DeviceInfo,
    DeviceListResponse,
    EnrolmentCodeResponse,
    RevokeDeviceRequest,
)
from sync.server.body import authenticated_body, body_schema
from sync.server.deps import DB, AuditDep, CallerDep, require_role, state_of
from sync.server.errors import ApiError
from sync.server.models import Device, User
from sync.server.params import PathId
from sync.server.services import accounts

# `fieldapp-server create-user` builds accounts with this function.
from sync.server.services.accounts import create_user as create_user
from sync.server.services.context import Audit, Caller
from sync.server.sessions import revoke_families

router = APIRouter(prefix="/admin")


def _admin(caller: Caller) -> None:
    require_role(caller, "admin")


def _org_user(db: Session, caller: Caller, audit: Audit, user_id: str, action: str) -> User:
    user = db.get(User, user_id, with_for_update=True)
    if user is None or user.organisation_id != caller.user.organisation_id:
        raise audit.denied(action, target_id=user_id)
    return user


@router.get("/users", response_model=AdminUserListResponse)
def list_users(caller: CallerDep, db: DB) -> AdminUserListResponse:
    _admin(caller)
    users = db.scalars(
        select(User).where(User.organisation_id == caller.user.organisation_id).order_by(User.email)
    ).all()
    return AdminUserListResponse(users=[accounts.admin_user(u) for u in users])


@router.post(
    "/users",
    response_model=EnrolmentCodeResponse,
    status_code=201,
    openapi_extra=body_schema(CreateUserRequest),
)
def add_user(
    body: Annotated[CreateUserRequest, Depends(authenticated_body(CreateUserRequest))],
    request: Request,
    caller: CallerDep,
    db: DB,
    audit: AuditDep,
) -> EnrolmentCodeResponse:
    _admin(caller)
    result = accounts.create_user(
        db,
        state_of(request).settings,
        organisation_id=caller.user.organisation_id,
        email=body.email,
        roles=body.all_roles(),
        employer=body.employer,
        now=audit.now,
    )
    audit.add("admin.user.create", target_id=result.user.id)
    return result


@router.post("/users/{user_id}/disable", response_model=AdminUser)
def disable_user(user_id: PathId, caller: CallerDep, db: DB, audit: AuditDep) -> AdminUser:
    _admin(caller)
    user = _org_user(db, caller, audit, user_id, "admin.user.disable")
    if user.id == caller.user.id:
        raise ApiError(400, "invalid_request", "an admin cannot disable their own account")
    user.disabled = True
    revoke_families(db, now=audit.now, reason="account_disabled", user_id=user.id)
    audit.add("admin.user.disable", target_id=user.id)
    return accounts.admin_user(user)


@router.post("/users/{user_id}/enable", response_model=AdminUser)
def enable_user(user_id: PathId, caller: CallerDep, db: DB, audit: AuditDep) -> AdminUser:
    _admin(caller)
    user = _org_user(db, caller, audit, user_id, "admin.user.enable")
    user.disabled = False
    audit.add("admin.user.enable", target_id=user.id)
    return accounts.admin_user(user)


@router.post("/users/{user_id}/enrolment-code", response_model=EnrolmentCodeResponse)
def reenrol_user(
    user_id: PathId, request: Request, caller: CallerDep, db: DB, audit: AuditDep
) -> EnrolmentCodeResponse:
    """Re-enrolment after a forgotten passphrase: the old keys and sessions stop working."""
    _admin(caller)
    user = _org_user(db, caller, audit, user_id, "admin.user.reenrol")
    audit.add("admin.user.reenrol", target_id=user.id)
    return accounts.reenrol(db, state_of(request).settings, user, audit.now)


@router.get("/devices", response_model=DeviceListResponse)
def list_devices(caller: CallerDep, db: DB) -> DeviceListResponse:
    _admin(caller)
    devices = db.scalars(
        select(Device)
        .where(Device.organisation_id == caller.user.organisation_id)
        .order_by(Device.created_at)
    ).all()
    return DeviceListResponse(devices=[accounts.device_info(d) for d in devices])


@router.post(
    "/devices/{device_id}/revoke",
    response_model=DeviceInfo,
    openapi_extra=body_schema(RevokeDeviceRequest),
)
def admin_revoke_device(
    device_id: PathId,
    body: Annotated[RevokeDeviceRequest, Depends(authenticated_body(RevokeDeviceRequest))],
    caller: CallerDep,
    db: DB,
    audit: AuditDep,
) -> DeviceInfo:
    _admin(caller)
    device = db.get(Device, device_id)
    if device is None or device.organisation_id != caller.user.organisation_id:
        raise audit.denied("admin.device.revoke", target_id=device_id)
    accounts.revoke_device(db, device, wipe=body.wipe, now=audit.now)
    audit.add("admin.device.revoke", target_id=device.id)
    return accounts.device_info(device)

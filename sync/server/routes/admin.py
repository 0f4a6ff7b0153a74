"""The organisation's admin: accounts, enrolment codes and devices. Never collection data."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request
from sqlalchemy import delete, func, select, update

from sync.protocol import (
    AdminUser,
    AdminUserListResponse,
    CreateUserRequest,
    DeviceInfo,
    DeviceListResponse,
    EnrolmentCodeResponse,
    RevokeDeviceRequest,
)
from sync.server.deps import DB, AuditDep, Caller, CallerDep, require_role, state_of
from sync.server.errors import ApiError
from sync.server.models import Device, EnrolmentCode, RetiredKeys, StoredWrappedKey, User
from sync.server.routes.auth import device_info, revoke_device
from sync.server.security import new_enrolment_code, normalise_code, token_hash
from sync.server.sessions import revoke_families
from sync.server.settings import Settings

router = APIRouter(prefix="/admin")


def admin_user(user: User) -> AdminUser:
    return AdminUser(
        id=user.id,
        email=user.email,
        display_name=user.display_name,
        role=user.role,  # type: ignore[arg-type]
        organisation_id=user.organisation_id,
        disabled=user.disabled,
        enrolled=user.auth_hash is not None,
    )


def _admin(caller: Caller) -> None:
    require_role(caller, "admin")


def _org_user(db: DB, caller: Caller, audit: AuditDep, user_id: str, action: str) -> User:
    user = db.get(User, user_id, with_for_update=True)
    if user is None or user.organisation_id != caller.user.organisation_id:
        raise audit.denied(action, target_id=user_id)
    return user


def issue_enrolment_code(
    db: DB, settings: Settings, user: User, now: float
) -> EnrolmentCodeResponse:
    """A fresh one-time code; any earlier unused code of this user stops working."""
    db.execute(
        update(EnrolmentCode)
        .where(EnrolmentCode.user_id == user.id, EnrolmentCode.used_at.is_(None))
        .values(used_at=now)
    )
    code = new_enrolment_code()
    expires_at = now + settings.enrolment_code_seconds
    db.add(
        EnrolmentCode(
            id=str(uuid.uuid4()),
            organisation_id=user.organisation_id,
            user_id=user.id,
            code_hash=token_hash(normalise_code(code)),
            expires_at=expires_at,
            created_at=now,
        )
    )
    return EnrolmentCodeResponse(user=admin_user(user), enrolment_code=code, expires_at=expires_at)


def create_user(
    db: DB,
    settings: Settings,
    *,
    organisation_id: str,
    email: str,
    display_name: str,
    role: str,
    now: float,
) -> EnrolmentCodeResponse:
    email = email.strip().lower()
    if db.scalars(select(User.id).where(func.lower(User.email) == email)).first() is not None:
        raise ApiError(409, "already_exists", "an account with this e-mail address exists")
    user = User(
        id=str(uuid.uuid4()),
        organisation_id=organisation_id,
        email=email,
        display_name=display_name,
        role=role,
        disabled=False,
        created_at=now,
    )
    db.add(user)
    db.flush()
    return issue_enrolment_code(db, settings, user, now)


@router.get("/users", response_model=AdminUserListResponse)
def list_users(caller: CallerDep, db: DB) -> AdminUserListResponse:
    _admin(caller)
    users = db.scalars(
        select(User).where(User.organisation_id == caller.user.organisation_id).order_by(User.email)
    ).all()
    return AdminUserListResponse(users=[admin_user(u) for u in users])


@router.post("/users", response_model=EnrolmentCodeResponse, status_code=201)
def add_user(
    body: CreateUserRequest, request: Request, caller: CallerDep, db: DB, audit: AuditDep
) -> EnrolmentCodeResponse:
    _admin(caller)
    result = create_user(
        db,
        state_of(request).settings,
        organisation_id=caller.user.organisation_id,
        email=body.email,
        display_name=body.display_name,
        role=body.role,
        now=audit.now,
    )
    audit.add("admin.user.create", target_id=result.user.id)
    return result


@router.post("/users/{user_id}/disable", response_model=AdminUser)
def disable_user(user_id: str, caller: CallerDep, db: DB, audit: AuditDep) -> AdminUser:
    _admin(caller)
    user = _org_user(db, caller, audit, user_id, "admin.user.disable")
    if user.id == caller.user.id:
        raise ApiError(400, "invalid_request", "an admin cannot disable their own account")
    user.disabled = True
    revoke_families(db, now=audit.now, reason="account_disabled", user_id=user.id)
    audit.add("admin.user.disable", target_id=user.id)
    return admin_user(user)


@router.post("/users/{user_id}/enable", response_model=AdminUser)
def enable_user(user_id: str, caller: CallerDep, db: DB, audit: AuditDep) -> AdminUser:
    _admin(caller)
    user = _org_user(db, caller, audit, user_id, "admin.user.enable")
    user.disabled = False
    audit.add("admin.user.enable", target_id=user.id)
    return admin_user(user)


@router.post("/users/{user_id}/enrolment-code", response_model=EnrolmentCodeResponse)
def reenrol_user(
    user_id: str, request: Request, caller: CallerDep, db: DB, audit: AuditDep
) -> EnrolmentCodeResponse:
    """Re-enrolment after a forgotten passphrase: the old keys and sessions stop working."""
    _admin(caller)
    user = _org_user(db, caller, audit, user_id, "admin.user.reenrol")
    revoke_families(db, now=audit.now, reason="reenrolment", user_id=user.id)
    db.execute(delete(StoredWrappedKey).where(StoredWrappedKey.user_id == user.id))
    if user.wrap_public is not None and user.sign_public is not None:
        db.merge(
            RetiredKeys(
                user_id=user.id,
                sign_public=user.sign_public,
                organisation_id=user.organisation_id,
                wrap_public=user.wrap_public,
                valid_from=user.enrolled_at or user.created_at,
                valid_until=audit.now,
            )
        )
    user.auth_hash = None
    user.account_salt = None
    user.kdf_params = None
    user.wrap_public = None
    user.sign_public = None
    user.sealed_private_keys = None
    user.enrolled_at = None
    audit.add("admin.user.reenrol", target_id=user.id)
    return issue_enrolment_code(db, state_of(request).settings, user, audit.now)


@router.get("/devices", response_model=DeviceListResponse)
def list_devices(caller: CallerDep, db: DB) -> DeviceListResponse:
    _admin(caller)
    devices = db.scalars(
        select(Device)
        .where(Device.organisation_id == caller.user.organisation_id)
        .order_by(Device.created_at)
    ).all()
    return DeviceListResponse(devices=[device_info(d) for d in devices])


@router.post("/devices/{device_id}/revoke", response_model=DeviceInfo)
def admin_revoke_device(
    device_id: str, body: RevokeDeviceRequest, caller: CallerDep, db: DB, audit: AuditDep
) -> DeviceInfo:
    _admin(caller)
    device = db.get(Device, device_id)
    if device is None or device.organisation_id != caller.user.organisation_id:
        raise audit.denied("admin.device.revoke", target_id=device_id)
    revoke_device(db, device, wipe=body.wipe, now=audit.now)
    audit.add("admin.device.revoke", target_id=device.id)
    return device_info(device)

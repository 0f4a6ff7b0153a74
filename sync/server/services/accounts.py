"""Accounts and devices: what the admin, a supervisor and a person do with them (§5.6)."""

from __future__ import annotations

import uuid

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from sync.protocol import AdminUser, DeviceInfo, EnrolmentCodeResponse, check_roles
from sync.server.errors import ApiError
from sync.server.models import Device, EnrolmentCode, RetiredKeys, StoredWrappedKey, User
from sync.server.security import new_enrolment_code, normalise_code, token_hash
from sync.server.sessions import revoke_families
from sync.server.settings import Settings


def normalise_email(value: str) -> str:
    return value.strip().lower()


def find_user(db: Session, email: str) -> User | None:
    return db.scalars(select(User).where(func.lower(User.email) == email)).one_or_none()


def admin_user(user: User) -> AdminUser:
    return AdminUser(
        id=user.id,
        email=user.email,
        role=user.role,  # type: ignore[arg-type]
        roles=user.all_roles(),  # type: ignore[arg-type]
        organisation_id=user.organisation_id,
        disabled=user.disabled,
        enrolled=user.auth_hash is not None,
        employer=user.employer or "housing_company",  # type: ignore[arg-type]
    )


def device_info(device: Device) -> DeviceInfo:
    return DeviceInfo(
        id=device.id,
        user_id=device.user_id,
        name=device.name,
        created_at=device.created_at,
        last_seen_at=device.last_seen_at,
        revoked_at=device.revoked_at,
        wipe=device.wipe,
    )


def revoke_device(db: Session, device: Device, *, wipe: bool, now: float) -> None:
    if device.revoked_at is None:
        device.revoked_at = now
    device.wipe = device.wipe or wipe
    revoke_families(
        db, now=now, reason="device_revoked", keep_access_rows=True, device_id=device.id
    )


def issue_enrolment_code(
    db: Session, settings: Settings, user: User, now: float
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
    db: Session,
    settings: Settings,
    *,
    organisation_id: str,
    email: str,
    role: str | None = None,
    roles: list[str] | None = None,
    employer: str = "housing_company",
    now: float,
) -> EnrolmentCodeResponse:
    """A new account with its first enrolment code. `roles` (or one `role`) are checked
    (sync.protocol.check_roles): unknown, none, or admin with another role is refused."""
    try:
        checked = check_roles([*([role] if role else []), *(roles or [])])
    except ValueError as exc:
        raise ApiError(422, "invalid_request", str(exc)) from None
    email = normalise_email(email)
    if find_user(db, email) is not None:
        raise ApiError(409, "already_exists", "an account with this e-mail address exists")
    user = User(
        id=str(uuid.uuid4()),
        organisation_id=organisation_id,
        email=email,
        role=checked[0],
        roles=checked,
        employer=employer,
        disabled=False,
        created_at=now,
    )
    db.add(user)
    db.flush()
    return issue_enrolment_code(db, settings, user, now)


def reenrol(db: Session, settings: Settings, user: User, now: float) -> EnrolmentCodeResponse:
    """Re-enrolment after a forgotten passphrase: the old keys and sessions stop working."""
    revoke_families(db, now=now, reason="reenrolment", user_id=user.id)
    db.execute(delete(StoredWrappedKey).where(StoredWrappedKey.user_id == user.id))
    if user.wrap_public is not None and user.sign_public is not None:
        db.merge(
            RetiredKeys(
                user_id=user.id,
                sign_public=user.sign_public,
                organisation_id=user.organisation_id,
                wrap_public=user.wrap_public,
                valid_from=user.enrolled_at or user.created_at,
                valid_until=now,
            )
        )
    user.auth_hash = None
    user.account_salt = None
    user.kdf_params = None
    user.wrap_public = None
    user.sign_public = None
    user.sealed_private_keys = None
    user.enrolled_at = None
    return issue_enrolment_code(db, settings, user, now)

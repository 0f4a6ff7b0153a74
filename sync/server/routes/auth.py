"""Pre-login, enrolment, login, refresh, logout, and the caller's own account (§5.1, §6)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from sqlalchemy import func, select

from fieldapp.crypto.errors import CryptoError
from fieldapp.crypto.kdf import KdfParams
from sync.protocol import (
    DeviceInfo,
    DeviceListResponse,
    EnrolRequest,
    KdfParamsModel,
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
from sync.server.deps import DB, AuditDep, CallerDep, check_session, state_of
from sync.server.errors import ApiError
from sync.server.models import Device, EnrolmentCode, RefreshToken, TokenFamily, User
from sync.server.security import (
    fake_salt,
    hash_auth_key,
    normalise_code,
    throttle_key,
    token_hash,
    verify_auth_key,
)
from sync.server.sessions import (
    Throttle,
    issue_tokens,
    new_family,
    purge_expired_tokens,
    register_device,
    revoke_families,
    user_info,
)

router = APIRouter()

KEY_LEN = 32


def _email(value: str) -> str:
    return value.strip().lower()


def _find_user(db: DB, email: str) -> User | None:
    return db.scalars(select(User).where(func.lower(User.email) == email)).one_or_none()


@router.post("/auth/prelogin", response_model=PreloginResponse)
def prelogin(body: PreloginRequest, request: Request, db: DB) -> PreloginResponse:
    state = state_of(request)
    email = _email(body.email)
    user = _find_user(db, email)
    if user is None or user.account_salt is None or user.kdf_params is None:
        return PreloginResponse(
            account_salt=fake_salt(state.prelogin_secret, email),
            kdf_params=KdfParamsModel.model_validate(state.settings.default_kdf),
        )
    return PreloginResponse(
        account_salt=user.account_salt, kdf_params=KdfParamsModel.model_validate(user.kdf_params)
    )


@router.post("/auth/enrol", response_model=Session)
def enrol(body: EnrolRequest, request: Request, db: DB, audit: AuditDep) -> Session:
    state = state_of(request)
    now = audit.now
    invalid = ApiError(400, "invalid_enrolment", "unknown, used or expired enrolment code")
    user = _find_user(db, _email(body.email))
    if user is None:
        raise invalid
    code = db.scalars(
        select(EnrolmentCode)
        .where(EnrolmentCode.code_hash == token_hash(normalise_code(body.enrolment_code)))
        .with_for_update()
    ).one_or_none()
    if code is None or code.user_id != user.id or code.used_at is not None:
        raise invalid
    if code.expires_at <= now or user.disabled:
        raise invalid
    if user.auth_hash is not None:
        raise ApiError(409, "already_enrolled", "this account is already enrolled")
    for name, value in (
        ("auth_key", body.auth_key),
        ("wrap_public", body.wrap_public),
        ("sign_public", body.sign_public),
    ):
        if len(value) != KEY_LEN:
            raise ApiError(400, "invalid_request", f"{name} must be {KEY_LEN} bytes")
    if len(body.account_salt) < 16 or len(body.sealed_private_keys) < 28:
        raise ApiError(400, "invalid_request", "account salt or sealed keys too short")
    try:
        KdfParams.from_dict(body.kdf_params.model_dump())
    except CryptoError as exc:
        raise ApiError(400, "invalid_request", str(exc)) from None
    code.used_at = now
    user.auth_hash = hash_auth_key(
        body.auth_key,
        memory_kib=state.settings.auth_hash_memory_kib,
        iterations=state.settings.auth_hash_iterations,
    )
    user.account_salt = body.account_salt
    user.kdf_params = body.kdf_params.model_dump()
    user.wrap_public = body.wrap_public
    user.sign_public = body.sign_public
    user.sealed_private_keys = body.sealed_private_keys
    user.enrolled_at = now
    device = register_device(db, user=user, name=body.device_name, device_id=None, now=now)
    family = new_family(db, user=user, device=device, now=now)
    audit.organisation_id, audit.user_id, audit.device_id = user.organisation_id, user.id, device.id
    audit.add("enrol", target_id=user.id)
    return issue_tokens(db, state.settings, user=user, device=device, family_id=family, now=now)


def _client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@router.post("/auth/login", response_model=LoginResponse)
def login(body: LoginRequest, request: Request, db: DB, audit: AuditDep) -> LoginResponse:
    state = state_of(request)
    settings = state.settings
    now = audit.now
    email = _email(body.email)
    account_key = throttle_key("acct", email)
    address_key = throttle_key("addr", _client_address(request))
    throttle = Throttle(settings, state.sessions)
    throttle.check(db, [account_key, address_key], now)
    user = _find_user(db, email)
    # Unknown and not-enrolled accounts cost one slow hash too, and count as failures.
    stored = user.auth_hash if user is not None and user.auth_hash else state.dummy_auth_hash
    ok = verify_auth_key(body.auth_key, stored) and user is not None and user.auth_hash is not None
    if not ok or user is None:
        if user is not None:  # metadata only: which account, from which org, failed
            audit.organisation_id, audit.user_id = user.organisation_id, user.id
            audit.add("login", outcome="invalid_credentials")
        db.rollback()
        throttle.fail(
            {
                account_key: settings.throttle_account_free,
                address_key: settings.throttle_address_free,
            },
            now,
        )
        raise ApiError(401, "invalid_credentials", "wrong e-mail address or passphrase")
    throttle.succeed(db, account_key)
    if user.disabled:
        raise ApiError(401, "account_disabled", "this account is disabled")
    device = register_device(
        db, user=user, name=body.device_name, device_id=body.device_id, now=now
    )
    purge_expired_tokens(db, user_id=user.id, now=now)
    family = new_family(db, user=user, device=device, now=now)
    session = issue_tokens(db, settings, user=user, device=device, family_id=family, now=now)
    audit.organisation_id, audit.user_id, audit.device_id = user.organisation_id, user.id, device.id
    audit.add("login")
    assert user.sealed_private_keys is not None and user.account_salt is not None
    return LoginResponse(
        **session.model_dump(),
        sealed_private_keys=user.sealed_private_keys,
        account_salt=user.account_salt,
        kdf_params=KdfParamsModel.model_validate(user.kdf_params),
    )


@router.post("/auth/refresh", response_model=Session)
def refresh(body: RefreshRequest, request: Request, db: DB, audit: AuditDep) -> Session:
    state = state_of(request)
    now = audit.now
    token = db.scalars(
        select(RefreshToken)
        .where(RefreshToken.token_hash == token_hash(body.refresh_token))
        .with_for_update()
    ).one_or_none()
    if token is None:
        raise ApiError(401, "invalid_refresh_token", "unknown refresh token")
    family = db.get(TokenFamily, token.family_id, with_for_update=True)
    assert family is not None
    user = db.get(User, family.user_id)
    device = db.get(Device, family.device_id)
    assert user is not None and device is not None
    audit.organisation_id, audit.user_id, audit.device_id = user.organisation_id, user.id, device.id
    if token.used_at is not None:
        # A refresh token came back a second time: someone holds a copy. End the family.
        revoke_families(db, now=now, reason="refresh_reused", id=family.id)
        audit.add("refresh_reused", outcome="refresh_reused")
        db.commit()
        raise ApiError(401, "refresh_reused", "this session was ended for safety; log in again")
    check_session(family, user, device)
    if token.expires_at <= now:
        raise ApiError(401, "invalid_refresh_token", "the refresh token expired; log in again")
    token.used_at = now
    return issue_tokens(db, state.settings, user=user, device=device, family_id=family.id, now=now)


@router.post("/auth/logout", response_model=OkResponse)
def logout(caller: CallerDep, db: DB, audit: AuditDep) -> OkResponse:
    revoke_families(db, now=audit.now, reason="logout", id=caller.family_id)
    audit.add("logout")
    return OkResponse()


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


def revoke_device(db: DB, device: Device, *, wipe: bool, now: float) -> None:
    if device.revoked_at is None:
        device.revoked_at = now
    device.wipe = device.wipe or wipe
    revoke_families(
        db, now=now, reason="device_revoked", keep_access_rows=True, device_id=device.id
    )


@router.post("/devices/{device_id}/revoke", response_model=DeviceInfo)
def revoke_my_device(
    device_id: str, body: RevokeDeviceRequest, caller: CallerDep, db: DB, audit: AuditDep
) -> DeviceInfo:
    device = db.get(Device, device_id)
    if device is None or device.user_id != caller.user.id:
        raise audit.denied("device.revoke", target_id=device_id)
    revoke_device(db, device, wipe=body.wipe, now=audit.now)
    audit.add("device.revoke", target_id=device.id)
    return device_info(device)

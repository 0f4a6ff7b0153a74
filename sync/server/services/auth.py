"""Pre-login, enrolment, login and refresh (§5.1, §6)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.crypto.errors import CryptoError
from fieldapp.crypto.kdf import KdfParams
from sync.protocol import (
    EnrolRequest,
    KdfParamsModel,
    LoginRequest,
    LoginResponse,
    PreloginRequest,
    PreloginResponse,
    RefreshRequest,
)
from sync.protocol import Session as SessionBody
from sync.server.errors import ApiError
from sync.server.models import Device, EnrolmentCode, RefreshToken, TokenFamily, User
from sync.server.security import (
    fake_salt,
    hash_auth_key,
    normalise_code,
    token_hash,
    verify_auth_key,
)
from sync.server.services.accounts import find_user, normalise_email
from sync.server.services.context import Audit, ServerState, check_session
from sync.server.sessions import (
    Throttle,
    issue_tokens,
    known_device,
    new_family,
    purge_expired_tokens,
    register_device,
    revoke_families,
    throttle_keys,
)

KEY_LEN = 32


def prelogin(db: Session, state: ServerState, body: PreloginRequest) -> PreloginResponse:
    email = normalise_email(body.email)
    user = find_user(db, email)
    if user is None or user.account_salt is None or user.kdf_params is None:
        return PreloginResponse(
            account_salt=fake_salt(state.prelogin_secret, email),
            kdf_params=KdfParamsModel.model_validate(state.settings.default_kdf),
        )
    return PreloginResponse(
        account_salt=user.account_salt, kdf_params=KdfParamsModel.model_validate(user.kdf_params)
    )


def enrol(db: Session, state: ServerState, audit: Audit, body: EnrolRequest) -> SessionBody:
    now = audit.now
    invalid = ApiError(400, "invalid_enrolment", "unknown, used or expired enrolment code")
    user = find_user(db, normalise_email(body.email))
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


def login(
    db: Session, state: ServerState, audit: Audit, body: LoginRequest, *, address: str
) -> LoginResponse:
    """Throttled per account and per address; a login naming a known device of the account
    is throttled on its own counter, so a stranger's guesses never lock the owner out."""
    settings = state.settings
    now = audit.now
    email = normalise_email(body.email)
    user = find_user(db, email)
    keyed = throttle_keys(
        settings, email=email, address=address, known_device=known_device(db, user, body.device_id)
    )
    throttle = Throttle(settings, state.sessions)
    throttle.check(db, list(keyed), now)
    # Unknown and not-enrolled accounts cost one slow hash too, and count as failures.
    stored = user.auth_hash if user is not None and user.auth_hash else state.dummy_auth_hash
    ok = verify_auth_key(body.auth_key, stored) and user is not None and user.auth_hash is not None
    if not ok or user is None:
        if user is not None:  # metadata only: which account, from which org, failed
            audit.organisation_id, audit.user_id = user.organisation_id, user.id
            audit.add("login", outcome="invalid_credentials")
        db.rollback()
        throttle.fail(keyed, now)
        raise ApiError(401, "invalid_credentials", "wrong e-mail address or passphrase")
    throttle.succeed(db, next(iter(keyed)))  # the account's (or the device's) counter
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


def refresh(db: Session, state: ServerState, audit: Audit, body: RefreshRequest) -> SessionBody:
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

"""Request-scoped dependencies: one DB session per request committed at the edge, the
authenticated caller, and the audit trail of the request.

Audit entries collected during a request are written in the request's transaction when it
succeeds, and in a fresh transaction (with the error code as outcome) when it fails, so a
denied access is recorded even though its transaction is rolled back.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from sync.server.blobstore import BlobStore
from sync.server.errors import ApiError
from sync.server.models import AccessToken, AuditEntry, Device, Organisation, TokenFamily, User
from sync.server.security import token_hash
from sync.server.settings import Settings

log = logging.getLogger("fieldapp.server.access")

LAST_SEEN_GRANULARITY = 60.0


@dataclass
class ServerState:
    settings: Settings
    sessions: sessionmaker[Session]
    blobs: BlobStore
    prelogin_secret: bytes
    dummy_auth_hash: str


@dataclass
class Caller:
    user: User
    device: Device
    family_id: str
    organisation: Organisation


@dataclass
class Audit:
    """Metadata-only audit entries of one request. Never put payloads here."""

    now: float
    organisation_id: str | None = None
    user_id: str | None = None
    device_id: str | None = None
    entries: list[dict[str, Any]] = field(default_factory=list)

    def add(
        self,
        action: str,
        *,
        collection_id: str | None = None,
        item_id: str | None = None,
        blob_id: str | None = None,
        target_id: str | None = None,
        outcome: str = "ok",
    ) -> None:
        self.entries.append(
            {
                "organisation_id": self.organisation_id,
                "at": self.now,
                "user_id": self.user_id,
                "device_id": self.device_id,
                "action": action,
                "collection_id": collection_id,
                "item_id": item_id,
                "blob_id": blob_id,
                "target_id": target_id,
                "outcome": outcome,
            }
        )

    def denied(self, action: str, **ids: str | None) -> ApiError:
        """Record and log a failed authorisation check; returns the uniform 404 to raise."""
        log.warning(
            "denied action=%s user=%s device=%s %s",
            action,
            self.user_id,
            self.device_id,
            " ".join(f"{k}={v}" for k, v in ids.items() if v),
        )
        self.add(action, outcome="denied", **ids)
        return ApiError(404, "not_found", "not found")


def state_of(request: Request) -> ServerState:
    state: ServerState = request.app.state.server
    return state


def get_db(request: Request) -> Iterator[Session]:
    state = state_of(request)
    audit = Audit(now=state.settings.clock())
    request.state.audit = audit
    session = state.sessions()
    try:
        yield session
        if audit.entries:
            session.execute(insert(AuditEntry), audit.entries)
        session.commit()
    except BaseException as exc:
        session.rollback()
        if audit.entries:
            outcome = exc.code if isinstance(exc, ApiError) else "error"
            for entry in audit.entries:
                if entry["outcome"] == "ok":
                    entry["outcome"] = outcome
            _write_audit_apart(state, audit.entries)
        raise
    finally:
        session.close()


def _write_audit_apart(state: ServerState, entries: list[dict[str, Any]]) -> None:
    try:
        with state.sessions() as s, s.begin():
            s.execute(insert(AuditEntry), entries)
    except Exception as exc:  # the original error matters more than its audit row
        log.error("could not write audit entries: %s", type(exc).__name__)


DB = Annotated[Session, Depends(get_db, scope="function")]


def get_audit(request: Request, _db: DB) -> Audit:
    audit: Audit = request.state.audit
    return audit


AuditDep = Annotated[Audit, Depends(get_audit)]


def _bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "unauthenticated", "a bearer token is required")
    return token.strip()


def get_caller(request: Request, db: DB, audit: AuditDep) -> Caller:
    now = audit.now
    row = db.execute(
        select(AccessToken, TokenFamily, User, Device, Organisation)
        .join(TokenFamily, TokenFamily.id == AccessToken.family_id)
        .join(User, User.id == AccessToken.user_id)
        .join(Device, Device.id == AccessToken.device_id)
        .join(Organisation, Organisation.id == User.organisation_id)
        .where(AccessToken.token_hash == token_hash(_bearer(request)))
    ).one_or_none()
    if row is None:
        raise ApiError(401, "unauthenticated", "unknown or revoked access token")
    token, family, user, device, org = row
    check_session(family, user, device)
    if token.expires_at <= now:
        raise ApiError(401, "token_expired", "the access token expired; refresh it")
    if device.last_seen_at is None or now - device.last_seen_at > LAST_SEEN_GRANULARITY:
        device.last_seen_at = now
    audit.organisation_id = org.id
    audit.user_id = user.id
    audit.device_id = device.id
    return Caller(user=user, device=device, family_id=family.id, organisation=org)


def check_session(family: TokenFamily, user: User, device: Device) -> None:
    """The checks every token use passes: device, account, session family."""
    if device.revoked_at is not None:
        if device.wipe:
            raise ApiError(401, "device_wiped", "this device was revoked; erase its local data")
        raise ApiError(401, "device_revoked", "this device was revoked")
    if user.disabled:
        raise ApiError(401, "account_disabled", "this account is disabled")
    if family.revoked_at is not None:
        raise ApiError(401, "session_revoked", "this session has ended; log in again")


CallerDep = Annotated[Caller, Depends(get_caller)]


def require_role(caller: Caller, *roles: str) -> None:
    if caller.user.role not in roles:
        raise ApiError(403, "forbidden", "your role does not allow this")

"""Request-scoped dependencies: one DB session per request committed at the edge, the
authenticated caller, and the audit trail of the request.

Audit entries collected during a request are written in the request's transaction when it
succeeds, and in a fresh transaction (with the error code as outcome) when it fails, so a
denied access is recorded even though its transaction is rolled back.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.server.errors import ApiError
from sync.server.models import AccessToken, AuditEntry, Device, Organisation, TokenFamily, User
from sync.server.security import token_hash
from sync.server.services.context import Audit, Caller, ServerState, check_session
from sync.server.services.context import require_role as require_role  # routes' import
from sync.server.services.queries import insert_rows

log = logging.getLogger("fieldapp.server")

LAST_SEEN_GRANULARITY = 60.0
AUDIT = AuditEntry.metadata.tables["audit_log"]


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
            insert_rows(session, AUDIT, audit.entries)
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
            insert_rows(s, AUDIT, entries)
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


CallerDep = Annotated[Caller, Depends(get_caller)]

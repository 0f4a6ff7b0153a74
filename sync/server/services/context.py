"""Who is calling and what the request did: the two objects every service takes."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from sync.server.blobstore import BlobStore
from sync.server.errors import ApiError
from sync.server.models import Device, Organisation, TokenFamily, User
from sync.server.settings import Settings

log = logging.getLogger("fieldapp.server.access")


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
                "collection_id": _fit(collection_id, ID_LEN),
                "item_id": _fit(item_id, ID_LEN),
                "blob_id": _fit(blob_id, BLOB_ID_LEN),
                "target_id": _fit(target_id, ID_LEN),
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


ID_LEN = 36
BLOB_ID_LEN = 64


def _fit(value: str | None, length: int) -> str | None:
    """An id as the audit log can hold it, whatever a hostile request put in the path."""
    if value is None:
        return None
    return value.replace("\x00", "?")[:length]


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


def require_role(caller: Caller, *roles: str) -> None:
    """403 unless the caller's account holds one of `roles` (of all its roles)."""
    if not caller.user.has_role(*roles):
        raise ApiError(403, "forbidden", "your role does not allow this")

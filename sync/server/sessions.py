"""Issuing, rotating and ending token families; login throttling kept in the database."""

from __future__ import annotations

import math
import uuid

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from sync.protocol import Session as SessionBody
from sync.protocol import UserInfo
from sync.server.errors import ApiError
from sync.server.models import (
    AccessToken,
    Device,
    LoginThrottle,
    RefreshToken,
    TokenFamily,
    User,
)
from sync.server.security import new_token, throttle_key, token_hash
from sync.server.settings import Settings


def user_info(user: User) -> UserInfo:
    return UserInfo(
        id=user.id,
        email=user.email,
        role=user.role,  # type: ignore[arg-type]
        roles=user.all_roles(),  # type: ignore[arg-type]
        organisation_id=user.organisation_id,
        employer=user.employer or "housing_company",  # type: ignore[arg-type]
    )


def issue_tokens(
    db: Session, settings: Settings, *, user: User, device: Device, family_id: str, now: float
) -> SessionBody:
    access, refresh = new_token(), new_token()
    db.add(
        AccessToken(
            token_hash=token_hash(access),
            organisation_id=user.organisation_id,
            family_id=family_id,
            user_id=user.id,
            device_id=device.id,
            expires_at=now + settings.access_token_seconds,
        )
    )
    db.add(
        RefreshToken(
            token_hash=token_hash(refresh),
            organisation_id=user.organisation_id,
            family_id=family_id,
            created_at=now,
            expires_at=now + settings.refresh_token_seconds,
        )
    )
    return SessionBody(
        access_token=access,
        refresh_token=refresh,
        access_expires_in=settings.access_token_seconds,
        user=user_info(user),
        device_id=device.id,
    )


def new_family(db: Session, *, user: User, device: Device, now: float) -> str:
    family = TokenFamily(
        id=str(uuid.uuid4()),
        organisation_id=user.organisation_id,
        user_id=user.id,
        device_id=device.id,
        created_at=now,
    )
    db.add(family)
    db.flush()
    return family.id


def revoke_families(
    db: Session, *, now: float, reason: str, keep_access_rows: bool = False, **where: str
) -> None:
    """End sessions at once: mark families revoked (every token check joins the family)
    and delete their access tokens. A revoked device keeps its access-token rows until
    they expire so its next request can be told `device_wiped` rather than just 401."""
    conditions = [getattr(TokenFamily, k) == v for k, v in where.items()]
    if not keep_access_rows:
        family_ids = select(TokenFamily.id).where(*conditions)
        db.execute(delete(AccessToken).where(AccessToken.family_id.in_(family_ids)))
    db.execute(
        update(TokenFamily)
        .where(*conditions, TokenFamily.revoked_at.is_(None))
        .values(revoked_at=now, revoked_reason=reason)
    )


def purge_expired_tokens(db: Session, *, user_id: str, now: float) -> None:
    """Housekeeping at each login: drop this user's expired token rows."""
    db.execute(
        delete(AccessToken).where(AccessToken.user_id == user_id, AccessToken.expires_at < now)
    )
    families = select(TokenFamily.id).where(TokenFamily.user_id == user_id)
    db.execute(
        delete(RefreshToken).where(
            RefreshToken.family_id.in_(families), RefreshToken.expires_at < now
        )
    )


def device_label(device_id: str) -> str:
    """What the server calls a device (issue 14, less metadata): a label from its id, never
    the name typed on the laptop (often a person's or a host's name). The typed name stays
    in the laptop's vault; the server does not need it to tell devices apart."""
    return f"device-{device_id[:6]}"


def register_device(
    db: Session, *, user: User, name: str, device_id: str | None, now: float
) -> Device:
    """`name` (the typed device name on the wire) is not stored: see device_label."""
    del name
    if device_id is not None:
        device = db.get(Device, device_id)
        if device is not None and device.user_id == user.id:
            if device.revoked_at is not None and device.wipe:
                raise ApiError(401, "device_wiped", "this device was revoked; erase its local data")
            if device.revoked_at is None:
                device.name = device_label(device.id)
                device.last_seen_at = now
                return device
    new_id = str(uuid.uuid4())
    device = Device(
        id=new_id,
        organisation_id=user.organisation_id,
        user_id=user.id,
        name=device_label(new_id),
        created_at=now,
        last_seen_at=now,
        wipe=False,
    )
    db.add(device)
    db.flush()
    return device


# ---------------------------------------------------------------- throttling


class Throttle:
    """Failure counters in the database, so every worker agrees (DESIGN §6).

    A login is checked against, and its failure counted on, the keys
    :func:`throttle_keys` gives: the account and the source address for a login from an
    unknown device; the account *on that device* for a login naming a known, active
    device of the account. So guessing is slowed per address and per account, yet
    failures from elsewhere never hold back the owner's own laptop.

    After `free` failures within the window, each further failure blocks that key for
    base * 2**(extra) seconds, capped; a quiet window resets the count. No permanent lock.
    """

    def __init__(self, settings: Settings, sessions: sessionmaker[Session]) -> None:
        self.settings = settings
        self.sessions = sessions

    def check(self, db: Session, keys: list[str], now: float) -> None:
        rows = db.scalars(select(LoginThrottle).where(LoginThrottle.key.in_(keys))).all()
        wait = max((row.blocked_until - now for row in rows), default=0.0)
        if wait > 0:
            seconds = max(1, math.ceil(wait))
            raise ApiError(
                429,
                "rate_limited",
                "too many failed logins; try again later",
                details={"retry_after": seconds},
                headers={"Retry-After": str(seconds)},
            )

    def fail(self, keyed: dict[str, int], now: float) -> None:
        """Count one failure for each key (`keyed` maps key → free failures) in a transaction
        of its own, so it sticks although the login request fails. The caller must have
        ended its own transaction first (SQLite allows one writer)."""
        for key, free in keyed.items():
            for _attempt in range(3):
                try:
                    self._fail_one(key, free, now)
                    break
                except IntegrityError:
                    continue  # two first failures raced on the insert; count again

    def _fail_one(self, key: str, free: int, now: float) -> None:
        cfg = self.settings
        with self.sessions() as s, s.begin():
            row = s.get(LoginThrottle, key, with_for_update=True)
            if row is None:
                row = LoginThrottle(key=key, failures=0, last_failure_at=now, blocked_until=0.0)
                s.add(row)
            elif now - row.last_failure_at > cfg.throttle_window_seconds:
                row.failures = 0
            row.failures += 1
            row.last_failure_at = now
            extra = row.failures - free
            if extra >= 0:
                delay = min(
                    cfg.throttle_base_seconds * 2 ** min(extra, 30), cfg.throttle_cap_seconds
                )
                row.blocked_until = now + delay

    def succeed(self, db: Session, key: str) -> None:
        """Reset a counter, in the login's own transaction."""
        db.execute(delete(LoginThrottle).where(LoginThrottle.key == key))


def throttle_keys(
    settings: Settings, *, email: str, address: str, known_device: str | None
) -> dict[str, int]:
    """The throttle keys of one login attempt and the failures each allows for free."""
    if known_device is not None:
        return {throttle_key("dev", f"{email}\x00{known_device}"): settings.throttle_account_free}
    return {
        throttle_key("acct", email): settings.throttle_account_free,
        throttle_key("addr", address): settings.throttle_address_free,
    }


def known_device(db: Session, user: User | None, device_id: str | None) -> str | None:
    """`device_id` if it names an active device of `user` (what that device sends when its
    owner logs in again), else None."""
    if user is None or device_id is None:
        return None
    device = db.get(Device, device_id)
    if device is None or device.user_id != user.id or device.revoked_at is not None:
        return None
    return device.id

"""The status bar's state, read from the vault only (cheap; no network)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from fieldapp.records.payload import synced_models
from fieldapp.vault import Vault
from sync.engine import blobs, conflicts, keycheck, state
from sync.engine.report import SyncStatus

DAY = 86400.0
NOT_ONLINE = ("offline", "server_error", "revoked", "session_ended", "locked_offline")


def read_status(vault: Vault, *, now: float) -> SyncStatus:
    with vault.session(read_only=True) as s:
        account = state.load_account(s)
        meta = {k: state.meta_get(s, k) for k in (
            "last_success_at", "last_contact_at", "last_error", "max_offline_days",
            "retry_at", "clock_skew")}
        waiting = sum(s.scalar(select(func.count()).select_from(m.__table__).where(
            m.__table__.c.dirty.is_(True))) or 0 for m in synced_models())
        open_conflicts = conflicts.count_open(s)
        names = state.user_names(s)
        changed = state.meta_get(s, keycheck.CHANGED_META) or {}
        waiting_for = state.meta_get(s, keycheck.WAITING_META) or {}
    waiting += blobs.pending_count(vault)
    error = meta["last_error"]
    return SyncStatus(
        enrolled=account is not None and account.wrap_private is not None,
        online=meta["last_contact_at"] is not None and error not in NOT_ONLINE,
        last_error_kind=error, waiting=waiting, conflicts=open_conflicts,
        last_success_at=_dt(meta["last_success_at"]),
        last_contact_at=_dt(meta["last_contact_at"]),
        locked_offline=too_long(meta["last_contact_at"], meta["max_offline_days"], now),
        max_offline_days=meta["max_offline_days"],
        clock_skew_seconds=meta["clock_skew"], retry_at=_dt(meta["retry_at"]),
        server_url=account.server_url if account else None,
        user_display_name=(names.get(str((account.user or {}).get("id", "")))
                           if account else None),
        key_changed=tuple(sorted(names.get(uid, "?") for uid in changed)),
        key_waiting=tuple(sorted(names.get(uid, "?") for uid in waiting_for
                                 if uid not in changed)),
    )


def _dt(value: Any) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(float(value), UTC)


def too_long(last_contact: Any, days: Any, now: float) -> bool:
    """True when the organisation's max offline days passed since the last contact."""
    if last_contact is None or not days:
        return False
    return now - float(last_contact) > float(days) * DAY

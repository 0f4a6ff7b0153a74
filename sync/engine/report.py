"""What the engine tells the UI: progress, the report of a round, the status bar's state."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.vault.changes import ChangeSet

Phase = Literal["push", "pull", "blobs"]
Outcome = Literal[
    "ok", "offline", "server_error", "clock_skew", "wiped", "revoked", "session_ended",
    "locked_offline", "integrity", "busy", "cancelled", "not_enrolled",
]

MESSAGES: dict[str, str] = {
    "ok": QT_TRANSLATE_NOOP("sync", "Everything is synchronised."),
    "offline": QT_TRANSLATE_NOOP(
        "sync", "The server cannot be reached. Your work is kept here and sent later."),
    "server_error": QT_TRANSLATE_NOOP(
        "sync", "The server had a problem. Your work is kept here; sync is retried later."),
    "clock_skew": QT_TRANSLATE_NOOP(
        "sync", "This computer's clock is more than 5 minutes off the server's. "
        "Set the right date and time."),
    "wiped": QT_TRANSLATE_NOOP(
        "sync", "This device was removed from your account and its data has been erased."),
    "revoked": QT_TRANSLATE_NOOP(
        "sync", "This device or account has been disabled. Contact your administrator."),
    "session_ended": QT_TRANSLATE_NOOP("sync", "Your session has ended. Log in again."),
    "locked_offline": QT_TRANSLATE_NOOP(
        "sync", "This device has not reached the server for too long. Connect to the "
        "network to unlock it."),
    "integrity": QT_TRANSLATE_NOOP(
        "sync", "Data from the server did not pass its security check and was refused."),
    "busy": QT_TRANSLATE_NOOP("sync", "A synchronisation is already running."),
    "cancelled": QT_TRANSLATE_NOOP("sync", "Synchronisation stopped."),
    "not_enrolled": QT_TRANSLATE_NOOP("sync", "This vault is not connected to a server."),
}
# A refusal the person should read as such, by the server's error code (issue 14).
REFUSALS: dict[str, str] = {
    "append_only": QT_TRANSLATE_NOOP(
        "sync", "The server refused to change or delete an entry of the access log: the "
        "access log can only be added to. The change was not kept."),
}


@dataclass(frozen=True)
class SyncProgress:
    phase: Phase
    collection: str | None
    done: int
    total: int | None
    message: str = ""


@dataclass
class SyncReport:
    outcome: Outcome = "ok"
    pushed: int = 0
    pulled: int = 0
    merged: int = 0
    conflicts: int = 0
    blobs_up: int = 0
    blobs_down: int = 0
    restored: int = 0  # records sent again because the server was restored from a backup
    seconds: float = 0.0
    retry_after: float | None = None
    clock_skew_seconds: float | None = None
    error_kind: str | None = None  # exception class name, never its text
    waiting_for_collection: list[str] = field(default_factory=list)
    # The records this round wrote to the vault (pulled, merged, in conflict) and, when
    # files arrived, "attachments": the UI hands it to every screen (issue 12).
    changes: ChangeSet = field(default_factory=lambda: ChangeSet(origin="sync"))

    @property
    def message(self) -> str:
        """English source; translate with context "sync"."""
        if self.outcome == "server_error" and self.error_kind in REFUSALS:
            return REFUSALS[self.error_kind]
        return MESSAGES[self.outcome]

    @property
    def ok(self) -> bool:
        return self.outcome in ("ok", "clock_skew")


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    online: bool
    last_error_kind: str | None
    waiting: int
    conflicts: int
    last_success_at: datetime | None
    last_contact_at: datetime | None
    locked_offline: bool
    max_offline_days: int | None
    clock_skew_seconds: float | None
    retry_at: datetime | None
    server_url: str | None
    user_display_name: str | None
    key_changed: tuple[str, ...] = ()  # names of colleagues whose served key changed
    key_waiting: tuple[str, ...] = ()  # names sharing waits for (keys not verified)


@dataclass(frozen=True)
class FieldConflictView:
    field: str
    base: Any
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class ConflictView:
    id: str
    table: str
    item_id: str
    collection: str
    fields: tuple[FieldConflictView, ...]
    mine_by: str
    mine_at: datetime
    theirs_by: str
    theirs_at: datetime


@dataclass(frozen=True)
class HistoryEntry:
    rev: str
    seq: int
    author_id: str
    author_name: str
    at: datetime
    deleted: bool
    payload: dict[str, Any] | None

"""SyncEngine: one round (push, pull, blobs), status, conflicts and history for the UI."""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pydantic
import requests

from fieldapp.local.sync_state import SyncBase, SyncCollection
from fieldapp.vault import ChangeSet, SecretStore, Vault
from fieldapp.vault.wipe import wipe_vault
from sync.client import SyncClient
from sync.client.errors import (
    ApiError,
    DeviceWiped,
    IntegrityError,
    ServerRestored,
    SessionEnded,
    TransportError,
)
from sync.client.pins_store import VaultPinnedKeys
from sync.engine import (
    blobs,
    conflicts,
    erasure,
    keycheck,
    pull,
    purge,
    push,
    restore,
    staff_names,
    state,
)
from sync.engine.account import ClientFactory, default_client_factory
from sync.engine.apply import Applied
from sync.engine.people import refresh_people
from sync.engine.report import (
    ConflictView,
    HistoryEntry,
    Outcome,
    Phase,
    SyncProgress,
    SyncReport,
    SyncStatus,
)
from sync.engine.status import read_status, too_long

log = logging.getLogger(__name__)
REVOKED_CODES = frozenset({"device_revoked", "account_disabled"})
BACKOFF_MIN, BACKOFF_MAX = 5.0, 600.0
USERS_EVERY = 3600.0  # seconds between fetches of the organisation's names


class OfflineError(Exception):
    """The server could not be reached for an on-demand call (history)."""


class SyncEngine:
    def __init__(
        self, vault: Vault, *, client_factory: ClientFactory | None = None,
        secret_store: SecretStore | None = None, clock: Callable[[], float] = time.time,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.vault = vault
        self.folder = vault.folder
        self.client_factory = client_factory or default_client_factory
        self.secret_store = secret_store
        self.clock = clock
        self.rng = rng
        self._client: SyncClient | None = None
        self._round = threading.Lock()

    # ------------------------------------------------------------------ client

    def client(self) -> SyncClient | None:
        if self._client is not None:
            return self._client
        with self.vault.session(read_only=True) as s:
            account = state.load_account(s)
            if account is None:
                return None
            tokens, keys = state.account_tokens(account), state.account_keys(account)
            url = account.server_url
        if tokens is None or keys is None:
            return None
        client = self.client_factory(url, VaultPinnedKeys(self.vault))
        client.auth.on_tokens = lambda t: state.store_tokens(self.vault, t)
        client.resume(tokens, keys)
        self._client = client
        return client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    # ------------------------------------------------------------------ a round

    def run_once(
        self, progress: Callable[[SyncProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> SyncReport:
        if not self._round.acquire(blocking=False):
            return SyncReport(outcome="busy")
        started = time.perf_counter()
        report = SyncReport()
        try:
            self._round_body(report, progress, cancel)
        finally:
            report.seconds = round(time.perf_counter() - started, 3)
            self._round.release()
        return report

    def _round_body(self, report: SyncReport, progress: Any, cancel: Any) -> None:
        client = self.client()
        if client is None:
            with self.vault.session(read_only=True) as s:
                account = state.load_account(s)
                keys = account is not None and state.account_keys(account) is not None
            report.outcome = "session_ended" if keys else "not_enrolled"
            return
        cancelled = (lambda: cancel.is_set()) if cancel is not None else (lambda: False)

        def emit(phase: Phase) -> Callable[[int, int | None, str | None], None]:
            def send(done: int, total: int | None, key: str | None) -> None:
                if progress is not None:
                    progress(SyncProgress(phase, key, done, total))
            return send

        applied = Applied()
        try:
            self._contact(client)
            erasure.apply_pending(self.vault, client)  # before any push (issue 14)
            me, role = client.user.id, client.user.role
            pull.discover(self.vault, client)
            purge.before_push(self.vault, client, me=me,  # issue 14: owned collections
                              result=applied)
            blobs.register_uploads(self.vault)
            checks = restore.RoundChecks()  # a server restored from an older backup
            report.pushed = push.push_all(
                self.vault, client, me=me, role=role, clock=self.clock,
                progress=emit("push"), cancelled=cancelled, result=applied,
                waiting=report.waiting_for_collection, checks=checks)
            report.blobs_up = blobs.upload_pending(self.vault, client, progress=emit("blobs"))
            merged_before = applied.merged
            for attempt in range(3):
                if cancelled():
                    break
                try:
                    report.pulled += pull.pull_all(
                        self.vault, client, me=me, progress=emit("pull"),
                        cancelled=cancelled, result=applied, checks=checks)
                    break
                except ServerRestored as exc:
                    if attempt == 2 or not checks.recover_server_id(
                            self.vault, client, exc.collection_id):
                        raise
                    report.pushed += push.push_all(  # what the server lost goes back first
                        self.vault, client, me=me, role=role, clock=self.clock,
                        progress=emit("push"), cancelled=cancelled, result=applied,
                        waiting=[], checks=checks)
                    report.blobs_up += blobs.upload_pending(self.vault, client,
                                                            progress=emit("blobs"))
            report.restored = checks.restored
            if not cancelled() and applied.merged > merged_before:
                report.pushed += push.push_all(  # merged rows go back at once
                    self.vault, client, me=me, role=role, clock=self.clock,
                    progress=emit("push"), cancelled=cancelled, result=applied, waiting=[],
                    checks=checks)
            if not cancelled():
                purge.after_push(self.vault, client, me=me, role=role)
                if staff_names.after_pull(self.vault, me=me) and not cancelled():
                    report.pushed += push.push_all(  # names written now go up at once
                        self.vault, client, me=me, role=role, clock=self.clock,
                        progress=emit("push"), cancelled=cancelled, result=applied,
                        waiting=[], checks=checks)
            if not cancelled():
                report.blobs_down = blobs.download_missing(self.vault, client,
                                                           progress=emit("blobs"))
            report.outcome = "cancelled" if cancelled() else "ok"
            if client.clock_skew is not None:
                report.outcome = "clock_skew" if report.outcome == "ok" else report.outcome
                report.clock_skew_seconds = client.clock_skew.skew_seconds
            self._succeeded(report)
        except DeviceWiped as exc:
            report.outcome, report.error_kind = "wiped", type(exc).__name__
            self._wipe()
        except SessionEnded as exc:
            report.error_kind = exc.code
            report.outcome = "revoked" if exc.code in REVOKED_CODES else "session_ended"
            with self.vault.session() as s:
                if report.outcome == "revoked":
                    state.drop_account_keys(s)
                state.meta_set(s, "last_error", report.outcome)
            self.close()
        except (TransportError, requests.RequestException) as exc:
            log.debug("sync round offline", exc_info=True)
            self._failed(report, "offline", type(exc).__name__)
        except IntegrityError as exc:
            keycheck.note_blocked(self.vault, exc)  # a changed key: who, for the warning
            self._failed(report, "integrity", type(exc).__name__)
        except ServerRestored as exc:  # restored again and again within one round
            self._failed(report, "server_error", type(exc).__name__)
        except ApiError as exc:
            self._failed(report, "server_error", exc.code)
        except (pydantic.ValidationError, ValueError) as exc:
            self._failed(report, "server_error", type(exc).__name__)
        finally:
            report.merged, report.conflicts = applied.merged, applied.conflicts
            report.changes = applied.changes()
            if report.blobs_down:  # photos arrived: whatever shows them can now
                report.changes |= ChangeSet.of(unknown_ids=["attachments"], origin="sync")

    def _contact(self, client: SyncClient) -> None:
        """GET /v1/me: proves the session works and reads the organisation's limits."""
        me = client.me()
        now = self.clock()
        with self.vault.session() as s:
            state.meta_set(s, "last_contact_at", now)
            state.meta_set(s, "max_offline_days", me.organisation.max_offline_days)
            state.meta_set(s, "server_offset", client.http.server_time_offset)
            state.remember_users(s, {me.user.id: me.user.email})
        with self.vault.session(read_only=True) as s:
            fetched_at = state.meta_get(s, "users_at")
        if fetched_at is not None and now - float(fetched_at) < USERS_EVERY:
            return  # names change rarely; unknown authors show their id until the next fetch
        try:
            refresh_people(self.vault, client)  # names, roles, who works on which site
        except ApiError:
            return
        with self.vault.session() as s:
            state.meta_set(s, "users_at", now)

    def _succeeded(self, report: SyncReport) -> None:
        with self.vault.session() as s:
            state.meta_set(s, "last_success_at", self.clock())
            state.meta_set(s, "failures", 0)
            state.meta_set(s, "retry_at", None)
            state.meta_set(s, "last_error", None if report.ok else report.outcome)
            state.meta_set(s, "clock_skew", report.clock_skew_seconds)

    def _failed(self, report: SyncReport, outcome: Outcome, kind: str) -> None:
        now = self.clock()
        with self.vault.session() as s:
            failures = int(state.meta_get(s, "failures", 0) or 0) + 1
            delay = min(BACKOFF_MAX, BACKOFF_MIN * 2 ** (failures - 1)) * (0.5 + 0.5 * self.rng())
            state.meta_set(s, "failures", failures)
            state.meta_set(s, "retry_at", now + delay)
            state.meta_set(s, "last_error", outcome)
            last_contact = state.meta_get(s, "last_contact_at")
            days = state.meta_get(s, "max_offline_days")
        report.outcome, report.error_kind, report.retry_after = outcome, kind, delay
        if outcome == "offline" and too_long(last_contact, days, now):
            report.outcome = "locked_offline"

    def _wipe(self) -> None:
        self.close()
        self.vault.lock()
        wipe_vault(self.folder, self.secret_store)

    # ------------------------------------------------------------------ status

    def should_run_now(self) -> bool:
        with self.vault.session(read_only=True) as s:
            retry_at = state.meta_get(s, "retry_at")
        return retry_at is None or self.clock() >= float(retry_at)

    def status(self) -> SyncStatus:
        return read_status(self.vault, now=self.clock())

    # ------------------------------------------------------------------ conflicts, history

    def list_conflicts(self) -> list[ConflictView]:
        with self.vault.session(read_only=True) as s:
            return conflicts.list_conflicts(s)

    def resolve_conflict(self, conflict_id: str, choices: dict[str, Any]) -> None:
        with self.vault.session() as s:
            profile = state.profile(s)
            conflicts.resolve_conflict(s, conflict_id, choices,
                                       actor_id=profile.id if profile else "")

    def history(self, table: str, item_id: str) -> list[HistoryEntry]:
        client = self.client()
        with self.vault.session(read_only=True) as s:
            base = s.get(SyncBase, item_id)
            key = base.collection_key if base is not None else None
            coll = s.get(SyncCollection, key) if key else None
            names = state.user_names(s)
        if client is None or coll is None:
            return []
        try:
            revisions = client.history(coll.server_id, item_id)
            if any(r.author_id not in names for r in revisions):
                users = client.users().users
                with self.vault.session() as s:
                    names.update(state.remember_users(s, {u.id: u.email for u in users}))
        except (TransportError, requests.RequestException) as exc:
            raise OfflineError(type(exc).__name__) from None
        return [
            HistoryEntry(rev=r.rev, seq=r.seq, author_id=r.author_id,
                         author_name=names.get(r.author_id, ""),
                         at=datetime.fromtimestamp(r.received_at, UTC), deleted=r.deleted,
                         payload=r.payload)
            for r in revisions
        ]


    def relogin(self, passphrase: str) -> None:
        """After ``session_ended``: log in again with the account kept in the vault."""
        from sync.engine.account import attach_account

        with self.vault.session(read_only=True) as s:
            account = state.load_account(s)
            if account is None:
                raise SessionEnded(401, "not_enrolled", "no account in this vault")
            url, email, device = account.server_url, account.email, account.device_name
        self.close()
        attach_account(self.vault, server_url=url, email=email, passphrase=passphrase,
                       device_name=device, client_factory=self.client_factory)


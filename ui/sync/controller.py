"""Background synchronisation: one round at a time, started by a timer, a reconnection,
local saves (debounced) or the user (F5).

    controller = SyncController(engine, runner, parent)
    controller.status_changed.connect(widget.set_status)
    controller.start()             # after unlock
    controller.sync_now()          # F5; False while a round runs
    controller.local_change()      # after a synced save: a round a few seconds later
    controller.stop()              # at lock: cancels the round between pages

Nothing polls: a single-shot timer is armed after each round for the next moment the
engine allows (``retry_at`` after a failure, the regular interval otherwise), and when it
fires the engine is asked ``should_run_now()`` first. The round itself runs on the task
runner's general pool (network never on the UI thread, never on the database worker that
serves the screens); the status is read on the database worker.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtNetwork import QNetworkInformation

    from fieldapp.vault import ChangeSet
    from sync.engine import SyncEngine, SyncProgress, SyncReport, SyncStatus

INTERVAL_MS = 5 * 60_000  # a round every five minutes while all is well
DEBOUNCE_MS = 3_000  # after the last local save
FIRST_ROUND_MS = 1_500  # after unlock, once the workspace has painted


class SyncController(QObject):
    status_changed = Signal(object)  # SyncStatus
    round_started = Signal()
    round_finished = Signal(object)  # SyncReport
    progressed = Signal(int, int)  # done, total (0: unknown)

    def __init__(self, engine: SyncEngine, runner: TaskRunner, parent: QObject | None = None, *,
                 interval_ms: int = INTERVAL_MS, debounce_ms: int = DEBOUNCE_MS,
                 first_round_ms: int = FIRST_ROUND_MS) -> None:
        super().__init__(parent)
        self.engine = engine
        self.runner = runner
        self.interval_ms = interval_ms
        self.first_round_ms = first_round_ms
        self.status: SyncStatus | None = None
        self.running = False
        self.active = False
        self._again = False
        self._cancel = threading.Event()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timer_fired)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.sync_now)
        self._network: QNetworkInformation | None = None
        self._first = True

    # -- life cycle ---------------------------------------------------------------------

    def start(self) -> None:
        self.active = True
        self._first = True
        self._watch_network()
        self.refresh_status()  # arms the first round if the vault has an account

    def stop(self) -> None:
        self.active = False
        self._cancel.set()
        self._timer.stop()
        self._debounce.stop()
        if self._network is not None:
            self._network.reachabilityChanged.disconnect(self._reachability)
            self._network = None

    # -- triggers -----------------------------------------------------------------------

    def sync_now(self) -> bool:
        """Start a round now (F5, the menu, a debounced save); False if one is running."""
        if not self.active:
            return False
        if self.running:
            self._again = True  # one more round right after (a save during a round)
            return False
        self._timer.stop()
        self._debounce.stop()
        self.running = True
        self._cancel = threading.Event()
        self.round_started.emit()
        engine, cancel = self.engine, self._cancel

        def work(progress: Callable[[int, int], None]) -> SyncReport:
            def report(p: SyncProgress) -> None:
                progress(int(p.done), int(p.total) if p.total is not None else 0)
            return engine.run_once(progress=report, cancel=cancel)

        self.runner.run(work, on_success=self._finished, on_failure=self._crashed,
                        on_progress=self._progress)
        return True

    def local_change(self, _changes: ChangeSet | None = None) -> None:
        """A synced record was saved here (the hookup passes the ChangeSet): sync a few
        seconds after the last save (debounced)."""
        if self.active:
            self._debounce.start()
            if not self.running:
                self.refresh_status()  # "1 change waiting" at once

    def refresh_status(self) -> None:
        engine = self.engine
        self.runner.db(engine.status, on_success=self._status_read,
                       on_failure=lambda _exc: None)

    # -- results ------------------------------------------------------------------------

    def _progress(self, done: int, total: int) -> None:
        if self.active:
            self.progressed.emit(done, total)

    def _finished(self, report: SyncReport) -> None:
        self.running = False
        if not self.active:
            return
        self.round_finished.emit(report)
        if report.outcome in ("wiped",):
            self.stop()
            return
        self.refresh_status()
        if self._again:
            self._again = False
            self._debounce.start()

    def _crashed(self, exc: BaseException) -> None:
        """An unexpected error (the engine reports expected ones): retry at the interval."""
        self.running = False
        if self.active:
            from sync.engine import SyncReport

            self.round_finished.emit(SyncReport(outcome="server_error",
                                                error_kind=type(exc).__name__))
            self.refresh_status()

    def _status_read(self, status: SyncStatus) -> None:
        if not self.active:
            return
        self.status = status
        self.status_changed.emit(status)
        if not self.running:
            self._arm(status)

    def _arm(self, status: SyncStatus) -> None:
        """The next automatic round: when the backoff allows it, else after the interval."""
        if not getattr(status, "enrolled", False):
            self._timer.stop()
            return
        delay = self.first_round_ms if self._first else self.interval_ms
        self._first = False
        retry_at = getattr(status, "retry_at", None)
        if retry_at is not None:
            delay = int(max(0.0, retry_at.timestamp() - time.time()) * 1000) + 200
        delay = min(delay, self.interval_ms)
        if self._timer.isActive() and self._timer.remainingTime() <= delay:
            return  # an earlier round is already planned
        self._timer.start(delay)

    def _timer_fired(self) -> None:
        if not self.active or self.running:
            return
        engine = self.engine

        def answer(ok: bool) -> None:
            if not self.active:
                return
            if ok:
                self.sync_now()
            elif self.status is not None:
                self._arm(self.status)

        self.runner.db(engine.should_run_now, on_success=answer, on_failure=lambda _e: None)

    # -- reconnection -------------------------------------------------------------------

    def _watch_network(self) -> None:
        """Qt's reachability signal where a backend exists (not on every platform)."""
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if QNetworkInformation.instance() is None:
                QNetworkInformation.loadBackendByFeatures(
                    QNetworkInformation.Feature.Reachability)
            info = QNetworkInformation.instance()
        except (ImportError, RuntimeError, AttributeError):
            info = None
        if info is None:
            return
        info.reachabilityChanged.connect(self._reachability)
        self._network = info

    def _reachability(self, reachability: QNetworkInformation.Reachability) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online:
            self.sync_now()

"""The one way to run work off the UI thread (DESIGN.md §2, STYLE.md "One way to run work").

    runner.run(fn, on_success=..., on_failure=..., on_progress=...)      any background work
    runner.db(fn, on_success=..., ...)                                   vault / database work

`fn` runs on a `QThreadPool`; its result or exception comes back on the main thread through
queued signals, so callbacks may touch widgets. Database work goes to a pool of exactly one
thread that never expires: reads and writes are serialised and every SQLite connection is
used from one thread. If `fn` takes a keyword argument named `progress`, it is given a
callable `progress(done, total)` that reports back on the main thread.

Nothing here polls: completion is signalled, never checked with a timer.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]
Progress = Callable[[int, int], None]


class _Bridge(QObject):
    """Lives on the main thread; the worker emits, Qt queues the call to the main thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class Task(QObject):
    """One piece of background work and its callbacks; `done` fires after either callback."""

    done = Signal()

    def __init__(
        self,
        fn: Callable[..., Any],
        on_success: Success | None,
        on_failure: Failure | None,
        on_progress: Progress | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fn = fn
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._bridge = _Bridge(self)
        self._bridge.succeeded.connect(self._deliver_success)
        self._bridge.failed.connect(self._deliver_failure)
        self._bridge.progressed.connect(self._deliver_progress)

    def runnable(self) -> QRunnable:
        bridge, fn = self._bridge, self._fn
        wants_progress = _accepts_progress(fn)

        def work() -> None:
            try:
                if wants_progress:
                    result = fn(progress=bridge.progressed.emit)
                else:
                    result = fn()
            except BaseException as exc:  # delivered to the main thread, never swallowed
                bridge.failed.emit(exc)
            else:
                bridge.succeeded.emit(result)

        return QRunnable.create(work)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        try:
            if self._on_success is not None:
                self._on_success(result)
        finally:
            self.done.emit()

    @Slot(object)
    def _deliver_failure(self, exc: BaseException) -> None:
        try:
            if self._on_failure is not None:
                self._on_failure(exc)
            else:
                # No handler: log the type only (messages may hold personal data) and re-raise
                # on the main thread so Qt's exception hook (and qt_default_raising) sees it.
                log.error("background task failed: %s", type(exc).__name__)
                raise exc
        finally:
            self.done.emit()

    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)


def _accepts_progress(fn: Callable[..., Any]) -> bool:
    try:
        return "progress" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


class TaskRunner(QObject):
    """Owns the two pools: general background work, and the single database worker."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._general = QThreadPool(self)
        self._database = QThreadPool(self)
        self._database.setMaxThreadCount(1)
        self._database.setExpiryTimeout(-1)  # the same thread for the vault's whole life
        self._pending: set[Task] = set()

    def run(
        self,
        fn: Callable[..., Any],
        *,
        on_success: Success | None = None,
        on_failure: Failure | None = None,
        on_progress: Progress | None = None,
    ) -> Task:
        """Run `fn` on the general pool (CPU work such as a KDF that touches no database)."""
        return self._start(self._general, fn, on_success, on_failure, on_progress)

    def db(
        self,
        fn: Callable[..., Any],
        *,
        on_success: Success | None = None,
        on_failure: Failure | None = None,
        on_progress: Progress | None = None,
    ) -> Task:
        """Run `fn` on the one database worker; calls run in the order they were queued."""
        return self._start(self._database, fn, on_success, on_failure, on_progress)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until both pools are empty (shutdown only; never from an ordinary action)."""
        return self._database.waitForDone(msecs) and self._general.waitForDone(msecs)

    def _start(
        self,
        pool: QThreadPool,
        fn: Callable[..., Any],
        on_success: Success | None,
        on_failure: Failure | None,
        on_progress: Progress | None,
    ) -> Task:
        task = Task(fn, on_success, on_failure, on_progress, self)
        was_busy = self.busy
        self._pending.add(task)
        task.done.connect(lambda: self._finished(task))
        if not was_busy:
            self.busy_changed.emit(True)
        pool.start(task.runnable())
        return task

    def _finished(self, task: Task) -> None:
        self._pending.discard(task)
        task.deleteLater()
        if not self._pending:
            self.busy_changed.emit(False)

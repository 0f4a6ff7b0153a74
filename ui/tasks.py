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
import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar, cast

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")
# The result crosses the bridge's signal as `object`; `run`/`db` check that each task's
# callback takes what its own function returns, and wrap it (`_delivering`).
Success = Callable[[object], None]
Failure = Callable[[BaseException], None]
Progress = Callable[[int, int], None]


class _Bridge(QObject):
    """Lives on the main thread as long as the runner; workers emit, Qt queues the calls.

    One long-lived bridge with a task number, rather than a QObject per task: no
    per-task object is ever deleted while a worker thread may still hold it.
    """

    succeeded = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, int)


@dataclass
class _Callbacks:
    on_success: Success | None
    on_failure: Failure | None
    on_progress: Progress | None


def _delivering(on_success: Callable[[T], None] | None) -> Success | None:
    """The task's callback as the bridge calls it: with its function's result, an object."""
    if on_success is None:
        return None
    callback = on_success

    def deliver(result: object) -> None:
        callback(cast(T, result))  # what the task's function returned: a T

    return deliver


def _accepts_progress(fn: Callable[..., object]) -> bool:
    try:
        return "progress" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


class _Job(QRunnable):
    """A Python subclass (not `QRunnable.create`): when the pool deletes it after `run`, the
    generated wrapper's destructor tells shiboken, so no stale Python wrapper is left behind
    to be handed out again for an unrelated object at the same address."""

    def __init__(self, bridge: _Bridge, number: int, fn: Callable[..., object]) -> None:
        super().__init__()
        self._signals = (bridge.succeeded, bridge.failed, bridge.progressed)
        self._number = number
        self._fn = fn

    def run(self) -> None:
        succeeded, failed, progressed = self._signals
        number, fn = self._number, self._fn
        try:
            if _accepts_progress(fn):
                result = fn(progress=lambda done, total: progressed.emit(number, done, total))
            else:
                result = fn()
        except BaseException as exc:  # delivered to the main thread, never swallowed
            failed.emit(number, exc)
        else:
            succeeded.emit(number, result)


class TaskRunner(QObject):
    """Owns the two pools: general background work, and the single database worker."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._general = QThreadPool(self)
        self._database = QThreadPool(self)
        self._database.setMaxThreadCount(1)
        self._database.setExpiryTimeout(-1)  # the same thread for the vault's whole life
        self._bridge = _Bridge(self)
        self._bridge.succeeded.connect(self._deliver_success)
        self._bridge.failed.connect(self._deliver_failure)
        self._bridge.progressed.connect(self._deliver_progress)
        self._pending: dict[int, _Callbacks] = {}
        self._numbers = itertools.count(1)

    def run(
        self,
        fn: Callable[..., T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_failure: Failure | None = None,
        on_progress: Progress | None = None,
    ) -> int:
        """Run `fn` on the general pool (CPU work such as a KDF that touches no database)."""
        return self._start(self._general, fn,
                           _Callbacks(_delivering(on_success), on_failure, on_progress))

    def db(
        self,
        fn: Callable[..., T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_failure: Failure | None = None,
        on_progress: Progress | None = None,
    ) -> int:
        """Run `fn` on the one database worker; calls run in the order they were queued."""
        return self._start(self._database, fn,
                           _Callbacks(_delivering(on_success), on_failure, on_progress))

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until both pools are empty (shutdown only; never from an ordinary action)."""
        return self._database.waitForDone(msecs) and self._general.waitForDone(msecs)

    def _start(self, pool: QThreadPool, fn: Callable[..., object], callbacks: _Callbacks) -> int:
        number = next(self._numbers)
        was_busy = self.busy
        self._pending[number] = callbacks
        if not was_busy:
            self.busy_changed.emit(True)
        pool.start(_Job(self._bridge, number, fn))
        return number

    def _idle_check(self) -> None:
        if not self._pending:
            self.busy_changed.emit(False)

    @Slot(int, object)
    def _deliver_success(self, number: int, result: object) -> None:
        callbacks = self._pending.pop(number, None)
        try:
            if callbacks is not None and callbacks.on_success is not None:
                callbacks.on_success(result)
        finally:
            self._idle_check()

    @Slot(int, object)
    def _deliver_failure(self, number: int, exc: BaseException) -> None:
        callbacks = self._pending.pop(number, None)
        try:
            if callbacks is not None and callbacks.on_failure is not None:
                callbacks.on_failure(exc)
                return
            # No handler: log the type only (messages may hold personal data) and re-raise
            # on the main thread so Qt's exception hook (and qt_default_raising) sees it.
            log.error("background task failed: %s", type(exc).__name__)
            raise exc
        finally:
            self._idle_check()

    @Slot(int, int, int)
    def _deliver_progress(self, number: int, done: int, total: int) -> None:
        callbacks = self._pending.get(number)
        if callbacks is not None and callbacks.on_progress is not None:
            callbacks.on_progress(done, total)

"""Watching the person's input: the idle lock and the draft autosave both hang off it.

One application-wide event filter sees every event of the app. It is the hottest path of
the program (a moving mouse sends 60 to 125 events a second), so it touches only Python
state: it stamps the time of the last input, and remembers that a key was typed. It calls
into Qt only when something has to be scheduled, at most once per idle period and once
per autosave period, never per event.

- Idle: one single-shot timer runs for the idle interval. When it fires, the watcher
  compares the clock with the last input: if the person was idle the whole interval,
  `idle` fires; otherwise the timer is started again for the time that is left.
- Typing: the first key press (or input-method commit) after an autosave calls
  `on_typing`, which schedules the next autosave.

The clock is injectable, so tests decide what time it is instead of waiting on timers.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
    QEvent.Type.InputMethod,
})
TYPING_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.InputMethod})


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(
        self,
        interval_ms: int,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._interval_ms = interval_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self._active = False
        self._last_input = clock()
        self._typing_armed = False
        self.on_typing: Callable[[], None] | None = None
        app = QCoreApplication.instance()
        assert app is not None, "an IdleWatcher needs the application object"
        app.installEventFilter(self)

    # -- settings ------------------------------------------------------------------------

    def set_interval(self, interval_ms: int) -> None:
        self._interval_ms = interval_ms
        if self._active:
            self._check()

    def interval(self) -> int:
        return self._interval_ms

    # -- life cycle ----------------------------------------------------------------------

    def start(self) -> None:
        """Watch from now (after unlock)."""
        self._active = True
        self._last_input = self._clock()
        self._typing_armed = True
        self._schedule(self._interval_ms)

    def stop(self) -> None:
        """Stop watching (while locked)."""
        self._active = False
        self._typing_armed = False
        self._timer.stop()

    def arm_typing(self) -> None:
        """Report the next key press through `on_typing` (called after each autosave)."""
        self._typing_armed = self._active

    def idle_ms(self) -> int:
        """How long the person has been idle, by the watcher's clock."""
        return int((self._clock() - self._last_input) * 1000)

    # -- the hot path --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._active:
            kind = event.type()
            if kind in INPUT_EVENTS:
                self._last_input = self._clock()
                if self._typing_armed and kind in TYPING_EVENTS:
                    self._typing_armed = False
                    if self.on_typing is not None:
                        self.on_typing()
        return False

    # -- the timer -----------------------------------------------------------------------

    def _check(self) -> None:
        """The timer ran out (or the interval changed): idle now, or wait for the rest."""
        if not self._active:
            return
        left = self._interval_ms - self.idle_ms()
        if left <= 0:
            self.idle.emit()
        else:
            self._schedule(left)

    def check_now(self) -> None:
        """Decide at once whether the idle time has passed (tests with an injected clock)."""
        self._check()

    def _schedule(self, ms: int) -> None:
        self._timer.start(max(1, ms))

"""The idle watcher: input keeps the app unlocked, silence locks it (an injected clock
decides what time it is; no test waits for the idle time to pass)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.ui.ui_helpers import ManualClock as Clock
from ui.idle import IdleWatcher


def make_watcher(qtbot, interval_ms: int, clock: Clock):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    watcher = IdleWatcher(interval_ms, clock=clock)
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    return edit, watcher, fired


def test_typing_keeps_the_app_awake_and_silence_makes_it_idle(qtbot):
    clock = Clock()
    edit, watcher, fired = make_watcher(qtbot, 300_000, clock)
    watcher.start()
    for _ in range(12):  # twelve minutes of typing, a key a minute
        clock.now += 60
        qtbot.keyClick(edit, Qt.Key.Key_A)
        watcher.check_now()
    assert fired == []
    assert watcher.idle_ms() == 0
    clock.now += 299
    watcher.check_now()
    assert fired == []  # one second short of five minutes
    clock.now += 1
    watcher.check_now()
    assert fired == [True]
    watcher.stop()
    watcher.deleteLater()


def test_pointer_motion_counts_as_presence(qtbot):
    clock = Clock()
    edit, watcher, fired = make_watcher(qtbot, 60_000, clock)
    watcher.start()
    clock.now += 59
    qtbot.mouseMove(edit)
    clock.now += 59
    watcher.check_now()
    assert fired == []
    assert watcher.idle_ms() == 59_000
    watcher.stop()
    watcher.deleteLater()


def test_the_timer_fires_idle_when_the_time_has_passed(qtbot):
    """The real timer path: it wakes up, finds the clock past the interval, fires once."""
    clock = Clock()
    _, watcher, fired = make_watcher(qtbot, 30, clock)
    watcher.start()
    clock.now += 1
    qtbot.waitUntil(lambda: fired == [True], timeout=2_000)
    watcher.stop()
    watcher.deleteLater()


def test_a_stopped_watcher_never_fires(qtbot):
    clock = Clock()
    _, watcher, fired = make_watcher(qtbot, 50, clock)
    watcher.start()
    watcher.stop()
    clock.now += 3_600
    watcher.check_now()
    qtbot.wait(100)
    assert fired == []
    watcher.deleteLater()


def test_the_first_key_after_each_autosave_is_reported_once(qtbot):
    clock = Clock()
    edit, watcher, _ = make_watcher(qtbot, 300_000, clock)
    typed: list[bool] = []
    watcher.on_typing = lambda: typed.append(True)
    watcher.start()
    qtbot.mouseMove(edit)
    assert typed == []  # pointer motion is not typing
    qtbot.keyClicks(edit, "abc")
    assert typed == [True]  # once, however many keys
    watcher.arm_typing()  # the autosave ran
    qtbot.keyClick(edit, Qt.Key.Key_D)
    assert typed == [True, True]
    watcher.stop()
    watcher.deleteLater()

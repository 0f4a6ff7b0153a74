"""The idle watcher: input keeps the app unlocked, silence locks it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from ui.idle import IdleWatcher


def test_typing_restarts_the_idle_timer_and_silence_fires_it(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    fired = []
    watcher = IdleWatcher(800)
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    for _ in range(12):  # 1.2 s of typing, longer than the interval
        qtbot.keyClick(edit, Qt.Key.Key_A)
        qtbot.wait(100)
    assert fired == []
    qtbot.waitUntil(lambda: fired == [True], timeout=3_000)
    watcher.stop()
    watcher.deleteLater()


def test_a_stopped_watcher_never_fires(qtbot):
    watcher = IdleWatcher(50)
    fired = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    watcher.stop()
    qtbot.wait(200)
    assert fired == []
    watcher.deleteLater()

"""A day of mouse and keyboard in minutes: the real app, unlocked, in every workspace, fed
200,000 input events through Qt's event system (QTest sends them the way the window system
does: through the application's event filters to the widget under the pointer or with the
focus). None's and True/False's reference counts must stay flat and the process alive.

This is the test that would have caught PySide6 6.12.0 on Python 3.11 (ui/qt_runtime.py):
every void call lost a reference to None, and the idle watcher's filter made one such call
per mouse move, so None's count ran down to zero and the interpreter aborted. On Python
3.12+ the counts are immortal and the test still proves the process survives the load.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QLineEdit, QTabWidget, QWidget

from tests.factories import PASSPHRASE, role_vault

ROLES = ("social_assistant", "renovation_assistant", "neighbourhood_agent", "supervisor")
EVENTS_PER_ROLE = 50_000  # x 4 workspaces = 200,000
KEYS_EVERY = 5  # one key event in five, the rest pointer motion
CHECK_EVERY = 2_000
WARM_UP = 2_000
# Lazily built caches (fonts, style objects, translations) take a few hundred references
# at first; a defect of one reference per event loses tens of thousands.
BOUND = 1_000
LETTERS = [Qt.Key(Qt.Key.Key_A.value + i) for i in range(26)]
NAVIGATION = [Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Left,
              Qt.Key.Key_Tab, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageDown]


class Counter(QObject):
    """Counts the input events the application's filters see (proof they were delivered)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseMove, QEvent.Type.KeyPress,
                            QEvent.Type.KeyRelease):
            self.seen += 1
        return False


def counts() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def targets(window: QWidget) -> list[QWidget]:
    """Every visible widget of the window big enough to move over (the pointer's tour)."""
    found = [w for w in window.findChildren(QWidget)
             if w.isVisible() and w.width() > 8 and w.height() > 8]
    return found or [window]


def tab_widgets(window: QWidget) -> list[QTabWidget]:
    return [t for t in window.findChildren(QTabWidget) if t.isVisible()]


def key_target(window: QWidget) -> QWidget:
    """Type where a person types: a visible line edit (a search field), else a list."""
    for kind in (QLineEdit, QAbstractScrollArea):
        for widget in window.findChildren(kind):
            if widget.isVisible() and widget.isEnabled() and not getattr(
                    widget, "isReadOnly", lambda: False)():
                return widget
    return window


@pytest.mark.parametrize("role", ROLES)
def test_two_hundred_thousand_input_events_leave_none_and_bools_alone(
        qtbot, make_app, vault_dir, store, role):
    role_vault(vault_dir, store, role)
    app = make_app()
    page = app.window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    window = app.window
    window.resize(1280, 720)
    qtbot.wait(200)  # the workspace's first loads
    assert app.idle._active  # the idle watcher's filter is on the hot path
    # every tab shown once before the count starts: a tab's first showing loads its screen
    # (modules, translations, models) for good, which is not what this test looks for
    for tab_widget in tab_widgets(window):
        for index in range(tab_widget.count()):
            tab_widget.setCurrentIndex(index)
            qtbot.wait(100)
        tab_widget.setCurrentIndex(0)
    qtbot.wait(200)

    counter = Counter()
    QCoreApplication.instance().installEventFilter(counter)
    baseline = None
    sent = 0
    tour = targets(window)
    typist = key_target(window)
    tabs = tab_widgets(window)
    while sent < EVENTS_PER_ROLE:
        if sent % CHECK_EVERY == 0:
            if sent == WARM_UP:
                baseline = counts()
            elif baseline is not None:
                now = counts()
                drift = [n - b for n, b in zip(now, baseline, strict=True)]
                assert all(abs(d) < BOUND for d in drift), (
                    f"after {sent} events the references to None/True/False moved by {drift}")
            if tabs and sent % (CHECK_EVERY * 5) == 0:  # now and then: another tab
                tab = tabs[(sent // CHECK_EVERY) % len(tabs)]
                QTest.keyClick(tab.tabBar(), Qt.Key.Key_Right)
                tour, typist = targets(window), key_target(window)
        if sent % KEYS_EVERY == 0:
            keys = LETTERS if isinstance(typist, QLineEdit) else NAVIGATION
            QTest.keyClick(typist, keys[(sent // KEYS_EVERY) % len(keys)])
            if isinstance(typist, QLineEdit) and len(typist.text()) > 40:
                typist.clear()
            sent += 2  # a press and a release
        else:
            widget = tour[sent % len(tour)]
            if widget.isVisible():
                QTest.mouseMove(widget, QPoint(sent % widget.width(), sent % widget.height()))
            sent += 1
    QCoreApplication.instance().removeEventFilter(counter)
    assert baseline is not None
    drift = [n - b for n, b in zip(counts(), baseline, strict=True)]
    print(f"{role}: {sent} events sent, {counter.seen} seen by the app's filters, "
          f"None/True/False drift {drift}")
    assert all(abs(d) < BOUND for d in drift), drift
    # Widgets see each event once or more (a move reaches the child and its parents).
    assert counter.seen >= sent * 0.9
    assert window.workspace is not None and app.vault is not None  # still unlocked, alive

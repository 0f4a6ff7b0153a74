"""Small helpers for driving the app in UI tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from tests.factories import PASSPHRASE


def open_household(qtbot, app, name: str, query: str = "Lefe"):
    """Find the household in the Households tab by typing (ASCII: QTest types no accents;
    the search folds diacritics), then open it with Enter."""
    ws = app.window.workspace
    view = ws.households
    shortcut(qtbot, app, "Ctrl+1")
    assert view.search_edit.hasFocus()
    view.search_edit.selectAll()
    qtbot.keyClicks(view.search_edit, query)
    # the list opens on my case files: wait for the typed search's answer, not that one
    qtbot.waitUntil(lambda: not view._debounce.isActive()
                    and [r.name for r in view.model.rows()] == [name], timeout=5_000)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)  # moves to the first row
    assert view.table.hasFocus() or view.table.currentIndex().isValid()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ws.current_case() is not None and loaded(ws.current_case()),
                    timeout=5_000)
    return ws.current_case()


def loaded(view) -> bool:
    """The case view has read its household: its case file, or the offer to open one."""
    return view.case is not None or not view.no_case.isHidden()


def shortcut(qtbot, app, keys: str) -> None:
    """Press a window shortcut the way a person would (on the focused widget)."""
    from PySide6.QtGui import QKeySequence

    seq = QKeySequence(keys)
    combo = seq[0]
    if QApplication.activeModalWidget() is None and not app.window.isActiveWindow():
        app.window.activateWindow()  # offscreen: a closed dialog does not hand activation back
        qtbot.waitUntil(app.window.isActiveWindow, timeout=2_000)
    target = QApplication.focusWidget() or app.window
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


def modal_dialog(qtbot, cls=QDialog):
    found = []

    def visible():
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, cls) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(visible, timeout=5_000)
    return found[0]


def timeline_texts(view) -> list[str]:
    return [entry.text for entry in view.timeline_model.rows()]


def unlock(qtbot, app, passphrase: str = PASSPHRASE) -> None:
    page = app.window.unlock_page
    assert app.window.stack.currentWidget() is page
    qtbot.keyClicks(page.passphrase_edit, passphrase)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase_edit, "\r")
    households = app.window.workspace.households
    qtbot.waitUntil(lambda: households.model.rowCount() > 0, timeout=5_000)


class ManualClock:
    """A clock the test moves (`now += seconds`), for the app's and the idle watcher's
    injectable clocks: no test waits for real time to pass."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now

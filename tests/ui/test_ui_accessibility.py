"""An accessibility walk: every workspace, each of its tabs and the main dialogs; every
control a person can reach must be announced by name, every input must have a label that
names it (on Linux a combo box without a buddy label is read out by its value only), and
Tab must leave every table instead of cycling through its cells."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)

from tests.ui.screen_walk import unlock_as, walk_tabs
from tests.ui.test_ui_pseudo_locale import DIALOGS

ROLES = ("social_assistant", "renovation_assistant", "neighbourhood_agent", "supervisor")
INPUTS = (QLineEdit, QComboBox, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


def _inner(widget: QWidget) -> bool:
    """A part of a composite control (a combo box's line edit, a spin box's, scroll bars,
    header views, tab-bar buttons): announced through its owner."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar | QHeaderView):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, QScrollBar | QHeaderView | QTabBar)


def problems_in(window: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in window.findChildren(QLabel)
               if label.buddy() is not None}
    found: list[str] = []
    for w in window.findChildren(QWidget):
        if (not w.isVisible() or w.focusPolicy() == Qt.FocusPolicy.NoFocus or _inner(w)
                or (isinstance(w, QAbstractItemView) and not w.isEnabled())):
            continue
        name = w.accessibleName().strip()
        where = f"{type(w).__name__} in {type(w.parentWidget()).__name__}"
        if isinstance(w, QAbstractButton):
            if not (name or w.text().replace("&", "").strip()):
                found.append(f"unnamed button: {where}")
        elif isinstance(w, INPUTS):
            if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit) and (
                    w.isReadOnly() if hasattr(w, "isReadOnly") else False) and name:
                continue
            if not name:
                found.append(f"unnamed input: {where}")
            if id(w) not in buddies:
                found.append(f"input without a label: {name or where}")
        elif isinstance(w, QAbstractItemView):
            if not name:
                found.append(f"unnamed list or table: {where}")
            if isinstance(w, QTableView) and w.tabKeyNavigation():
                found.append(f"Tab is trapped in the table: {name or where}")
        elif w.focusPolicy() & Qt.FocusPolicy.TabFocus and not name:
            found.append(f"unnamed control: {where}")
    return found


@pytest.mark.parametrize("role", ROLES)
def test_every_control_is_named_and_labelled(qtbot, make_app, vault_dir, store, role):
    app = unlock_as(qtbot, make_app, vault_dir, store, role, size=(1280, 720))
    found = walk_tabs(qtbot, app.window, lambda: problems_in(app.window))
    for name, open_dialog in DIALOGS[role]:
        dialog = open_dialog(app, qtbot)
        qtbot.waitUntil(dialog.isVisible, timeout=3_000)
        found.extend(f"[{name} dialog] {p}" for p in problems_in(dialog))
        dialog.close()
    assert not found, "\n".join(sorted(set(found)))


def test_the_first_run_and_lock_pages_are_named_and_labelled(qtbot, make_app, world):
    app = make_app()
    app.window.resize(1280, 720)
    assert app.window.stack.currentWidget() is app.window.unlock_page  # a vault exists
    found = [f"[lock page] {p}" for p in problems_in(app.window)]
    app.window.show_create()
    found += [f"[first-run page] {p}" for p in problems_in(app.window)]
    assert not found, "\n".join(sorted(set(found)))


@pytest.mark.parametrize("role", ROLES)
def test_dialogs_open_on_their_first_field(qtbot, make_app, vault_dir, store, role):
    app = unlock_as(qtbot, make_app, vault_dir, store, role)
    wrong = []
    for name, open_dialog in DIALOGS[role]:
        dialog = open_dialog(app, qtbot)
        qtbot.waitUntil(dialog.isVisible, timeout=3_000)
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: d.focusWidget() is not None, timeout=3_000)
        focus = dialog.focusWidget()
        if isinstance(focus, QAbstractButton) and not focus.isCheckable():
            wrong.append(f"{name}: {type(focus).__name__} {focus.text()!r}")
        dialog.close()
    assert wrong == []

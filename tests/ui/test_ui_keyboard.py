"""Keyboard first: every input has an accessible name; tabs and actions by shortcut."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)

from tests.ui.ui_helpers import open_household, shortcut

INPUTS = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView, QAbstractSpinBox)


def unnamed_inputs(root) -> list[str]:
    found = []
    from PySide6.QtWidgets import QWidget

    for widget in (w for w in root.findChildren(QWidget) if isinstance(w, INPUTS)):
        if not widget.isVisibleTo(root) or isinstance(widget.parent(), INPUTS):
            continue  # hidden, or the inner line edit of a combo / spin box
        if not widget.accessibleName():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_every_visible_input_has_an_accessible_name(qtbot, unlocked):
    ws = unlocked.window.workspace
    for page in (ws.households, ws.followups, ws.search, ws.welcome):
        ws.tabs.setCurrentWidget(page)
        assert unnamed_inputs(page) == [], type(page).__name__
    view = open_household(qtbot, unlocked, "Famille Lefèvre")
    view.new_note()
    assert unnamed_inputs(view) == []


def test_tabs_and_case_actions_by_keyboard(qtbot, unlocked):
    ws = unlocked.window.workspace
    w = unlocked.window
    assert not ws.new_note_action.isEnabled()  # no case file open yet
    shortcut(qtbot, unlocked, "Ctrl+4")
    assert ws.tabs.currentWidget() is ws.welcome
    shortcut(qtbot, unlocked, "Ctrl+1")
    assert ws.tabs.currentWidget() is ws.households
    assert ws.households.search_edit.hasFocus()
    view = open_household(qtbot, unlocked, "Famille Lefèvre")
    assert ws.new_note_action.isEnabled()
    shortcut(qtbot, unlocked, "Ctrl+W")
    assert view not in ws.case_views()
    assert not ws.new_note_action.isEnabled()
    assert w.sync_action.shortcut().toString() == "F5"

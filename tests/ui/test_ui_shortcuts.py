"""Keys that do one thing each: in every workspace no two enabled actions share a
shortcut (Qt would do neither, "ambiguous shortcut"), no two entries of a menu share an
access key, and every main action of a workspace is also a button or a menu entry."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QMenu

from tests.ui.screen_walk import unlock_as

ROLES = ("social_assistant", "renovation_assistant", "neighbourhood_agent", "supervisor")


def access_key(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    plain = text.replace("&&", "")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


@pytest.mark.parametrize("role", ROLES)
def test_no_two_actions_share_a_key(qtbot, make_app, vault_dir, store, role):
    window = unlock_as(qtbot, make_app, vault_dir, store, role).window
    keys = Counter()
    for action in window.findChildren(QAction):
        if action.isEnabled() and not action.shortcut().isEmpty():
            keys[action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)] += 1
    assert [k for k, n in keys.items() if n > 1] == []
    clashes = []
    for menu in [window.menuBar(), *window.findChildren(QMenu)]:
        letters = Counter(access_key(a.text()) for a in menu.actions()
                          if a.isVisible() and a.text())
        clashes += [f"{menu.title() or 'menu bar'}: &{k}" for k, n in letters.items()
                    if k and n > 1]
    assert clashes == []


def test_the_neighbourhood_agents_actions_are_buttons_too(qtbot, make_app, vault_dir, store):
    app = unlock_as(qtbot, make_app, vault_dir, store, "neighbourhood_agent")
    ws = app.window.workspace
    shown = {b.text() for b in ws.findChildren(QAbstractButton) if b.isVisible()}
    assert {"New request", "Log an intervention", "Pass a defect on",
            "Hand off to the social assistant"} <= shown
    new = next(b for b in ws.action_buttons if b.text() == "New request")
    assert "Ctrl+N" in new.toolTip()
    qtbot.mouseClick(new, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.dialog is not None and ws.dialog.isVisible(), timeout=3_000)
    ws.dialog.reject()

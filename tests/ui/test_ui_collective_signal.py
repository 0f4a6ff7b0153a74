"""A site assistant sends a collective signal by keyboard (Ctrl+Shift+K): site, building and
theme, nothing else; the dialog shows nothing of earlier signals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

from fieldapp.collective.signals import received_signals
from tests.ui.ui_helpers import modal_dialog, shortcut
from ui.collective.signal_dialog import SignalDialog


def test_a_site_assistant_sends_a_signal_by_keyboard(qtbot, unlocked) -> None:
    app = unlocked
    shortcut(qtbot, app, "Ctrl+Shift+K")
    dialog = modal_dialog(qtbot, SignalDialog)
    qtbot.waitUntil(lambda: dialog.site_combo.count() == 2, timeout=5_000)
    for free_text in (QLineEdit, QPlainTextEdit, QTextEdit):  # no field to type a name in
        assert not dialog.findChildren(free_text)
    dialog.site_combo.setFocus()
    dialog.site_combo.setCurrentIndex(dialog.site_combo.findText("Anneessens"))
    qtbot.waitUntil(lambda: dialog.building_combo.count() == 2, timeout=2_000)
    dialog.building_combo.setCurrentIndex(1)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("energy"))
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.keyClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                       Qt.Key.Key_Space)
    assert dialog.receipt is not None
    got = []
    app.context.call(lambda s: got.extend(received_signals(s)))
    qtbot.waitUntil(lambda: bool(got), timeout=5_000)
    assert [(r.theme, r.site_name, r.building_name) for r in got] == [
        ("energy", "Anneessens", "Blok A")]

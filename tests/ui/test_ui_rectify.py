"""Rectification (art. 16): Enter on a person of the household opens the correction; saving
asks why, then the register shows the corrected name and the change is logged without the
values."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from fieldapp.gdpr.erasure import RECTIFY_KEY
from fieldapp.local.models import Setting
from tests.ui.ui_helpers import modal_dialog, open_household
from ui.casework.rectify_dialog import RectifyDialog


def test_correct_a_persons_name(qtbot, unlocked):
    view = open_household(qtbot, unlocked, "Famille Lefèvre")
    table = view.details.people_table
    table.setFocus()
    table.setCurrentIndex(view.people_model.index(1, 0))  # Noah
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = modal_dialog(qtbot, RectifyDialog)
    assert dialog.edits["first_name"].text() == "Noah"
    dialog.edits["first_name"].selectAll()
    qtbot.keyClicks(dialog.edits["first_name"], "Noe")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=5_000)  # no reason yet
    qtbot.keyClicks(dialog.reason_edit, "Spelling in the register was wrong")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.changed == ["first_name"], timeout=5_000)
    qtbot.waitUntil(lambda: "Noe" in [p.first_name for p in view.people_model.rows()],
                    timeout=5_000)
    with unlocked.vault.session(read_only=True) as s:
        logged = [r.value for r in s.scalars(select(Setting)) if r.key.startswith(RECTIFY_KEY)]
    assert [(e["fields"], e["reason"]) for e in logged] == [
        (["first_name"], "Spelling in the register was wrong")]
    assert "Noah" not in str(logged) and "Noe" not in str(logged)

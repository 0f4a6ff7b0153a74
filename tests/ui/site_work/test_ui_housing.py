"""The right to housing of a case, driven from the case file (issue 17 item 4)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.ui_helpers import modal_dialog, open_household
from ui.casework.housing_dialog import HousingDialog


def _click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_arrears_plan_an_eviction_stopped_and_the_housing_kept(qtbot, unlocked):
    view = open_household(qtbot, unlocked, "Famille Lefèvre")
    _click(qtbot, view.housing_button)
    dialog = modal_dialog(qtbot, HousingDialog)
    assert dialog.outcome_label.text() == "No outcome recorded yet."
    dialog.monthly_spin.setFocus()
    dialog.monthly_spin.selectAll()
    qtbot.keyClicks(dialog.monthly_spin, "100")
    _click(qtbot, dialog.add_arrears_button)  # nothing owed: a clear message
    qtbot.waitUntil(dialog.error.isVisible, timeout=5_000)
    assert "amount owed" in dialog.error.text()
    dialog.debt_spin.setFocus()
    dialog.debt_spin.selectAll()
    qtbot.keyClicks(dialog.debt_spin, "1842.50")
    _click(qtbot, dialog.add_arrears_button)
    qtbot.waitUntil(lambda: dialog.arrears_model.rowCount() == 1, timeout=5_000)
    assert dialog.arrears_model.index(0, 1).data() == "1.842,50"
    assert not dialog.error.isVisible()

    dialog.step_combo.setCurrentIndex(dialog.step_combo.findData("summons"))
    dialog.step_remark_edit.setFocus()
    qtbot.keyClicks(dialog.step_remark_edit, "Zitting op 12 januari")
    qtbot.keyClick(dialog.step_remark_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.steps_model.rowCount() == 1, timeout=5_000)
    dialog.arrears_table.setFocus()
    dialog.arrears_table.selectRow(0)
    _click(qtbot, dialog.kept_button)
    qtbot.waitUntil(lambda: dialog.arrears_model.index(0, 3).data() == "Paid off",
                    timeout=5_000)
    dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData("kept"))
    _click(qtbot, dialog.record_outcome_button)
    qtbot.waitUntil(lambda: dialog.outcome_label.text().startswith("Recorded: Housing kept"),
                    timeout=5_000)
    _click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Close))
    whats = {view.timeline_model.index(r, 1).data()
             for r in range(view.timeline_model.rowCount())}
    assert {"Arrears plan (owed · per month)", "Eviction procedure: Summons to the justice "
            "of the peace", "Right to housing: Housing kept"} <= whats

"""A candidate tenant (issue 17 item 5): a household without a dwelling gets a case file
from the Households tab; when they move in, the same case file goes on with the dwelling."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldapp.registry import households as registry
from tests.ui.ui_helpers import modal_dialog, shortcut
from ui.casework.candidate_dialogs import CandidateDialog, MoveInDialog


def _ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)


def test_a_candidate_gets_a_case_file_and_moves_in(qtbot, unlocked):
    ws = unlocked.window.workspace
    shortcut(qtbot, unlocked, "Ctrl+1")
    qtbot.mouseClick(ws.households.candidate_button, Qt.MouseButton.LeftButton)
    dialog = modal_dialog(qtbot, CandidateDialog)
    qtbot.waitUntil(lambda: dialog.site_combo.count() == 2, timeout=5_000)
    qtbot.keyClicks(dialog.name_edit, "Gezin Benali")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("nl"))
    qtbot.keyClicks(dialog.first_edit, "Samira")
    qtbot.keyClicks(dialog.last_edit, "Benali")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: ws.current_case() is not None and ws.current_case().case
                    is not None, timeout=5_000)
    view = ws.current_case()
    assert view.name_label.text() == "Gezin Benali"
    assert "Candidate tenant: no dwelling yet" in view.details.address_label.text()
    assert view.move_in_action.isVisible()  # More ▸ They move in…
    case_id = view.case.id

    with unlocked.vault.session() as s:
        from fieldapp.registry.models import Building

        block = s.query(Building).filter_by(name="Blok A").one()
        registry.add_dwelling(s, building_id=block.id, label="5A", actor_id="test")
    view.move_in_action.trigger()
    move = modal_dialog(qtbot, MoveInDialog)
    qtbot.waitUntil(lambda: move.dwelling_combo.count() == 1, timeout=5_000)
    assert move.dwelling_combo.currentText() == "Blok A · 5A"
    _ok(qtbot, move)
    qtbot.waitUntil(lambda: "Dwelling 5A" in view.details.address_label.text(),
                    timeout=5_000)
    assert not view.move_in_action.isVisible()
    assert view.case.id == case_id  # an ordinary case file now, the same one

"""The case summary / social report from the case file (issue 16 item 6): pick the language
and the notes, save where the person chooses, read the PDF back; the print is logged."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from fieldapp.audit.access_log import list_access
from tests.ui.test_ui_agenda import shot
from tests.ui.ui_helpers import modal_dialog, open_household
from ui.casework.case_summary_dialog import CaseSummaryDialog


def test_a_case_summary_in_french_with_the_chosen_note(qtbot, unlocked, tmp_path):
    view = open_household(qtbot, unlocked, "Famille Lefèvre")
    view.editor.start_new()
    qtbot.keyClicks(view.editor.text_edit, "Schimmel in de badkamer vastgesteld")
    qtbot.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(e.kind == "note" for e in view.timeline_model.rows()),
                    timeout=5_000)

    assert view.summary_button.isEnabled()
    qtbot.mouseClick(view.summary_button, Qt.MouseButton.LeftButton)
    dialog = modal_dialog(qtbot, CaseSummaryDialog)
    qtbot.waitUntil(lambda: dialog.notes_list.count() == 1, timeout=5_000)
    assert dialog.language() == "fr"  # the household's language
    assert Path(dialog.path_edit.text()).name == "rapport-social-2026-11-20.pdf"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("nl"))
    assert Path(dialog.path_edit.text()).name == "sociaal-verslag-2026-11-20.pdf"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    dialog.notes_list.setFocus()
    dialog.notes_list.setCurrentRow(0)
    qtbot.keyClick(dialog.notes_list, Qt.Key.Key_Space)  # tick it by keyboard
    assert len(dialog.checked_notes()) == 1
    shot(dialog, "case-summary-dialog")
    target = tmp_path / "rapport.pdf"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "Rapport social" in text and "Famille Lefèvre" in text
    assert "Schimmel in de badkamer vastgesteld" in text
    assert "Suivis en cours" in text and "Membres du ménage" in text

    ctx = unlocked.window.workspace.ctx
    found = []
    ctx.call(lambda s: list_access(s, object_type="case_file", action="print"),
             on_success=found.extend)
    qtbot.waitUntil(lambda: len(found) == 1, timeout=5_000)
    assert found[0].object_id == view.case.id

"""A request to a department, driven from the case file (issue 17 item 3): the facts, the
slip printed in Dutch and in French (read back), then the answer."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from tests.ui.ui_helpers import modal_dialog, open_household
from ui.casework.internal_request_dialogs import InternalAnswerDialog, InternalRequestDialog
from ui.document_export import ExportChoice


def _ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)


def _whats(view) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    m = view.timeline_model
    return [(m.index(r, 1).data(), m.index(r, 2).data()) for r in range(m.rowCount())]


def test_ask_maintenance_print_the_slip_and_record_the_answer(qtbot, unlocked, tmp_path):
    view = open_household(qtbot, unlocked, "Famille Lefèvre")
    view.internal_action.trigger()  # More ▸ Request to a department…
    dialog = modal_dialog(qtbot, InternalRequestDialog)
    assert "Facts only" in dialog.warning.text()
    dialog.department_combo.setCurrentIndex(dialog.department_combo.findData("maintenance"))
    dialog.facts_edit.setFocus()
    qtbot.keyClicks(dialog.facts_edit, "Vochtplek in de slaapkamer sinds oktober.")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: ("Request to Maintenance", "Waiting for an answer")
                    in _whats(view), timeout=5_000)

    row = next(i for i, e in enumerate(view.timeline_model.rows()) if e.kind == "internal")
    view.timeline_table.setFocus()
    view.timeline_table.selectRow(row)
    qtbot.keyClick(view.timeline_table, Qt.Key.Key_Return)
    answer = modal_dialog(qtbot, InternalAnswerDialog)
    texts = {}
    for lang in ("nl", "fr"):
        path = tmp_path / f"slip-{lang}.pdf"
        answer.choose_export = lambda _parent, *, on_chosen, p=path, lg=lang, **_kw: \
            on_chosen(ExportChoice(str(p), lg))
        qtbot.mouseClick(answer.slip_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(path.exists, timeout=10_000)
        texts[lang] = " ".join(pg.extract_text() for pg in PdfReader(Path(path)).pages)
    assert "Aanvraag aan de dienst Onderhoud" in texts["nl"]
    assert "Demande au service Entretien" in texts["fr"]
    assert all("Vochtplek in de slaapkamer sinds oktober." in t for t in texts.values())
    qtbot.keyClicks(answer.answer_edit, "Technieker komt op 2 december.")
    _ok(qtbot, answer)
    qtbot.waitUntil(lambda: ("Request to Maintenance", "Answered") in _whats(view),
                    timeout=5_000)

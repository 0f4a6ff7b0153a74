"""Each document in the language chosen for its reader, whatever language the app shows:
the export dialog offers the household's language for an inventory, the app's for an
internal document, and takes the other one when asked; room and element names follow the
screen's language on screen and the document's in the document; Qt's own buttons speak the
user's language."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tests.factories import PASSPHRASE, role_vault
from tests.ui.export_helpers import ExportAnswer
from tests.ui.ui_helpers import modal_dialog
from ui.document_export import ExportDialog


def _unlock(qtbot, app) -> None:
    page = app.window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)


def _text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def test_dutch_screens_show_a_french_households_rooms_in_dutch_and_print_them_in_french(
        qtbot, make_app, vault_dir, store, tmp_path):
    role_vault(vault_dir, store, "renovation_assistant")  # the household speaks French
    app = make_app(language="nl")
    _unlock(qtbot, app)
    ws = app.window.workspace
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1, timeout=5_000)
    page, editor = ws.inventory, ws.inventory.editor
    qtbot.mouseClick(page.start_pre_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.inventory is not None, timeout=5_000)
    # started in the household's language, read in the screen's
    assert editor.inventory.language == "fr"
    assert editor.inventory.rooms[1].name == "Séjour"
    rooms = [editor.rooms_model.data(editor.rooms_model.index(i, 0))
             for i in range(editor.rooms_model.rowCount())]
    assert rooms[:3] == ["Inkomhal", "Woonkamer", "Keuken"]
    editor.rooms_table.selectRow(1)
    qtbot.waitUntil(lambda: editor.rename_edit.text() == "Woonkamer", timeout=5_000)
    assert editor.elements_model.data(editor.elements_model.index(0, 0)) == "Vloer"

    # The real dialog: the household's language, a name in it; Dutch when asked.
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    dialog = modal_dialog(qtbot, ExportDialog)
    assert dialog.language() == "fr"
    assert dialog.language_combo.currentText() == "Français"
    name = Path(dialog.path()).name
    assert name.startswith("etat-des-lieux-avant-travaux-") and name.endswith(".pdf")
    assert dialog.windowTitle() == "Plaatsbeschrijving afdrukken"  # the dialog speaks Dutch
    # opens on its first field; every field has its label for a screen reader
    assert dialog.focusWidget() is dialog.language_combo
    assert dialog.language_label.buddy() is dialog.language_combo
    assert dialog.path_label.buddy() is dialog.path_edit
    dialog.path_edit.setText(str(tmp_path / name))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("nl"))
    dutch_name = Path(dialog.path()).name
    assert dutch_name.startswith("plaatsbeschrijving-voor-de-werken-")
    assert Path(dialog.path()).parent == tmp_path  # the folder stays
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    assert Path(dialog.path()).name == name
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    target = tmp_path / name
    qtbot.waitUntil(target.exists, timeout=10_000)
    french = _text(target)
    assert "État des lieux avant travaux" in french and "Séjour" in french and "Sol" in french
    assert "Woonkamer" not in french

    # overridden: the same inventory in Dutch
    dutch = tmp_path / "nl.pdf"
    page.choose_export = answer = ExportAnswer(dutch, "nl")
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dutch.exists, timeout=10_000)
    assert answer.offered["language"] == "fr"
    text = _text(dutch)
    assert "Plaatsbeschrijving vóór de werken" in text and "Woonkamer" in text
    assert "Vloer" in text and "Séjour" not in text


def test_a_custom_room_name_is_kept_in_every_language(qtbot, make_app, vault_dir, store):
    role_vault(vault_dir, store, "renovation_assistant")
    app = make_app(language="nl")
    _unlock(qtbot, app)
    ws = app.window.workspace
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1, timeout=5_000)
    editor = ws.inventory.editor
    qtbot.mouseClick(ws.inventory.start_pre_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.inventory is not None, timeout=5_000)
    editor.rooms_table.selectRow(1)
    qtbot.waitUntil(lambda: editor.rename_edit.text() == "Woonkamer", timeout=5_000)
    # Enter on the name as shown renames nothing: the stored French name stays the template's
    editor.rename_edit.setFocus()
    qtbot.keyClick(editor.rename_edit, Qt.Key.Key_Return)
    qtbot.wait(200)
    assert editor.inventory.rooms[1].name == "Séjour"
    editor.rename_edit.selectAll()
    qtbot.keyClicks(editor.rename_edit, "Salon rue")
    qtbot.keyClick(editor.rename_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.inventory.rooms[1].name == "Salon rue", timeout=5_000)
    # a room named by the template in Dutch (typed so, or from another laptop) reads French
    editor.rooms_table.selectRow(3)
    qtbot.waitUntil(lambda: editor.rename_edit.text() == "Slaapkamer", timeout=5_000)
    editor.rename_edit.selectAll()
    qtbot.keyClicks(editor.rename_edit, "Slaapkamer 2")
    qtbot.keyClick(editor.rename_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.inventory.rooms[3].name == "Slaapkamer 2", timeout=5_000)
    app.set_language("fr")
    qtbot.waitUntil(lambda: ws.inventory.editor.rooms_model.rowCount() > 2, timeout=5_000)
    model = ws.inventory.editor.rooms_model
    qtbot.waitUntil(lambda: model.data(model.index(0, 0)) == "Hall d'entrée", timeout=5_000)
    assert model.data(model.index(1, 0)) == "Salon rue"
    assert model.data(model.index(3, 0)) == "Chambre 2"


def test_internal_documents_in_the_apps_language_or_the_one_chosen(qtbot, make_app, vault_dir,
                                                                   store, tmp_path):
    role_vault(vault_dir, store, "neighbourhood_agent")
    app = make_app(language="nl")
    _unlock(qtbot, app)
    round_view = app.window.workspace.round
    qtbot.waitUntil(lambda: round_view.plan is not None, timeout=5_000)
    for language, expected in (
            (None, ("Ronde van", "november", "ongeveer 0,0 km", "Meldingen: 0",
                    "Geen melding in deze ronde.")),
            ("fr", ("Tournée du", "novembre", "environ 0,0 km", "Demandes : 0",
                    "Aucune demande dans cette tournée."))):
        target = tmp_path / f"round-{language}.pdf"
        round_view.choose_file = answer = ExportAnswer(target, language)
        with qtbot.waitSignal(round_view.exported, timeout=10_000):
            round_view.choose_export()
        assert answer.offered["language"] == "nl"
        assert answer.offered["names"]["fr"].startswith("tournee-")
        assert answer.offered["names"]["nl"].startswith("ronde-")
        text = _text(target)
        for part in expected:
            assert part in text, (language, part)


@pytest.mark.parametrize(("language", "cancel", "save"), [
    ("nl", "Annuleren", "Opslaan"), ("fr", "Annuler", "Enregistrer"), ("en", "Cancel", "Save")])
def test_qts_own_buttons_speak_the_users_language(qtbot, make_app, language, cancel, save):
    app = make_app()
    app.set_language(language)  # as the language picker does
    box = QMessageBox(app.window)
    box.setStandardButtons(QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Save)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == cancel
    assert box.button(QMessageBox.StandardButton.Save).text() == save
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel


def test_the_indicators_report_in_french_from_a_dutch_screen(qtbot, make_app, vault_dir, store,
                                                              tmp_path):
    role_vault(vault_dir, store, "supervisor")
    app = make_app(language="nl")
    _unlock(qtbot, app)
    ws = app.window.workspace
    ws.tabs.setCurrentWidget(ws.indicators)
    ind = ws.indicators
    qtbot.waitUntil(lambda: ind.report is not None, timeout=5_000)
    target = tmp_path / "indicateurs.pdf"
    ind.choose_file = answer = ExportAnswer(target, "fr")
    with qtbot.waitSignal(ind.exported, timeout=15_000):
        ind.choose_and_export("pdf")
    assert answer.offered["language"] == "nl"  # internal: the app's language by default
    start, end = ind.report.start.isoformat(), ind.report.end.isoformat()
    assert answer.offered["names"] == {"nl": f"indicatoren-{start}-{end}.pdf",
                                       "fr": f"indicateurs-{start}-{end}.pdf",
                                       "en": f"indicators-{start}-{end}.pdf"}
    text = _text(target)
    assert "Indicateurs de l'action sociale" in text and "Appel téléphonique" in text
    assert "Indicatoren" not in text and "Telefoongesprek" not in text
    assert "Page 1 sur" in text


def test_the_defect_report_in_the_language_asked(qtbot, make_app, vault_dir, store, tmp_path):
    from datetime import UTC, datetime

    from fieldapp.neighbourhood.defect_pdf import build_defect_pdf, defect_file_name
    from fieldapp.neighbourhood.defects import report_defect
    from fieldapp.neighbourhood.requests import log_request
    from tests.factories import TODAY
    from ui.document_export import document_translate

    world = role_vault(vault_dir, store, "neighbourhood_agent")
    app = make_app(language="nl")
    _unlock(qtbot, app)
    with app.vault.session() as s:
        row = log_request(s, source="tenant_call", category="technical_defect",
                          site_id=world.site_id, urgency="immediate",
                          description="Lift stuck", actor_id=world.actor_id,
                          now=datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
        view = report_defect(s, request_id=row.id, actor_id=world.actor_id, today=TODAY)
    for language, title, when, name in (
            ("fr", "Signalement d'un défaut technique", "20/11/2026", "defaut-technique-"),
            ("nl", "Melding van een technisch defect", "20/11/2026", "technisch-defect-")):
        translate = document_translate(language)
        assert defect_file_name(view, translate) == \
            f"{name}{TODAY.isoformat()}-{view.id[:8]}.pdf"
        path = build_defect_pdf(view, tmp_path / f"{language}.pdf", translate=translate)
        text = _text(path)
        assert title in text and when in text and "Lift stuck" in text

"""Access, help checklist and contact log of a dwelling, driven through the workspace."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.renovation import projects
from fieldapp.vault import Vault
from tests.factories import PASSPHRASE, make_world
from tests.ui.ui_helpers import modal_dialog
from ui.renovation.dialogs import ReasonDialog

PROFILE = {"display_name": "Werf Assistent", "role": "renovation_assistant",
           "organisation": "test-org", "sites": ["anneessens"]}


@pytest.fixture
def workspace(qtbot, make_app, vault_dir, store):
    vault = Vault.create(vault_dir, PASSPHRASE, profile=PROFILE, kdf_params=TEST_KDF_PARAMS,
                         secret_store=store)
    world = make_world(vault)
    with vault.session() as s:
        project = projects.create_project(s, name="Renovatie Blok A", actor_id=world.actor_id)
        projects.add_dwellings(s, project_id=project.id, dwelling_ids=[world.dwelling_id],
                               actor_id=world.actor_id)
    vault.lock()
    app = make_app(language="nl")
    qtbot.keyClicks(app.window.unlock_page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(app.window.unlock_page.passphrase_edit, Qt.Key.Key_Return)
    ws = app.window.workspace
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1, timeout=5_000)
    return ws


def test_access_refused_then_given_help_and_contacts(qtbot, workspace):
    ws = workspace
    view = ws.access
    ws.tabs.setCurrentWidget(view)
    qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5_000)
    qtbot.waitUntil(lambda: ws.model.rows()[0].access_status == "planned", timeout=5_000)
    view.table.selectRow(0)
    qtbot.mouseClick(view.refused_button, Qt.MouseButton.LeftButton)
    dialog = modal_dialog(qtbot, ReasonDialog)
    qtbot.keyClicks(dialog.edit, "Ziek")
    dialog.accept()
    qtbot.waitUntil(lambda: ws.model.rows()[0].access_status == "refused", timeout=5_000)
    assert view.model.index(0, 1).data() == "Toegang geweigerd"  # what the assistant sees
    assert view.model.rows()[0].refusal_reason == "Ziek"

    help_view = ws.checklist
    ws.tabs.setCurrentWidget(help_view)
    qtbot.waitUntil(lambda: help_view.model.rowCount() == 7, timeout=5_000)
    assert help_view.model.index(0, 0).data() == "Meubels verplaatsen"
    help_view.table.selectRow(0)
    help_view.status_combo.setCurrentIndex(help_view.status_combo.findData("needed"))
    help_view.note_edit.setText("Zware kast")
    qtbot.keyClick(help_view.note_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ws.model.rows()[0].help_needed == 1, timeout=5_000)
    qtbot.waitUntil(lambda: help_view.model.rows()[0].note == "Zware kast", timeout=5_000)

    contacts = ws.contacts
    ws.tabs.setCurrentWidget(contacts)
    contacts.category_combo.setCurrentIndex(contacts.category_combo.findData("complaint"))
    qtbot.keyClicks(contacts.text_edit, "Stof in de slaapkamer")
    qtbot.keyClick(contacts.text_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 1, timeout=5_000)
    assert contacts.text_edit.text() == ""  # cleared once saved
    qtbot.waitUntil(lambda: ws.model.rows()[0].open_contacts == 1, timeout=5_000)
    contacts.table.selectRow(0)
    qtbot.mouseClick(contacts.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: contacts.model.rows()[0].status == "closed", timeout=5_000)


def test_a_language_switch_translates_the_workspace(qtbot, make_app, workspace):
    ws = workspace
    app = ws.ctx.parent()
    assert ws.tabs.tabText(0) == "Plaatsbeschrijving"
    app.set_language("fr")
    qtbot.waitUntil(lambda: ws.inventory.start_pre_button.text()
                    == "Commencer l'&état des lieux avant travaux", timeout=5_000)
    assert ws.tabs.tabText(0) == "État des lieux"
    assert ws.add_dwellings_button.text() == "Ajouter des &logements…"
    qtbot.waitUntil(lambda: ws.checklist.model.rowCount() == 7, timeout=5_000)
    assert ws.checklist.model.index(0, 0).data() == "Déplacer les meubles"


def test_open_questions_counted_added_and_answered(qtbot, workspace):
    ws = workspace
    view = ws.questions
    ws.tabs.setCurrentWidget(view)
    headers = [ws.model.headerData(i, Qt.Orientation.Horizontal)
               for i in range(ws.model.columnCount())]
    assert "Open vragen" in headers or "Open questions" in headers
    for text in ("Wanneer begint de werf?", "Mag de kat blijven?"):
        qtbot.keyClicks(view.question_edit, text)
        qtbot.keyClick(view.question_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda t=text: t in [r.text for r in view.model.rows()], timeout=5_000)
    qtbot.waitUntil(lambda: ws.model.rows()[0].open_question_count == 2, timeout=5_000)
    view.table.selectRow(0)
    qtbot.keyClicks(view.answer_edit, "In maart")
    qtbot.mouseClick(view.answered_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5_000)
    qtbot.waitUntil(lambda: ws.model.rows()[0].open_question_count == 1, timeout=5_000)
    column = headers.index("Open vragen" if "Open vragen" in headers else "Open questions")
    assert ws.model.index(0, column).data() == "1"
    ws.contacts.reload()  # the answer is the follow-up of the closed contact-log entry
    qtbot.waitUntil(lambda: any(c.follow_up == "In maart" and c.status == "closed"
                                for c in ws.contacts.model.rows()), timeout=5_000)

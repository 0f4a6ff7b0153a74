"""A renovation access appointment has a worker (issue 16): planned for a colleague, it is on
that colleague's agenda; from the dwelling's access tab it is rescheduled, cancelled with a
reason and deleted when entered by mistake, by mouse and keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTime

from fieldapp.agenda.agenda import agenda, instant
from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.people import directory
from fieldapp.renovation import projects
from fieldapp.vault import Vault
from tests.factories import PASSPHRASE, TODAY, make_world
from tests.ui.ui_helpers import modal_dialog
from ui.agenda.agenda_dialogs import CancelDialog, DeleteDialog, RescheduleDialog

PROFILE = {"display_name": "Werf Assistent", "role": "renovation_assistant",
           "organisation": "test-org", "sites": ["anneessens"]}
KARIM = "0000000a-0000-4000-8000-00000000000a"


@pytest.fixture
def workspace(qtbot, make_app, vault_dir, store):
    vault = Vault.create(vault_dir, PASSPHRASE, profile=PROFILE, kdf_params=TEST_KDF_PARAMS,
                         secret_store=store)
    world = make_world(vault)
    with vault.session() as s:
        project = projects.create_project(s, name="Renovatie Blok A", actor_id=world.actor_id)
        projects.add_dwellings(s, project_id=project.id, dwelling_ids=[world.dwelling_id],
                               actor_id=world.actor_id)
        directory.remember(s, complete=False, people=[
            (KARIM, "Karim Benali", ["social_assistant"])])
    vault.lock()
    app = make_app(language="nl")
    qtbot.keyClicks(app.window.unlock_page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(app.window.unlock_page.passphrase_edit, Qt.Key.Key_Return)
    ws = app.window.workspace
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1, timeout=5_000)
    return ws


def _ok(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)


def test_an_access_appointment_for_a_colleague_moves_cancels_and_deletes(qtbot, workspace):
    ws = workspace
    view = ws.access
    ws.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.worker_combo.findData(KARIM) >= 0, timeout=5_000)
    view.worker_combo.setFocus()
    view.worker_combo.setCurrentIndex(view.worker_combo.findData(KARIM))
    qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5_000)
    assert view.model.index(0, 0).data().endswith(" · Karim Benali")  # when, and who goes

    found: list = []
    ws.ctx.call(lambda s: agenda(s, from_day=TODAY, to_day=TODAY, worker_id=KARIM),
                on_success=found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=5_000)
    assert [(i.kind, i.worker_name) for i in found[0]] == [("access", "Karim Benali")]

    view.table.setFocus()
    view.table.selectRow(0)
    assert view.planned.reschedule_button.isEnabled()
    qtbot.mouseClick(view.planned.reschedule_button, Qt.MouseButton.LeftButton)
    move = modal_dialog(qtbot, RescheduleDialog)
    move.start_edit.setTime(QTime(14, 0))
    _ok(qtbot, move)
    qtbot.waitUntil(lambda: view.model.rows()[0].planned_at == instant(TODAY, 14 * 60),
                    timeout=5_000)  # 14:00 in Brussels, as the agenda keeps it

    view.table.selectRow(0)
    qtbot.mouseClick(view.planned.cancel_button, Qt.MouseButton.LeftButton)
    cancel = modal_dialog(qtbot, CancelDialog)
    qtbot.keyClicks(cancel.reason_edit, "Huurder ziek")
    _ok(qtbot, cancel)
    qtbot.waitUntil(lambda: view.model.rows()[0].status == "cancelled", timeout=5_000)
    qtbot.waitUntil(lambda: ws.model.rows()[0].access_status == "to_plan", timeout=5_000)

    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # entered by mistake
    delete = modal_dialog(qtbot, DeleteDialog)
    _ok(qtbot, delete)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=5_000)

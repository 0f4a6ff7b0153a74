"""The neighbourhood agent's main flow, driven from the keyboard as a person would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from fieldapp.audit import access_log
from fieldapp.casework import cases as casework
from fieldapp.casework import followups
from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.vault import Vault
from tests.factories import PASSPHRASE, TODAY, fixed_clock, make_world
from tests.ui.ui_helpers import modal_dialog, shortcut
from ui.casework.followups_view import FollowUpsView
from ui.neighbourhood.intervention_dialog import InterventionDialog
from ui.neighbourhood.pass_on import DefectDialog, HandoffDialog
from ui.neighbourhood.request_dialog import RequestDialog
from ui.neighbourhood.workspace import NeighbourhoodWorkspace

SECRET = "Confidential note about debts"
AGENT = {"display_name": "Test Agent", "role": "neighbourhood_agent",
         "organisation": "test-org", "sites": []}


@pytest.fixture
def agent_world(vault_dir, store):
    vault = Vault.create(vault_dir, PASSPHRASE, profile=AGENT, kdf_params=TEST_KDF_PARAMS,
                         secret_store=store, clock=fixed_clock)
    world = make_world(vault)
    with vault.session() as s:  # the site's social assistant has case notes: never shown
        casework.add_note(s, case_id=world.case_id, kind="home_visit", text=SECRET,
                          occurred_on=TODAY, actor_id=world.actor_id)
    vault.lock()
    return world, vault_dir, store


@pytest.fixture
def agent_app(qtbot, make_app, agent_world):
    app = make_app()
    page = app.window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase_edit, "\r")
    ws = app.window.workspace
    assert isinstance(ws, NeighbourhoodWorkspace)
    # the shell's menus and the agent's own; nothing of another area
    assert [a.text() for a in app.window.menuBar().actions()] == [
        "&File", "&Neighbourhood", "&Sync", "&Help"]
    return app


def _keys(qtbot, widget, *keys):
    for key in keys:
        if isinstance(key, str):
            qtbot.keyClicks(widget, key)
        else:
            qtbot.keyClick(widget, key)


def _focused(qtbot, dialog, widget):
    qtbot.waitUntil(widget.hasFocus, timeout=2_000)
    return widget


def test_log_triage_round_intervention_and_defect_from_the_keyboard(qtbot, agent_app,
                                                                    tmp_path):
    app = agent_app
    ws = app.window.workspace
    shortcut(qtbot, app, "Ctrl+N")
    dialog = modal_dialog(qtbot, RequestDialog)
    qtbot.waitUntil(lambda: dialog.building_combo.count() > 1, timeout=5_000)
    tab, down, up = Qt.Key.Key_Tab, Qt.Key.Key_Down, Qt.Key.Key_Up
    dialog.activateWindow()
    _focused(qtbot, dialog, dialog.source_combo)
    _keys(qtbot, dialog.source_combo, down, down, down)  # own observation
    qtbot.keyClick(dialog.source_combo, tab)
    _keys(qtbot, _focused(qtbot, dialog, dialog.category_combo), *[down] * 6)
    qtbot.keyClick(dialog.category_combo, tab)
    qtbot.keyClick(_focused(qtbot, dialog, dialog.site_combo), tab)  # Anneessens
    _keys(qtbot, _focused(qtbot, dialog, dialog.building_combo), down, tab)
    _keys(qtbot, _focused(qtbot, dialog, dialog.entrance_edit), "B", tab)
    _keys(qtbot, _focused(qtbot, dialog, dialog.floor_edit), "3", tab)
    _keys(qtbot, _focused(qtbot, dialog, dialog.dwelling_combo), down, tab)
    _keys(qtbot, _focused(qtbot, dialog, dialog.reporter_edit), "caretaker", tab)
    _keys(qtbot, _focused(qtbot, dialog, dialog.urgency_combo), up, tab)  # immediate
    _keys(qtbot, _focused(qtbot, dialog, dialog.description_edit), "Lift stuck",
          Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [r.description for r in ws.triage.model.rows()] == ["Lift stuck"],
                    timeout=5_000)
    row = ws.triage.model.rows()[0]
    assert (row.source, row.category, row.urgency) == (
        "own_observation", "technical_defect", "immediate")
    assert row.place.short() == "Anneessens · Blok A · B · 3 · 3B"
    qtbot.waitUntil(lambda: app.window.focusWidget() is ws.triage.table, timeout=2_000)

    # into today's round
    shortcut(qtbot, app, "Ctrl+T")
    qtbot.waitUntil(lambda: ws.triage.model.rows()[0].round_day == TODAY, timeout=5_000)
    assert "1 in today's round" in ws.triage.summary.text()
    shortcut(qtbot, app, "Ctrl+2")
    qtbot.waitUntil(lambda: any("Lift stuck" in t for t in ws.round.request_texts()),
                    timeout=5_000)
    assert ws.round.request_texts()[:2] == ["Anneessens", "  Blok A — Anneessensplein 12"]

    # the intervention
    shortcut(qtbot, app, "Ctrl+I")
    dialog = modal_dialog(qtbot, InterventionDialog)
    dialog.activateWindow()
    photo = tmp_path / "lift.jpg"
    Image.new("RGB", (120, 90), (90, 120, 160)).save(photo, format="JPEG")
    dialog.add_photo_files([photo])  # the file dialog itself is the platform's
    _keys(qtbot, _focused(qtbot, dialog, dialog.met_edit), "Caretaker", tab)
    _keys(qtbot, _focused(qtbot, dialog, dialog.actions_edit), "Called the lift company", tab)
    _keys(qtbot, _focused(qtbot, dialog, dialog.outcome_combo), *[down] * 4)  # passed on
    assert dialog.close_check.isChecked()
    qtbot.keyClick(dialog.outcome_combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ws.triage.model.rowCount() == 0, timeout=5_000)  # closed
    qtbot.waitUntil(lambda: any("✓" in t for t in ws.round.request_texts()), timeout=5_000)

    # pass the defect on
    qtbot.waitUntil(lambda: ws.round.current() is not None, timeout=5_000)
    shortcut(qtbot, app, "Ctrl+D")
    dialog = modal_dialog(qtbot, DefectDialog)
    dialog.activateWindow()
    _focused(qtbot, dialog, dialog.description_edit)
    _keys(qtbot, dialog.description_edit, " between floors 2 and 3")
    qtbot.keyClick(dialog.description_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5_000)
    assert dialog.copy_button.hasFocus()
    qtbot.keyClick(dialog.copy_button, Qt.Key.Key_Space)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Technical defect report")
    assert "Lift stuck between floors 2 and 3" in copied and "Urgency: Immediate" in copied
    pdf = tmp_path / "defect.pdf"
    dialog.save_pdf(pdf)
    qtbot.waitUntil(lambda: "saved" in dialog.status.text(), timeout=10_000)
    page = PdfReader(str(pdf)).pages[0]
    assert "Lift stuck between floors 2 and 3" in page.extract_text()
    assert "Photos (1)" in page.extract_text() and len(page.images) == 1
    dialog.accept()
    ws.round.export_pdf(tmp_path / "round.pdf")
    with qtbot.waitSignal(ws.round.exported, timeout=10_000):
        pass
    assert "Lift stuck" in PdfReader(str(tmp_path / "round.pdf")).pages[0].extract_text()
    with app.vault.session(read_only=True) as s:  # both prints are in the access log
        printed = {e.object_type for e in access_log.list_access(s, action="print")}
    assert {"defect_report", "round"} <= printed
    app.lock()  # a copied report does not outlive the session
    assert QGuiApplication.clipboard().text() == ""


def test_hand_off_reaches_the_assistant_and_the_agent_sees_no_case_data(
        qtbot, agent_app, agent_world):
    app = agent_app
    ws = app.window.workspace
    shortcut(qtbot, app, "Ctrl+N")
    dialog = modal_dialog(qtbot, RequestDialog)
    qtbot.waitUntil(lambda: dialog.building_combo.count() > 1, timeout=5_000)
    dialog.building_combo.setCurrentIndex(1)
    dialog.dwelling_combo.setCurrentIndex(1)
    dialog.description_edit.setText("Tenant seems isolated")
    dialog.submit()
    qtbot.waitUntil(lambda: ws.triage.model.rowCount() == 1, timeout=5_000)
    ws.show_triage()
    shortcut(qtbot, app, "Ctrl+H")
    dialog = modal_dialog(qtbot, HandoffDialog)
    dialog.activateWindow()
    _keys(qtbot, _focused(qtbot, dialog, dialog.summary_edit), "Asks for help with papers")
    qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ws.triage.model.rows()[0].handed_off_on == TODAY, timeout=5_000)
    receipt = dialog.result_value
    assert receipt.handed_on == TODAY and not hasattr(receipt, "summary")
    # everything the agent's screens show
    texts = [ws.triage.summary.text(), ws.round.summary.text(), ws.week.summary.text()]
    for model in (ws.triage.model, *ws.week.models):
        texts += [str(model.data(model.index(r, c))) for r in range(model.rowCount())
                  for c in range(model.columnCount())]
    assert not any(SECRET in t or "Famille" in t or "Amélie" in t for t in texts)
    # the assistant's side
    world, vault_dir, _store = agent_world
    vault = app.vault
    with vault.session(read_only=True) as s:
        [item] = [f for f in followups.followup_overview(s, today=TODAY).today
                  if f.origin == "handoff"]
    assert item.text == "Asks for help with papers" and item.case_id == world.case_id
    assert isinstance(vault_dir, Path)
    # what the assistant reads in the Follow-ups tab of their own workspace
    view = FollowUpsView(app.context)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.models["today"].rowCount() == 1, timeout=5_000)
    model = view.models["today"]
    assert model.data(model.index(0, 2)) == (
        "Hand-off from the neighbourhood agent: Asks for help with papers")
    assert model.data(model.index(0, 1)) == "Famille Lefèvre"


def test_rerank_from_the_keyboard_persists(qtbot, agent_app, agent_world):
    from datetime import timedelta

    from fieldapp.neighbourhood.requests import log_request
    from fieldapp.neighbourhood.triage import triage
    from tests.factories import NOW

    app = agent_app
    ws = app.window.workspace
    world = agent_world[0]

    def add(s):
        for urgency, text in (("immediate", "first"), ("today", "second"),
                              ("this_week", "third")):
            log_request(s, source="staff", category="noise", site_id=world.site_id,
                        urgency=urgency, description=text, actor_id=app.context.actor_id,
                        now=NOW - timedelta(hours=1))

    app.context.call(add)  # the saved requests announce themselves: the triage re-reads
    texts = lambda: [r.description for r in ws.triage.model.rows()]  # noqa: E731
    qtbot.waitUntil(lambda: texts() == ["first", "second", "third"], timeout=5_000)
    ws.show_triage()
    ws.triage.table.selectRow(2)
    shortcut(qtbot, app, "Alt+Up")
    qtbot.waitUntil(lambda: texts() == ["first", "third", "second"], timeout=5_000)
    assert ws.triage.current().description == "third"  # the selection follows the move
    header = ws.triage.model.headerData(1, Qt.Orientation.Vertical)
    assert header == "2 ↕"
    shortcut(qtbot, app, "Alt+Up")
    qtbot.waitUntil(lambda: texts() == ["third", "first", "second"], timeout=5_000)
    with app.vault.session(read_only=True) as s:  # kept in the vault
        assert [r.description for r in triage(s, now=NOW)] == ["third", "first", "second"]
    shortcut(qtbot, app, "Ctrl+Backspace")  # back to its automatic place
    qtbot.waitUntil(lambda: texts() == ["first", "second", "third"], timeout=5_000)


def test_an_intervention_refuses_contradictory_ticks(qtbot, agent_app):
    app = agent_app
    ws = app.window.workspace
    shortcut(qtbot, app, "Ctrl+N")
    dialog = modal_dialog(qtbot, RequestDialog)
    qtbot.waitUntil(lambda: dialog.building_combo.count() > 1, timeout=5_000)
    dialog.description_edit.setText("Graffiti in de hal")
    qtbot.keyClick(dialog.description_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ws.triage.model.rowCount() == 1, timeout=5_000)
    ws.triage.table.selectRow(0)
    shortcut(qtbot, app, "Ctrl+I")
    dialog = modal_dialog(qtbot, InterventionDialog)
    dialog.actions_edit.setPlainText("Gemeld aan de conciërge")
    dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData("resolved"))
    assert dialog.close_check.isChecked()
    dialog.follow_check.setFocus()
    qtbot.keyClick(dialog.follow_check, Qt.Key.Key_Space)
    assert dialog.follow_check.isChecked() and not dialog.close_check.isChecked()
    dialog.close_check.setFocus()
    qtbot.keyClick(dialog.close_check, Qt.Key.Key_Space)  # ticked again anyway
    assert dialog.close_check.isChecked()
    qtbot.keyClick(dialog.outcome_combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=5_000)
    assert "stays open" in dialog.error.text()
    assert ws.triage.model.rowCount() == 1  # nothing logged, nothing closed

"""The supervisor's main flow, driven from the keyboard: caseload, drill into a worker,
open a case (access-logged), a review note, reassign it, the indicator PDF."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldapp.audit import access_log
from fieldapp.casework import cases as casework
from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.people import directory
from fieldapp.vault import Vault
from tests.factories import PASSPHRASE, TODAY, fixed_clock, make_world
from tests.ui.ui_helpers import modal_dialog, shortcut
from ui.supervision.reassign_dialog import ReassignDialog
from ui.supervision.workspace import SupervisorWorkspace

KARIM = "0000000a-0000-4000-8000-00000000000a"
SOPHIE = "0000000b-0000-4000-8000-00000000000b"
SUPERVISOR = {"display_name": "Test Supervisor", "role": "supervisor",
              "organisation": "test-org", "sites": []}


@pytest.fixture
def supervisor_world(vault_dir, store):
    vault = Vault.create(vault_dir, PASSPHRASE, profile=SUPERVISOR, kdf_params=TEST_KDF_PARAMS,
                         secret_store=store, clock=fixed_clock)
    world = make_world(vault)
    with vault.session() as s:
        # the team as the sync engine leaves the directory: both carry cases on both sites
        directory.remember(s, complete=True, people=[
            (world.actor_id, "Test Supervisor", ["supervisor"]),
            (KARIM, "Karim Benali", ["social_assistant"]),
            (SOPHIE, "Sophie Dubois", ["social_assistant"])])
        both = [world.actor_id, KARIM, SOPHIE]
        directory.remember_sites(s, {world.site_id: both, world.other_site_id: both})
        other = casework.open_case_file(s, household_id=world.other_household_id,
                                        actor_id=world.actor_id, today=TODAY).id
        casework.update_case(s, case_id=other, actor_id=world.actor_id, worker_id=KARIM)
        casework.update_case(s, case_id=world.case_id, actor_id=world.actor_id,
                             worker_id=SOPHIE)
        for day in (3, 10, 17):
            casework.add_note(s, case_id=other, kind="phone_call", text="Afspraak OCMW",
                              occurred_on=date(2026, 11, day), actor_id=world.actor_id,
                              objective="2.3")
    vault.lock()
    return world, other, vault_dir, store


@pytest.fixture
def app(qtbot, make_app, supervisor_world):
    app = make_app()
    page = app.window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase_edit, "\r")
    assert isinstance(app.window.workspace, SupervisorWorkspace)
    return app


def _accesses(app, case_id):
    with app.vault.session(read_only=True) as s:
        return len(access_log.list_access(s, object_type="case_file", object_id=case_id))


def test_caseload_drill_open_review_reassign_and_pdf(qtbot, app, supervisor_world, tmp_path):
    _world, other, *_ = supervisor_world
    ws = app.window.workspace
    view = ws.caseload
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5_000)
    names = [view.model.row_at(i).label for i in range(2)]
    assert names == ["Karim Benali", "Sophie Dubois"]
    karim = view.model.row_at(0)
    assert (karim.open_cases, karim.notes_30d) == (1, 3)

    # drill into Karim's case files from the keyboard, open the case with Enter
    shortcut(qtbot, app, "Ctrl+1")
    assert view.table.hasFocus()
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    with qtbot.waitSignal(view.cases_loaded, timeout=5_000):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.cases.hasFocus()
    assert [c.household_name for c in view.case_model.rows()] == ["Gezin Yılmaz"]
    assert "Karim Benali" in view.cases_title.text()
    before = _accesses(app, other)
    qtbot.keyClick(view.cases, Qt.Key.Key_Return)
    page = ws.current_case()
    qtbot.waitUntil(lambda: page.case is not None, timeout=5_000)
    assert page.view.name_label.text() == "Gezin Yılmaz"
    assert ws.tabs.tabText(ws.tabs.currentIndex()) == "Gezin Yılmaz"
    assert _accesses(app, other) == before + 1  # the opening is in the access log

    # a review note, added with Ctrl+Enter
    page.review.edit.setFocus()
    qtbot.keyClicks(page.review.edit, "Schuldhulp opvolgen")
    with qtbot.waitSignal(page.review.added, timeout=5_000):
        qtbot.keyClick(page.review.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.review.notes.count() == 1, timeout=5_000)
    assert "Schuldhulp opvolgen" in page.review.notes.item(0).text()

    # back to the caseload; Ctrl+R reassigns the selected case file to Sophie
    shortcut(qtbot, app, "Ctrl+W")
    assert ws.current_case() is None
    view.cases.setFocus()
    shortcut(qtbot, app, "Ctrl+R")
    dialog = modal_dialog(qtbot, ReassignDialog)
    qtbot.waitUntil(lambda: dialog.worker_combo.count() == 1, timeout=5_000)
    assert dialog.worker_combo.currentText() == "Sophie Dubois"
    qtbot.keyClicks(dialog.reason_edit, "verlof")
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    # every worker of the team keeps a row, Karim now with none of the case files
    qtbot.waitUntil(lambda: [(r.label, r.open_cases) for r in view.model.rows()] == [
        ("Karim Benali", 0), ("Sophie Dubois", 2)], timeout=5_000)
    with app.vault.session(read_only=True) as s:
        assert casework.get_case(s, case_id=other).assigned_worker == "Sophie Dubois"
    # Sophie's case files now hold it; its page lists the reassignment beside the notes
    sophie = next(i for i, r in enumerate(view.model.rows()) if r.label == "Sophie Dubois")
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.mapFromSource(view.model.index(sophie, 0)))
    with qtbot.waitSignal(view.cases_loaded, timeout=5_000):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(c.case_id == other for c in view.case_model.rows()),
                    timeout=5_000)
    view.cases.setFocus()
    row = next(i for i, c in enumerate(view.case_model.rows()) if c.case_id == other)
    view.cases.setCurrentIndex(view.case_proxy.mapFromSource(view.case_model.index(row, 0)))
    qtbot.keyClick(view.cases, Qt.Key.Key_Return)
    page = ws.current_case()
    qtbot.waitUntil(lambda: page.review.notes.count() == 2, timeout=5_000)
    lines = [page.review.notes.item(i).text() for i in range(2)]
    assert any("Reassigned from Karim Benali to Sophie Dubois (verlof)" in line
               for line in lines)
    shortcut(qtbot, app, "Ctrl+W")

    # indicators: the PDF of the last 12 months, made in the background
    shortcut(qtbot, app, "Ctrl+2")
    ind = ws.indicators
    qtbot.waitUntil(lambda: ind.report is not None, timeout=5_000)
    assert ind.report.by_category("notes") == {"phone_call": 3}
    assert ind.axis_chart.values[1] == 3  # axis 2
    target = tmp_path / "indicators.pdf"
    with qtbot.waitSignal(ind.exported, timeout=15_000):
        ind.export_to("pdf", str(target))
    text = "\n".join(p.extract_text() for p in PdfReader(str(target)).pages)
    assert "Indicators of social action" in text and "Phone call" in text
    assert "Gezin Yılmaz" not in text
    with app.vault.session(read_only=True) as s:
        assert [e.action for e in access_log.list_access(s, object_type="indicators")] == [
            "print"]


def test_team_page_without_a_server_says_so(qtbot, app):
    ws = app.window.workspace
    shortcut(qtbot, app, "Ctrl+3")
    qtbot.waitUntil(lambda: "Not connected" in ws.team.status.text(), timeout=5_000)
    assert QApplication.activeModalWidget() is None


def test_a_case_file_fits_960x540_with_its_review_notes_a_menu_away(qtbot, app,
                                                                    supervisor_world):
    """At 960×540 (1080p at 200 %) the supervisor's case file stays inside the screen —
    with the review notes beside it the window grew to about 1150 px in French — and the
    review notes open from More; on a wide window they are beside the case file again,
    and none of their words is cut."""
    world, *_ = supervisor_world
    app.translations.install("fr")
    ws = app.window.workspace
    app.window.resize(960, 540)
    page = ws.open_case(world.case_id, world.household_id)
    qtbot.waitUntil(lambda: page.case is not None, timeout=5_000)
    qtbot.wait(200)
    assert app.window.width() <= 960
    assert page.side_by_side is False and not page.review.isVisible()
    assert page.review_action in page.view.more_menu.actions()
    assert page.review_action.isVisible()
    assert page.review_action.text() == "Notes de supervision (responsables uniquement)…"
    page.review_action.trigger()
    assert page.review_window.isVisible()
    qtbot.waitUntil(page.review.edit.hasFocus, timeout=5_000)  # typing goes to the note
    qtbot.keyClicks(page.review.edit, "Schuldhulp opvolgen")
    with qtbot.waitSignal(page.review.added, timeout=5_000):
        qtbot.keyClick(page.review.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.review.notes.count() == 1, timeout=5_000)

    app.window.resize(1400, 800)
    qtbot.waitUntil(lambda: page.side_by_side is True, timeout=5_000)
    qtbot.wait(100)
    assert not page.review_window.isVisible() and page.review.isVisible()
    assert not page.review_action.isVisible()
    button = page.review.add_button
    assert button.width() >= button.sizeHint().width()  # "Ajouter une note …" not cut
    assert page.review.mapTo(page, page.review.rect().topRight()).x() <= page.width()

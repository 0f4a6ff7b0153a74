"""The supervisor's evaluation table, driven from the keyboard in Dutch: a target and a
self-evaluation for objective 2.3, the state of play of a site, then the PDF in French and
the CSV in Dutch, read back (both sections, the target, last year's column)."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from fieldapp.audit import access_log
from fieldapp.casework import cases as casework
from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.vault import Vault
from tests.factories import PASSPHRASE, TODAY, fixed_clock, make_world
from tests.ui.export_helpers import ExportAnswer
from tests.ui.ui_helpers import shortcut
from ui.supervision.workspace import SupervisorWorkspace

SUPERVISOR = {"display_name": "Test Supervisor", "role": "supervisor",
              "organisation": "test-org", "sites": []}


@pytest.fixture
def app(qtbot, make_app, vault_dir, store):
    vault = Vault.create(vault_dir, PASSPHRASE, profile=SUPERVISOR, kdf_params=TEST_KDF_PARAMS,
                         secret_store=store, clock=fixed_clock)
    world = make_world(vault)
    with vault.session() as s:
        for year, n in ((TODAY.year, 6), (TODAY.year - 1, 9)):
            for i in range(n):
                casework.add_note(s, case_id=world.case_id, kind="office_hours", text="Gesprek",
                                  occurred_on=date(year, 3, 1 + i), actor_id=world.actor_id,
                                  objective="2.3")
    vault.lock()
    app = make_app(language="nl")
    page = app.window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase_edit, "\r")
    assert isinstance(app.window.workspace, SupervisorWorkspace)
    app.world = world
    return app


def test_targets_self_evaluation_state_of_play_and_exports(qtbot, app, tmp_path):
    ws = app.window.workspace
    view = ws.evaluation
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        shortcut(qtbot, app, "Ctrl+6")
    assert view.goals.hasFocus()
    rows = {(r.scope, r.code): r for r in view.goal_model.rows()}
    assert (rows[("objective", "2.3")].count, rows[("objective", "2.3")].last_year) == (6, 9)
    assert rows[("objective", "T")].minimal and ("axis", "T") in rows
    assert view.goal_model.headerData(3, Qt.Orientation.Horizontal) == str(TODAY.year)
    assert "1 van 12" in view.coverage.text()  # Dutch: one minimal-base objective covered

    # objective 2.3: down the table with the arrow keys, then the target and the text
    view.goals.setCurrentIndex(view.goals.model().index(0, 0))
    target_row = next(i for i, r in enumerate(view.goal_model.rows())
                      if (r.scope, r.code) == ("objective", "2.3"))
    for _ in range(target_row):
        qtbot.keyClick(view.goals, Qt.Key.Key_Down)
    assert view.current_goal().code == "2.3"
    qtbot.keyClick(view.goals, Qt.Key.Key_Tab)
    view.target_spin.setFocus()
    view.target_spin.selectAll()
    qtbot.keyClicks(view.target_spin, "40")
    qtbot.keyClick(view.target_spin, Qt.Key.Key_Tab)
    assert view.text_edit.hasFocus()
    qtbot.keyClicks(view.text_edit, "Permanenties goed bezocht.")
    with qtbot.waitSignal(view.loaded, timeout=10_000):  # saved, announced, counted again
        qtbot.keyClick(view.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    row = view.current_goal()
    assert (row.code, row.target, row.text) == ("2.3", 40, "Permanenties goed bezocht.")

    # an axis takes no target; its text typed and not saved is kept as a draft
    view.select_goal("axis", "2")
    assert not view.target_spin.isEnabled()
    qtbot.keyClicks(view.text_edit, "Nog te bespreken")
    assert ws.collect_drafts() == {f"evaluation:{TODAY.year}:axis:2": "Nog te bespreken"}

    # the state of play of Anneessens
    view.pages.setCurrentWidget(view.sites)
    sites = view.sites
    sites.table.setFocus()
    sites.table.setCurrentIndex(sites.proxy.index(0, 0))
    assert sites.current().site_name == "Anneessens"
    sites.psc_edit.setFocus()
    qtbot.keyClicks(sites.psc_edit, "PSC Anneessens")
    qtbot.keyClick(sites.psc_edit, Qt.Key.Key_Tab)
    assert sites.arhuu_check.hasFocus()
    qtbot.keyClick(sites.arhuu_check, Qt.Key.Key_Space)
    sites.fte_spins[1].setFocus()
    sites.fte_spins[1].selectAll()
    qtbot.keyClicks(sites.fte_spins[1], "1,5")  # Dutch decimal comma
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.keyClick(sites.fte_spins[1], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.text_edit.toPlainText() == "Nog te bespreken"  # counted again: kept
    saved = next(r for r in sites.model.rows() if r.site_name == "Anneessens")
    assert (saved.psc, saved.arhuu, saved.fte_dmbsh, saved.open_cases) == (
        "PSC Anneessens", True, 1.5, 1)

    # the PDF in French (Ctrl+P), the CSV in Dutch (Ctrl+E)
    pdf_path, csv_path = tmp_path / "evaluatie.pdf", tmp_path / "evaluatie.csv"
    view.choose_file = answer = ExportAnswer(pdf_path, "fr")
    view.goals.setFocus()
    view.pages.setCurrentIndex(0)
    with qtbot.waitSignal(view.exported, timeout=15_000):
        shortcut(qtbot, app, "Ctrl+P")
    assert answer.offered["language"] == "nl"
    assert answer.offered["names"]["fr"].endswith(f"-{TODAY.year}.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(str(pdf_path)).pages)
    for expected in (f"Tableau d'évaluation de l'action sociale {TODAY.year}",
                     "1. Indicateurs quantitatifs", "2. Auto-évaluation qualitative",
                     "Permanenties goed bezocht.", "Cible", str(TODAY.year - 1),
                     "PCS : PSC Anneessens"):
        assert expected in text, expected
    assert "Lefèvre" not in text
    view.choose_file = ExportAnswer(csv_path, "nl")
    with qtbot.waitSignal(view.exported, timeout=15_000):
        shortcut(qtbot, app, "Ctrl+E")
    data = csv_path.read_text(encoding="utf-8-sig")
    lines = list(csv.DictReader(io.StringIO(data), delimiter=";"))
    assert {r["section"] for r in lines} == {"quantitative", "qualitative", "state_of_play"}
    obj = next(r for r in lines if (r["section"], r["kind"], r["code"]) == (
        "quantitative", "objective", "2.3"))
    assert (obj["target"], obj["value"], obj["last_year"], obj["minimal_base"]) == (
        "40", "6", "9", "ja")  # the cells beside them are zeros (a zero names nobody)
    assert obj["label"].startswith("Onthaal")
    with app.vault.session(read_only=True) as s:
        assert sorted(e.action for e in access_log.list_access(s, object_type="evaluation")) \
            == ["export", "print"]

"""Issue 14: the supervisor reviews the access log in words — filtered by person, period and
action — and exports it as CSV and PDF (the export itself is logged)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from fieldapp.audit import access_log
from fieldapp.audit.models import AccessLogEntry
from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.local.sync_state import SyncUser
from fieldapp.vault import Vault
from tests.factories import PASSPHRASE, fixed_clock, make_world
from tests.ui.ui_helpers import shortcut
from ui.supervision.workspace import SupervisorWorkspace

KARIM = "0000000a-0000-4000-8000-00000000000a"
SOPHIE = "0000000b-0000-4000-8000-00000000000b"
SUPERVISOR = {"display_name": "Test Supervisor", "role": "supervisor",
              "organisation": "test-org", "sites": []}


@pytest.fixture
def logged_world(vault_dir, store):  # type: ignore[no-untyped-def]
    vault = Vault.create(vault_dir, PASSPHRASE, profile=SUPERVISOR, kdf_params=TEST_KDF_PARAMS,
                         secret_store=store, clock=fixed_clock)
    world = make_world(vault)
    with vault.session() as s:
        s.add_all([SyncUser(id=KARIM, display_name="Karim Benali"),
                   SyncUser(id=SOPHIE, display_name="Sophie Dubois")])
        for actor, action, kind in ((KARIM, "open", "case_file"), (KARIM, "print", "round"),
                                    (SOPHIE, "search", "notes"),
                                    (SOPHIE, "history", "case_notes")):
            access_log.record_access(s, actor_id=actor, action=action, object_type=kind,
                                     object_id=world.case_id if kind != "notes" else "")
        for row in s.query(AccessLogEntry).filter(AccessLogEntry.actor_id.in_([KARIM, SOPHIE])):
            day = {"open": 18, "print": 19, "search": 19, "history": 20}[row.action]
            row.at = datetime(2026, 11, day, 10, 0, tzinfo=UTC)
    vault.lock()
    return world


@pytest.fixture
def app(qtbot, make_app, logged_world):  # type: ignore[no-untyped-def]
    app = make_app()
    page = app.window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase_edit, "\r")
    assert isinstance(app.window.workspace, SupervisorWorkspace)
    return app


def _rows(view) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    model = view.model
    return [tuple(model.index(r, c).data() for c in (1, 2, 3)) for r in range(model.rowCount())]


def test_review_filter_and_export_the_access_log(qtbot, app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ws = app.window.workspace
    shortcut(qtbot, app, "Ctrl+5")
    view = ws.access_log
    assert ws.tabs.currentWidget() is view
    qtbot.waitUntil(lambda: view.model.rowCount() >= 4, timeout=5_000)
    rows = _rows(view)
    # in words, newest first: never a raw code
    assert ("Sophie Dubois", "Viewed the history", "Note") in rows
    assert ("Karim Benali", "Printed", "Round") in rows
    assert ("Karim Benali", "Opened", "Case file") in rows
    assert all(code not in str(rows) for code in ("case_notes", "case_file", "print", "open"))

    view.person_combo.setCurrentIndex(view.person_combo.findData(KARIM))
    qtbot.waitUntil(lambda: {r[0] for r in _rows(view)} == {"Karim Benali"}, timeout=5_000)
    assert len(_rows(view)) == 2
    view.action_combo.setCurrentIndex(view.action_combo.findData("print"))
    qtbot.waitUntil(lambda: _rows(view) == [("Karim Benali", "Printed", "Round")],
                    timeout=5_000)
    view.person_combo.setCurrentIndex(0)
    view.action_combo.setCurrentIndex(0)
    view.from_edit.setDate(view.from_edit.date().fromString("2026-11-19", "yyyy-MM-dd"))
    view.to_edit.setDate(view.to_edit.date().fromString("2026-11-19", "yyyy-MM-dd"))
    qtbot.waitUntil(lambda: sorted(r[1] for r in _rows(view)) == ["Printed", "Searched notes"],
                    timeout=5_000)

    csv_path, pdf_path = tmp_path / "log.csv", tmp_path / "log.pdf"
    view.export("csv", str(csv_path))
    qtbot.waitUntil(csv_path.exists, timeout=5_000)
    text = csv_path.read_text("utf-8-sig")
    assert "Karim Benali;Printed;Round" in text and "Sophie Dubois;Searched notes;Notes" in text
    view.export("pdf", str(pdf_path))
    qtbot.waitUntil(pdf_path.exists, timeout=10_000)
    pdf = "".join(page.extract_text() for page in PdfReader(str(pdf_path)).pages)
    assert "Access log" in pdf and "Karim Benali" in pdf and "Searched notes" in pdf
    with app.vault.session(read_only=True) as s:  # both exports are in the log too
        exports = access_log.list_access(s, action="export", object_type="access_log")
    assert len(exports) == 2

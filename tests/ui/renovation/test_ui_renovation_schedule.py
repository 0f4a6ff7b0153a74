"""The works schedule driven through the workspace: phases for a building and a dwelling,
the household's "Works" tab, and its notice printed in its language (read back)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.renovation import projects
from fieldapp.vault import Vault
from tests.factories import PASSPHRASE, make_world
from tests.ui.export_helpers import ExportAnswer
from tests.ui.ui_helpers import modal_dialog, shortcut
from ui.renovation.schedule_views import ScheduleDialog

PROFILE = {"display_name": "Rita Werf", "role": "renovation_assistant",
           "organisation": "test-org", "sites": ["anneessens"]}


@pytest.fixture
def workspace(qtbot, make_app, vault_dir, store):
    vault = Vault.create(vault_dir, PASSPHRASE, profile=PROFILE, kdf_params=TEST_KDF_PARAMS,
                         secret_store=store)
    world = make_world(vault)
    with vault.session() as s:
        project = projects.create_project(s, name="Renovatie Blok A", actor_id=world.actor_id,
                                          contractor="Bouw NV Renova")
        projects.add_dwellings(s, project_id=project.id, dwelling_ids=[world.dwelling_id],
                               actor_id=world.actor_id)
    vault.lock()
    app = make_app(language="en")
    qtbot.keyClicks(app.window.unlock_page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(app.window.unlock_page.passphrase_edit, Qt.Key.Key_Return)
    ws = app.window.workspace
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1 and ws.current_dwelling() is not None,
                    timeout=5_000)
    return app, ws


def _pdf_words(path) -> str:  # type: ignore[no-untyped-def]
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)
    return " ".join(text.split())


def test_schedule_phases_and_the_notice_in_the_households_language(qtbot, workspace, tmp_path):
    app, ws = workspace
    qtbot.mouseClick(ws.schedule_button, Qt.MouseButton.LeftButton)
    dialog = modal_dialog(qtbot, ScheduleDialog)
    qtbot.waitUntil(lambda: dialog.where_combo.count() == 3, timeout=5_000)  # project, A, 3B
    for kind, where, inside in (("windows", 1, True), ("bathroom", 2, True),
                                ("site_setup", 0, False)):
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
        dialog.where_combo.setCurrentIndex(where)
        dialog.access_check.setChecked(inside)
        if kind == "windows":
            qtbot.keyClicks(dialog.description_edit, "Voorgevel")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda k=kind: k in [r.kind for r in dialog.model.rows()],
                        timeout=5_000)
    assert dialog.model.index(0, 0).data().startswith(("Windows and doors", "Bathroom",
                                                       "Site set-up"))
    wheres = {dialog.model.index(r, 1).data() for r in range(3)}
    assert wheres == {"Whole project", "Building: Blok A",
                      "Dwelling: Blok A · 3B"}
    # a phase that ends before it starts says so in the dialog
    dialog.end_edit.setDate(dialog.start_edit.date().addDays(-1))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5_000)
    assert dialog.error.text() == "A phase cannot end before it starts."
    assert dialog.model.rowCount() == 3
    dialog.reject()

    shortcut(qtbot, app, "Ctrl+7")
    works = ws.works
    assert ws.tabs.currentWidget() is works
    qtbot.waitUntil(lambda: works.model.rowCount() == 3, timeout=5_000)
    assert works.letters_label.text() == "No letter printed yet."
    target = tmp_path / "notice.pdf"
    works.choose_export = answer = ExportAnswer(target)
    qtbot.mouseClick(works.notice_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert answer.offered["language"] == "fr"  # the household's language, not the app's
    assert answer.offered["names"]["nl"].startswith("aankondiging-werken-")
    words = _pdf_words(target)
    for expected in ("Avis de travaux", "Châssis et portes", "Voorgevel", "votre immeuble",
                     "Salle de bains", "votre logement", "doivent pouvoir entrer",
                     "Famille Lefèvre", "Rita Werf", "Bouw NV Renova"):
        assert expected in words, expected
    qtbot.waitUntil(lambda: "printed on" in works.letters_label.text(), timeout=5_000)
    assert works.letters_label.text().startswith("Notice of the works printed on")
    assert works.letters_label.text().endswith("(FR)")

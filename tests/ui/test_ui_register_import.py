"""The tenant-register import dialog, driven by keyboard and mouse (issue 16 item 5): open it
from the File menu's shortcut, type the file, see the mapping, the preview and the refused
lines, import in the background (Space on Import), read the report; the households list
shows the new ones; a mapping fixed by hand (mouse on the read button) and saved.
The supervisor's workspace offers the same entry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.vault import Vault
from tests.factories import PASSPHRASE, fixed_clock, make_world
from tests.ui.test_ui_accessibility import problems_in
from tests.ui.test_ui_pseudo_locale import clipped
from tests.ui.ui_helpers import modal_dialog, shortcut
from tests.unit.services.register_files import line, people, write_csv
from ui.registry.register_import_dialog import RegisterImportDialog


def _bad_file(tmp_path: Path) -> Path:
    rows = [*people(), line("M4", "Claes", "Inès", dwelling=""),
            line("M5", "Benali", "Emre", birth="31/02/1972")]
    return write_csv(tmp_path / "register.csv", rows, encoding="cp1252")


def _cells(dialog: RegisterImportDialog) -> list[list[str]]:
    model = dialog.refused_model
    return [[model.data(model.index(r, c)) for c in range(3)] for r in range(model.rowCount())]


def test_import_from_the_assistant_workspace(qtbot, unlocked, tmp_path: Path) -> None:
    app = unlocked
    path = _bad_file(tmp_path)
    shortcut(qtbot, app, "Ctrl+Shift+I")
    dialog = modal_dialog(qtbot, RegisterImportDialog)
    qtbot.waitUntil(dialog.path_edit.hasFocus, timeout=2_000)
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    assert dialog.summary_label.text().startswith(
        "This import would change households: 3 added, 0 updated")
    assert _cells(dialog) == [
        ["7", "Dwelling", "No dwelling: the line can't be placed. Fill in the dwelling."],
        ["8", "Date of birth", "This is not a date: write it as dd/mm/yyyy."]]
    assert dialog.field_combos["household_ref"].currentText() == "Réf. ménage"
    assert problems_in(dialog) == [] and clipped(dialog) == []  # named, labelled, uncut
    assert dialog.field_combos["dwelling"].currentText() == "Logement"

    assert dialog.import_button.hasFocus()
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.written,
                    timeout=20_000)
    assert dialog.summary_label.text() == (
        "Imported. Households: 3 added, 0 updated, 0 unchanged, 0 moved out. People: 5 "
        "added, 0 updated, 0 unchanged, 0 removed. Refused lines: 2.")
    assert not dialog.import_button.isEnabled() and dialog.progress.isHidden()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2_000)

    households = app.window.workspace.households  # re-read after the import's change set
    # new tenants have no case file yet: the list opens on mine, so show every household
    households.whose_combo.setFocus()
    qtbot.keyClicks(households.whose_combo, "Ev")
    assert households.whose_combo.currentData() == "everyone"
    qtbot.waitUntil(lambda: any(r.name == "Öztürk" for r in households.model.rows()),
                    timeout=5_000)


def test_a_mapping_is_fixed_by_hand_and_saved(qtbot, unlocked, tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("Code;Bloc;Appartement;Dossier;Famille;Personne\r\n"
                    "ANN;A;1;D1;Claes;Jan\r\n", encoding="utf-8")
    shortcut(qtbot, unlocked, "Ctrl+Shift+I")
    dialog = modal_dialog(qtbot, RegisterImportDialog)
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table is not None and not dialog.busy, timeout=10_000)
    assert "no column for 'Dwelling'" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()
    for code, header in (("household_ref", "Dossier"), ("dwelling", "Appartement"),
                         ("building", "Bloc"), ("last_name", "Famille"),
                         ("first_name", "Personne")):
        combo = dialog.field_combos[code]
        combo.setFocus()
        qtbot.keyClicks(combo, header)  # type-ahead in the closed list chooses the column
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
        assert combo.currentText() == header
    assert dialog.import_button.isEnabled()
    assert dialog.summary_label.text().startswith(
        "This import would change households: 1 added")
    qtbot.keyClicks(dialog.save_name_edit, "Logis")
    qtbot.keyClick(dialog.save_name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.mapping_combo.currentText() == "Logis", timeout=5_000)
    dialog.reject()


def test_the_supervisor_workspace_offers_the_import(qtbot, make_app, vault_dir, store) -> None:
    profile = {"display_name": "Test Supervisor", "role": "supervisor",
               "organisation": "test-org", "sites": []}
    vault = Vault.create(vault_dir, PASSPHRASE, profile=profile, kdf_params=TEST_KDF_PARAMS,
                         secret_store=store, clock=fixed_clock)
    make_world(vault)
    vault.lock()
    app = make_app()
    page = app.window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase_edit, "\r")
    menu = app.window.file_menu
    assert "Import the tenant &register…" in [a.text() for a in menu.actions()]
    shortcut(qtbot, app, "Ctrl+Shift+I")
    dialog = modal_dialog(qtbot, RegisterImportDialog)
    qtbot.waitUntil(dialog.path_edit.hasFocus, timeout=2_000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2_000)

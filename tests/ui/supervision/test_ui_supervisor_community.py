"""The supervisor's page of community work (issue 19, Ctrl+8), from the keyboard: the PSC a
community worker keeps, in numbers for the year; its yearly report as a PDF in the PSC's
language (and in French on request); a partner added to the social map."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from fieldapp.community.partners import list_partners
from fieldapp.local.profile import get_profile
from fieldapp.vault import Vault
from tests.factories import PASSPHRASE, fixed_clock
from tests.ui.export_helpers import ExportAnswer
from tests.ui.supervision.test_ui_supervision import supervisor_world  # noqa: F401
from tests.ui.ui_helpers import modal_dialog, shortcut
from tests.unit.community.community_world import YEAR, make_psc
from ui.community.dialogs import PartnerDialog


def _pdf(path: Path) -> str:
    return " ".join((p.extract_text() or "") for p in PdfReader(str(path)).pages)


def test_the_supervisor_sees_the_psc_prints_its_report_and_keeps_the_map(
        qtbot, make_app, supervisor_world, store, tmp_path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    _world, _other, vault_dir, _store = supervisor_world
    vault = Vault.unlock(vault_dir, PASSPHRASE, secret_store=store, clock=fixed_clock)
    with vault.session() as s:  # what the community worker's laptop synced
        make_psc(s, get_profile(s).id)
    vault.lock()
    app_ = make_app()
    page = app_.window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app_.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase_edit, "\r")
    ws = app_.window.workspace
    shortcut(qtbot, app_, "Ctrl+8")
    view = ws.community
    assert ws.tabs.currentWidget() is view and view.table.hasFocus()
    view.year_spin.setValue(YEAR)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5_000)
    row = view.model.row_at(0)
    assert (row.name, row.referent, row.coordinator) == ("PSC Anneessens", "Marie Declercq",
                                                          "Youssef Haddad")
    assert row.actions == 2 and row.activities >= 2 and row.meetings >= 1
    view.table.selectRow(0)

    for language in ("nl", "fr"):
        target = tmp_path / f"psc-{language}.pdf"
        answer = ExportAnswer(target, None if language == "nl" else language)
        view.choose_export = answer
        view.report_button.setFocus()
        with qtbot.waitSignal(view.exported, timeout=10_000):
            qtbot.keyClick(view.report_button, Qt.Key.Key_Space)
        assert answer.offered["language"] == "nl"  # the PSC's chosen language first
        text = _pdf(target)
        assert "PSC Anneessens" in text and "Ateliers portemonnee" in text
        assert "Fatima" not in text  # counted, never named
    assert "saved as psc-fr.pdf" in view.status.text()

    view.table.setFocus()
    shortcut(qtbot, app_, "Ctrl+Shift+P")
    dialog = modal_dialog(qtbot, PartnerDialog)
    qtbot.keyClicks(dialog.name_edit, "CAW Brussel")
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.partners.model.rowCount() == 1, timeout=5_000)
    with app_.vault.session(read_only=True) as s:
        [partner] = list_partners(s)
    assert partner.name == "CAW Brussel"

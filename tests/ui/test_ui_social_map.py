"""The partner directory (issue 19): a community worker keeps the social map and prints it
as PDF and CSV; a social assistant's referral names a partner from it."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from fieldapp.community import partners
from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.vault import Vault
from tests.factories import PASSPHRASE, make_vault, make_world
from tests.ui.ui_helpers import modal_dialog, open_household, shortcut, unlock
from ui.casework.case_dialogs import ReferralDialog
from ui.community.dialogs import PartnerDialog
from ui.community.workspace import CommunityWorkspace
from ui.document_export import ExportChoice

WORKER = {"display_name": "Youssef Haddad", "role": "community_worker",
          "organisation": "test-org", "sites": []}


def test_a_community_worker_keeps_the_social_map_and_prints_it(qtbot, make_app, vault_dir,
                                                                store, tmp_path) -> None:
    Vault.create(vault_dir, PASSPHRASE, profile=WORKER, kdf_params=TEST_KDF_PARAMS,
                 secret_store=store).lock()
    app = make_app()
    page = app.window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase_edit, "\r")
    ws = app.window.workspace
    assert isinstance(ws, CommunityWorkspace)
    assert "No social cohesion project yet" in ws.project_label.text()
    shortcut(qtbot, app, "Ctrl+Shift+P")
    dialog = modal_dialog(qtbot, PartnerDialog)
    qtbot.keyClicks(dialog.name_edit, "OCMW Brussel")
    dialog.services_edit.setFocus()
    qtbot.keyClicks(dialog.services_edit, "Leefloon, energie")
    dialog.phone_edit.setFocus()
    qtbot.keyClicks(dialog.phone_edit, "02 543 60 00")
    dialog.address_edit.setFocus()
    qtbot.keyClicks(dialog.address_edit, "Hoogstraat 298A")
    dialog.languages_list.setFocus()
    dialog.languages_list.setCurrentRow(0)
    qtbot.keyClick(dialog.languages_list, Qt.Key.Key_Space)  # Dutch: space ticks
    qtbot.keyClick(dialog.languages_list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.languages_list, Qt.Key.Key_Space)  # French
    assert dialog.languages() == ["nl", "fr"]
    assert dialog.category_combo.currentData() == "cpas"
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    table = ws.partners
    qtbot.waitUntil(lambda: table.model.rowCount() == 1, timeout=5_000)
    assert table.model.row_at(0).languages == ("nl", "fr")
    for kind, lang in (("pdf", "fr"), ("csv", "nl")):
        def answer(_parent, *, on_chosen, kind_=kind, lang_=lang, **_kw):  # type: ignore[no-untyped-def]
            on_chosen(ExportChoice(str(tmp_path / f"kaart.{kind_}"), lang_))

        table.choose_export = answer
        with qtbot.waitSignal(table.exported, timeout=10_000):
            qtbot.mouseClick(table.pdf_button if kind == "pdf" else table.csv_button,
                             Qt.MouseButton.LeftButton)
    pdf = "\n".join(p.extract_text() for p in
                    PdfReader(io.BytesIO((tmp_path / "kaart.pdf").read_bytes())).pages)
    assert "Carte sociale" in pdf and "OCMW Brussel" in pdf and "néerlandais" in pdf
    csv_text = Path(tmp_path / "kaart.csv").read_text(encoding="utf-8-sig")
    assert csv_text.splitlines()[0].startswith("Partner;Soort dienst;")
    assert "OCMW Brussel;OCMW / CPAS;Leefloon, energie" in csv_text


def test_a_referral_names_a_partner_of_the_social_map(qtbot, make_app, vault_dir, store) -> None:
    vault = make_vault(vault_dir, store=store)
    world = make_world(vault)
    with vault.session() as s:
        partners.add_partner(s, actor_id=world.actor_id, name="OCMW Brussel", category="cpas")
        partners.add_partner(s, actor_id=world.actor_id, name="CAW Brussel", category="caw")
    vault.lock()
    app = make_app()
    unlock(qtbot, app)
    view = open_household(qtbot, app, "Famille Lefèvre")
    shortcut(qtbot, app, "Ctrl+Shift+R")
    dialog = modal_dialog(qtbot, ReferralDialog)
    qtbot.waitUntil(lambda: dialog.partner_combo.count() == 2, timeout=5_000)  # CPAS only
    dialog.partner_combo.setFocus()
    qtbot.keyClick(dialog.partner_combo, Qt.Key.Key_Down)
    assert dialog.partner_combo.currentText() == "OCMW Brussel"
    dialog.reason_edit.setFocus()
    qtbot.keyClicks(dialog.reason_edit, "Aanvraag leefloon")
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(e.kind == "referral" for e in view.timeline_model.rows()),
                    timeout=5_000)
    entry = next(e for e in view.timeline_model.rows() if e.kind == "referral")
    assert entry.text == "→ OCMW Brussel\nAanvraag leefloon"

"""A new referent for the PSC (issue 19): the change is kept with its date and the
co-signatories get a notice letter, in the project's language."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt

from fieldapp.community import projects
from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.vault import Vault
from tests.factories import PASSPHRASE
from tests.ui.ui_helpers import modal_dialog
from tests.unit.community.community_world import make_psc
from ui.community.dialogs import ContactDialog
from ui.community.workspace import CommunityWorkspace
from ui.document_export import ExportChoice

WORKER = {"display_name": "Youssef Haddad", "role": "community_worker",
          "organisation": "test-org", "sites": []}


def test_a_new_referent_and_the_notice_to_the_co_signatories(qtbot, make_app, vault_dir,
                                                            store, tmp_path) -> None:
    vault = Vault.create(vault_dir, PASSPHRASE, profile=WORKER, kdf_params=TEST_KDF_PARAMS,
                         secret_store=store)
    with vault.session() as s:
        from fieldapp.local.profile import get_profile

        psc = make_psc(s, get_profile(s).id, language="fr")
    vault.lock()
    app = make_app()
    page = app.window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase_edit, "\r")
    ws = app.window.workspace
    assert isinstance(ws, CommunityWorkspace)
    qtbot.waitUntil(lambda: ws.project is not None, timeout=5_000)
    assert ws.psc.referent_edit.isReadOnly()  # a new person comes with a date
    chosen: list[str] = []

    def answer(_parent, *, language, on_chosen, **_kw):  # type: ignore[no-untyped-def]
        chosen.append(language)
        on_chosen(ExportChoice(str(tmp_path / "avis.pdf"), language))

    ws.choose_export = answer
    qtbot.mouseClick(ws.psc.contact_button, Qt.MouseButton.LeftButton)
    dialog = modal_dialog(qtbot, ContactDialog)
    assert dialog.role_combo.currentData() == "referent"
    dialog.name_edit.setFocus()
    qtbot.keyClicks(dialog.name_edit, "Jan Peeters")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "avis.pdf").exists(), timeout=10_000)
    assert chosen == ["fr"]  # the project's language
    text = "\n".join(p.extract_text() for p in
                     PdfReader(io.BytesIO((tmp_path / "avis.pdf").read_bytes())).pages)
    assert "Changement de personne de contact" in text
    assert "Jan Peeters" in text and "Marie Declercq" in text and "Lakenhuis" in text
    qtbot.waitUntil(lambda: ws.psc.referent_edit.text() == "Jan Peeters", timeout=5_000)
    assert ws.psc.notice_button.isEnabled()
    with ws.ctx.vault.session(read_only=True) as s:
        changes = projects.get_project(s, psc.project_id).contact_changes
    assert [(c.role, c.old, c.new) for c in changes] == [("referent", "Marie Declercq",
                                                          "Jan Peeters")]

"""A person seconded to two organisations: one profile folder, one vault per organisation;
the unlock page asks which one, and the one passphrase opens that vault only."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldapp.casework.search import search
from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.local.organisations import vault_folder
from fieldapp.vault import Vault
from tests.factories import PASSPHRASE, fixed_clock, make_world


def _vault(profile, store, org: str) -> None:  # type: ignore[no-untyped-def]
    vault = Vault.create(vault_folder(profile, org), PASSPHRASE,
                         profile={"display_name": "Karim Benali", "role": "social_assistant",
                                  "organisation": org, "sites": []},
                         kdf_params=TEST_KDF_PARAMS, secret_store=store, clock=fixed_clock)
    make_world(vault)
    vault.lock()


def test_the_organisation_is_chosen_at_unlock(qtbot, make_app, vault_dir, store):
    _vault(vault_dir, store, "ovm-a")
    _vault(vault_dir, store, "ovm-b")
    app = make_app()
    page = app.window.unlock_page
    assert page.organisation_combo.isVisible()
    assert [page.organisation_combo.itemText(i) for i in range(2)] == ["ovm-a", "ovm-b"]
    page.organisation_combo.setFocus()
    qtbot.keyClick(page.organisation_combo, Qt.Key.Key_Down)
    assert page.organisation() == "ovm-b"
    qtbot.mouseClick(page.passphrase_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    assert app.context.profile.organisation == "ovm-b"
    assert app.vault_dir == vault_folder(vault_dir, "ovm-b")
    with app.vault.session(read_only=True) as s:
        assert search(s, query="Lefèvre").total == 0  # a register, no notes: nothing else

    with qtbot.waitSignal(app.locked, timeout=10_000):
        app.lock()
    page.organisation_combo.setCurrentIndex(0)
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    assert app.context.profile.organisation == "ovm-a"


def test_a_single_vault_asks_for_no_organisation(qtbot, unlocked):
    app = unlocked
    assert not app.window.unlock_page.organisation_combo.isVisible()
    assert app.window.unlock_page.organisation() == ""

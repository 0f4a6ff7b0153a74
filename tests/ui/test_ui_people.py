"""People are accounts (issue 16): a case file's worker is chosen among the colleagues who
hold the site's key, by keyboard; a name typed before accounts existed shows as a former
name; nobody else can be picked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fieldapp.casework import cases as casework
from fieldapp.people import directory
from fieldapp.vault import Vault
from tests.factories import PASSPHRASE, make_vault, make_world
from tests.ui.ui_helpers import open_household

KARIM = "0000000a-0000-4000-8000-00000000000a"
SOPHIE = "0000000b-0000-4000-8000-00000000000b"


@pytest.fixture
def team_world(vault_dir, store):
    """Karim works on the assistant's site; Sophie only on the other one. The case file of
    the Lefèvre household still carries a worker's name typed before accounts."""
    vault = make_vault(vault_dir, store=store)
    world = make_world(vault)
    with vault.session() as s:
        directory.remember(s, complete=True, people=[
            (world.actor_id, "Test Assistant", ["social_assistant"]),
            (KARIM, "Karim Benali", ["social_assistant"]),
            (SOPHIE, "Sophie Dubois", ["social_assistant"])])
        directory.remember_sites(s, {world.site_id: [world.actor_id, KARIM],
                                     world.other_site_id: [SOPHIE]})
        casework.update_case(s, case_id=world.case_id, actor_id=world.actor_id,
                             assigned_worker="Mevr. Janssens")
    vault.lock()
    return world


def _worker_choices(view) -> list[str]:
    combo = view.details.worker_combo
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_worker_is_chosen_among_the_sites_people(qtbot, make_app, team_world, vault_dir,
                                                    store):
    app = make_app()
    page = app.window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase_edit, "\r")
    households = app.window.workspace.households
    # the list opens on my case files: none yet (the case file is under a former name)
    qtbot.waitUntil(lambda: "none of the case files" in households.count_label.text(),
                    timeout=5_000)
    view = open_household(qtbot, app, "Famille Lefèvre")
    qtbot.waitUntil(lambda: "Karim Benali" in _worker_choices(view), timeout=5_000)
    choices = _worker_choices(view)
    assert choices[0] == "Nobody"
    assert "Test Assistant" in choices
    assert "Sophie Dubois" not in choices  # no key to this site: not a choice
    combo = view.details.worker_combo
    assert combo.currentText() == "former: Mevr. Janssens"

    # by keyboard: on the worker list, typing a name picks it; then save
    combo.setFocus()
    qtbot.keyClicks(combo, "Kar")
    assert combo.currentText() == "Karim Benali"
    qtbot.mouseClick(view.details.save_case_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _saved_worker(app, team_world.case_id) == KARIM, timeout=5_000)
    assert combo.currentText() == "Karim Benali"
    assert "former: Mevr. Janssens" not in _worker_choices(view)  # the old name is gone
    app.dispose()

    # after a restart the choice is still Karim's account, and the name is his
    vault = Vault.unlock(vault_dir, PASSPHRASE, secret_store=store)
    with vault.session(read_only=True) as s:
        case = casework.get_case(s, case_id=team_world.case_id)
        assert (case.worker_id, case.assigned_worker) == (KARIM, "Karim Benali")
    vault.lock()


def _saved_worker(app, case_id: str) -> str | None:
    with app.vault.session(read_only=True) as s:
        return casework.get_case(s, case_id=case_id).worker_id

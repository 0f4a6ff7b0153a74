"""Issue 14: before a note is saved, the editor says exactly who will be able to read it —
for a restricted note the author, the supervisors and the colleagues the author named, by
name — and the author can name a colleague from there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from fieldapp.casework import restricted
from fieldapp.casework.models import RestrictedShare
from fieldapp.local.profile import get_profile
from fieldapp.local.sync_state import SyncMeta, SyncUser
from tests.factories import make_vault, make_world
from tests.ui.ui_helpers import open_household, shortcut

BOSS, COLLEAGUE = "11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"


@pytest.fixture
def world(vault_dir, store):  # type: ignore[no-untyped-def]
    """The usual world, and what the last sync told this laptop about the organisation."""
    vault = make_vault(vault_dir, store=store)
    made = make_world(vault)
    with vault.session() as s:
        me = get_profile(s)
        s.add_all([SyncUser(id=me.id, display_name=me.display_name),
                   SyncUser(id=BOSS, display_name="Sam Supervisor"),
                   SyncUser(id=COLLEAGUE, display_name="Cas Colleague"),
                   SyncMeta(key=restricted.SUPERVISORS_META, value={BOSS: "Sam Supervisor"}),
                   SyncMeta(key=restricted.COLLEAGUES_META,
                            value={me.id: me.display_name, COLLEAGUE: "Cas Colleague"})])
    vault.lock()
    return made


def _choose(qtbot, combo, code: str) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(code))
    assert combo.currentData() == code


def test_the_editor_names_who_will_read_a_restricted_note(qtbot, unlocked, monkeypatch, world):  # type: ignore[no-untyped-def]
    view = open_household(qtbot, unlocked, "Famille Lefèvre")
    shortcut(qtbot, unlocked, "Ctrl+N")
    editor = view.editor
    assert "social assistants of this site" in editor.readers_label.text()
    assert not editor.share_button.isVisible()

    _choose(qtbot, editor.confidentiality_combo, "restricted")
    qtbot.waitUntil(lambda: "Sam Supervisor" in editor.readers_label.text(), timeout=5_000)
    said = editor.readers_label.text()
    assert "Test Assistant (author)" in said and "no colleague named" in said
    assert "Cas Colleague" not in said
    # nobody's key is verified on this laptop yet: the editor says who reads nothing yet
    assert "Not yet for Sam Supervisor: compare safety numbers" in said
    assert editor.share_button.isVisible()

    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda *a, **k: ("Cas Colleague", True)))
    qtbot.mouseClick(editor.share_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Cas Colleague" in editor.readers_label.text(), timeout=5_000)
    assert "Not yet for Cas Colleague, Sam Supervisor" in editor.readers_label.text()
    with unlocked.vault.session(read_only=True) as s:  # the share is a record
        [share] = s.query(RestrictedShare).all()
    assert share.colleague_id == COLLEAGUE and share.site_id == world.site_id
    assert share.collection_id.endswith(":" + share.author_id)

    _choose(qtbot, editor.confidentiality_combo, "team")
    qtbot.waitUntil(lambda: "social assistants" in editor.readers_label.text(), timeout=5_000)
    QApplication.processEvents()

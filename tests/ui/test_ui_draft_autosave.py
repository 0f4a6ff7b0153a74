"""A crash loses seconds, not text: what is typed is kept every few seconds, and what a
crash or a quit left behind is offered back at the next unlock."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldapp.local import drafts
from fieldapp.vault import Vault
from tests.factories import PASSPHRASE
from tests.ui.ui_helpers import modal_dialog, open_household, shortcut, unlock
from ui.recovered_drafts import RecoveredDraftsDialog

TEXT = "Huisbezoek: de huurder vraagt hulp bij de aanvraag van een sociaal tarief"


def kept(app, key: str) -> str | None:
    with app.vault.session(read_only=True) as s:
        return drafts.load_draft(s, key=key)


def test_typing_is_kept_as_a_draft_while_the_vault_stays_unlocked(qtbot, make_app, world):
    app = make_app(autosave_ms=200)
    unlock(qtbot, app)
    view = open_household(qtbot, app, "Famille Lefèvre")
    shortcut(qtbot, app, "Ctrl+N")
    key = f"note:{world.case_id}"
    qtbot.keyClicks(view.editor.text_edit, TEXT[:30])
    qtbot.waitUntil(lambda: kept(app, key) == TEXT[:30], timeout=10_000)
    qtbot.keyClicks(view.editor.text_edit, TEXT[30:])
    qtbot.waitUntil(lambda: kept(app, key) == TEXT, timeout=10_000)
    assert app.vault is not None  # no lock was needed for any of it

    qtbot.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.editor.isVisible(), timeout=5_000)
    with qtbot.waitSignal(app.autosave.saved, timeout=5_000):  # not a fixed wait
        qtbot.keyClicks(view.timeline_table, "x")  # more keys: an autosave round runs again
    assert kept(app, key) is None  # saved as a note: no draft lingers to be offered again


def test_keys_typed_while_an_autosave_is_written_are_kept_by_the_next_one(qtbot, make_app,
                                                                         world):
    app = make_app(autosave_ms=60_000)  # the test starts the rounds itself
    unlock(qtbot, app)
    view = open_household(qtbot, app, "Famille Lefèvre")
    shortcut(qtbot, app, "Ctrl+N")
    key = f"note:{world.case_id}"
    qtbot.keyClicks(view.editor.text_edit, TEXT[:30])
    assert app.autosave.is_scheduled()
    busy = threading.Event()
    app.runner.db(busy.wait)  # the database worker is busy: the write waits its turn
    with qtbot.waitSignal(app.autosave.saved, timeout=5_000):
        app.autosave.save_now()  # its write is queued on the database worker...
        qtbot.keyClicks(view.editor.text_edit, TEXT[30:])  # ...while the person types on
        assert app.autosave.is_scheduled()  # those keys are not forgotten
        busy.set()
    with qtbot.waitSignal(app.autosave.saved, timeout=5_000):
        app.autosave.save_now()
    assert kept(app, key) == TEXT


def test_nothing_is_written_while_nobody_types(qtbot, make_app, world):
    app = make_app(autosave_ms=100)
    unlock(qtbot, app)
    writes: list[bool] = []
    app.autosave.saved.connect(lambda: writes.append(True))
    qtbot.mouseMove(app.window.workspace.households.table)
    QApplication.processEvents()
    # moving the mouse schedules nothing, so nothing can be written, however long one waits
    assert not app.autosave.is_scheduled() and writes == []
    qtbot.keyClicks(app.window.workspace.households.search_edit, "x")
    assert app.autosave.is_scheduled()  # a key press does schedule the next autosave


def _crashed_vault(vault_dir, store, case_id: str) -> None:
    """A vault as a killed app leaves it: a kept draft and the session never closed."""
    vault = Vault.unlock(vault_dir, PASSPHRASE, secret_store=store)
    with vault.session() as s:
        drafts.open_session(s)
        drafts.save_draft(s, key=f"note:{case_id}", text=TEXT)
    vault.lock()


def test_after_a_crash_the_draft_is_offered_and_opens_in_its_case(qtbot, make_app, world,
                                                                   vault_dir, store):
    _crashed_vault(vault_dir, store, world.case_id)
    app = make_app()
    unlock(qtbot, app)
    dialog = modal_dialog(qtbot, RecoveredDraftsDialog)
    assert dialog.crashed
    assert "did not close properly" in dialog.intro.text()
    assert dialog.model.rowCount() == 1
    assert dialog.model.item(0).text().startswith("A case note, kept ")
    assert dialog.preview.toPlainText() == TEXT
    assert dialog.open_button.isEnabled()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # Open is the default button
    ws = app.window.workspace
    qtbot.waitUntil(lambda: ws.current_case() is not None
                    and ws.current_case().editor.isVisible(), timeout=5_000)
    editor = ws.current_case().editor
    assert editor.text_edit.toPlainText() == TEXT
    assert editor.draft_label.isVisible()


def test_a_clean_lock_and_unlock_offers_nothing_twice(qtbot, make_app, world, vault_dir, store):
    _crashed_vault(vault_dir, store, world.case_id)
    app = make_app()
    unlock(qtbot, app)
    dialog = modal_dialog(qtbot, RecoveredDraftsDialog)
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with qtbot.waitSignal(app.locked, timeout=5_000):
        app.lock()
    vault = Vault.unlock(vault_dir, PASSPHRASE, secret_store=store)
    with vault.session() as s:
        assert drafts.load_draft(s, key=f"note:{world.case_id}") == TEXT  # "Later" keeps it
        unclean, _ = drafts.open_session(s)
        assert not unclean  # the lock closed the session cleanly
        drafts.close_session(s)
    vault.lock()


def test_discard_asks_first_then_deletes_the_draft(qtbot, make_app, world, vault_dir, store):
    _crashed_vault(vault_dir, store, world.case_id)
    app = make_app()
    unlock(qtbot, app)
    dialog = modal_dialog(qtbot, RecoveredDraftsDialog)
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm
    qtbot.waitUntil(box.isVisible, timeout=2_000)
    qtbot.mouseClick(box.button(box.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1  # nothing deleted on Cancel
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm
    qtbot.waitUntil(box.isVisible, timeout=2_000)
    qtbot.mouseClick(box.button(box.StandardButton.Discard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2_000)
    qtbot.waitUntil(lambda: kept(app, f"note:{world.case_id}") is None, timeout=10_000)


REASON = "Aanvraag leefloon, de huurder heeft geen inkomen sinds oktober"


def _referral_dialog(qtbot, app):
    from ui.casework.case_dialogs import ReferralDialog

    shortcut(qtbot, app, "Ctrl+Shift+R")
    dialog = modal_dialog(qtbot, ReferralDialog)
    dialog.reason_edit.setFocus()
    return dialog


def test_a_dialogs_text_survives_a_lock_and_comes_back_in_the_same_dialog(
        qtbot, make_app, world):
    app = make_app(autosave_ms=100)
    unlock(qtbot, app)
    open_household(qtbot, app, "Famille Lefèvre")
    dialog = _referral_dialog(qtbot, app)
    qtbot.keyClicks(dialog.reason_edit, REASON)
    key = f"form:referral:{world.case_id}"
    qtbot.waitUntil(lambda: kept(app, key) is not None, timeout=10_000)  # the autosave
    with qtbot.waitSignal(app.locked, timeout=5_000):
        app.lock()
    unlock(qtbot, app)
    ws = app.window.workspace
    qtbot.waitUntil(lambda: ws.current_case() is not None
                    and ws.current_case().case is not None, timeout=5_000)
    dialog = _referral_dialog(qtbot, app)
    qtbot.waitUntil(lambda: dialog.reason_edit.toPlainText() == REASON, timeout=10_000)
    assert dialog.drafts.notice.isVisible()
    assert dialog.drafts.notice.text() == "Restored from your unsaved draft."
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    assert kept(app, key) is None  # saved with the referral, in the same transaction


def test_cancel_throws_a_dialogs_text_away(qtbot, make_app, world):
    app = make_app(autosave_ms=100)
    unlock(qtbot, app)
    open_household(qtbot, app, "Famille Lefèvre")
    dialog = _referral_dialog(qtbot, app)
    qtbot.keyClicks(dialog.reason_edit, REASON)
    key = f"form:referral:{world.case_id}"
    qtbot.waitUntil(lambda: kept(app, key) is not None, timeout=10_000)
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: kept(app, key) is None, timeout=10_000)


def test_the_recovered_list_names_each_kind_of_text(qtbot, make_app, world, vault_dir, store):
    vault = Vault.unlock(vault_dir, PASSPHRASE, secret_store=store)
    with vault.session() as s:
        drafts.open_session(s)
        drafts.save_draft(s, key=f"form:referral:{world.case_id}",
                          text='{"reason": "' + REASON + '"}')
        drafts.save_draft(s, key="remark:0000", text="Vochtvlek boven het raam")
    vault.lock()
    app = make_app(language="fr")
    unlock(qtbot, app)
    dialog = modal_dialog(qtbot, RecoveredDraftsDialog)
    names = sorted(dialog.model.item(r).text().split(" · ")[0]
                   for r in range(dialog.model.rowCount()))
    assert names == ["Une orientation", "Une remarque dans un état des lieux"]
    assert dialog.windowTitle() == "Texte non enregistré conservé pour vous"
    texts = set()
    for row in range(dialog.model.rowCount()):
        dialog.list.setCurrentIndex(dialog.model.index(row, 0))
        texts.add(dialog.preview.toPlainText())
        key = dialog.current_key()
        assert dialog.open_button.isEnabled() == key.startswith("note:")
    assert texts == {REASON, "Vochtvlek boven het raam"}  # the form's text, not its JSON

"""The desktop app against a real uvicorn + PostgreSQL server: enrol through the first-run
page, write a note, F5 sends it, a conflicting edit on another laptop opens the dialog and
the choice reaches both."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fieldapp.casework import cases as casework
from fieldapp.casework.models import CaseNote
from fieldapp.local.profile import get_profile
from tests.factories import make_world
from tests.ui.sync.ui_sync_helpers import enrol_through_first_run, grant, press_f5_and_wait
from tests.ui.ui_helpers import open_household, shortcut, timeline_texts
from ui.sync.conflicts_dialog import ConflictsDialog

pytestmark = pytest.mark.postgres


def _note_text(vault, note_id: str) -> str:  # type: ignore[no-untyped-def]
    with vault.session(read_only=True) as s:
        return s.get(CaseNote, note_id).text


def test_enrol_write_sync_and_decide_a_conflict(qtbot, team, make_sync_app) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    make_world(boss.vault)
    boss.sync()
    app = make_sync_app()
    enrol_through_first_run(qtbot, app, team.server, name="ann")
    status = app.window.sync_status
    grant(team, boss, app)
    press_f5_and_wait(qtbot, app)  # the team's households arrive
    assert status.state_label.text() == "● Online"
    assert status.last_label.text() == "Last sync: just now"

    view = open_household(qtbot, app, "Famille Lefèvre")
    press_f5_and_wait(qtbot, app)  # opening a case file logged an access: sent
    assert status.waiting_label.text() == "All changes sent"
    shortcut(qtbot, app, "Ctrl+N")
    qtbot.keyClicks(view.editor.text_edit, "Gesprek over de huur.")
    qtbot.keyClick(view.editor.text_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Gesprek over de huur." in timeline_texts(view), timeout=5_000)
    qtbot.waitUntil(lambda: status.waiting_label.text() == "1 change waiting", timeout=5_000)

    press_f5_and_wait(qtbot, app)
    qtbot.waitUntil(lambda: status.waiting_label.text() == "All changes sent", timeout=5_000)
    note_id = next(e.id for e in view.timeline_model.rows() if e.text == "Gesprek over de huur.")

    bob = team.enrol("social_assistant", "bob")
    team.grant(boss, bob)
    bob.sync()
    assert _note_text(bob.vault, note_id) == "Gesprek over de huur."
    with bob.vault.session() as s:  # the other laptop, offline, edits the same text
        casework.edit_note(s, note_id=note_id, actor_id=get_profile(s).id,
                           text="Gesprek over de huur. Doorverwezen naar OCMW.")
    with app.vault.session() as s:  # and so does this one (as if typed a moment ago)
        casework.edit_note(s, note_id=note_id, actor_id=get_profile(s).id,
                           text="Gesprek over de huur. Afbetalingsplan voorgesteld.")
    bob.sync()

    press_f5_and_wait(qtbot, app)  # asked for now: the conflict is shown at once
    dialog = app.sync.dialog
    assert isinstance(dialog, ConflictsDialog)
    qtbot.waitUntil(lambda: dialog.isVisible() and bool(dialog.fields), timeout=5_000)
    assert "Conflict 1 of 1: Note" in dialog.header.text()
    [text_field] = [f for f in dialog.fields if f.field.field == "text"]
    assert text_field.title() == "Text"
    assert text_field.free_text and text_field.merge_radio.isChecked()  # nothing dropped
    merged = text_field.merged.toPlainText()
    assert "Afbetalingsplan voorgesteld." in merged and "Doorverwezen naar OCMW." in merged
    headers = [label.text() for label in text_field.findChildren(type(dialog.header))]
    assert any(h.startswith("Yours — ann") for h in headers)
    assert any(h.startswith("bob — ") for h in headers), headers

    text_field.choose("theirs")
    controller = app.sync.controller
    with qtbot.waitSignal(controller.round_finished, timeout=20_000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)  # then a round
    qtbot.waitUntil(lambda: not status.conflicts_button.isVisible() and
                    status.waiting_label.text() == "All changes sent", timeout=5_000)
    qtbot.waitUntil(lambda: "Gesprek over de huur. Doorverwezen naar OCMW."
                    in timeline_texts(view), timeout=5_000)  # the open case file reads it again
    bob.sync()
    assert _note_text(bob.vault, note_id) == "Gesprek over de huur. Doorverwezen naar OCMW."
    assert _note_text(app.vault, note_id) == "Gesprek over de huur. Doorverwezen naar OCMW."


def test_a_second_laptop_logs_in_and_gets_the_case_files(qtbot, team, make_sync_app) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    make_world(boss.vault)
    boss.sync()
    ann = team.enrol("social_assistant", "ann")  # her first laptop
    team.grant(boss, ann)
    ann.sync()
    app = make_sync_app()
    w = app.window
    qtbot.mouseClick(w.create_page.login_button, Qt.MouseButton.LeftButton)
    page = app.sync.account_page
    assert w.stack.currentWidget() is page and not page.code_edit.isVisible()
    assert page.title.text() == "Log in on this laptop"
    for edit, text in ((page.server_edit, team.server.base_url), (page.email_edit, ann.email),
                       (page.passphrase_edit, ann.passphrase),
                       (page.confirm_edit, ann.passphrase)):
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(page.confirm_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.workspace is not None, timeout=15_000)
    press_f5_and_wait(qtbot, app)  # the first round brings her collections
    view = open_household(qtbot, app, "Famille Lefèvre")
    assert view.name_label.text() == "Famille Lefèvre"

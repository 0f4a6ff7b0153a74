"""A note's history from the case file's timeline, and plain words for a wrong code."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from PySide6.QtCore import Qt

from fieldapp.casework import cases as casework
from fieldapp.local.profile import get_profile
from tests.factories import make_world
from tests.harness.server import admin_create_user
from tests.ui.sync.ui_sync_helpers import PASSPHRASE, open_in_app
from tests.ui.ui_helpers import open_household
from ui.sync.history_dialog import HistoryDialog

pytestmark = pytest.mark.postgres


def test_the_history_of_a_note_shows_every_version(qtbot, team, make_sync_app) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    boss.sync()
    ann = team.enrol("social_assistant", "ann")
    team.grant(boss, ann)
    ann.sync()
    with ann.vault.session() as s:
        note = casework.add_note(s, case_id=world.case_id, kind="phone_call",
                                 text="Eerste versie.", occurred_on=date(2026, 11, 19),
                                 actor_id=get_profile(s).id).id
    ann.sync()
    with ann.vault.session() as s:
        casework.edit_note(s, note_id=note, actor_id=get_profile(s).id, text="Tweede versie.")
    ann.sync()
    app = open_in_app(qtbot, make_sync_app, ann)
    view = open_household(qtbot, app, "Famille Lefèvre")
    row = next(i for i, e in enumerate(view.timeline_model.rows()) if e.id == note)
    view.timeline_table.setFocus()
    view.timeline_table.selectRow(row)
    assert view.history_button.isEnabled()
    qtbot.mouseClick(view.history_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in view.findChildren(HistoryDialog))
    qtbot.waitUntil(lambda: dialog.list.rowCount() == 2, timeout=10_000)
    assert dialog.status.text() == "2 versions, oldest first."
    assert [dialog.list.item(r, 1).text() for r in range(2)] == ["ann", "ann"]
    assert [dialog.list.item(r, 2).text() for r in range(2)] == ["Created", "Changed"]
    assert dialog.text.toPlainText() == "Tweede versie."  # the newest is selected
    dialog.list.setCurrentCell(0, 0)
    assert dialog.text.toPlainText() == "Eerste versie."
    dialog.close()


def test_a_wrong_enrolment_code_is_said_plainly(qtbot, team, make_sync_app) -> None:  # type: ignore[no-untyped-def]
    email = f"eva-{uuid.uuid4().hex[:8]}@example.org"
    admin_create_user(team.server.admin, email=email, role="social_assistant", name="eva")
    app = make_sync_app()
    w = app.window
    qtbot.mouseClick(w.create_page.enrol_button, Qt.MouseButton.LeftButton)
    page = app.sync.account_page
    for edit, text in ((page.server_edit, team.server.base_url), (page.email_edit, email),
                       (page.name_edit, "Eva"),
                       (page.code_edit, "AAAAA-BBBBB-CCCCC-DDDDD"),
                       (page.passphrase_edit, PASSPHRASE), (page.confirm_edit, PASSPHRASE)):
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=10_000)
    assert page.error.text().startswith("This enrolment code is not right")
    assert w.stack.currentWidget() is page and w.workspace is None
    assert not any((app.vault_dir).glob("vault.*"))  # no vault left behind

    page.server_edit.setText("http://127.0.0.1:9")  # nobody listens there
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.error.text().startswith("The server cannot be reached"),
                    timeout=15_000)
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.create_page

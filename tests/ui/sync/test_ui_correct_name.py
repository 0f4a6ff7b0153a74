"""A supervisor corrects a colleague's name on the team page (issue 14, item 9), on the real
server with real vaults: the action waits for a chosen member; the dialog shows the e-mail
address and the name this laptop holds; an empty name is refused with a sentence the person
sees; the saved name shows in the row at once, the save itself asks for a round (the
debounce, no F5), and the assistant's laptop takes the name into its profile and its
directory at its next round. Markers are asserted on, never printed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fieldapp.local.profile import get_profile
from fieldapp.people import directory
from tests.ui.sync.ui_sync_helpers import open_in_app
from tests.ui.ui_helpers import modal_dialog, shortcut
from ui.supervision.name_dialog import NameDialog

pytestmark = pytest.mark.postgres

BOSS, KARIM, FIXED = "Zqannpeetersxq", "Zqkarimbenalixq", "Zqkarim benali-elxq"
DEBOUNCED = {"interval_ms": 3_600_000, "debounce_ms": 300, "first_round_ms": 3_600_000}


def _names_shown(table) -> list[str]:  # type: ignore[no-untyped-def]
    model = table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _row_of(table, text: str) -> int:  # type: ignore[no-untyped-def]
    return _names_shown(table).index(text)


def test_a_supervisor_corrects_a_name_and_the_person_takes_it(  # type: ignore[no-untyped-def]
        qtbot, team, make_sync_app) -> None:
    boss = team.enrol("supervisor", "boss", display_name=BOSS)
    boss.sync()  # the supervisor makes `people:<org>`
    karim = team.enrol("social_assistant", "karim", display_name=KARIM)
    team.grant(boss, karim)
    for m in (karim, boss, karim):
        m.sync()

    app = open_in_app(qtbot, make_sync_app, boss, timings=DEBOUNCED)
    shortcut(qtbot, app, "Ctrl+3")
    view = app.window.workspace.team
    table = view.member_table
    qtbot.waitUntil(lambda: KARIM in _names_shown(table), timeout=15_000)
    qtbot.waitUntil(lambda: view.name_button.isVisible(), timeout=2_000)
    table.selectionModel().clearCurrentIndex()
    assert not view.name_button.isEnabled()  # nobody chosen yet

    # the mouse: choose Karim's row, the button opens the dialog; Escape leaves it
    row = _row_of(table, KARIM)
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.name_button.isEnabled()
    qtbot.mouseClick(view.name_button, Qt.MouseButton.LeftButton)
    dialog = modal_dialog(qtbot, NameDialog)
    assert dialog.email_value.text() == karim.email
    assert dialog.current_value.text() == KARIM and dialog.name_edit.text() == KARIM
    qtbot.waitUntil(dialog.name_edit.hasFocus, timeout=2_000)  # type at once
    with qtbot.waitSignal(dialog.rejected, timeout=2_000):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)

    # the keyboard: F2 on the members list
    app.window.activateWindow()  # offscreen: a closed dialog does not hand activation back
    qtbot.waitUntil(app.window.isActiveWindow, timeout=2_000)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=2_000)
    qtbot.keyClick(table, Qt.Key.Key_Home)
    for _ in range(_row_of(table, KARIM)):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    dialog = modal_dialog(qtbot, NameDialog)
    edit = dialog.name_edit
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, "   ")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # empty: refused, said in the dialog
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == ("Enter the name as this person's colleagues should see "
                                   "it: it cannot be empty.")
    qtbot.waitUntil(edit.hasFocus, timeout=2_000)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "  Zqkarim   benali-elxq ")
    controller = app.sync.controller
    with qtbot.waitSignal(controller.round_finished, timeout=20_000) as round_:
        with qtbot.waitSignal(dialog.accepted, timeout=5_000):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: FIXED in _names_shown(table), timeout=5_000)
        assert view.current_member().user_id == karim.user_id  # still on his row
        assert view.status.text() == "Name saved: colleagues see it after the next sync."
        with app.vault.session(read_only=True) as s:  # this laptop's other screens too
            assert directory.names(s)[karim.user_id] == FIXED
    assert round_.args[0].outcome in ("ok", "clock_skew")  # the save asked for the round

    karim.sync()
    with karim.vault.session(read_only=True) as s:
        assert get_profile(s).display_name == FIXED
        assert directory.names(s)[karim.user_id] == FIXED

"""Where the site assistant's work shows (issue 17): an office-hours session and an agent
asked along on the agenda — the ask called off there with a reason, which the case's
timeline then says — and a request to a department among the follow-ups until its answer
is recorded from there."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime

from tests.factories import TODAY
from tests.ui.ui_helpers import modal_dialog, open_household, shortcut
from ui.agenda.agenda_dialogs import CancelDialog, RescheduleDialog
from ui.casework.agent_along_dialog import AskAgentDialog
from ui.casework.internal_request_dialogs import InternalAnswerDialog, InternalRequestDialog
from ui.qdates import to_qdate


def _ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)


def test_office_hours_and_an_agent_asked_along_on_the_agenda(qtbot, unlocked):
    ws = unlocked.window.workspace
    shortcut(qtbot, unlocked, "Ctrl+5")  # office hours today, 09:00–12:00 at head office
    oh = ws.office_hours
    qtbot.waitUntil(lambda: oh.site_combo.currentText() == "Anneessens", timeout=5_000)
    qtbot.mouseClick(oh.add_session_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: oh.sessions_model.rowCount() == 1, timeout=5_000)

    case = open_household(qtbot, unlocked, "Famille Lefèvre")  # an agent along at 14:00
    case.agent_action.trigger()
    ask = modal_dialog(qtbot, AskAgentDialog)
    ask.date_edit.setDate(to_qdate(TODAY))
    ask.start_edit.setTime(QTime(14, 0))
    qtbot.waitUntil(lambda: ask.address_edit.text() != "", timeout=5_000)
    _ok(qtbot, ask)

    shortcut(qtbot, unlocked, "Ctrl+Shift+A")
    view = ws.agenda
    qtbot.waitUntil(lambda: [(i.kind, i.start_minute) for i in view.items()]
                    == [("office_hours", 540), ("agent_ask", 840)], timeout=5_000)
    m = view.day_model
    assert (m.index(0, 0).data(), m.index(0, 2).data(), m.index(0, 3).data()) == (
        "09:00–12:00", "Office hours · Head office", "Anneessens")
    assert (m.index(1, 2).data(), m.index(1, 3).data()) == (
        "With the neighbourhood agent (no answer yet)", "Famille Lefèvre")

    # office hours move (Enter), they are not cancelled
    view.day_table.setFocus()
    view.day_table.selectRow(0)
    assert view.reschedule_button.isEnabled() and not view.cancel_button.isEnabled()
    qtbot.keyClick(view.day_table, Qt.Key.Key_Return)
    move = modal_dialog(qtbot, RescheduleDialog)
    assert move.place_edit.isHidden()
    move.start_edit.setTime(QTime(8, 30))
    _ok(qtbot, move)
    qtbot.waitUntil(lambda: m.index(0, 0).data() == "08:30–11:30", timeout=5_000)

    # the ask is called off, with a reason the agent will read
    view.day_table.selectRow(1)
    qtbot.waitUntil(view.cancel_button.isEnabled, timeout=5_000)
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    cancel = modal_dialog(qtbot, CancelDialog)
    cancel.reason_edit.setFocus()
    qtbot.keyClicks(cancel.reason_edit, "Gezin niet thuis")
    _ok(qtbot, cancel)
    qtbot.waitUntil(lambda: m.index(1, 6).data() == "Cancelled: Gezin niet thuis",
                    timeout=5_000)
    ws.tabs.setCurrentWidget(case)
    qtbot.waitUntil(lambda: [(e.status, "Gezin niet thuis" in e.text)
                             for e in case.timeline_model.rows() if e.kind == "agent_ask"]
                    == [("cancelled", True)], timeout=5_000)


def test_a_request_to_a_department_waits_among_the_follow_ups(qtbot, unlocked):
    ws = unlocked.window.workspace
    case = open_household(qtbot, unlocked, "Famille Lefèvre")
    case.internal_action.trigger()
    request = modal_dialog(qtbot, InternalRequestDialog)
    request.department_combo.setCurrentIndex(request.department_combo.findData("accounting"))
    request.due_edit.setDate(to_qdate(TODAY).addDays(3))
    request.facts_edit.setFocus()
    qtbot.keyClicks(request.facts_edit, "Huurachterstand van oktober nakijken")
    _ok(qtbot, request)

    shortcut(qtbot, unlocked, "Ctrl+2")
    followups = ws.followups
    table = followups.tables["this_week"]
    qtbot.waitUntil(lambda: followups.models["this_week"].rowCount() == 1, timeout=5_000)
    assert followups.models["this_week"].index(0, 2).data() == (
        "Answer awaited from Accounting / rent: Huurachterstand van oktober nakijken")
    table.setFocus()
    table.selectRow(0)
    qtbot.mouseClick(followups.done_button, Qt.MouseButton.LeftButton)  # the answer, first
    answer = modal_dialog(qtbot, InternalAnswerDialog)
    qtbot.keyClicks(answer.answer_edit, "Klopt, plan loopt")
    _ok(qtbot, answer)
    qtbot.waitUntil(lambda: followups.models["this_week"].rowCount() == 0, timeout=5_000)

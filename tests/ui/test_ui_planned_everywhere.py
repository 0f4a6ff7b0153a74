"""Everything planned moves, is cancelled with a reason or deleted — from the agenda and from
where it is shown (issue 16 item 4), by keyboard and mouse: a referral on the agenda, a
visit and a follow-up in the case's timeline, a follow-up in the follow-ups tab, a welcome
session in its tab. And a case file a supervisor gave me is said in words on my cases and
my day until I open it."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from fieldapp.agenda.agenda import agenda
from fieldapp.casework import followups, referrals, visits, welcome
from fieldapp.casework.models import CaseFile, Reassignment
from fieldapp.people import directory
from fieldapp.records import common as rec
from tests.factories import TODAY
from tests.ui.test_ui_agenda import _agenda, _ok, shot
from tests.ui.ui_helpers import modal_dialog, open_household, shortcut
from ui.agenda.agenda_dialogs import CancelDialog, DeleteDialog, RescheduleDialog
from ui.qdates import to_qdate

TOMORROW = TODAY + timedelta(days=1)
BOSS = "0000000c-0000-4000-8000-00000000000c"


def _seed(ctx):
    def seed(s) -> None:
        case = s.scalar(select(CaseFile))
        me = ctx.actor_id
        referrals.add_referral(s, case_id=case.id, destination="caw", reason="Schuldhulp",
                               referred_on=TODAY, actor_id=me)
        visits.plan_visit(s, case_id=case.id, planned_on=TODAY, purpose="Vocht", actor_id=me,
                          today=TODAY, start_minute=600, duration_minutes=60)
        followups.add_followup(s, case_id=case.id, due_on=TODAY, text="Bellen", actor_id=me,
                               today=TODAY)
        followups.add_followup(s, case_id=case.id, due_on=TODAY, text="Mailen", actor_id=me,
                               today=TODAY)
        welcome.plan_welcome_session(s, site_id=case.site_id, held_on=TOMORROW,
                                     start_minute=18 * 60, actor_id=me, today=TODAY)
        # a supervisor gave me this case file (as a sync round brings it)
        rec.create(s, Reassignment(case_id=case.id, from_worker="", to_worker="Test Assistant",
                                   from_worker_id=None, to_worker_id=me, reason="verlof",
                                   reassigned_on=TODAY, until=None),
                   actor_id=BOSS, collection_id=case.collection_id)
        case.worker_id = me
        directory.remember(s, complete=False, people=[(BOSS, "Sam Supervisor", ["supervisor"])])

    ctx.call(seed)


def test_change_what_is_planned_wherever_it_is_shown(qtbot, unlocked):
    ws = unlocked.window.workspace
    ctx = ws.ctx
    _seed(ctx)

    # my cases and my day say it in words, until I open the file
    notice = ws.households.assigned_notice
    qtbot.waitUntil(lambda: notice.isVisible(), timeout=5_000)
    assert notice.plain_text() == "A case file was assigned to you: Famille Lefèvre"
    shot(unlocked.window, "assigned-notice")

    # the agenda: the referral is there; Enter moves it to tomorrow (a day only)
    view = _agenda(qtbot, unlocked)
    qtbot.waitUntil(view.assigned_notice.isVisible, timeout=5_000)
    qtbot.waitUntil(lambda: "referral" in [i.kind for i in view.items()], timeout=5_000)
    row = [i.kind for i in view.items()].index("referral")
    assert view.day_model.index(row, 2).data() == "Referral to make"
    view.day_table.setFocus()
    view.day_table.selectRow(row)
    qtbot.keyClick(view.day_table, Qt.Key.Key_Return)
    move = modal_dialog(qtbot, RescheduleDialog)
    assert not move.timed
    move.date_edit.setDate(to_qdate(TOMORROW))
    _ok(qtbot, move)
    qtbot.waitUntil(lambda: "referral" not in [i.kind for i in view.items()], timeout=5_000)
    # tomorrow (Alt+N): cancel it with a reason, by mouse
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "referral" in [i.kind for i in view.items()], timeout=5_000)
    view.day_table.selectRow([i.kind for i in view.items()].index("referral"))
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    cancel = modal_dialog(qtbot, CancelDialog)
    cancel.reason_edit.setFocus()
    qtbot.keyClicks(cancel.reason_edit, "Gezin gaat zelf")
    _ok(qtbot, cancel)
    qtbot.waitUntil(lambda: any(i.kind == "referral" and i.status == "cancelled"
                                for i in view.items()), timeout=5_000)

    # the case's timeline: the reason is there; the visit moves, a follow-up is deleted
    case = open_household(qtbot, unlocked, "Famille Lefèvre")
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=5_000)  # opened: told enough
    rows = case.timeline_model.rows
    qtbot.waitUntil(lambda: any(e.kind == "reassignment" for e in rows()), timeout=5_000)
    moved = next(n for n, e in enumerate(rows()) if e.kind == "reassignment")
    assert case.timeline_model.index(moved, 1).data() == (
        "Reassigned from nobody to Test Assistant")
    assert case.timeline_model.index(moved, 1).data(Qt.ItemDataRole.ToolTipRole) == (
        "Reassigned from nobody to Test Assistant by Sam Supervisor on 20/11/2026")
    assert case.timeline_model.index(moved, 3).data() == "Sam Supervisor"  # By
    assert case.timeline_model.index(moved, 4).data() == "verlof"  # the reason
    referral = next(e for e in rows() if e.kind == "referral")
    assert referral.status == "cancelled" and "Gezin gaat zelf" in referral.text
    assert not case.planned.delete_button.isEnabled()  # nothing chosen yet
    case.timeline_table.setFocus()
    case.timeline_table.selectRow(next(n for n, e in enumerate(rows()) if e.kind == "visit"))
    assert case.planned.reschedule_button.isEnabled()
    qtbot.mouseClick(case.planned.reschedule_button, Qt.MouseButton.LeftButton)
    move = modal_dialog(qtbot, RescheduleDialog)
    move.start_edit.setTime(QTime(15, 30))
    _ok(qtbot, move)
    visits_now = []
    ctx.call(lambda s: agenda(s, from_day=TODAY, to_day=TODAY, kinds=("visit",)),
             on_success=visits_now.append)
    qtbot.waitUntil(lambda: bool(visits_now), timeout=5_000)
    assert visits_now[0][0].start_minute == 15 * 60 + 30
    case.timeline_table.setFocus()
    bellen = next(n for n, e in enumerate(rows()) if e.text == "Bellen")
    case.timeline_table.selectRow(bellen)
    qtbot.keyClick(case.timeline_table, Qt.Key.Key_Delete)
    delete = modal_dialog(qtbot, DeleteDialog)
    _ok(qtbot, delete)
    qtbot.waitUntil(lambda: "Bellen" not in [e.text for e in rows()], timeout=5_000)

    # the follow-ups tab: the other one is cancelled with a reason, by keyboard
    shortcut(qtbot, unlocked, "Ctrl+2")
    today = ws.followups.tables["today"]
    qtbot.waitUntil(lambda: ws.followups.section_texts("today") == ["Mailen"], timeout=5_000)
    today.setFocus()
    today.selectRow(0)
    qtbot.keyClick(today, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # C&ancel…
    cancel = modal_dialog(qtbot, CancelDialog)
    qtbot.keyClicks(cancel.reason_edit, "Dubbel")
    qtbot.keyClick(cancel.reason_edit, Qt.Key.Key_Tab)  # on to OK
    assert QApplication.focusWidget() is cancel.buttons.button(cancel.buttons.StandardButton.Ok)
    with qtbot.waitSignal(cancel.accepted, timeout=5_000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: ws.followups.section_texts("today") == [], timeout=5_000)

    # the welcome sessions tab: the planned session, entered by mistake, is deleted
    shortcut(qtbot, unlocked, "Ctrl+4")
    sessions = ws.welcome
    qtbot.waitUntil(lambda: sessions.model.rowCount() == 1, timeout=5_000)
    sessions.table.setFocus()
    sessions.table.selectRow(0)
    assert sessions.planned.cancel_button.isEnabled()
    qtbot.keyClick(sessions.table, Qt.Key.Key_Delete)
    delete = modal_dialog(qtbot, DeleteDialog)
    _ok(qtbot, delete)
    qtbot.waitUntil(lambda: sessions.model.rowCount() == 0, timeout=5_000)
    assert QApplication.activeModalWidget() is None

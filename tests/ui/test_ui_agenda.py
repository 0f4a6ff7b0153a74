"""The agenda (issue 16 item 4), driven by keyboard and mouse: plan a visit with a time and
a place, see it in the day and the week, reschedule it, cancel one with a reason and find
the reason in the case's timeline, delete one entered by mistake; overlaps flagged; the
day sheet read back (times and addresses, no note content)."""

from __future__ import annotations

import io
import os
from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTime

from fieldapp.casework import appointments
from tests.factories import TODAY
from tests.ui.ui_helpers import modal_dialog, open_household, shortcut
from ui.agenda.agenda_dialogs import CancelDialog, DeleteDialog, PlanDialog, RescheduleDialog
from ui.document_export import ExportChoice

DAY = TODAY  # Friday 20 November 2026: the app's today


def shot(widget, name: str) -> None:
    """Save what the person sees when FIELDAPP_SHOTS names a folder (to look at by eye)."""
    folder = os.environ.get("FIELDAPP_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _agenda(qtbot, app):
    shortcut(qtbot, app, "Ctrl+Shift+A")
    view = app.window.workspace.agenda
    qtbot.waitUntil(lambda: view.isVisible() and view.worker_combo.count() > 0, timeout=5_000)
    return view


def _ok(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)


def _plan(qtbot, view, *, kind: str, start: QTime, minutes: int, place: str, purpose: str):
    qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    dialog = modal_dialog(qtbot, PlanDialog)
    qtbot.waitUntil(lambda: dialog.case_combo.count() == 1, timeout=5_000)
    assert "Famille Lefèvre" in dialog.case_combo.currentText()
    assert "Anneessensplein 12" in dialog.case_combo.currentText()  # namesakes told apart
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
    dialog.start_edit.setTime(start)
    dialog.duration_spin.setValue(minutes)
    dialog.place_edit.setFocus()
    shot(dialog, "agenda-plan")
    qtbot.keyClicks(dialog.place_edit, place)
    dialog.purpose_edit.setFocus()
    qtbot.keyClicks(dialog.purpose_edit, purpose)
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.keyClick(dialog.purpose_edit, Qt.Key.Key_Return)


def _rows(view):
    return [(i.kind, i.start_minute, i.status) for i in view.items()]


def test_plan_see_reschedule_cancel_and_delete_in_the_agenda(qtbot, unlocked, tmp_path):
    view = _agenda(qtbot, unlocked)
    assert view.worker_combo.currentText() == "Test Assistant"
    assert view.day_table.hasFocus()

    # plan a home visit at 10:00 for an hour, then an office appointment at 10:30
    _plan(qtbot, view, kind="visit", start=QTime(10, 0), minutes=60, place="",
          purpose="Vochtprobleem bekijken")
    qtbot.waitUntil(lambda: _rows(view) == [("visit", 600, "planned")], timeout=5_000)
    visit = view.items()[0]
    assert visit.where == "Anneessensplein 12, 1000 Brussel"
    assert view.day_model.index(0, 0).data() == "10:00–11:00"
    _plan(qtbot, view, kind="office", start=QTime(10, 30), minutes=30, place="Kantoor",
          purpose="Papieren")
    qtbot.waitUntil(lambda: len(view.items()) == 2, timeout=5_000)
    assert all(i.overlaps for i in view.items())  # 10:00–11:00 and 10:30–11:00
    assert "overlapping" in view.summary.text()
    assert view.day_model.index(0, 7).data() == "Overlaps"
    shot(unlocked.window, "agenda-day")

    # the week (mouse on the radio button): the same two on Friday's column
    qtbot.mouseClick(view.week_radio, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.week_table, timeout=5_000)
    qtbot.waitUntil(lambda: len(view.items()) == 2, timeout=5_000)
    friday = TODAY.weekday()
    assert view.week_model.index(0, friday).data().startswith("10:00–11:00 Home visit")
    assert "Overlaps" in view.week_model.index(0, friday).data()
    assert view.week_model.headerData(friday, Qt.Orientation.Horizontal).endswith("20/11")
    shot(unlocked.window, "agenda-week")

    # reschedule the visit by keyboard: Enter on it, another time
    view.week_table.setFocus()
    view.week_table.setCurrentIndex(view.week_model.index(0, friday))
    qtbot.keyClick(view.week_table, Qt.Key.Key_Return)
    move = modal_dialog(qtbot, RescheduleDialog)
    shot(move, "agenda-reschedule")
    move.start_edit.setTime(QTime(14, 0))
    _ok(qtbot, move)
    qtbot.waitUntil(lambda: sorted(_rows(view)) == [("office", 630, "planned"),
                                                    ("visit", 840, "planned")],
                    timeout=5_000)
    assert not any(i.overlaps for i in view.items())

    # back to the day: cancel the office appointment with a reason
    view.day_radio.setFocus()
    qtbot.keyClick(view.day_radio, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.day_table, timeout=5_000)
    qtbot.waitUntil(lambda: [i.kind for i in view.items()] == ["office", "visit"],
                    timeout=5_000)
    view.day_table.setFocus()
    view.day_table.selectRow(0)
    assert view.cancel_button.isEnabled()
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    cancel = modal_dialog(qtbot, CancelDialog)
    qtbot.mouseClick(cancel.buttons.button(cancel.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)  # no reason: refused, says why
    qtbot.waitUntil(lambda: cancel.error.isVisible(), timeout=5_000)
    cancel.reason_edit.setFocus()
    qtbot.keyClicks(cancel.reason_edit, "Gezin op reis")
    shot(cancel, "agenda-cancel")
    _ok(qtbot, cancel)
    qtbot.waitUntil(lambda: view.items()[0].status == "cancelled", timeout=5_000)
    assert view.day_model.index(0, 6).data() == "Cancelled: Gezin op reis"

    # the reason is in the case's timeline
    case = open_household(qtbot, unlocked, "Famille Lefèvre")
    qtbot.waitUntil(lambda: any(e.kind == "office" for e in case.timeline_model.rows()),
                    timeout=5_000)
    entry = next(e for e in case.timeline_model.rows() if e.kind == "office")
    assert entry.status == "cancelled" and "Gezin op reis" in entry.text

    # the visit was entered by mistake: Delete on it, confirm
    view = _agenda(qtbot, unlocked)
    qtbot.waitUntil(lambda: len(view.items()) == 2, timeout=5_000)
    view.day_table.setFocus()
    view.day_table.selectRow(1)
    qtbot.keyClick(view.day_table, Qt.Key.Key_Delete)
    delete = modal_dialog(qtbot, DeleteDialog)
    assert "entered by mistake" in delete.summary.text()
    _ok(qtbot, delete)
    qtbot.waitUntil(lambda: [i.kind for i in view.items()] == ["office"], timeout=5_000)


def test_the_day_sheet_is_saved_in_the_language_chosen(qtbot, unlocked, tmp_path):
    ctx = unlocked.window.workspace.ctx

    def plan_two(s) -> None:  # two overlapping appointments today, through the app's worker
        case_id = _case_id(s)
        appointments.plan_office_appointment(s, case_id=case_id, on_day=DAY, start_minute=540,
                                             duration_minutes=60, place="Kantoor",
                                             purpose="Schuldbemiddeling vertrouwelijk",
                                             actor_id=ctx.actor_id, today=TODAY)
        appointments.plan_office_appointment(s, case_id=case_id, on_day=DAY, start_minute=570,
                                             actor_id=ctx.actor_id, today=TODAY)

    ctx.call(plan_two)
    view = _agenda(qtbot, unlocked)
    qtbot.waitUntil(lambda: len(view.items()) == 2, timeout=5_000)
    path = tmp_path / "sheet.pdf"
    view.choose_export = lambda _parent, *, on_chosen, file_name, **_kw: on_chosen(
        ExportChoice(str(path), "fr"))
    with qtbot.waitSignal(view.exported, timeout=10_000):
        shortcut(qtbot, unlocked, "Ctrl+P")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)
    assert "Feuille de route du jour" in text and "vendredi 20 novembre 2026" in text
    assert "09:00" in text and "09:30" in text and "CHEVAUCHE" in text
    assert "Kantoor" in text and "Famille Lefèvre" in text
    assert "Schuldbemiddeling" not in text
    assert "feuille-de-route-2026-11-20.pdf" == _suggested(view, "fr")
    assert Path(path).exists()


def _suggested(view, language: str) -> str:
    from fieldapp.agenda.texts import file_name

    return file_name(language, view.day)


def _case_id(s) -> str:
    from sqlalchemy import select

    from fieldapp.casework.models import CaseFile

    return s.scalar(select(CaseFile.id).limit(1))


def test_the_week_moves_by_seven_days(qtbot, unlocked):
    view = _agenda(qtbot, unlocked)
    qtbot.mouseClick(view.week_radio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.day == TODAY + timedelta(days=7)
    qtbot.mouseClick(view.today_button, Qt.MouseButton.LeftButton)
    assert view.day == TODAY


def test_a_visit_planned_from_the_case_file_has_its_time_on_the_agenda(qtbot, unlocked):
    from ui.casework.case_dialogs import PlanVisitDialog

    case = open_household(qtbot, unlocked, "Famille Lefèvre")
    shortcut(qtbot, unlocked, "Ctrl+Shift+V")
    dialog = modal_dialog(qtbot, PlanVisitDialog)
    dialog.start_edit.setTime(QTime(11, 15))
    dialog.duration_spin.setValue(45)
    dialog.place_edit.setFocus()
    qtbot.keyClicks(dialog.place_edit, "Bij de buren")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: any(e.kind == "visit" for e in case.timeline_model.rows()),
                    timeout=5_000)
    view = _agenda(qtbot, unlocked)
    view.next_button.click()  # planned for tomorrow by default
    qtbot.waitUntil(lambda: [(i.kind, i.start_minute, i.duration_minutes, i.where)
                             for i in view.items()] == [("visit", 675, 45, "Bij de buren")],
                    timeout=5_000)


def test_mark_an_office_appointment_held_and_a_follow_up_done(qtbot, unlocked):
    from fieldapp.casework import followups

    ctx = unlocked.window.workspace.ctx

    def plan(s) -> None:
        case_id = _case_id(s)
        appointments.plan_office_appointment(s, case_id=case_id, on_day=DAY, start_minute=540,
                                             actor_id=ctx.actor_id, today=TODAY)
        followups.add_followup(s, case_id=case_id, due_on=DAY, text="Bellen",
                               actor_id=ctx.actor_id, today=TODAY)

    ctx.call(plan)
    view = _agenda(qtbot, unlocked)
    qtbot.waitUntil(lambda: [i.kind for i in view.items()] == ["followup", "office"],
                    timeout=5_000)
    for row in (0, 1):
        view.day_table.setFocus()
        view.day_table.selectRow(row)
        assert view.done_button.isEnabled()
        qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda r=row: view.items()[r].status == "done", timeout=5_000)
    assert not view.done_button.isEnabled()

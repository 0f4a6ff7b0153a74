"""Correcting and deleting the site assistant's records (issue 17): office-hours sessions
and contacts, arrears plans, eviction steps and the outcome, support-plan goals — each by
keyboard or mouse, a deletion only after a question, as a person would."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit
from sqlalchemy import select

from fieldapp.casework.models import FollowUp
from fieldapp.casework.site_work_models import OfficeHoursContact, OfficeHoursSession
from tests.ui.ui_helpers import modal_dialog, open_household, shortcut
from ui.casework.housing_dialog import HousingDialog
from ui.casework.site_work_edit import (
    ArrearsEditDialog,
    ConfirmDialog,
    ContactEditDialog,
    GoalEditDialog,
    SessionEditDialog,
    StepEditDialog,
)
from ui.casework.support_plan_dialog import SupportPlanDialog
from ui.qdates import from_qdate, to_qdate


def _click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        _click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))


def _cancel(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.rejected, timeout=5_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def _type(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_change_and_delete_office_hours(qtbot, unlocked):
    ws = unlocked.window.workspace
    shortcut(qtbot, unlocked, "Ctrl+5")
    view = ws.office_hours
    qtbot.waitUntil(lambda: view.site_combo.currentText() == "Anneessens", timeout=5_000)
    assert not view.delete_session_button.isEnabled()
    _click(qtbot, view.add_session_button)
    qtbot.waitUntil(lambda: view.sessions_model.rowCount() == 1, timeout=5_000)
    qtbot.waitUntil(view.contact_box.isEnabled, timeout=5_000)
    view.visitor_edit.setFocus()
    qtbot.keyClicks(view.visitor_edit, "Buurvrouw blok C")
    qtbot.keyClicks(view.summary_edit, "Vraag over de huurwaarborg")
    qtbot.keyClick(view.summary_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.contacts_model.rowCount() == 1, timeout=5_000)
    qtbot.waitUntil(view.edit_contact_button.isEnabled, timeout=5_000)

    # the contact: she had a case file after all, and a quick question
    _click(qtbot, view.edit_contact_button)
    dialog = modal_dialog(qtbot, ContactEditDialog)
    assert dialog.visitor_edit.text() == "Buurvrouw blok C"
    assert dialog.summary_edit.text() == "Vraag over de huurwaarborg"
    dialog.case_combo.setCurrentIndex(dialog.case_combo.findText("Famille Lefèvre",
                                                                 Qt.MatchFlag.MatchStartsWith))
    assert not dialog.visitor_edit.isEnabled()
    dialog.quick_check.setFocus()
    qtbot.keyClick(dialog.quick_check, Qt.Key.Key_Space)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: [(c.who, c.quick_question) for c in view.contacts_model.rows()]
                    == [("Famille Lefèvre", True)], timeout=5_000)

    # the session: it was by phone, until one o'clock
    view.sessions_table.setFocus()
    _click(qtbot, view.edit_session_button)
    dialog = modal_dialog(qtbot, SessionEditDialog)
    dialog.place_combo.setCurrentIndex(dialog.place_combo.findData("phone"))
    dialog.end_edit.setFocus()
    dialog.end_edit.setCurrentSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClick(dialog.end_edit, Qt.Key.Key_Up)  # the hours: 12 → 13
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: view.sessions_model.index(0, 2).data() == "By phone", timeout=5_000)
    assert view.sessions_model.index(0, 1).data() == "09:00–13:00"

    # the Delete key on the contacts asks first; Escape keeps it
    view.contacts_table.setFocus()
    view.contacts_table.selectRow(0)
    qtbot.keyClick(view.contacts_table, Qt.Key.Key_Delete)
    confirm = modal_dialog(qtbot, ConfirmDialog)
    assert "Delete the contact with Famille Lefèvre?" in confirm.question.text()
    _cancel(qtbot, confirm)
    assert view.contacts_model.rowCount() == 1
    qtbot.keyClick(view.contacts_table, Qt.Key.Key_Delete)
    _ok(qtbot, modal_dialog(qtbot, ConfirmDialog))
    qtbot.waitUntil(lambda: view.contacts_model.rowCount() == 0, timeout=5_000)
    qtbot.waitUntil(lambda: view.sessions_model.rows()[0].contacts == 0, timeout=5_000)

    # then the session itself, by its button
    qtbot.waitUntil(view.delete_session_button.isEnabled, timeout=5_000)
    _click(qtbot, view.delete_session_button)
    confirm = modal_dialog(qtbot, ConfirmDialog)
    assert "the 0 contact(s)" in confirm.question.text()
    _ok(qtbot, confirm)
    qtbot.waitUntil(lambda: view.sessions_model.rowCount() == 0, timeout=5_000)
    with unlocked.vault.session(read_only=True) as s:  # tombstones, waiting to be synced
        rows = [*s.scalars(select(OfficeHoursSession)), *s.scalars(select(OfficeHoursContact))]
        assert [(r.deleted, r.dirty) for r in rows] == [(True, True), (True, True)]
        assert s.scalars(select(OfficeHoursContact.summary)).one() == ""


def test_change_and_delete_arrears_steps_and_outcome(qtbot, unlocked):
    view = open_household(qtbot, unlocked, "Famille Lefèvre")
    _click(qtbot, view.housing_button)
    dialog = modal_dialog(qtbot, HousingDialog)
    _type(qtbot, dialog.debt_spin, "1200")
    _type(qtbot, dialog.monthly_spin, "100")
    _click(qtbot, dialog.add_arrears_button)
    qtbot.waitUntil(lambda: dialog.arrears_model.rowCount() == 1, timeout=5_000)
    dialog.step_combo.setCurrentIndex(dialog.step_combo.findData("summons"))
    dialog.step_remark_edit.setFocus()
    qtbot.keyClicks(dialog.step_remark_edit, "Zitting")
    qtbot.keyClick(dialog.step_remark_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.steps_model.rowCount() == 1, timeout=5_000)
    dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData("kept"))
    _click(qtbot, dialog.record_outcome_button)
    qtbot.waitUntil(dialog.edit_outcome_button.isEnabled, timeout=5_000)

    # nothing selected: a clear message, no dialog
    _click(qtbot, dialog.edit_arrears_button)
    assert dialog.error.text() == "Select a line first."
    dialog.arrears_table.setFocus()
    dialog.arrears_table.selectRow(0)
    _click(qtbot, dialog.edit_arrears_button)
    edit = modal_dialog(qtbot, ArrearsEditDialog)
    _type(qtbot, edit.monthly_spin, "2000")  # more than owed: said, not saved
    _click(qtbot, edit.buttons.button(edit.buttons.StandardButton.Ok))
    qtbot.waitUntil(edit.error.isVisible, timeout=5_000)
    assert "more than the amount owed" in edit.error.text()
    _type(qtbot, edit.monthly_spin, "150")
    _ok(qtbot, edit)
    qtbot.waitUntil(lambda: dialog.arrears_model.index(0, 2).data() == "150,00", timeout=5_000)

    dialog.steps_table.setFocus()
    dialog.steps_table.selectRow(0)
    _click(qtbot, dialog.edit_step_button)
    edit = modal_dialog(qtbot, StepEditDialog)
    assert edit.remark_edit.text() == "Zitting"
    _type(qtbot, edit.remark_edit, "Zitting uitgesteld")
    _ok(qtbot, edit)
    qtbot.waitUntil(lambda: dialog.steps_model.index(0, 2).data() == "Zitting uitgesteld",
                    timeout=5_000)

    _click(qtbot, dialog.edit_outcome_button)
    edit = modal_dialog(qtbot, StepEditDialog)
    assert edit.windowTitle() == "Change the outcome"
    edit.code_combo.setCurrentIndex(edit.code_combo.findData("transfer"))
    _ok(qtbot, edit)
    qtbot.waitUntil(lambda: dialog.outcome_label.text().startswith(
        "Recorded: Moved to a more suitable dwelling"), timeout=5_000)

    # deletions: each asks first
    dialog.steps_table.setFocus()
    dialog.steps_table.selectRow(0)
    qtbot.keyClick(dialog.steps_table, Qt.Key.Key_Delete)
    confirm = modal_dialog(qtbot, ConfirmDialog)
    assert confirm.question.text().startswith('Delete "Summons to the justice of the peace"')
    _ok(qtbot, confirm)
    qtbot.waitUntil(lambda: dialog.steps_model.rowCount() == 0, timeout=5_000)
    dialog.arrears_table.setFocus()
    dialog.arrears_table.selectRow(0)
    _click(qtbot, dialog.delete_arrears_button)
    confirm = modal_dialog(qtbot, ConfirmDialog)
    assert "1.200,00 € owed" in confirm.question.text()
    _ok(qtbot, confirm)
    qtbot.waitUntil(lambda: dialog.arrears_model.rowCount() == 0, timeout=5_000)
    _click(qtbot, dialog.delete_outcome_button)
    _ok(qtbot, modal_dialog(qtbot, ConfirmDialog))
    qtbot.waitUntil(lambda: dialog.outcome_label.text() == "No outcome recorded yet.",
                    timeout=5_000)
    assert not dialog.delete_outcome_button.isEnabled()
    _click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Close))
    whats = {view.timeline_model.index(r, 1).data()
             for r in range(view.timeline_model.rowCount())}
    assert not any(w.startswith(("Arrears plan", "Eviction procedure", "Right to housing"))
                   for w in whats)


def test_change_and_delete_support_plan_goals(qtbot, unlocked):
    view = open_household(qtbot, unlocked, "Famille Lefèvre")
    _click(qtbot, view.plan_button)
    dialog = modal_dialog(qtbot, SupportPlanDialog)
    for text in ("Leefloon aanvragen", "Energiecontract nakijken"):
        dialog.goal_edit.setFocus()
        qtbot.keyClicks(dialog.goal_edit, text)
        qtbot.keyClick(dialog.goal_edit, Qt.Key.Key_Return)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "plan" in {e.kind for e in view.timeline_model.rows()},
                    timeout=5_000)
    plan_row = next(i for i, e in enumerate(view.timeline_model.rows()) if e.kind == "plan")
    view.timeline_table.setFocus()
    view.timeline_table.selectRow(plan_row)
    qtbot.keyClick(view.timeline_table, Qt.Key.Key_Return)
    again = modal_dialog(qtbot, SupportPlanDialog)
    assert [g.text for g in again.goal_rows()] == ["Leefloon aanvragen",
                                                   "Energiecontract nakijken"]
    # reword the first goal and review it a week later
    again.goals_table.setFocus()
    again.goals_table.selectRow(0)
    _click(qtbot, again.edit_goal_button)
    edit = modal_dialog(qtbot, GoalEditDialog)
    _type(qtbot, edit.text_edit, "Leefloon aanvragen bij het OCMW")
    review = from_qdate(edit.review_edit.date()) + timedelta(days=7)
    edit.review_edit.setDate(to_qdate(review))
    _ok(qtbot, edit)
    # the second was a mistake: Delete asks first, and it goes with OK
    again.goals_table.selectRow(1)
    qtbot.keyClick(again.goals_table, Qt.Key.Key_Delete)
    confirm = modal_dialog(qtbot, ConfirmDialog)
    assert '"Energiecontract nakijken"' in confirm.question.text()
    _ok(qtbot, confirm)
    assert [g.text for g in again.goal_rows()] == ["Leefloon aanvragen bij het OCMW"]
    _ok(qtbot, again)
    with unlocked.vault.session(read_only=True) as s:
        live = {(f.text, f.due_on) for f in s.scalars(select(FollowUp).where(
            FollowUp.deleted.is_(False)))}
    assert ("Leefloon aanvragen bij het OCMW", review) in live
    assert not any(text == "Energiecontract nakijken" for text, _ in live)

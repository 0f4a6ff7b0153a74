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
from tests.factories import TODAY
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

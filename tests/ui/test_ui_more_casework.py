"""Referrals, home visits, welcome sessions, filters and the passphrase change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.factories import PASSPHRASE
from tests.ui.ui_helpers import modal_dialog, open_household, shortcut, timeline_texts, unlock
from ui.casework.case_dialogs import (
    FollowUpDialog,
    PlanVisitDialog,
    RecordVisitDialog,
    ReferralDialog,
    UpdateReferralDialog,
)
from ui.settings_dialog import SettingsDialog


def test_add_a_referral_to_the_cpas(qtbot, unlocked):
    view = open_household(qtbot, unlocked, "Famille Lefèvre")
    shortcut(qtbot, unlocked, "Ctrl+Shift+R")
    dialog = modal_dialog(qtbot, ReferralDialog)
    assert dialog.destination_combo.currentText() == "OCMW / CPAS"
    dialog.reason_edit.setFocus()
    qtbot.keyClicks(dialog.reason_edit, "Aanvraag leefloon")
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(e.kind == "referral" for e in view.timeline_model.rows()),
                    timeout=5_000)
    row = next(i for i, e in enumerate(view.timeline_model.rows()) if e.kind == "referral")
    assert view.timeline_model.row_at(row).text.startswith("Aanvraag leefloon")

    view.timeline_table.setFocus()  # then follow it up: Enter on the line
    view.timeline_table.selectRow(row)
    qtbot.keyClick(view.timeline_table, Qt.Key.Key_Return)
    update = modal_dialog(qtbot, UpdateReferralDialog)
    update.status_combo.setCurrentIndex(update.status_combo.findData("completed"))
    update.outcome_edit.setFocus()
    qtbot.keyClicks(update.outcome_edit, "Leefloon toegekend")
    with qtbot.waitSignal(update.accepted, timeout=5_000):
        qtbot.mouseClick(update.buttons.button(update.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(e.kind == "referral" and e.status == "completed"
                                and "Leefloon toegekend" in e.text
                                for e in view.timeline_model.rows()), timeout=5_000)


def test_plan_then_record_a_home_visit_with_a_note(qtbot, unlocked):
    view = open_household(qtbot, unlocked, "Famille Lefèvre")
    shortcut(qtbot, unlocked, "Ctrl+Shift+V")
    dialog = modal_dialog(qtbot, PlanVisitDialog)
    qtbot.keyClicks(dialog.purpose_edit, "Vochtprobleem bekijken")
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.keyClick(dialog.purpose_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(e.kind == "visit" for e in view.timeline_model.rows()),
                    timeout=5_000)
    row = next(i for i, e in enumerate(view.timeline_model.rows()) if e.kind == "visit")
    view.timeline_table.setFocus()
    view.timeline_table.selectRow(row)
    assert view.record_visit_button.isEnabled()
    qtbot.mouseClick(view.record_visit_button, Qt.MouseButton.LeftButton)
    record = modal_dialog(qtbot, RecordVisitDialog)
    record.note_edit.setFocus()
    qtbot.keyClicks(record.note_edit, "Schimmel in de badkamer vastgesteld")
    with qtbot.waitSignal(record.accepted, timeout=5_000):
        qtbot.mouseClick(record.buttons.button(record.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Schimmel in de badkamer vastgesteld" in timeline_texts(view),
                    timeout=5_000)


def test_record_a_welcome_session(qtbot, unlocked):
    ws = unlocked.window.workspace
    shortcut(qtbot, unlocked, "Ctrl+4")
    welcome = ws.welcome
    qtbot.waitUntil(lambda: welcome.attendees.count() == 1, timeout=5_000)
    welcome.attendees.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(welcome.notes_edit, "Uitleg huishoudelijk reglement")
    qtbot.mouseClick(welcome.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: welcome.model.rowCount() == 1, timeout=5_000)
    assert welcome.model.row_at(0).attendee_household_ids


def test_filter_households_by_site_and_status(qtbot, unlocked):
    view = unlocked.window.workspace.households
    # the list opens on my case files: the Lefèvre household's is mine
    assert [r.name for r in view.model.rows()] == ["Famille Lefèvre"]
    view.whose_combo.setCurrentIndex(view.whose_combo.findData("everyone"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5_000)
    view.whose_combo.setCurrentIndex(view.whose_combo.findData(""))  # nobody's yet: none
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=5_000)
    view.whose_combo.setCurrentIndex(view.whose_combo.findData("everyone"))
    view.site_combo.setCurrentIndex(view.site_combo.findText("Peterbos"))
    qtbot.waitUntil(lambda: [r.name for r in view.model.rows()] == ["Gezin Yılmaz"],
                    timeout=5_000)
    view.site_combo.setCurrentIndex(0)
    view.status_combo.setCurrentIndex(view.status_combo.findData("open"))
    qtbot.waitUntil(lambda: [r.name for r in view.model.rows()] == ["Famille Lefèvre"],
                    timeout=5_000)
    assert view.count_label.text() == "Households: 1"


def test_change_the_passphrase_then_unlock_with_the_new_one(qtbot, unlocked):
    shortcut(qtbot, unlocked, "Ctrl+,")
    dialog = modal_dialog(qtbot, SettingsDialog)
    qtbot.keyClicks(dialog.old_edit, PASSPHRASE)
    qtbot.keyClicks(dialog.new_edit, "a new and longer passphrase")
    qtbot.keyClicks(dialog.confirm_edit, "a new and longer passphrase")
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "has been changed" in dialog.passphrase_message.text(),
                    timeout=10_000)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(unlocked.locked, timeout=5_000):
        unlocked.lock()
    unlock(qtbot, unlocked, "a new and longer passphrase")


def test_mark_a_follow_up_as_done(qtbot, unlocked):
    view = open_household(qtbot, unlocked, "Famille Lefèvre")
    view.plan_followup()
    dialog = modal_dialog(qtbot, FollowUpDialog)
    qtbot.keyClicks(dialog.text_edit, "Attest ophalen")
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    ws = unlocked.window.workspace
    shortcut(qtbot, unlocked, "Ctrl+2")
    today = ws.followups.tables["today"]
    qtbot.waitUntil(lambda: ws.followups.section_texts("today") == ["Attest ophalen"],
                    timeout=5_000)
    today.setFocus()
    today.selectRow(0)
    qtbot.mouseClick(ws.followups.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.followups.section_texts("today") == [], timeout=5_000)
    assert ws.followups.boxes["today"].title() == "Due today (0)"


def test_locking_with_a_dialog_open_closes_it_without_harm(qtbot, unlocked):
    open_household(qtbot, unlocked, "Famille Lefèvre")
    shortcut(qtbot, unlocked, "Ctrl+Shift+R")
    modal_dialog(qtbot, ReferralDialog)
    with qtbot.waitSignal(unlocked.locked, timeout=5_000):
        unlocked.lock()
    qtbot.waitUntil(lambda: not any(isinstance(w, ReferralDialog) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()), timeout=2_000)
    unlock(qtbot, unlocked)
    assert unlocked.window.workspace.current_case() is not None

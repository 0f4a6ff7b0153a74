"""The intake analysis and support plan of a case, driven from the case file (issue 17
item 2): rights checked, a goal whose review is a follow-up, then reached."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.ui_helpers import modal_dialog, open_household, shortcut
from ui.casework.support_plan_dialog import SupportPlanDialog


def _ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)


def test_write_a_support_plan_and_reach_its_goal(qtbot, unlocked):
    view = open_household(qtbot, unlocked, "Famille Lefèvre")
    qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    dialog = modal_dialog(qtbot, SupportPlanDialog)
    assert dialog.confidentiality_combo.currentText() == "Team"
    assert dialog.readers_label.text().startswith("Read by the site's social assistants")
    dialog.confidentiality_combo.setCurrentIndex(1)  # said before saving: who reads it
    assert "the supervisors and the colleagues" in dialog.readers_label.text()
    dialog.confidentiality_combo.setCurrentIndex(0)
    dialog.analysis_edit.setFocus()
    qtbot.keyClicks(dialog.analysis_edit, "Huurachterstand na jobverlies, geen leefloon.")
    cpas = dialog.rights["ocmw_cpas"]
    cpas.setCurrentIndex(cpas.findText("To apply for"))
    dialog.goal_edit.setFocus()
    qtbot.keyClicks(dialog.goal_edit, "Leefloon aanvragen bij het OCMW")
    dialog.review_edit.setDate(dialog.review_edit.date().addDays(-27))  # in three days or so
    qtbot.keyClick(dialog.goal_edit, Qt.Key.Key_Return)  # adds the goal, does not close
    assert [g.text for g in dialog.goal_rows()] == ["Leefloon aanvragen bij het OCMW"]
    assert dialog.isVisible()
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: {e.kind for e in view.timeline_model.rows()} >= {"plan",
                                                                            "followup"},
                    timeout=5_000)
    plan_row = next(i for i, e in enumerate(view.timeline_model.rows()) if e.kind == "plan")
    assert view.timeline_model.index(plan_row, 1).data() == "Intake analysis and support plan"
    # that long title does not push the notes' text out of sight at 960×540: "What" is
    # elided (its tooltip holds the title) and the text column starts well inside the view
    unlocked.window.resize(960, 540)
    table = view.timeline_table
    qtbot.waitUntil(lambda: 0 < table.columnViewportPosition(4)
                    < table.viewport().width() * 3 // 4, timeout=5_000)

    # the review is among the follow-ups (and so on the agenda)
    ws = unlocked.window.workspace
    shortcut(qtbot, unlocked, "Ctrl+2")
    qtbot.waitUntil(lambda: ws.followups.section_texts("this_week")
                    == ["Leefloon aanvragen bij het OCMW"], timeout=5_000)

    # open it again from the timeline (Enter): what was saved is there; the goal is reached
    ws.tabs.setCurrentWidget(view)
    view.timeline_table.setFocus()
    view.timeline_table.selectRow(plan_row)
    qtbot.keyClick(view.timeline_table, Qt.Key.Key_Return)
    again = modal_dialog(qtbot, SupportPlanDialog)
    assert again.analysis_edit.toPlainText() == "Huurachterstand na jobverlies, geen leefloon."
    assert again.rights["ocmw_cpas"].currentText() == "To apply for"
    again.goals_table.setFocus()
    again.goals_table.selectRow(0)
    qtbot.mouseClick(again.reached_button, Qt.MouseButton.LeftButton)
    assert again.goals_model.index(0, 2).data() == "Reached"
    _ok(qtbot, again)
    qtbot.waitUntil(lambda: any(e.kind == "followup" and e.done
                                for e in view.timeline_model.rows()), timeout=5_000)

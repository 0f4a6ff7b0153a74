"""The social assistant's day: open a household, write a note, find it, plan a follow-up."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.ui_helpers import modal_dialog, open_household, shortcut, timeline_texts
from ui.casework.case_dialogs import FollowUpDialog


def test_open_a_household_and_write_a_note(qtbot, unlocked):
    view = open_household(qtbot, unlocked, "Famille Lefèvre")
    assert view.name_label.text() == "Famille Lefèvre"
    assert [p.first_name for p in view.people_model.rows()] == ["Amélie", "Noah"]
    # the person signed in and their role, never a tenant's name (issue 15)
    assert unlocked.window.windowTitle() == "FieldApp — Test Assistant (Site social assistant)"
    assert "Lefèvre" not in unlocked.window.windowTitle()

    shortcut(qtbot, unlocked, "Ctrl+N")
    assert view.editor.isVisible()
    assert view.editor.text_edit.hasFocus()
    qtbot.keyClicks(view.editor.text_edit, "Permanentie: vraag naar huurachterstal besproken.")
    qtbot.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Permanentie: vraag naar huurachterstal besproken."
                    in timeline_texts(view), timeout=5_000)
    assert not view.editor.isVisible()


def test_an_empty_note_shows_the_service_error(qtbot, unlocked):
    view = open_household(qtbot, unlocked, "Famille Lefèvre")
    view.new_note()
    qtbot.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.editor.error.isVisible(), timeout=5_000)
    assert view.editor.error.text()
    assert view.editor.isVisible()


def test_find_a_note_with_ctrl_f_and_open_its_case(qtbot, unlocked):
    view = open_household(qtbot, unlocked, "Famille Lefèvre")
    view.new_note()
    qtbot.keyClicks(view.editor.text_edit, "Doorverwijzing naar het OCMW voor energiefactuur.")
    qtbot.keyClick(view.editor.text_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not view.editor.isVisible(), timeout=5_000)
    ws = unlocked.window.workspace
    ws.tabs.setCurrentWidget(ws.households)  # somewhere else; then search

    shortcut(qtbot, unlocked, "Ctrl+F")
    assert ws.tabs.currentWidget() is ws.search
    assert ws.search.query_edit.hasFocus()
    qtbot.keyClicks(ws.search.query_edit, "energiefact")
    qtbot.waitUntil(lambda: ws.search.model.rowCount() == 1, timeout=5_000)
    hit = ws.search.model.row_at(0)
    assert "energiefactuur" in hit.snippet.replace("[", "").replace("]", "")
    assert "Notes found: 1" in ws.search.status_label.text()
    qtbot.keyClick(ws.search.query_edit, Qt.Key.Key_Return)
    qtbot.keyClick(ws.search.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ws.current_case() is view, timeout=5_000)
    selected = view.timeline_model.row_at(view.timeline_table.currentIndex().row())
    assert selected.id == hit.note_id  # the note found is the line selected


def test_plan_a_follow_up_and_see_it_under_today(qtbot, unlocked):
    view = open_household(qtbot, unlocked, "Famille Lefèvre")
    shortcut(qtbot, unlocked, "Ctrl+Shift+U")
    dialog = modal_dialog(qtbot, FollowUpDialog)
    qtbot.keyClicks(dialog.text_edit, "Bel het CAW terug")
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Bel het CAW terug" in timeline_texts(view), timeout=5_000)

    ws = unlocked.window.workspace
    shortcut(qtbot, unlocked, "Ctrl+2")
    assert ws.tabs.currentWidget() is ws.followups
    qtbot.waitUntil(lambda: ws.followups.section_texts("today") == ["Bel het CAW terug"],
                    timeout=5_000)
    assert ws.followups.boxes["today"].title() == "Due today (1)"


def test_a_follow_up_in_the_past_is_refused_in_the_dialog(qtbot, unlocked):
    view = open_household(qtbot, unlocked, "Famille Lefèvre")
    view.plan_followup()
    dialog = modal_dialog(qtbot, FollowUpDialog)
    dialog.due_edit.setDate(dialog.due_edit.date().addDays(-3))
    qtbot.keyClicks(dialog.text_edit, "Te laat")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5_000)
    assert dialog.isVisible()


def test_looking_at_a_household_creates_no_case_file(qtbot, unlocked, world):
    from sqlalchemy import func, select

    from fieldapp.casework.models import CaseFile

    def case_files() -> int:
        with unlocked.vault.session(read_only=True) as s:
            return s.scalar(select(func.count()).select_from(CaseFile))

    before = case_files()
    view = open_household(qtbot, unlocked, "Gezin Yılmaz", query="Yilmaz")
    assert view.case is None and view.no_case.isVisible()
    assert not view.note_button.isEnabled()
    assert case_files() == before  # looking created nothing
    qtbot.mouseClick(view.open_case_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.case is not None, timeout=5_000)
    assert not view.no_case.isVisible() and view.note_button.isEnabled()
    assert case_files() == before + 1

"""The office-hours register, driven as a site assistant would (issue 17 item 1)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldapp.supervision.indicators import indicators
from tests.factories import TODAY
from tests.ui.ui_helpers import shortcut


def _click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _pick(combo, text: str) -> None:  # type: ignore[no-untyped-def]
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(text))
    combo.setCurrentIndex(index)


def test_a_session_with_a_tenant_and_a_quick_question(qtbot, unlocked):
    ws = unlocked.window.workspace
    shortcut(qtbot, unlocked, "Ctrl+5")
    view = ws.office_hours
    assert ws.tabs.currentWidget() is view
    qtbot.waitUntil(lambda: view.site_combo.currentText() == "Anneessens", timeout=5_000)
    _pick(view.place_combo, "Branch office")
    _click(qtbot, view.add_session_button)
    qtbot.waitUntil(lambda: view.sessions_model.rowCount() == 1, timeout=5_000)
    assert view.sessions_table.model().index(0, 1).data() == "09:00–12:00"
    assert view.sessions_table.model().index(0, 2).data() == "Branch office"
    qtbot.waitUntil(view.contact_box.isEnabled, timeout=5_000)

    # a tenant with a case file, sent on to the CPAS
    _pick(view.case_combo, "Famille Lefèvre")
    assert not view.visitor_edit.isEnabled()
    _pick(view.theme_combo, "Rent arrears")
    _pick(view.referred_combo, "OCMW / CPAS")
    view.summary_edit.setFocus()
    qtbot.keyClicks(view.summary_edit, "Vraagt naar een afbetalingsplan")
    qtbot.keyClick(view.summary_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.contacts_model.rowCount() == 1, timeout=5_000)
    # someone without a case file, a quick question: without a name first, a clear message
    qtbot.waitUntil(lambda: view.case_combo.currentIndex() == 0, timeout=5_000)
    view.quick_check.setFocus()
    qtbot.keyClick(view.quick_check, Qt.Key.Key_Space)
    assert view.quick_check.isChecked()
    _click(qtbot, view.add_contact_button)
    qtbot.waitUntil(view.error.isVisible, timeout=5_000)
    assert "Say who came" in view.error.text()
    view.visitor_edit.setFocus()
    qtbot.keyClicks(view.visitor_edit, "Buurman blok B")
    _click(qtbot, view.add_contact_button)
    qtbot.waitUntil(lambda: view.contacts_model.rowCount() == 2, timeout=5_000)
    shown = {(r.who, r.quick_question, r.referred_to) for r in view.contacts_model.rows()}
    assert shown == {("Famille Lefèvre", False, "ocmw_cpas"), ("Buurman blok B", True, "none")}
    qtbot.waitUntil(lambda: view.sessions_model.rows()[0].contacts == 2, timeout=5_000)

    # the supervisor's indicators count the session and both contacts
    with unlocked.vault.session(read_only=True) as s:
        facts = {(f.indicator, f.category): f.count
                 for f in indicators(s, start=TODAY, end=TODAY).facts}
    assert facts[("office_hours_sessions", "branch")] == 1
    assert facts[("office_hours_contacts", "case_file")] == 1
    assert facts[("office_hours_contacts", "quick_question")] == 1

"""Auto-lock with the draft kept; Ctrl+L; switching the language at runtime."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldapp.local import drafts
from tests.ui.ui_helpers import (
    ManualClock,
    loaded,
    modal_dialog,
    open_household,
    shortcut,
    unlock,
)
from ui.settings_dialog import SettingsDialog

DRAFT = "Huisbezoek gepland, de huurder vraagt hulp bij de OCMW-aanvraag"


def test_idle_lock_keeps_the_draft_and_restores_the_case(qtbot, make_app, world):
    clock = ManualClock()  # the idle time passes by the clock, not by waiting
    app = make_app(idle_ms=60_000, clock=clock)
    unlock(qtbot, app)
    view = open_household(qtbot, app, "Famille Lefèvre")
    shortcut(qtbot, app, "Ctrl+N")
    qtbot.keyClicks(view.editor.text_edit, DRAFT)
    vault = app.vault

    clock.now += 59  # then leave the keyboard alone: not quite the whole minute
    app.idle.check_now()
    assert not vault.is_locked and app.vault is vault
    clock.now += 1  # the whole minute
    with qtbot.waitSignal(app.locked, timeout=5_000):
        app.idle.check_now()
    assert vault.is_locked  # keys dropped, engine disposed
    assert app.vault is None and app.context is None
    assert app.window.workspace is None  # every screen with personal data is gone
    assert app.window.stack.currentWidget() is app.window.unlock_page
    # no area's menu or action is left in the window: only the shell's
    assert [a.text() for a in app.window.menuBar().actions()] == ["&File", "&Sync", "&Help"]

    unlock(qtbot, app)
    ws = app.window.workspace
    qtbot.waitUntil(lambda: ws.current_case() is not None
                    and ws.current_case().editor.isVisible(), timeout=5_000)
    restored = ws.current_case()
    assert restored.household_id == world.household_id
    assert restored.editor.text_edit.toPlainText() == DRAFT
    assert restored.editor.draft_label.isVisible()

    qtbot.mouseClick(restored.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not restored.editor.isVisible(), timeout=5_000)
    with app.vault.session() as s:  # saved as a note, so the draft is gone
        assert drafts.load_draft(s, key=f"note:{world.case_id}") is None


def test_ctrl_l_locks_on_demand(qtbot, unlocked):
    open_household(qtbot, unlocked, "Famille Lefèvre")
    with qtbot.waitSignal(unlocked.locked, timeout=5_000):
        shortcut(qtbot, unlocked, "Ctrl+L")
    assert unlocked.window.workspace is None
    assert unlocked.window.unlock_page.passphrase_edit.hasFocus()


def test_switch_to_french_and_see_french_labels(qtbot, unlocked):
    w = unlocked.window
    ws = w.workspace
    assert ws.tabs.tabText(0) == "Households"
    shortcut(qtbot, unlocked, "Ctrl+,")
    dialog = modal_dialog(qtbot, SettingsDialog)
    dialog.language_combo.setFocus()
    qtbot.keyClicks(dialog.language_combo, "Fr")  # type-ahead picks "Français"
    assert dialog.language_combo.currentData() == "fr"
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.tabs.tabText(0) == "Ménages", timeout=2_000)
    assert ws.tabs.tabText(1) == "Suivis"
    assert w.file_menu.title() == "&Fichier"
    assert "Hors ligne" in w.sync_label.text()
    assert ws.households.count_label.text().startswith("Ménages")
    assert unlocked.settings.language == "fr"

    view = open_household(qtbot, unlocked, "Famille Lefèvre")
    assert view.note_button.text() == "&Nouvelle note"
    assert view.editor.kind_combo.itemText(0) == "Permanence"


def test_a_draft_in_a_background_tab_survives_the_lock(qtbot, unlocked):
    first = open_household(qtbot, unlocked, "Famille Lefèvre")
    first.new_note()
    qtbot.keyClicks(first.editor.text_edit, "Nog af te werken verslag")
    ws = unlocked.window.workspace
    second = open_household(qtbot, unlocked, "Gezin Yılmaz", query="Yilmaz")
    assert ws.current_case() is second and not first.isVisible()
    with qtbot.waitSignal(unlocked.locked, timeout=5_000):
        unlocked.lock()
    unlock(qtbot, unlocked)
    ws = unlocked.window.workspace
    qtbot.waitUntil(lambda: len(ws.case_views()) == 2 and all(loaded(v) for v in ws.case_views()),
                    timeout=5_000)
    restored = next(v for v in ws.case_views() if v.household_id == first.household_id)
    assert restored.editor.text_edit.toPlainText() == "Nog af te werken verslag"
    assert ws.current_case().household_id == second.household_id

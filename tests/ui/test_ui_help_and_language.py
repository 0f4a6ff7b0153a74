"""Before and after unlock as a new user meets the app: a language picker on the first-run
and lock pages, a title that says who is signed in (never a tenant), and a Help menu."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.ui_helpers import modal_dialog, open_household, shortcut, unlock
from ui.help_dialogs import AboutDialog, GuideDialog, ShortcutsDialog


def test_the_first_run_page_switches_language_and_remembers_it(qtbot, make_app, tmp_path):
    app = make_app()
    page = app.window.create_page
    assert page.title.text() == "Welcome to FieldApp"
    picker = page.language_picker.combo
    picker.setFocus()
    qtbot.keyClicks(picker, "F")  # "Français", chosen from the keyboard
    assert picker.currentText() == "Français"
    qtbot.waitUntil(lambda: page.title.text() == "Bienvenue dans FieldApp", timeout=2_000)
    assert app.settings.language == "fr"
    assert app.window.unlock_page.language_picker.combo.currentText() == "Français"


def test_the_lock_page_says_locked_and_offers_the_language(qtbot, unlocked):
    app = unlocked
    with qtbot.waitSignal(app.locked, timeout=5_000):
        app.lock()
    assert app.window.sync_status.state_label.text() == (
        "Locked — synchronisation resumes after unlocking")
    combo = app.window.unlock_page.language_picker.combo
    combo.setFocus()
    qtbot.keyClicks(combo, "N")  # "Nederlands"
    qtbot.waitUntil(lambda: app.window.unlock_page.title.text() == "FieldApp is vergrendeld",
                    timeout=2_000)


def test_the_title_names_the_person_and_role_never_a_tenant(qtbot, unlocked):
    window = unlocked.window
    assert window.windowTitle() == "FieldApp — Test Assistant (Site social assistant)"
    open_household(qtbot, unlocked, "Famille Lefèvre")
    assert "Lefèvre" not in window.windowTitle()
    with qtbot.waitSignal(unlocked.locked, timeout=5_000):
        unlocked.lock()
    assert window.windowTitle() == "FieldApp"


def test_help_shows_the_guide_the_shortcuts_and_about(qtbot, unlocked):
    shortcut(qtbot, unlocked, "F1")
    guide = modal_dialog(qtbot, GuideDialog)
    assert "Site social assistant" in guide.browser.toPlainText()
    assert "Ctrl+N" in guide.browser.toPlainText()
    guide.close()
    shortcut(qtbot, unlocked, "Ctrl+F1")
    keys = modal_dialog(qtbot, ShortcutsDialog)
    rows = {keys.model.item(r, 0).text(): keys.model.item(r, 1).text()
            for r in range(keys.model.rowCount())}
    assert rows["Lock now"] == "Ctrl+L"
    assert rows["Search notes"] == "Ctrl+F"
    assert rows["Synchronise now"] == "F5"
    keys.close()
    unlocked.window.about_action.trigger()
    about = modal_dialog(qtbot, AboutDialog)
    assert about.intro.text().startswith("FieldApp ")
    libraries = {about.model.item(r, 0).text().lower(): about.model.item(r, 2).text()
                 for r in range(about.model.rowCount())}
    assert "pyside6" in libraries and "cryptography" in libraries
    assert libraries["pyside6"] != "—"
    qtbot.keyClick(about, Qt.Key.Key_Escape)


def test_the_guide_comes_in_french_and_dutch(qtbot, make_app, world):
    app = make_app(language="fr")
    unlock(qtbot, app)
    shortcut(qtbot, app, "F1")
    guide = modal_dialog(qtbot, GuideDialog)
    assert "Assistant(e) social(e) de site" in guide.browser.toPlainText()

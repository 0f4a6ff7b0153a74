"""First run, unlock, wrong passphrase: as a person sees them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.factories import PASSPHRASE
from tests.ui.ui_helpers import unlock


def test_create_a_vault_on_first_run(qtbot, make_app, vault_dir):
    app = make_app()
    page = app.window.create_page
    assert app.window.stack.currentWidget() is page
    qtbot.keyClicks(page.name_edit, "Sam Peeters")
    qtbot.keyClicks(page.passphrase_edit, "short")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert "at least 12 characters" in page.error.text()

    page.passphrase_edit.clear()
    qtbot.keyClicks(page.passphrase_edit, "tram canal brique 2026")
    assert page.meter.label_text() in {"Fair", "Strong", "Very strong"}
    qtbot.keyClicks(page.confirm_edit, "tram canal brique 2025")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert "not the same" in page.error.text()

    page.confirm_edit.clear()
    qtbot.keyClicks(page.confirm_edit, "tram canal brique 2026")
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert app.window.workspace is not None
    # who is signed in, in their role (issue 15); never a tenant (test_ui_help_and_language)
    assert app.window.windowTitle() == "FieldApp — Sam Peeters (Site social assistant)"
    assert (vault_dir / "vault.db").exists()
    assert page.passphrase_edit.text() == ""


def test_unlock_with_the_right_passphrase(qtbot, unlocked):
    names = [row.name for row in unlocked.window.workspace.households.model.rows()]
    assert "Famille Lefèvre" in names
    assert "Offline" in unlocked.window.sync_label.text()


def test_wrong_passphrase_says_so_and_stays_locked(qtbot, make_app, world):
    app = make_app()
    page = app.window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, "not the passphrase")
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=10_000)
    assert "passphrase is not correct" in page.error.text()
    assert app.window.workspace is None
    assert page.passphrase_edit.isEnabled()
    page.passphrase_edit.clear()
    unlock(qtbot, app, PASSPHRASE)

"""Driving the sync parts of the app in tests: enrol through the first-run page, F5."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt

from tests.harness.server import admin_create_user
from tests.ui.ui_helpers import shortcut

PASSPHRASE = "correct horse battery staple"


def enrol_through_first_run(qtbot, app, server, *, name: str = "ann") -> str:  # type: ignore[no-untyped-def]
    """A new social assistant: the administrator's code, then the first-run page."""
    email = f"{name}-{uuid.uuid4().hex[:8]}@example.org"
    code = admin_create_user(server.admin, email=email, role="social_assistant", name=name)
    w = app.window
    assert w.stack.currentWidget() is w.create_page
    qtbot.mouseClick(w.create_page.enrol_button, Qt.MouseButton.LeftButton)
    page = app.sync.account_page
    assert w.stack.currentWidget() is page
    assert page.device_edit.text()  # the host name by default
    qtbot.keyClicks(page.server_edit, server.base_url)
    qtbot.keyClicks(page.email_edit, email)
    qtbot.keyClicks(page.name_edit, name)
    qtbot.keyClicks(page.code_edit, code)
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(page.confirm_edit, PASSPHRASE)
    qtbot.keyClick(page.confirm_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.workspace is not None, timeout=15_000)
    return email


def grant(team, boss, app) -> None:  # type: ignore[no-untyped-def]
    """The supervisor grants the new account the team's collections (fingerprint checked)."""
    from sync.engine.team import grant_all

    client = app.sync.engine.client()
    grant_all(boss.engine, client.user.id, fingerprint=client.my_fingerprint())


def press_f5_and_wait(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    controller = app.sync.controller
    qtbot.waitUntil(lambda: not app.runner.busy, timeout=5_000)  # earlier status reads done
    before = controller.status
    with qtbot.waitSignal(controller.round_finished, timeout=20_000) as blocker:
        w = app.window
        w.activateWindow()  # offscreen: a window shown after another one is not active
        qtbot.waitUntil(w.isActiveWindow, timeout=2_000)
        shortcut(qtbot, app, "F5")
    report = blocker.args[0]
    assert report.outcome in ("ok", "clock_skew"), report
    qtbot.waitUntil(lambda: not controller.running and controller.status is not before,
                    timeout=5_000)


def open_in_app(qtbot, make_sync_app, member, **kwargs):  # type: ignore[no-untyped-def]
    """A vault enrolled headless (desktop_helpers.Team), opened in the app as a person would."""
    member.engine.close()
    member.vault.lock()
    app = make_sync_app(folder=member.folder, **kwargs)
    page = app.window.unlock_page
    assert app.window.stack.currentWidget() is page
    qtbot.keyClicks(page.passphrase_edit, member.passphrase)
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.sync.controller is not None
                    and app.sync.controller.status is not None, timeout=10_000)
    return app

"""What the window does with the outcomes of a round: clock skew, a withdrawn device, too
many days offline (against the real server)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldapp.vault import Vault
from sync.engine import state
from sync.protocol import DeviceInfo, RevokeDeviceRequest
from tests.factories import make_world
from tests.ui.sync.ui_sync_helpers import open_in_app, press_f5_and_wait

pytestmark = pytest.mark.postgres


def _assistant(team):  # type: ignore[no-untyped-def]
    """A social assistant granted a small world by a supervisor, synced once."""
    boss = team.enrol("supervisor", "boss")
    make_world(boss.vault)
    boss.sync()
    ann = team.enrol("social_assistant", "ann")
    team.grant(boss, ann)
    ann.sync()
    return ann


def test_the_status_bar_shows_a_clock_that_is_off(qtbot, team, make_sync_app) -> None:  # type: ignore[no-untyped-def]
    ann = _assistant(team)
    app = open_in_app(qtbot, make_sync_app, ann)
    status = app.window.sync_status
    assert not status.skew_label.isVisible()
    team.server.clock.offset = 600.0
    press_f5_and_wait(qtbot, app)
    assert status.skew_label.isVisible()
    assert status.skew_label.text() == "⚠ This computer's clock is 10 min behind the server's"
    assert status.state_label.text() == "● Online"  # a warning, not a stop
    assert QApplication.activeModalWidget() is None


def test_a_withdrawn_device_goes_back_to_the_first_run_page(qtbot, team, make_sync_app) -> None:  # type: ignore[no-untyped-def]
    ann = _assistant(team)
    device = ann.engine.client().device_id
    app = open_in_app(qtbot, make_sync_app, ann)
    team.server.admin.http.call("POST", f"/v1/admin/devices/{device}/revoke", DeviceInfo,
                                RevokeDeviceRequest(wipe=True))
    with qtbot.waitSignal(app.sync.controller.round_finished, timeout=20_000) as blocker:
        app.window.sync_action.trigger()
    assert blocker.args[0].outcome == "wiped"
    w = app.window
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.create_page, timeout=5_000)
    assert w.workspace is None and app.vault is None
    assert not Vault.exists(ann.folder)
    box = next(b for b in QApplication.topLevelWidgets()
               if isinstance(b, QMessageBox) and b.isVisible())
    assert box.windowTitle() == "This device was withdrawn"
    assert "data on it has been removed" in box.text()
    assert w.sync_label.text() == "Offline — not connected to a server"
    box.close()


def test_too_long_offline_replaces_the_workspace_until_a_sync(qtbot, team, make_sync_app) -> None:  # type: ignore[no-untyped-def]
    ann = _assistant(team)
    with ann.vault.session() as s:  # the last contact was 31 days ago (limit: 30)
        state.meta_set(s, "last_contact_at", time.time() - 31 * 86400)
    app = open_in_app(qtbot, make_sync_app, ann)
    w, page = app.window, app.sync.locked_page
    qtbot.waitUntil(lambda: w.stack.currentWidget() is page, timeout=5_000)
    assert "has not reached the server for more than 30 days" in page.text.text()
    ws = w.workspace
    assert ws.go_menu.menuAction() not in w.menuBar().actions()
    assert not ws.households_action.isEnabled()
    assert w.lock_action.isEnabled()
    with qtbot.waitSignal(app.sync.controller.round_finished, timeout=20_000):
        page.sync_button.click()
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.host, timeout=5_000)
    assert ws.go_menu.menuAction() in w.menuBar().actions() and ws.households_action.isEnabled()

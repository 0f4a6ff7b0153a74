"""Issue 18: the collective assistant works with the server stopped. Their own uvicorn (on
the test database) is stopped: F5 says offline, and the assistant still plans a meeting,
starts a campaign and records a door, registers and books a room and publishes a call —
all saved on the laptop, waiting. The server starts again on the same address: one round
takes everything to the supervisor."""

from __future__ import annotations

import socket
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from fieldapp.collective import campaigns as cp
from fieldapp.collective import meetings as mt
from fieldapp.collective import participation as pt
from fieldapp.collective import rooms as rm
from fieldapp.registry.neighbourhoods import define_neighbourhood
from tests.factories import make_world
from tests.harness.server import LiveServer
from tests.integration.desktop_sync.desktop_helpers import Team
from tests.integration.desktop_sync.test_collective import grant_collective
from tests.ui.sync.ui_sync_helpers import open_in_app, press_f5_and_wait
from tests.ui.ui_helpers import shortcut
from ui.collective.workspace import CollectiveWorkspace

pytestmark = pytest.mark.postgres


class StoppableServer:
    """A second real server (create_app over the test database) that the test stops and
    starts again on the same port of 127.0.0.1."""

    def __init__(self, settings) -> None:  # type: ignore[no-untyped-def]
        from sync.server.app import create_app

        self.app = create_app(settings)
        self.live: LiveServer | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        live = LiveServer(self.app)
        if self.port:  # the same address as before
            live.sock.close()
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(("127.0.0.1", self.port))
            live.sock, live.port, live.url = sock, self.port, self.url
            live.thread = threading.Thread(target=live.server.run,
                                           kwargs={"sockets": [sock]}, daemon=True)
        self.port = live.port
        self.live = live.__enter__()

    def stop(self) -> None:
        if self.live is not None:
            self.live.__exit__()
            self.live = None

    def close(self) -> None:
        self.stop()
        self.app.state.engine.dispose()


@pytest.fixture
def door(server_settings):  # type: ignore[no-untyped-def]
    server = StoppableServer(server_settings)
    server.start()
    yield server
    server.close()


def _click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _f5_offline(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    controller = app.sync.controller
    qtbot.waitUntil(lambda: not app.runner.busy, timeout=5_000)
    with qtbot.waitSignal(controller.round_finished, timeout=20_000) as blocker:
        app.window.activateWindow()
        qtbot.waitUntil(app.window.isActiveWindow, timeout=2_000)
        shortcut(qtbot, app, "F5")
    assert blocker.args[0].outcome == "offline"
    qtbot.waitUntil(lambda: not controller.running, timeout=5_000)


def test_the_collective_assistant_works_with_the_server_stopped(
        qtbot, team, sync_server, door, make_sync_app, tmp_path: Path) -> None:
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    # the collective assistant's laptop talks to the server that will be stopped
    behind_door = Team(SimpleNamespace(admin=sync_server.admin, base_url=door.url),
                       tmp_path / "cma", org=team.org)
    cma = behind_door.enrol("collective_assistant", "cma")
    try:
        with boss.vault.session() as s:
            define_neighbourhood(s, name="Anneessens-Centrum", site_ids=[world.site_id],
                                 assistant_ids=[cma.user_id], actor_id=world.actor_id)
        boss.sync()
        grant_collective(boss, cma)
        cma.sync()
        app = open_in_app(qtbot, make_sync_app, cma)
        w = app.window
        qtbot.waitUntil(lambda: w.workspace is not None, timeout=10_000)
        work = w.workspace
        assert isinstance(work, CollectiveWorkspace)

        door.stop()  # the server is down
        _f5_offline(qtbot, app)
        qtbot.waitUntil(lambda: "Offline" in w.sync_status.state_label.text(), timeout=5_000)

        # a meeting planned
        view = work.meetings
        qtbot.waitUntil(lambda: view.hood_combo.currentText() == "Anneessens-Centrum",
                        timeout=5_000)
        view.place_edit.setFocus()
        qtbot.keyClicks(view.place_edit, "Buurthuis")
        _click(qtbot, view.plan_button)
        qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5_000)
        # a campaign and its first door
        shortcut(qtbot, app, "Ctrl+3")
        camp = work.campaigns
        qtbot.waitUntil(lambda: camp.buildings.count() == 1, timeout=5_000)
        camp.title_edit.setFocus()
        qtbot.keyClicks(camp.title_edit, "Energie besparen")
        camp.buildings.setFocus()
        camp.buildings.setCurrentRow(0)
        qtbot.keyClick(camp.buildings, Qt.Key.Key_Space)
        _click(qtbot, camp.new_button)
        qtbot.waitUntil(lambda: camp.doors.count() == 1, timeout=5_000)
        camp.doors.setFocus()
        camp.doors.setCurrentRow(0)
        camp.outcome_combo.setCurrentIndex(camp.outcome_combo.findData("leaflet"))
        _click(qtbot, camp.door_button)
        qtbot.waitUntil(lambda: camp.model.rowCount() == 1
                        and camp.model.rows()[0].visited == 1, timeout=5_000)
        # a room and a booking
        shortcut(qtbot, app, "Ctrl+4")
        rooms = work.rooms
        qtbot.waitUntil(lambda: rooms.site_combo.count() == 1, timeout=5_000)
        rooms.name_edit.setFocus()
        qtbot.keyClicks(rooms.name_edit, "Fietsenberging")
        _click(qtbot, rooms.add_button)
        qtbot.waitUntil(lambda: rooms.model.rowCount() == 1 and rooms.book_button.isEnabled(),
                        timeout=5_000)
        rooms.purpose_edit.setFocus()
        qtbot.keyClicks(rooms.purpose_edit, "Fietsatelier")
        _click(qtbot, rooms.book_button)
        qtbot.waitUntil(lambda: rooms.bookings.count() == 1, timeout=5_000)
        # a call for projects
        shortcut(qtbot, app, "Ctrl+5")
        part = work.participation
        part.call_title.setFocus()
        qtbot.keyClicks(part.call_title, "Projectoproep 2026")
        _click(qtbot, part.publish_button)
        qtbot.waitUntil(lambda: part.model.rowCount() == 1, timeout=5_000)

        # all of it is in the vault, waiting; another F5 is still offline
        qtbot.waitUntil(lambda: app.sync.controller.status.waiting >= 6, timeout=5_000)
        _f5_offline(qtbot, app)
        assert app.sync.controller.status.waiting >= 6
        assert not app.sync.controller.status.online

        door.start()  # the server is back, at the same address
        press_f5_and_wait(qtbot, app)
        qtbot.waitUntil(lambda: app.sync.controller.status.waiting == 0, timeout=5_000)
        qtbot.waitUntil(lambda: "Online" in w.sync_status.state_label.text(), timeout=5_000)

        boss.sync()
        with boss.vault.session(read_only=True) as s:
            assert [m.place for m in mt.list_meetings(s)] == ["Buurthuis"]
            [c] = cp.list_campaigns(s)
            assert (c.title, c.visited) == ("Energie besparen", 1)
            [r] = rm.list_rooms(s, today=c.starts_on)
            assert [b.purpose for b in rm.bookings_of(s, r.id)] == ["Fietsatelier"]
            assert [x.title for x in pt.list_calls(s)] == ["Projectoproep 2026"]
    finally:
        behind_door.close()

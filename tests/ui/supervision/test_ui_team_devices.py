"""The team page lists the team's devices and revokes one, with or without wipe, after a
confirmation saying plainly what happens (the server call runs through the task runner),
against the real server: a supervisor and a field worker's enrolled laptop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel

import ui.supervision.team_view as team_view
from sync.client.errors import DeviceWiped, SessionEnded
from sync.team import Team
from tests.ui.supervision.team_helpers import laptop_with_names


@pytest.fixture
def view(qtbot, sync_server, runner):  # type: ignore[no-untyped-def]
    sup = sync_server.new_user("supervisor", name="Sara Sup", device_name="sara-desk")
    alice = sync_server.new_user("social_assistant", name="Alice Janssens",
                                 device_name="alice-laptop")
    ctx = laptop_with_names(runner, {sup.user.id: "Sara Sup",  # no vault: no site names
                                     alice.user.id: "Alice Janssens"})
    v = team_view.TeamView(ctx, client_provider=lambda: sup)  # type: ignore[arg-type]
    qtbot.addWidget(v)
    with qtbot.waitSignal(v.loaded, timeout=15_000):
        v.refresh()
    v.sup, v.alice = sup, alice
    return v


def _rows(v) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    model = v.device_table.model()
    return [(model.index(r, 0).data(), model.index(r, 1).data())
            for r in range(model.rowCount())]


def _select_device(v, name: str) -> None:  # type: ignore[no-untyped-def]
    row = [device for _, device in _rows(v)].index(name)
    index = v.device_table.model().index(row, 0)
    v.device_table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)


def _server_device(v, device_id: str):  # type: ignore[no-untyped-def]
    return {d.id: d for d in Team(v.sup).team_devices()}[device_id]


@pytest.mark.parametrize("wipe", [False, True])
def test_revoke_asks_plainly_then_revokes(qtbot, view, monkeypatch, wipe) -> None:  # type: ignore[no-untyped-def]
    # the supervisor's own device and the field worker's, each by its person's name; the
    # server knows a device by a label from its id, never by the name typed on the laptop
    laptop, desk = view.alice.device_id, view.sup.device_id
    label = f"device-{laptop[:6]}"
    assert sorted(_rows(view)) == [("Alice Janssens", label), ("Sara Sup", f"device-{desk[:6]}")]
    _select_device(view, label)
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(view, "confirm", lambda t, x: asked.append((t, x)) or False)
    (view.wipe_button if wipe else view.revoke_button).click()
    runner_idle = view.ctx.runner.wait_for_done(5_000)
    assert runner_idle and _server_device(view, laptop).revoked_at is None  # "No" revokes nothing
    assert label in asked[0][1] and "Alice Janssens" in asked[0][1]
    assert ("erases its vault" in asked[0][1]) is wipe
    assert ("stays on it" in asked[0][1]) is not wipe
    monkeypatch.setattr(view, "confirm", lambda t, x: True)
    with qtbot.waitSignal(view.loaded, timeout=15_000):  # revoked, then the page reloads
        (view.wipe_button if wipe else view.revoke_button).click()
    revoked = _server_device(view, laptop)
    assert revoked.revoked_at is not None and revoked.wipe is wipe
    assert _server_device(view, view.sup.device_id).revoked_at is None  # only that one
    assert view.status.text().startswith("Device revoked.")
    assert ("erases its vault" in view.status.text()) is wipe
    with pytest.raises(SessionEnded) as ended:  # the laptop is cut off
        view.alice.refresh_session()
    assert isinstance(ended.value, DeviceWiped) is wipe  # and told to wipe only if ordered

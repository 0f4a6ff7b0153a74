"""The team page lists the team's devices and revokes one, with or without wipe, after a
confirmation saying plainly what happens (the server call runs through the task runner)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QItemSelectionModel

import ui.supervision.team_view as team_view
from sync.protocol import DeviceInfo
from sync.team import TeamMember

SUP, ALICE = "00000000-0000-4000-8000-0000000000a1", "00000000-0000-4000-8000-0000000000b2"
LAPTOP = "00000000-0000-4000-8000-0000000000c3"


def _device(device_id, user_id, name, *, revoked=None, wipe=False):  # type: ignore[no-untyped-def]
    return DeviceInfo(id=device_id, user_id=user_id, name=name, created_at=1.0,
                      last_seen_at=2.0, revoked_at=revoked, wipe=wipe)


class FakeTeam:
    def __init__(self, client) -> None:  # type: ignore[no-untyped-def]
        self.client = client

    def members(self):  # type: ignore[no-untyped-def]
        return [TeamMember(SUP, "Sara Sup", "supervisor", "1"),
                TeamMember(ALICE, "Alice Janssens", "social_assistant", "2")]

    def my_code(self) -> str:
        return "1"

    def collections(self):  # type: ignore[no-untyped-def]
        return []

    def audit(self):  # type: ignore[no-untyped-def]
        return []

    def team_devices(self):  # type: ignore[no-untyped-def]
        return list(self.client.devices.values())

    def revoke_device(self, device_id, *, wipe=True):  # type: ignore[no-untyped-def]
        self.client.calls.append((device_id, wipe))
        old = self.client.devices[device_id]
        self.client.devices[device_id] = _device(device_id, old.user_id, old.name,
                                                 revoked=3.0, wipe=wipe)
        return self.client.devices[device_id]


class InlineRunner:
    def run(self, fn, *, on_success=None, on_failure=None, on_progress=None):  # type: ignore[no-untyped-def]
        try:
            result = fn()
        except Exception as exc:
            if on_failure:
                on_failure(exc)
        else:
            if on_success:
                on_success(result)


@pytest.fixture
def view(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(team_view, "Team", FakeTeam)
    client = SimpleNamespace(calls=[], devices={
        LAPTOP: _device(LAPTOP, ALICE, "alice-laptop")})
    ctx = SimpleNamespace(runner=InlineRunner(), call=lambda *a, **k: None)
    v = team_view.TeamView(ctx, client_provider=lambda: client)  # type: ignore[arg-type]
    qtbot.addWidget(v)
    v.refresh()
    v.client = client
    return v


def _select_first_device(v) -> None:  # type: ignore[no-untyped-def]
    index = v.device_table.model().index(0, 0)
    v.device_table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)


@pytest.mark.parametrize("wipe", [False, True])
def test_revoke_asks_plainly_then_revokes(view, monkeypatch, wipe) -> None:  # type: ignore[no-untyped-def]
    assert view.devices.rowCount() == 1
    assert view.devices.index(0, 0).data() == "Alice Janssens"  # the person, by name
    _select_first_device(view)
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(view, "confirm", lambda t, x: asked.append((t, x)) or False)
    (view.wipe_button if wipe else view.revoke_button).click()
    assert view.client.calls == []  # "No" revokes nothing
    assert "alice-laptop" in asked[0][1] and "Alice Janssens" in asked[0][1]
    assert ("erases its vault" in asked[0][1]) is wipe
    assert ("stays on it" in asked[0][1]) is not wipe
    monkeypatch.setattr(view, "confirm", lambda t, x: True)
    (view.wipe_button if wipe else view.revoke_button).click()
    assert view.client.calls == [(LAPTOP, wipe)]
    assert view.status.text().startswith("Device revoked.")
    assert ("erases its vault" in view.status.text()) is wipe

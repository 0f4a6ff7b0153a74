"""Revoked devices, disabled accounts, clock skew, offline limits and misbehaving servers."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from datetime import date

import pytest

from fieldapp.casework import cases as casework
from fieldapp.local.profile import get_profile
from fieldapp.vault import Vault
from sync.engine import SyncEngine
from sync.protocol import AdminUser, DeviceInfo, RevokeDeviceRequest
from tests.factories import make_world
from tests.integration.desktop_sync.desktop_helpers import NoSecretStore, fast_client, snapshot

pytestmark = pytest.mark.postgres


def _member_with_note(team):  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    with boss.vault.session() as s:
        casework.add_note(s, case_id=world.case_id, kind="phone_call", text="Belangrijk.",
                          occurred_on=date(2026, 11, 19), actor_id=get_profile(s).id)
    boss.sync()
    return boss


def test_a_device_revoked_with_wipe_erases_its_vault(team) -> None:  # type: ignore[no-untyped-def]
    boss = _member_with_note(team)
    client = boss.engine.client()
    team.server.admin.http.call(
        "POST", f"/v1/admin/devices/{client.device_id}/revoke", DeviceInfo,
        RevokeDeviceRequest(wipe=True))
    report = boss.engine.run_once()
    assert report.outcome == "wiped"
    assert boss.vault.is_locked
    assert not Vault.exists(boss.folder)
    assert not any(p.name.startswith("vault.") for p in boss.folder.iterdir())


def test_a_disabled_account_drops_the_keys_but_keeps_the_records(team) -> None:  # type: ignore[no-untyped-def]
    boss = _member_with_note(team)
    before = snapshot(boss.vault)
    user_id = boss.user_id
    team.server.admin.http.call("POST", f"/v1/admin/users/{user_id}/disable", AdminUser)
    try:
        report = boss.engine.run_once()
        assert report.outcome == "revoked"
        status = boss.engine.status()
        assert not status.enrolled and status.last_error_kind == "revoked"
        assert snapshot(boss.vault) == before
        assert boss.engine.run_once().outcome == "not_enrolled"
    finally:
        team.server.admin.http.call("POST", f"/v1/admin/users/{user_id}/enable", AdminUser)


def test_clock_skew_is_reported_plainly(team) -> None:  # type: ignore[no-untyped-def]
    boss = _member_with_note(team)
    team.server.clock.offset = 600.0
    report = boss.engine.run_once()
    assert report.outcome == "clock_skew"
    assert 590 < report.clock_skew_seconds < 610
    assert "5 minutes" in report.message
    assert boss.engine.status().clock_skew_seconds == report.clock_skew_seconds


def test_too_many_days_offline_locks_until_the_server_is_reached(team) -> None:  # type: ignore[no-untyped-def]
    import time

    boss = _member_with_note(team)
    now = [time.time()]
    engine = SyncEngine(boss.vault, client_factory=fast_client, clock=lambda: now[0])
    assert engine.run_once().outcome == "ok"
    assert engine.status().max_offline_days == 30
    now[0] += 31 * 86400
    assert engine.status().locked_offline
    offline = SyncEngine(boss.vault, clock=lambda: now[0],
                         client_factory=lambda url, pins: fast_client(_closed_port(), pins))
    assert offline.run_once().outcome == "locked_offline"
    assert engine.run_once().outcome == "ok"  # the network is back: unlocked
    assert not engine.status().locked_offline
    engine.close()
    offline.close()


def _closed_port() -> str:
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}"


class _Bad(http.server.BaseHTTPRequestHandler):
    mode = "500"
    hits = 0

    def _answer(self) -> None:
        type(self).hits += 1
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        if self.mode == "500":
            body, status = b'{"code": "internal", "message": "internal server error"}', 500
        else:
            body, status = b"<html>\x00\xff garbage {", 200
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def bad_server() -> Iterator[tuple[str, type[_Bad]]]:
    handler = type("Handler", (_Bad,), {"hits": 0})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("mode", ["500", "garbage"])
def test_a_misbehaving_server_leaves_local_data_untouched_and_backs_off(
    team, bad_server, mode: str  # type: ignore[no-untyped-def]
) -> None:
    boss = _member_with_note(team)
    url, handler = bad_server
    handler.mode = mode
    with boss.vault.session() as s:  # something waiting to be sent
        casework.add_note(s, case_id=_case(boss), kind="letter_email", text="Brief verstuurd.",
                          occurred_on=date(2026, 11, 20), actor_id=get_profile(s).id)
    before = snapshot(boss.vault)
    waiting = boss.engine.status().waiting
    clock = [1_000_000.0]
    engine = SyncEngine(boss.vault, clock=lambda: clock[0], rng=lambda: 1.0,
                        client_factory=lambda _u, pins: fast_client(url, pins),
                        secret_store=NoSecretStore())
    first = engine.run_once()
    assert first.outcome == "server_error"
    assert handler.hits >= 1
    assert not engine.should_run_now()
    second = engine.run_once()
    assert second.outcome == "server_error"
    assert second.retry_after == 2 * first.retry_after  # exponential backoff
    assert snapshot(boss.vault) == before
    assert boss.engine.status().waiting == waiting
    assert engine.status().last_error_kind == "server_error" and not engine.status().online
    clock[0] += second.retry_after + 1
    assert engine.should_run_now()
    assert boss.sync().pushed == 1  # the real server takes it later
    engine.close()


def _case(member) -> str:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from fieldapp.casework.models import CaseFile

    with member.vault.session(read_only=True) as s:
        return s.scalar(select(CaseFile.id).limit(1))

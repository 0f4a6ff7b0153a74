"""The controller's scheduling with the real engine against the test server: one round at a
time, the next round armed from the engine's backoff when the network is down, the one more
round a save during a round asks for (debounced), nothing while stopped."""

from __future__ import annotations

from sync.engine import SyncEngine
from tests.factories import NoSecretStore, make_world
from tests.integration.desktop_sync.cutting_proxy import CuttingProxy
from tests.integration.desktop_sync.desktop_helpers import fast_client
from ui.sync.controller import SyncController

UP, DOWN = 10**12, 0  # bytes the proxy passes per connection: all of them, none


def test_one_round_at_a_time_and_the_backoff_arms_the_timer(qtbot, team, runner) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    make_world(boss.vault)  # records waiting to be pushed
    proxy = CuttingProxy(int(team.server.base_url.rsplit(":", 1)[1]), cut_after=DOWN)
    engine = SyncEngine(boss.vault, client_factory=lambda _url, pins: fast_client(proxy.url,
                                                                                 pins),
                        secret_store=NoSecretStore(), rng=lambda: 0.0)  # shortest backoff
    c = SyncController(engine, runner, interval_ms=3_600_000, debounce_ms=1_000,
                       first_round_ms=3_600_000)
    finished: list[object] = []
    progress: list[tuple[int, int]] = []

    def round_finished(report: object) -> None:
        finished.append(report)
        proxy.cut_after = UP  # the network is back for the next round

    c.round_finished.connect(round_finished)
    c.progressed.connect(lambda d, t: progress.append((d, t)))
    try:
        c.start()
        qtbot.waitUntil(lambda: c.status is not None, timeout=5_000)
        assert c._timer.isActive() and c._timer.remainingTime() > 3_000_000  # first round later
        assert c.sync_now() is True
        assert c.sync_now() is False  # a round is running: no second one (one more after it)
        qtbot.waitUntil(lambda: len(finished) == 1, timeout=20_000)
        assert finished[0].outcome == "offline"  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: c._timer.isActive() and c._timer.remainingTime() < 3_000,
                        timeout=2_000)  # armed for the backoff (2.5 s), not the long interval
        assert c._debounce.isActive() and not c.running  # the round asked for, debounced
        qtbot.waitUntil(lambda: len(finished) == 2, timeout=20_000)
        assert finished[1].outcome == "ok"  # type: ignore[attr-defined]
        assert progress and all(0 <= done <= total for done, total in progress if total)
        qtbot.waitUntil(lambda: not c.running and c.status is not None
                        and c.status.waiting == 0 and c.status.retry_at is None, timeout=5_000)
        qtbot.waitUntil(lambda: c._timer.isActive() and c._timer.remainingTime() > 3_000_000,
                        timeout=2_000)  # a success resets the backoff: the long interval
        c.stop()
        c.local_change("note")
        assert not c._debounce.isActive() and c.sync_now() is False
        assert len(finished) == 2
    finally:
        c.stop()
        runner.wait_for_done()  # the round ends before the engine closes
        engine.close()
        proxy.close()

"""The controller's scheduling without a server: one round at a time, the next round armed
from the engine's backoff, the debounce after saves, nothing while stopped."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from sync.engine import SyncReport, SyncStatus
from ui.sync.controller import SyncController
from ui.tasks import TaskRunner


class FakeEngine:
    def __init__(self) -> None:
        self.rounds = 0
        self.release = threading.Event()
        self.retry_at: datetime | None = None
        self.outcome = "ok"

    def run_once(self, progress=None, cancel=None):  # type: ignore[no-untyped-def]
        self.rounds += 1
        self.release.wait(5)
        if progress is not None:
            from sync.engine import SyncProgress

            progress(SyncProgress("push", None, 1, 2))
        return SyncReport(outcome=self.outcome)  # type: ignore[arg-type]

    def status(self) -> SyncStatus:
        return SyncStatus(enrolled=True, online=self.outcome == "ok", last_error_kind=None,
                          waiting=0, conflicts=0, last_success_at=None, last_contact_at=None,
                          locked_offline=False, max_offline_days=30, clock_skew_seconds=None,
                          retry_at=self.retry_at, server_url="http://x", user_display_name="A")

    def should_run_now(self) -> bool:
        return self.retry_at is None or datetime.now(UTC) >= self.retry_at


def test_one_round_at_a_time_and_the_backoff_arms_the_timer(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    engine = FakeEngine()
    c = SyncController(engine, runner, interval_ms=3_600_000, debounce_ms=50,
                       first_round_ms=3_600_000)
    c.start()
    qtbot.waitUntil(lambda: c.status is not None, timeout=2_000)
    assert c._timer.isActive() and c._timer.remainingTime() > 3_000_000  # first round later
    progress = []
    c.progressed.connect(lambda d, t: progress.append((d, t)))
    assert c.sync_now() is True
    assert c.sync_now() is False  # a round is running: no second one
    engine.outcome = "offline"
    engine.retry_at = datetime.now(UTC) + timedelta(seconds=2)
    with qtbot.waitSignal(c.round_finished, timeout=5_000) as done:
        engine.release.set()
    assert done.args[0].outcome == "offline"
    assert engine.rounds == 1
    qtbot.waitUntil(lambda: c._timer.isActive() and c._timer.remainingTime() < 3_000,
                    timeout=2_000)  # armed for the backoff, not the long interval
    assert progress == [(1, 2)]
    # the save that happened during the round asked for one more round, debounced
    qtbot.waitUntil(lambda: engine.rounds == 2, timeout=3_000)
    qtbot.waitUntil(lambda: not c.running, timeout=3_000)
    c.stop()
    c.local_change("note")
    assert not c._debounce.isActive() and c.sync_now() is False
    runner.wait_for_done()

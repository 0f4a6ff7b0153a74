"""ui.tasks: work runs off the main thread and comes back on it."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread


def test_success_is_delivered_on_the_main_thread(qtbot, runner):
    main = threading.get_ident()
    seen = {}

    def work():
        seen["worker"] = threading.get_ident()
        return 42

    def ok(value):
        seen["value"] = value
        seen["callback_main"] = QThread.currentThread().isMainThread()

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(work, on_success=ok)
    assert seen["value"] == 42
    assert seen["worker"] != main
    assert seen["callback_main"]


def test_failure_is_delivered_not_raised(qtbot, runner):
    errors = []

    def work():
        raise ValueError("boom")

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.db(work, on_failure=errors.append)
    assert [type(e) for e in errors] == [ValueError]


def test_database_work_runs_in_order_on_one_thread(qtbot, runner):
    threads, order = set(), []

    def job(i):
        def work():
            threads.add(threading.get_ident())
            return i

        return work

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        for i in range(20):
            runner.db(job(i), on_success=order.append)
    assert order == list(range(20))
    assert len(threads) == 1


def test_progress_is_reported(qtbot, runner):
    steps = []

    def work(progress):
        for i in range(3):
            progress(i + 1, 3)
        return "done"

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(work, on_progress=lambda d, t: steps.append((d, t)))
    assert steps == [(1, 3), (2, 3), (3, 3)]

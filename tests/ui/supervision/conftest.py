"""The supervisor's team screens against the one test server (tests/harness), their server
calls run by the real task runner (ui/tasks.py), as in the app."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot) -> Iterator[TaskRunner]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    yield runner
    runner.wait_for_done()
    runner.deleteLater()

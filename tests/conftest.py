"""Shared test setup: offscreen Qt, fast KDF parameters, and the real PostgreSQL check."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FIELDAPP_LOG_LEVEL", "WARNING")


# PySide6 can crash while the interpreter tears down its objects after the run ("Fatal
# Python error: bool_dealloc", seen now and then after every test had passed). The results
# are recorded and printed by then, so leave with pytest's own exit status and skip the
# teardown: a crash there must not turn a green run red, and a red run stays red.
_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session, exitstatus) -> None:  # type: ignore[no-untyped-def]
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config) -> None:  # type: ignore[no-untyped-def]
    if _EXIT_STATUS and os.environ.get("FIELDAPP_FAST_EXIT", "1") == "1":
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])

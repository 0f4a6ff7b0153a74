"""Shared test setup: offscreen Qt, a quiet log, the one server harness (tests/harness:
PostgreSQL and the real server for every suite), and the desktop bundle built in the
background while the rest of the suite runs (tests/packaging).

tests/ is a package: helpers are imported by their full name from the repository root
(`from tests.factories import make_world`), under `python3 dev.py test` and plain pytest."""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

pytest_plugins = ["tests.harness.plugin"]

ROOT = Path(__file__).resolve().parent.parent
_BUNDLE_BUILD: list[subprocess.Popen[bytes]] = []

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FIELDAPP_LOG_LEVEL", "WARNING")
# Demo servers of tests take any free port, never the demo's fixed 8765: a demo a person
# runs on this machine (or another test run) must not answer a test's enrolment.
os.environ.setdefault("FIELDAPP_DEMO_PORT", "0")


BUILD = ROOT / "build"
BUNDLE_LOG = BUILD / "bundle-build.log"
BUNDLE_STATUS = BUILD / "bundle-build.status"  # the build's exit status, once it ended


def _is_packaging(nodeid: str) -> bool:
    return "tests/packaging/" in nodeid.replace("\\", "/")


def _start_bundle_build() -> None:
    """Start `packaging/build.py` once per run, niced, writing its exit status to
    BUNDLE_STATUS when it ends (the test may run in another process: an xdist worker)."""
    if _BUNDLE_BUILD or not sys.platform.startswith("linux"):
        return
    BUILD.mkdir(exist_ok=True)
    BUNDLE_STATUS.unlink(missing_ok=True)
    log = BUNDLE_LOG.open("wb")
    script = '"$0" packaging/build.py --no-setup; echo $? > "$1"'
    _BUNDLE_BUILD.append(subprocess.Popen(
        ["bash", "-c", script, sys.executable, str(BUNDLE_STATUS)], cwd=ROOT,
        stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        preexec_fn=lambda: os.nice(10)))
    log.close()


def pytest_collection_modifyitems(session, config, items) -> None:  # type: ignore[no-untyped-def]
    """When the bundle test is selected: run it last, and (in a run without workers)
    start its build right away — a few minutes, niced, beside the suite."""
    bundle = [item for item in items if _is_packaging(item.nodeid)]
    if not bundle:
        return
    items[:] = [item for item in items if item not in bundle] + bundle
    if not hasattr(config, "workerinput"):  # an xdist worker leaves it to the controller
        _start_bundle_build()


def pytest_xdist_node_collection_finished(node, ids) -> None:  # type: ignore[no-untyped-def]
    """Under xdist (the controller): the build starts once, as soon as a worker has
    collected the bundle test."""
    if any(_is_packaging(nodeid) for nodeid in ids):
        _start_bundle_build()


@pytest.fixture(scope="session")
def bundle_build() -> Callable[[float], int]:
    """wait(timeout) -> the build's exit status (TimeoutError when it has not ended)."""
    def wait(timeout: float) -> int:
        deadline = time.monotonic() + timeout
        while not BUNDLE_STATUS.exists():
            if time.monotonic() > deadline:
                raise TimeoutError("the bundle build did not end in time")
            time.sleep(1)
        return int(BUNDLE_STATUS.read_text().strip() or "1")
    return wait


@pytest.fixture(scope="session", autouse=True)
def import_time_objects_frozen() -> None:
    """Everything alive before the first test (modules, classes, the collected tests) lives
    until the end: moved out of the garbage collector's sight once, so the collections
    that follow (every UI test ends with one, on the main thread) look at what the tests
    made, not at the ~300,000 objects of the imported libraries each time."""
    gc.collect()
    gc.freeze()


def pytest_sessionfinish(session, exitstatus) -> None:  # type: ignore[no-untyped-def]
    for process in _BUNDLE_BUILD:
        if process.poll() is None:  # the run stopped early: do not leave the build behind
            os.killpg(process.pid, signal.SIGTERM)  # bash and the build under it
            process.wait(timeout=30)

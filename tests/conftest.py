"""Shared test setup: offscreen Qt, a quiet log, the one server harness (tests/harness:
PostgreSQL and the real server for every suite), and the desktop bundle built in the
background while the rest of the suite runs (tests/packaging).

tests/ is a package: helpers are imported by their full name from the repository root
(`from tests.factories import make_world`), under `python3 dev.py test` and plain pytest."""

from __future__ import annotations

import os
import subprocess
import sys
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


def pytest_collection_modifyitems(session, config, items) -> None:  # type: ignore[no-untyped-def]
    """When the bundle test is selected: run it last, and start its build right away (a
    few minutes, mostly on the core the suite leaves idle)."""
    bundle = [item for item in items if "tests/packaging/" in item.nodeid.replace("\\", "/")]
    if not bundle or not sys.platform.startswith("linux"):
        return
    items[:] = [item for item in items if item not in bundle] + bundle
    (ROOT / "build").mkdir(exist_ok=True)
    log = (ROOT / "build" / "bundle-build.log").open("wb")
    _BUNDLE_BUILD.append(subprocess.Popen(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--no-setup"], cwd=ROOT,
        stdout=log, stderr=subprocess.STDOUT, preexec_fn=lambda: os.nice(10)))
    log.close()


@pytest.fixture(scope="session")
def bundle_build() -> subprocess.Popen[bytes]:
    return _BUNDLE_BUILD[0]


def pytest_sessionfinish(session, exitstatus) -> None:  # type: ignore[no-untyped-def]
    for process in _BUNDLE_BUILD:
        if process.poll() is None:  # the run stopped early: do not leave the build behind
            process.terminate()
            process.wait(timeout=30)

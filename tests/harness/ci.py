"""The one rule for "this run is CI": the CI environment variable is 1, true or yes.

Under CI nothing a suite needs may be missing: a test that needs PostgreSQL (or the
PostgreSQL client tools) fails when it is not there instead of skipping; `missing()` is the
one way a test skips for something absent, and under CI it fails. Any other skip under CI
is turned into a failure (plugin.py) unless it is one of the platform-only skips below,
which cannot run on another operating system whatever is installed.
"""

from __future__ import annotations

import os
from typing import NoReturn

import pytest

# The skip reasons allowed under CI: what only one platform can do.
PLATFORM_ONLY = frozenset({
    "the Linux bundle is built on Linux",  # tests/packaging/test_bundle.py
    "process-death signals are Linux's",  # tests/integration/desktop_sync/test_demo_exits.py
    "SIGKILL is a POSIX signal",  # tests/ui/test_ui_kill_mid_typing.py
})


def under_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def missing(message: str) -> NoReturn:
    """Something a test needs is not there: fail under CI, skip with the message elsewhere."""
    if under_ci():
        pytest.fail(f"{message} (CI: required, not skipped)", pytrace=False)
    pytest.skip(message)

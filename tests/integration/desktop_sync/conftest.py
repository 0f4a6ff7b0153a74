"""Desktop vaults + the sync engine against the one test server (tests/harness)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.harness.server import SyncHarness
from tests.integration.desktop_sync.desktop_helpers import Team


@pytest.fixture
def team(sync_server: SyncHarness, tmp_path: Path) -> Iterator[Team]:
    """A supervisor with a small world pushed, and helpers to enrol field workers."""
    t = Team(sync_server, tmp_path, org=f"org-{uuid.uuid4().hex[:8]}")
    try:
        yield t
    finally:
        t.close()

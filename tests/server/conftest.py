"""Server tests against the session's real PostgreSQL database and uvicorn on 127.0.0.1
(tests/harness): every test's `world` starts from empty tables."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.harness.server import Clock, LiveServer
from tests.server.server_factories import World


@pytest.fixture
def world(clean_server: LiveServer, server_clock: Clock) -> Iterator[World]:
    world = World(clean_server.url, clean_server.app.state.server, server_clock)
    yield world
    world.close()

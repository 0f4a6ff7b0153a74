"""The server fixtures every suite shares (registered in tests/conftest.py).

One throw-away PostgreSQL database per test session (schema by Alembic) and one real
uvicorn on 127.0.0.1 serving the server's `create_app` over it, for every suite that needs
a server: tests/server, tests/integration, tests/ui. Each test that asks for the server
starts from empty tables (TRUNCATE of every table of sync/server/models.py, see
postgres.server_tables), no blob files and the clock at real time.

    pg_url         the session's database (SQLAlchemy URL), migrated to head
    server_clock   the server's clock (Clock: offset, advance, reset)
    server_blob_dir, server_settings, live_server   the one running server
    clean_server   live_server with empty tables, for this test
    sync_server    clean_server with an organisation and its enrolled admin (SyncHarness)

A test using any of them is marked `postgres`; PostgreSQL missing fails it under CI and
skips it elsewhere. Under CI no test skips but the platform-only ones (tests/harness/ci.py).

Tests of a server process of its own (several workers, SIGTERM, the benchmarks) start it
with server.ServerProcess or the CLI, on pg_url or a database of its own from
postgres.throwaway_database, which follows the same rules.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.server.settings import Settings
from tests.harness.ci import PLATFORM_ONLY, under_ci
from tests.harness.postgres import throwaway_database, truncate_server_tables
from tests.harness.server import Clock, LiveServer, SyncHarness, settings_for

POSTGRES_FIXTURES = frozenset({"pg_url", "server_settings", "live_server", "clean_server",
                               "sync_server"})


@pytest.hookimpl(tryfirst=True)  # before `-m` selects by marker
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test that uses the database carries the `postgres` marker (`-m "not
    postgres"` deselects them all)."""
    for item in items:
        if POSTGRES_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.postgres)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Under CI a skip is a failure, unless it is platform-only (ci.PLATFORM_ONLY)."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if not (report.skipped and under_ci()) or hasattr(report, "wasxfail"):
        return
    longrepr = report.longrepr
    reason = str(longrepr[2] if isinstance(longrepr, tuple) else longrepr)
    reason = reason.removeprefix("Skipped: ")
    if reason not in PLATFORM_ONLY:
        report.outcome = "failed"
        report.longrepr = f"skipped under CI, where only platform-only skips may: {reason}"


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """The session's throw-away database, schema at Alembic's head."""
    from sync.server.db import upgrade

    with throwaway_database("fieldapp_test") as url:
        upgrade(url)
        yield url


@pytest.fixture(scope="session")
def server_clock() -> Clock:
    return Clock()


@pytest.fixture(scope="session")
def server_blob_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("server-blobs")


@pytest.fixture(scope="session")
def server_settings(pg_url: str, server_clock: Clock, server_blob_dir: Path) -> Settings:
    # The pool: the server suite's concurrency tests need 25; one server for the whole
    # session leaves PostgreSQL's other slots (100) to the other runs on the machine.
    return settings_for(pg_url, server_blob_dir, server_clock, pool_size=25)


@pytest.fixture(scope="session")
def live_server(server_settings: Settings) -> Iterator[LiveServer]:
    """The server (create_app) in a thread of this process, for the whole session."""
    from sync.server.app import create_app

    app = create_app(server_settings)
    with LiveServer(app) as server:
        yield server
    app.state.engine.dispose()


@pytest.fixture
def clean_server(live_server: LiveServer, server_clock: Clock,
                 server_blob_dir: Path) -> Iterator[LiveServer]:
    """The server with empty tables, no blob files, and its clock at real time."""
    server_clock.reset()
    truncate_server_tables(live_server.app.state.engine)
    for path in server_blob_dir.rglob("*"):
        if path.is_file():  # the store's own folders stay, as a running store expects
            path.unlink()
    yield live_server
    server_clock.reset()


@pytest.fixture
def sync_server(clean_server: LiveServer, server_settings: Settings,
                server_clock: Clock) -> Iterator[SyncHarness]:
    """The clean server with an organisation and its admin enrolled, for the sync clients."""
    harness = SyncHarness(base_url=clean_server.url, database_url=server_settings.database_url,
                          blob_dir=server_settings.blob_dir, clock=server_clock)
    try:
        harness.bootstrap()
        yield harness
    finally:
        harness.close()

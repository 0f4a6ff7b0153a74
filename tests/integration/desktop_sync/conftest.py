"""Desktop vaults + the sync engine against a real uvicorn + PostgreSQL server.

The server harness of tests/integration/sync (its helpers, not its fixtures) is reused; this
folder gets its own throw-away database (``fieldapp_dsync_<pid>``) so both suites can run in
one session. Under ``CI=true`` a missing PostgreSQL fails the run instead of skipping it.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

HERE = Path(__file__).parent
SYNC_TESTS = HERE.parent / "sync"
sys.path.insert(0, str(SYNC_TESTS))
sys.path.insert(0, str(HERE))


def _load_harness():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("sync_server_harness", SYNC_TESTS / "conftest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["sync_server_harness"] = module
    spec.loader.exec_module(module)
    return module


harness = _load_harness()

from desktop_helpers import Team  # noqa: E402


@pytest.fixture(scope="session")
def dsync_database() -> Iterator[str]:
    harness._require_postgres()
    name = f"fieldapp_dsync_{os.getpid()}"
    with psycopg.connect(harness.PG_ADMIN_DSN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    p = harness._pg_params()
    user, host, port = p.get("user", "postgres"), p.get("host", "127.0.0.1"), p.get("port", "5432")
    try:
        yield f"postgresql+psycopg://{user}@{host}:{port}/{name}"
    finally:
        with psycopg.connect(harness.PG_ADMIN_DSN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def dsync_server(
    dsync_database: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[object]:
    import uvicorn

    from fieldapp.crypto.kdf import TEST_KDF_PARAMS
    from sync.server import db as server_db
    from sync.server.app import create_app
    from sync.server.settings import Settings

    server_db.upgrade(dsync_database)
    blob_dir = tmp_path_factory.mktemp("dsync-blobs")
    clock = harness.ServerClock()
    settings = Settings(database_url=dsync_database, blob_dir=blob_dir, clock=clock,
                        auth_hash_memory_kib=1024, auth_hash_iterations=1,
                        default_kdf=TEST_KDF_PARAMS.to_dict())
    sock = harness._free_socket()
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(settings), log_level="warning",
                                           access_log=False, lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the sync server did not start")
        time.sleep(0.02)
    h = harness.Harness(base_url=f"http://127.0.0.1:{port}", database_url=dsync_database,
                        blob_dir=blob_dir, clock=clock)
    harness.bootstrap(h, settings)
    try:
        yield h
    finally:
        for client in h._clients:
            client.close()
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture
def team(dsync_server: object, tmp_path: Path) -> Iterator[Team]:
    """A supervisor with a small world pushed, and helpers to enrol field workers."""
    t = Team(dsync_server, tmp_path, org=f"org-{uuid.uuid4().hex[:8]}")
    try:
        yield t
    finally:
        dsync_server.clock.offset = 0.0  # type: ignore[attr-defined]
        t.close()

"""A real uvicorn + PostgreSQL sync server for the desktop UI's sync tests.

The same harness as tests/integration/desktop_sync (its helpers, not its fixtures), with a
database of its own (``fieldapp_uisync_<pid>``) so both suites can run in one session.
Under ``CI=true`` a missing PostgreSQL fails instead of skipping (the harness decides).
"""

from __future__ import annotations

import importlib.util
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg

TESTS = Path(__file__).resolve().parents[2]
SYNC_TESTS = TESTS / "integration" / "sync"
DESKTOP_SYNC_TESTS = TESTS / "integration" / "desktop_sync"
for folder in (SYNC_TESTS, DESKTOP_SYNC_TESTS):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))


def harness() -> Any:
    """The sync server test harness module (loaded once, shared with the other suites)."""
    module = sys.modules.get("sync_server_harness")
    if module is not None:
        return module
    spec = importlib.util.spec_from_file_location("sync_server_harness",
                                                  SYNC_TESTS / "conftest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["sync_server_harness"] = module
    spec.loader.exec_module(module)
    return module


@contextmanager
def database() -> Iterator[str]:
    h = harness()
    h._require_postgres()
    name = f"fieldapp_uisync_{os.getpid()}"
    with psycopg.connect(h.PG_ADMIN_DSN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    p = h._pg_params()
    user, host, port = p.get("user", "postgres"), p.get("host", "127.0.0.1"), p.get("port", "5432")
    try:
        yield f"postgresql+psycopg://{user}@{host}:{port}/{name}"
    finally:
        with psycopg.connect(h.PG_ADMIN_DSN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def server(database_url: str, blob_dir: Path) -> Iterator[Any]:
    import uvicorn

    from fieldapp.crypto.kdf import TEST_KDF_PARAMS
    from sync.server import db as server_db
    from sync.server.app import create_app
    from sync.server.settings import Settings

    h = harness()
    server_db.upgrade(database_url)
    clock = h.ServerClock()
    settings = Settings(database_url=database_url, blob_dir=blob_dir, clock=clock,
                        auth_hash_memory_kib=1024, auth_hash_iterations=1,
                        default_kdf=TEST_KDF_PARAMS.to_dict())
    sock = h._free_socket()
    port = sock.getsockname()[1]
    uv = uvicorn.Server(uvicorn.Config(create_app(settings), log_level="warning",
                                       access_log=False, lifespan="on"))
    thread = threading.Thread(target=uv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the sync server did not start")
        time.sleep(0.02)
    running = h.Harness(base_url=f"http://127.0.0.1:{port}", database_url=database_url,
                        blob_dir=blob_dir, clock=clock)
    h.bootstrap(running, settings)
    try:
        yield running
    finally:
        for client in running._clients:
            client.close()
        uv.should_exit = True
        thread.join(timeout=10)
        sock.close()

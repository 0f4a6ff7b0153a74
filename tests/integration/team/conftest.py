"""Team and key management against a real uvicorn + PostgreSQL sync server.

Reuses the harness of tests/integration/sync (its helpers, not its fixtures), with a
throw-away database of its own (``fieldapp_team_<pid>``). Under ``CI=true`` a missing
PostgreSQL fails the run instead of skipping it (the harness's ``_require_postgres``).
"""

from __future__ import annotations

import importlib.util
import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

SYNC_TESTS = Path(__file__).parent.parent / "sync"
sys.path.insert(0, str(SYNC_TESTS))


def _load_harness():  # type: ignore[no-untyped-def]
    if "sync_server_harness" in sys.modules:
        return sys.modules["sync_server_harness"]
    spec = importlib.util.spec_from_file_location("sync_server_harness", SYNC_TESTS / "conftest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["sync_server_harness"] = module
    spec.loader.exec_module(module)
    return module


harness = _load_harness()


@pytest.fixture(scope="session")
def team_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    import uvicorn

    from fieldapp.crypto.kdf import TEST_KDF_PARAMS
    from sync.server import db as server_db
    from sync.server.app import create_app
    from sync.server.settings import Settings

    harness._require_postgres()
    name = f"fieldapp_team_{os.getpid()}"
    with psycopg.connect(harness.PG_ADMIN_DSN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    p = harness._pg_params()
    url = (f"postgresql+psycopg://{p.get('user', 'postgres')}@{p.get('host', '127.0.0.1')}:"
           f"{p.get('port', '5432')}/{name}")
    server_db.upgrade(url)
    blob_dir = tmp_path_factory.mktemp("team-blobs")
    clock = harness.ServerClock()
    settings = Settings(database_url=url, blob_dir=blob_dir, clock=clock,
                        auth_hash_memory_kib=1024, auth_hash_iterations=1,
                        default_kdf=TEST_KDF_PARAMS.to_dict(),
                        pool_size=4)  # one client at a time; leave PostgreSQL's slots to others
    sock = harness._free_socket()
    server = uvicorn.Server(uvicorn.Config(create_app(settings), log_level="warning",
                                           access_log=False, lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the sync server did not start")
        time.sleep(0.02)
    h = harness.Harness(base_url=f"http://127.0.0.1:{sock.getsockname()[1]}",
                        database_url=url, blob_dir=blob_dir, clock=clock)
    harness.bootstrap(h, settings)
    try:
        yield h
    finally:
        for client in h._clients:
            client.close()
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        with psycopg.connect(harness.PG_ADMIN_DSN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

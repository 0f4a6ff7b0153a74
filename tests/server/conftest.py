"""Server tests against the real PostgreSQL on 127.0.0.1:5432 and a real uvicorn on 127.0.0.1.

A database `fieldapp_test_<pid>` is created for the run (schema by Alembic) and dropped at
the end; every test starts from empty tables (TRUNCATE). Under CI=true a missing database
fails the run; locally it skips with a message.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.server.app import create_app
from sync.server.db import upgrade
from sync.server.serving import uvicorn_argv, uvicorn_options
from sync.server.settings import Settings
from tests.server.server_factories import Clock, World

ADMIN_URL = os.environ.get("FIELDAPP_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def _pg_or_skip() -> None:
    import psycopg

    try:
        psycopg.connect(ADMIN_URL, connect_timeout=3).close()
    except psycopg.OperationalError as exc:
        message = f"PostgreSQL is not reachable at {ADMIN_URL}: {exc}"
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    import psycopg

    _pg_or_skip()
    name = f"fieldapp_test_{os.getpid()}"
    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    base = ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
    url = f"{base}/{name}"
    upgrade(url)
    yield url
    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class LiveServer:
    """A real uvicorn serving the app in a thread, on a free port of 127.0.0.1."""

    def __init__(self, app: object) -> None:
        import uvicorn

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            app,  # type: ignore[arg-type]
            log_level="warning",
            limit_concurrency=1000,
            **uvicorn_options(),
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()


class ServerProcess:
    """`uvicorn sync.server.app:app_from_env` as a process of its own (with N workers behind
    one port), on the test database; `pid` is uvicorn's main process."""

    def __init__(self, database_url: str, blob_dir: Path, *, workers: int = 1) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        env = dict(
            os.environ,
            FIELDAPP_SERVER_DATABASE_URL=database_url,
            FIELDAPP_SERVER_BLOB_DIR=str(blob_dir),
            # 4 workers x (5 + 5 overflow) stay well inside max_connections (100), beside
            # the in-process server's pool and other suites on the same PostgreSQL.
            FIELDAPP_SERVER_POOL_SIZE="5",
        )
        argv = uvicorn_argv(host="127.0.0.1", port=self.port, workers=workers)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", *argv],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self.pid = self.proc.pid

    def __enter__(self) -> ServerProcess:
        import requests

        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(self.url + "/v1/health", timeout=2).status_code == 200:
                    return self
            except requests.ConnectionError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.__exit__()
                raise RuntimeError("the server process did not start")
            time.sleep(0.1)

    def __exit__(self, *exc: object) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)
        if self.proc.stderr is not None:
            self.proc.stderr.close()

    def rss_kib(self) -> int:
        """Resident memory of the server process, from /proc."""
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise RuntimeError("no VmRSS")


@pytest.fixture(scope="session")
def clock() -> Clock:
    return Clock()


@pytest.fixture(scope="session")
def blob_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("blobs")


@pytest.fixture(scope="session")
def settings(pg_url: str, clock: Clock, blob_dir: Path) -> Settings:
    # Small server-side Argon2id parameters keep the suite fast; production uses 19 MiB.
    return Settings(
        database_url=pg_url,
        blob_dir=blob_dir,
        clock=clock,
        auth_hash_memory_kib=1024,
        auth_hash_iterations=1,
        pool_size=25,
    )


@pytest.fixture(scope="session")
def live(settings: Settings) -> Iterator[LiveServer]:
    app = create_app(settings)
    with LiveServer(app) as server:
        server.app = app  # type: ignore[attr-defined]
        yield server
    app.state.engine.dispose()


TABLES = (
    "audit_log, login_throttle, blob_refs, blobs, revisions, items, wrapped_keys, memberships, "
    "collections, access_tokens, refresh_tokens, token_families, devices, enrolment_codes, "
    "users, organisations"
)


@pytest.fixture
def world(live: LiveServer, clock: Clock) -> Iterator[World]:
    clock.reset()
    engine = live.app.state.engine  # type: ignore[attr-defined]
    with engine.begin() as conn:
        conn.exec_driver_sql(f"TRUNCATE {TABLES} RESTART IDENTITY CASCADE")
    world = World(live.url, live.app.state.server, clock)  # type: ignore[attr-defined]
    yield world
    world.close()

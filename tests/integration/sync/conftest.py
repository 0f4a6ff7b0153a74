"""A real PostgreSQL database and a real uvicorn server on 127.0.0.1 for the sync tests.

One throw-away database per test session (``fieldapp_sync_<pid>``), created and dropped
here; the server runs in a thread of this process on a random port, built with the
server's own ``create_app`` and a clock the tests can move. Under ``CI=true`` a missing
PostgreSQL fails the run instead of skipping it.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
from sync_factories import passphrase_for

from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from sync.client import RetryPolicy, SyncClient
from sync.server.settings import Settings

PG_ADMIN_DSN = os.environ.get(
    "FIELDAPP_TEST_PG", "host=127.0.0.1 port=5432 user=postgres dbname=postgres"
)
FAST_RETRY = RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.1, max_retry_after=2.0)


def _pg_params() -> dict[str, str]:
    return dict(part.split("=", 1) for part in PG_ADMIN_DSN.split())


def _require_postgres() -> None:
    try:
        psycopg.connect(PG_ADMIN_DSN, connect_timeout=3).close()
    except psycopg.OperationalError as exc:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL on 127.0.0.1:5432 is required under CI: {exc}")
        pytest.skip(f"PostgreSQL not reachable: {exc}")


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """A fresh database for this test session; yields its SQLAlchemy URL."""
    _require_postgres()
    name = f"fieldapp_sync_{os.getpid()}"
    with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    p = _pg_params()
    user, host, port = p.get("user", "postgres"), p.get("host", "127.0.0.1"), p.get("port", "5432")
    url = f"postgresql+psycopg://{user}@{host}:{port}/{name}"
    try:
        yield url
    finally:
        with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def psycopg_dsn(url: str) -> str:
    """postgresql+psycopg://user@host:port/db → a libpq connection string."""
    rest = url.split("://", 1)[1]
    userhost, db = rest.rsplit("/", 1)
    user, hostport = userhost.split("@", 1)
    host, port = hostport.split(":", 1)
    return f"host={host} port={port} user={user} dbname={db}"


class ServerClock:
    """The server's clock: real time plus an offset the tests can move."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset


@dataclass
class Harness:
    base_url: str
    database_url: str
    blob_dir: Path
    clock: ServerClock
    organisation_id: str = ""
    admin: SyncClient | None = None
    _clients: list[SyncClient] = field(default_factory=list)

    def dsn(self) -> str:
        return psycopg_dsn(self.database_url)

    def client(self, **kwargs: object) -> SyncClient:
        kwargs.setdefault("retry", FAST_RETRY)
        client = SyncClient(self.base_url, **kwargs)  # type: ignore[arg-type]
        self._clients.append(client)
        return client

    def new_user(self, role: str = "social_assistant", **client_kwargs: object) -> SyncClient:
        """An enrolled, logged-in user of the test organisation (created by the admin)."""
        assert self.admin is not None
        email = f"{role}-{uuid.uuid4().hex[:10]}@example.org"
        code = admin_create_user(self.admin, email=email, role=role)
        client = self.client(**client_kwargs)
        client.enrol(
            email=email,
            enrolment_code=code,
            passphrase=passphrase_for(email),
            device_name="test-laptop",
            kdf_params=TEST_KDF_PARAMS,
        )
        client.test_email = email  # type: ignore[attr-defined]
        return client


def admin_create_user(admin: SyncClient, *, email: str, role: str) -> str:
    from sync.protocol import CreateUserRequest, EnrolmentCodeResponse

    response = admin.http.call(
        "POST",
        "/v1/admin/users",
        EnrolmentCodeResponse,
        CreateUserRequest(email=email, display_name=f"Test {role}", role=role),  # type: ignore[arg-type]
    )
    return response.enrolment_code


def _free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


@pytest.fixture(scope="session")
def sync_server(pg_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Harness]:
    """Real uvicorn serving the server's create_app on 127.0.0.1:<random>."""
    import uvicorn

    from sync.server import db as server_db
    from sync.server.app import create_app

    server_db.upgrade(pg_database)
    blob_dir = tmp_path_factory.mktemp("blobs")
    clock = ServerClock()
    settings = Settings(
        database_url=pg_database,
        blob_dir=blob_dir,
        clock=clock,
        auth_hash_memory_kib=1024,
        auth_hash_iterations=1,
        default_kdf=TEST_KDF_PARAMS.to_dict(),
    )
    app = create_app(settings)
    sock = _free_socket()
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the sync server did not start")
        time.sleep(0.02)
    harness = Harness(
        base_url=f"http://127.0.0.1:{port}",
        database_url=pg_database,
        blob_dir=blob_dir,
        clock=clock,
    )
    bootstrap(harness, settings)
    try:
        yield harness
    finally:
        for client in harness._clients:
            client.close()
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def bootstrap(harness: Harness, settings: Settings) -> None:
    """An organisation and its admin via the server's CLI functions (`create-org`,
    `create-user --role admin`); the admin then enrols through the API like anyone."""
    from sync.server import cli

    email = "admin@example.org"
    org_id = cli.create_org(harness.database_url, "Test housing company")
    _, code = cli.create_user(
        harness.database_url, org=org_id, email=email, name="Admin", role="admin"
    )
    admin = harness.client()
    admin.enrol(
        email=email,
        enrolment_code=code,
        passphrase=passphrase_for(email),
        device_name="admin-desk",
        kdf_params=TEST_KDF_PARAMS,
    )
    harness.organisation_id = org_id
    harness.admin = admin


@pytest.fixture(autouse=True)
def _reset_server_clock(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "sync_server" in request.fixturenames:
        request.getfixturevalue("sync_server").clock.offset = 0.0

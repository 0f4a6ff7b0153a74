"""The real sync server for tests: uvicorn on 127.0.0.1, in a thread of the test process
(`LiveServer`) or as processes of their own (`ServerProcess`), and `SyncHarness`, the
server with an organisation and its enrolled admin that the sync, team, desktop and UI
suites drive through the real `SyncClient`."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from sync.client import RetryPolicy, SyncClient
from sync.server.settings import Settings

FAST_RETRY = RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.1, max_retry_after=2.0)
ADMIN_EMAIL = "admin@example.org"


class Clock:
    """The server's injectable clock: real time plus an offset the test moves."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds

    def reset(self) -> None:
        self.offset = 0.0


def settings_for(database_url: str, blob_dir: Path, clock: Clock, **overrides: Any) -> Settings:
    """Server settings for tests: small server-side Argon2id parameters (production uses
    19 MiB) and the tests' KDF parameters handed out at pre-login."""
    options: dict[str, Any] = dict(
        auth_hash_memory_kib=1024,
        auth_hash_iterations=1,
        default_kdf=TEST_KDF_PARAMS.to_dict(),
    )
    options.update(overrides)
    return Settings(database_url=database_url, blob_dir=blob_dir, clock=clock, **options)


def free_socket() -> socket.socket:
    """A socket bound to a free port of 127.0.0.1 (handed to uvicorn, never re-bound)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


class LiveServer:
    """A real uvicorn serving `app` in a thread, on a free port of 127.0.0.1."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        from sync.server.serving import uvicorn_options

        self.app = app
        self.sock = free_socket()
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_level="warning", limit_concurrency=1000,
                                lifespan="on", **uvicorn_options())
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run,
                                       kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                self.__exit__()
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()


class ServerProcess:
    """`uvicorn sync.server.app:app_from_env` as a process of its own (with N workers behind
    one port), on the given database; `pid` is uvicorn's main process."""

    def __init__(self, database_url: str, blob_dir: Path, *, workers: int = 1,
                 env_extra: dict[str, str] | None = None) -> None:
        from sync.server.serving import uvicorn_argv

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
        env.update(env_extra or {})
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

        deadline = time.monotonic() + 120  # several workers importing on busy cores
        while True:
            try:
                if requests.get(self.url + "/v1/health", timeout=2).status_code == 200:
                    return self
            except (requests.ConnectionError, requests.Timeout):  # still starting
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                exited = self.proc.poll()
                self.__exit__()
                raise RuntimeError(f"the server process did not start (exit code {exited})")
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


def passphrase_for(email: str) -> str:
    """The passphrase of a test account (enrolment and login use the same rule)."""
    return f"correct horse battery staple {email}"


def admin_create_user(admin: SyncClient, *, email: str, role: str,
                      name: str | None = None, employer: str = "housing_company") -> str:
    """A new account of the admin's organisation, through the API; returns its code.
    `name` is not sent: the server keeps no names (the person types theirs on their
    laptop when they enrol); it is accepted here for the callers that pass it along."""
    from sync.protocol import CreateUserRequest, EnrolmentCodeResponse

    response = admin.http.call(
        "POST", "/v1/admin/users", EnrolmentCodeResponse,
        CreateUserRequest(email=email,  # type: ignore[arg-type]
                          role=role, employer=employer),  # type: ignore[arg-type]
    )
    return response.enrolment_code


@dataclass
class SyncHarness:
    """The running server with one organisation whose admin is enrolled (`admin`), and
    real `SyncClient`s for the test (closed when the test ends)."""

    base_url: str
    database_url: str
    blob_dir: Path
    clock: Clock
    organisation_id: str = ""
    admin: SyncClient | None = None
    _clients: list[SyncClient] = field(default_factory=list)

    def dsn(self) -> str:
        """The server database as a libpq URL (for psycopg)."""
        from tests.harness.postgres import libpq_url

        return libpq_url(self.database_url)

    def client(self, **kwargs: Any) -> SyncClient:
        kwargs.setdefault("retry", FAST_RETRY)
        client = SyncClient(self.base_url, **kwargs)
        self._clients.append(client)
        return client

    def new_user(self, role: str = "social_assistant", *, name: str | None = None,
                 device_name: str = "test-laptop", employer: str = "housing_company",
                 **client_kwargs: Any) -> SyncClient:
        """An enrolled, logged-in user of the test organisation (created by the admin)."""
        assert self.admin is not None
        email = f"{role}-{uuid.uuid4().hex[:10]}@example.org"
        code = admin_create_user(self.admin, email=email, role=role, name=name,
                                 employer=employer)
        client = self.client(**client_kwargs)
        client.enrol(email=email, enrolment_code=code, passphrase=passphrase_for(email),
                     device_name=device_name, kdf_params=TEST_KDF_PARAMS)
        client.test_email = email  # type: ignore[attr-defined]
        return client

    def bootstrap(self) -> None:
        """An organisation and its admin via the server's CLI functions (`create-org`,
        `create-user --role admin`); the admin then enrols through the API like anyone."""
        from sync.server import cli

        self.organisation_id = cli.create_org(self.database_url, "Test housing company")
        _, code = cli.create_user(self.database_url, org=self.organisation_id,
                                  email=ADMIN_EMAIL, role="admin")
        self.admin = self.client()
        self.admin.enrol(email=ADMIN_EMAIL, enrolment_code=code,
                         passphrase=passphrase_for(ADMIN_EMAIL), device_name="admin-desk",
                         kdf_params=TEST_KDF_PARAMS)

    def close(self) -> None:
        for client in self._clients:
            client.close()
        self._clients.clear()

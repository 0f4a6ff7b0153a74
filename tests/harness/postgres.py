"""The test PostgreSQL: one setting, one throw-away database per session, clean tables.

FIELDAPP_TEST_PG is a libpq URL of a database the tests may connect to as a role that can
create databases, `postgresql://user@host:port/dbname` (default
`postgresql://postgres@127.0.0.1:5432/postgres`). The tests make their databases beside it
and drop them at the end.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

from tests.harness.ci import missing

DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
# Server-wide settings the running server read when it started (the pre-login salt key,
# the restore generation): emptied, a running server and its database would disagree.
KEEP_TABLES = frozenset({"server_config"})


def admin_url() -> str:
    """FIELDAPP_TEST_PG, checked: a libpq URL naming user, host and database."""
    url = os.environ.get("FIELDAPP_TEST_PG", DEFAULT_ADMIN_URL)
    parts = urlsplit(url)
    if parts.scheme not in {"postgresql", "postgres"} or not parts.hostname \
            or not parts.path.strip("/"):
        raise ValueError(f"FIELDAPP_TEST_PG must be postgresql://user@host:port/dbname, "
                         f"not {url!r}")
    return url


def database_url(name: str, *, driver: bool = False) -> str:
    """The URL of database `name` on the test server: libpq's form (for psycopg), or
    SQLAlchemy's `postgresql+psycopg://` form with `driver=True`."""
    parts = urlsplit(admin_url())
    scheme = "postgresql+psycopg" if driver else "postgresql"
    return urlunsplit((scheme, parts.netloc, f"/{name}", parts.query, ""))


def libpq_url(url: str) -> str:
    """A SQLAlchemy URL of the test server (postgresql+psycopg://…) as psycopg takes it."""
    scheme, rest = url.split("://", 1)
    if scheme not in {"postgresql", "postgresql+psycopg", "postgres"}:
        raise ValueError(f"not a PostgreSQL URL: {url!r}")
    return f"postgresql://{rest}"


def require_postgres() -> None:
    """PostgreSQL answers at FIELDAPP_TEST_PG, or the test fails under CI / skips."""
    import psycopg

    url = admin_url()
    try:
        psycopg.connect(url, connect_timeout=3).close()
    except psycopg.OperationalError as exc:
        missing(f"PostgreSQL is not reachable at {url} (FIELDAPP_TEST_PG): {exc}")


@contextmanager
def throwaway_database(prefix: str = "fieldapp_test") -> Iterator[str]:
    """A new, empty database `<prefix>_<pid>` for as long as the block runs; yields its
    SQLAlchemy URL. Dropped (even with open connections) at the end."""
    import psycopg

    require_postgres()
    name = f"{prefix}_{os.getpid()}"
    with psycopg.connect(admin_url(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield database_url(name, driver=True)
    finally:
        with psycopg.connect(admin_url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def server_tables() -> list[str]:
    """Every table of the server's models (sync/server/models.py) a test starts without
    rows: all of them but KEEP_TABLES."""
    from sync.server.models import Base

    return [t.name for t in Base.metadata.sorted_tables if t.name not in KEEP_TABLES]


def truncate_server_tables(engine: object) -> None:
    """Empty the server's tables (RESTART IDENTITY CASCADE) through `engine`."""
    tables = ", ".join(f'"{name}"' for name in server_tables())
    with engine.begin() as conn:  # type: ignore[attr-defined]
        conn.exec_driver_sql(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")

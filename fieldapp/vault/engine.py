"""The SQLCipher engine: keyed raw connections with the pragmas of DESIGN.md §3."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from fieldapp.vault.errors import VaultLocked

PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA busy_timeout = 5000",
)


READ_ONLY = "fieldapp_read_only"


class KeyHolder:
    """Holds the raw db_key while the vault is unlocked; `wipe()` zeroes and drops it."""

    def __init__(self, key: bytearray) -> None:
        self._key: bytearray | None = key

    @property
    def present(self) -> bool:
        return self._key is not None

    def pragma(self) -> str:
        if self._key is None:
            raise VaultLocked()
        return f"PRAGMA key = \"x'{self._key.hex()}'\""

    def wipe(self) -> None:
        if self._key is not None:
            for i in range(len(self._key)):
                self._key[i] = 0
        self._key = None


def connect_raw(path: Path, keys: KeyHolder) -> Any:
    """A keyed DB-API connection; fails closed (DatabaseError) when the key is wrong.

    Reading sqlite_master right after keying makes a wrong key fail here, before any
    statement could create tables in what SQLite would otherwise take for an empty file.
    """
    conn = sqlcipher.connect(str(path), check_same_thread=False)
    try:
        conn.execute(keys.pragma())
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in PRAGMAS:
            conn.execute(pragma).fetchall()
    except BaseException:
        conn.close()
        raise
    return conn


def make_engine(path: Path, keys: KeyHolder, *, plain: bool = False) -> Engine:
    """SQLAlchemy engine over keyed connections, usable from worker threads.

    `plain=True` opens an unencrypted SQLite file with the same pragmas; the benchmark uses
    it to measure what encryption costs. Never used for a real vault.
    """

    def creator() -> Any:
        if plain:  # same SQLite build, no key: what encryption costs, nothing else
            conn = sqlcipher.connect(str(path), check_same_thread=False)
            for pragma in PRAGMAS:
                conn.execute(pragma).fetchall()
            return conn
        return connect_raw(path, keys)

    engine = create_engine(
        f"sqlite:///{path}",
        creator=creator,
        module=sqlcipher,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
    )

    @event.listens_for(engine, "connect")
    def _no_pysqlite_autobegin(dbapi_conn: Any, record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself (SQLAlchemy "pysqlite serializable" recipe),
        # so transactions and savepoints behave as documented.
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # Writers take the write lock up front (BEGIN IMMEDIATE) so two worker threads can't
        # deadlock upgrading read locks; busy_timeout makes the second one wait its turn.
        # Read-only sessions (execution option READ_ONLY) stay deferred and never block.
        read_only = conn.get_execution_options().get(READ_ONLY, False)
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine

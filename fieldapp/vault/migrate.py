"""Alembic migrations applied at unlock, with a copy of the database taken first."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

SCRIPTS = Path(__file__).parent / "migrations"


def config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head() -> str | None:
    return ScriptDirectory.from_config(config()).get_current_head()


def current(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup(engine: Engine, db_path: Path, label: str) -> Path:
    """Copy the (still encrypted) database file after folding the WAL into it."""
    raw = engine.raw_connection()  # outside any transaction, or SQLite refuses
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.fetchall()
        cursor.close()
    finally:
        raw.close()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = db_path.with_name(f"{db_path.name}.before-{label}-{stamp}.bak")
    shutil.copy2(db_path, target)
    return target


def upgrade(engine: Engine, db_path: Path, *, target: str = "head") -> Path | None:
    """Bring the schema to `target`; returns the backup copy made first, if any."""
    cur = current(engine)
    wanted = head() if target == "head" else target
    if cur == wanted:
        return None
    copy = backup(engine, db_path, str(cur)) if cur is not None else None
    with engine.begin() as conn:
        command.upgrade(config(conn), target)
    return copy


def downgrade(engine: Engine, target: str) -> None:
    """For tests and emergency tooling only."""
    with engine.begin() as conn:
        command.downgrade(config(conn), target)

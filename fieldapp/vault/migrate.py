"""Alembic migrations applied at unlock, with a copy of the database taken first."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from fieldapp.vault.outbox import ensure_outbox_indexes

SCRIPTS = Path(__file__).parent / "migrations"


def config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def heads() -> frozenset[str]:
    """Every head of the migration graph (areas may branch off a common base until merged)."""
    return frozenset(ScriptDirectory.from_config(config()).get_heads())


def head() -> str | None:
    """The single head, once every branch is merged; None while several heads exist."""
    found = heads()
    return next(iter(found)) if len(found) == 1 else None


def current_heads(engine: Engine) -> frozenset[str]:
    with engine.connect() as conn:
        return frozenset(MigrationContext.configure(conn).get_current_heads())


def current(engine: Engine) -> str | None:
    found = current_heads(engine)
    return next(iter(found)) if len(found) == 1 else None


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
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")  # two in a second stay apart
    target = db_path.with_name(f"{db_path.name}.before-{label}-{stamp}.bak")
    shutil.copy2(db_path, target)
    return target


KEEP_BACKUPS = 2
BLANKING = "1497_blank_old_tombstones"


def crossed_blanking(before: frozenset[str]) -> bool:
    """Whether an upgrade from `before` ran the tombstone pass (migration 1497): a vault
    that had no schema yet, or one whose heads are all older than it."""
    script = ScriptDirectory.from_config(config())
    older = {rev.revision for rev in script.iterate_revisions(BLANKING, "base")} - {BLANKING}
    return bool(before) and before <= older


def blank_backups(db_path: Path, open_copy: Callable[[Path], Engine]) -> list[Path]:
    """Deleted means gone in the pre-migration copies too (issue 14): the copies made before
    migration 1497 hold the words it cleared from old tombstones; the same pass clears
    them there (`open_copy` opens a copy with the vault's key). Returns the copies done."""
    script = ScriptDirectory.from_config(config()).get_revision(BLANKING)
    assert script is not None
    done = []
    for path in sorted(db_path.parent.glob(f"{db_path.name}.before-*.bak")):
        engine = open_copy(path)
        try:
            with engine.begin() as conn:
                script.module.blank_all(conn)
        finally:
            engine.dispose()
        done.append(path)
    return done


def prune_backups(db_path: Path, *, keep: int = KEEP_BACKUPS) -> list[Path]:
    """Delete all but the newest `keep` pre-migration copies (each is a full copy of the
    encrypted vault: kept for ever they pile up, and hold what was erased since)."""
    copies = sorted(db_path.parent.glob(f"{db_path.name}.before-*.bak"),
                    key=lambda p: (p.stat().st_mtime, p.name), reverse=True)
    gone = copies[keep:]
    for path in gone:
        path.unlink(missing_ok=True)
    return gone


def upgrade(engine: Engine, db_path: Path, *, target: str = "heads",
            open_copy: Callable[[Path], Engine] | None = None) -> Path | None:
    """Bring the schema to `target` (every head by default); returns the backup made first.
    `open_copy` opens a pre-migration copy with the vault's key: when this upgrade ran the
    tombstone pass (1497), the copies get it too (`blank_backups`)."""
    cur = current_heads(engine)
    wanted = heads() if target in ("head", "heads") else frozenset({target})
    if cur == wanted:
        return None
    label = "+".join(sorted(cur))
    copy = backup(engine, db_path, label) if cur else None
    with engine.begin() as conn:
        command.upgrade(config(conn), target)
        ensure_outbox_indexes(conn)  # also for the tables a migration just added
    if copy is not None:
        prune_backups(db_path)
        if open_copy is not None and crossed_blanking(cur):
            blank_backups(db_path, open_copy)
    return copy


def downgrade(engine: Engine, target: str) -> None:
    """For tests and emergency tooling only."""
    with engine.begin() as conn:
        command.downgrade(config(conn), target)

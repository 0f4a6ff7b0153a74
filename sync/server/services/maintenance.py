"""Planner statistics kept fresh by the server itself, not by autovacuum.

A push that takes a collection's sequence across a power of two (from 1,024 on) asks, after
its commit, whether `revisions` and `items` changed by more than a tenth since their last
ANALYZE (PostgreSQL's own counters, one cheap catalogue read) and if so analyzes them, in a
thread of its own and under an advisory lock so that of many workers only one does it.
The cost is a few checks per doubling of each collection: nothing on an ordinary push.
"""

from __future__ import annotations

import logging
import threading
import time

from sqlalchemy import Engine, event, text
from sqlalchemy.orm import Session

log = logging.getLogger("fieldapp.server")

FIRST_CHECK = 1024
CHANGED_SHARE = 0.1
MIN_CHANGED = 1000
MIN_INTERVAL = 5.0
ADVISORY_KEY = 0x0F1E1DA9  # fixed key for "analyze the sync tables"
TABLES = ("revisions", "items")

_STALE = text(
    "SELECT coalesce(max(s.n_mod_since_analyze::float8"
    " / nullif(greatest(c.reltuples, 0), 0)), 'infinity'::float8) AS share,"
    " coalesce(max(s.n_mod_since_analyze), 0) AS changed"
    " FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid"
    " WHERE s.relname IN ('revisions', 'items') AND s.schemaname = current_schema()"
)

_lock = threading.Lock()
_last_run = -MIN_INTERVAL


def crossed(before: int, after: int) -> bool:
    """Whether a sequence went past a power of two of at least FIRST_CHECK."""
    if after < FIRST_CHECK:
        return False
    return before < FIRST_CHECK or before.bit_length() != after.bit_length()


def note_growth(db: Session, *, before: int, after: int) -> None:
    """Called by push inside its transaction; the check runs after a successful commit."""
    if not crossed(before, after):
        return
    engine = db.get_bind()
    if not isinstance(engine, Engine) or engine.dialect.name != "postgresql":
        return

    def _after_commit(_session: Session) -> None:
        threading.Thread(target=refresh_if_stale, args=(engine,), daemon=True).start()

    event.listen(db, "after_commit", _after_commit, once=True)


def reset_interval() -> None:
    """Forget when statistics were last checked (the next check runs at once)."""
    global _last_run
    with _lock:
        _last_run = 0.0


def refresh_if_stale(engine: Engine, *, force: bool = False) -> bool:
    """ANALYZE the sync tables when they changed enough since the last time; True if it
    ran. Errors are logged (by type) and swallowed: statistics are an optimisation."""
    global _last_run
    with _lock:
        if not force and time.monotonic() - _last_run < MIN_INTERVAL:
            return False
        _last_run = time.monotonic()
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            if not conn.scalar(text("SELECT pg_try_advisory_lock(:k)"), {"k": ADVISORY_KEY}):
                return False
            try:
                row = conn.execute(_STALE).one()
                if not force and (row.changed < MIN_CHANGED or row.share < CHANGED_SHARE):
                    return False
                for table in TABLES:
                    conn.execute(text(f"ANALYZE {table}"))
                return True
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_KEY})
    except Exception as exc:
        log.warning("statistics refresh failed: %s", type(exc).__name__)
        return False

"""The outbox's indexes: one partial index per synced table over its dirty rows.

Every sync round asks every synced table for its dirty rows (``sync.engine.push.gather``);
without an index that is a scan of every table — every page decrypted, ~350 ms a round on a
vault of 80,000 records — to find the few rows changed since. A partial index holds only
the dirty rows (``WHERE dirty IS 1``, the very term the round's query carries, so SQLite
uses it), so it stays small and costs a write only while a row waits to be pushed.

They are kept by the vault, not declared by the models: after every migration run the
vault makes the ones missing, so a table that a later migration adds gets its index too.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

PREFIX = "outbox_"


def index_name(table: str) -> str:
    return f"{PREFIX}{table}"


def ensure_outbox_indexes(conn: Connection) -> list[str]:
    """Make the missing outbox index of every table with `id` and `dirty`; returns the
    tables that got one."""
    tables = [row[0] for row in conn.execute(text(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))]
    have = {row[0] for row in conn.execute(text(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND substr(name, 1, :n) = :p"),
        {"n": len(PREFIX), "p": PREFIX})}
    made = []
    for table in tables:
        if index_name(table) in have:
            continue
        columns = {row[1] for row in conn.execute(text(f'PRAGMA table_info("{table}")'))}
        if {"id", "dirty"} <= columns:
            conn.execute(text(
                f'CREATE INDEX "{index_name(table)}" ON "{table}" (id) WHERE dirty IS 1'))
            made.append(table)
    return made

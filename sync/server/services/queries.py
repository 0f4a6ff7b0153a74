"""Query shapes whose cost does not depend on the plan PostgreSQL has cached.

psycopg prepares a statement after five executions and PostgreSQL may then run it with a
generic plan, built without the parameters' values. ``col IN (…)`` with one bound value
per element is a new statement for every batch size, and its generic plan filtered every
row of a collection; ``col = ANY(:array)``, without statistics, gets a custom plan that
does the same. Here a list is one array parameter unnested into one point lookup per
element through a unique index (``CROSS JOIN LATERAL (… LIMIT 1)``): an equality on the
whole key is one row to any planner, so the index is used whatever the plan and the
statistics (tests/server/test_query_plans.py checks both plan modes, before and after
ANALYZE). SQLite (the embedded demo) has no plan cache and no arrays: plain ``IN`` there.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import psycopg
from psycopg import sql as psycopg_sql
from psycopg.errors import UniqueViolation
from sqlalchemy import Row, Select, Table, bindparam, func, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql import sqltypes


def is_postgres(db: Session) -> bool:
    return db.get_bind().dialect.name == "postgresql"


def _unnest_rows(table: Table, rows: Sequence[Mapping[str, Any]]) -> Select[Any]:
    """SELECT unnest(:col1), unnest(:col2), … — a batch as one array parameter per column,
    so a statement's text (and its prepared plan) is the same for any number of rows."""
    columns = [c for c in table.columns if c.key in rows[0]]  # the table's order
    return select(
        *[
            func.unnest(
                bindparam(f"u_{c.key}", [r[c.key] for r in rows], type_=postgresql.ARRAY(c.type))
            ).label(c.key)
            for c in columns
        ]
    )


def insert_rows(
    db: Session,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    *,
    conflict: Sequence[str] = (),
    update: Sequence[str] = (),
) -> None:
    """Insert a batch set-based, in the session's transaction. PostgreSQL: COPY for a plain
    insert (the fastest way in, and no statement text that varies with the batch size),
    INSERT … SELECT unnest(…) … ON CONFLICT for an upsert (`conflict` the unique
    columns, `update` what a conflicting row takes); SQLite: executemany."""
    if not rows:
        return
    if not is_postgres(db):
        statement: Any = upsert(db, table)
        if conflict:
            statement = statement.on_conflict_do_update(
                index_elements=list(conflict),
                set_={name: statement.excluded[name] for name in update},
            )
        db.execute(statement, list(rows))
        return
    names = [c.key for c in table.columns if c.key in rows[0]]
    if not conflict:
        _copy_rows(db, table.name, names, rows, _binary_types(table, names))
        return
    source = _unnest_rows(table, rows)
    pg_insert = postgresql.insert(table).from_select(names, source)
    db.execute(
        pg_insert.on_conflict_do_update(
            index_elements=list(conflict),
            set_={name: pg_insert.excluded[name] for name in update},
        )
    )


_BINARY_TYPES: list[tuple[type[Any], str]] = [
    # BigInteger before Integer: it is a subclass
    (sqltypes.BigInteger, "int8"),
    (sqltypes.Integer, "int4"),
    (sqltypes.String, "varchar"),
    (sqltypes.LargeBinary, "bytea"),
    (sqltypes.Boolean, "bool"),
    (sqltypes.Float, "float8"),
]


def _binary_types(table: Table, names: Sequence[str]) -> list[str] | None:
    """The PostgreSQL types of these columns for a binary COPY (about a third less work for
    the database and the server than text, bytea above all), None if one has no binary
    form here (then text)."""
    found: list[str] = []
    for name in names:
        column_type = table.columns[name].type
        pg = next((t for cls, t in _BINARY_TYPES if isinstance(column_type, cls)), None)
        if pg is None:
            return None
        found.append(pg)
    return found


def _copy_rows(
    db: Session, table: str, names: Sequence[str], rows: Sequence[Mapping[str, Any]],
    types: Sequence[str] | None = None,
) -> None:
    raw = db.connection().connection.driver_connection
    assert raw is not None
    statement = psycopg_sql.SQL("COPY {} ({}) FROM STDIN{}").format(
        psycopg_sql.Identifier(table),
        psycopg_sql.SQL(", ").join(psycopg_sql.Identifier(n) for n in names),
        psycopg_sql.SQL(" (FORMAT BINARY)" if types else ""),
    )
    try:
        with raw.cursor() as cursor, cursor.copy(statement) as copy:
            if types:
                copy.set_types(list(types))
            for row in rows:
                copy.write_row([row[n] for n in names])
    except psycopg.IntegrityError:
        # The same unique row written by two requests at once: what IntegrityError means
        # elsewhere in the server (409 concurrent_update), raised as SQLAlchemy raises it.
        raise IntegrityError("COPY", None, UniqueViolation()) from None
    except psycopg.DataError as exc:
        # A value the column cannot hold: the request's fault (400), as for any statement.
        raise DataError("COPY", None, exc) from None


def upsert(db: Session, table: Any) -> Any:
    """An INSERT that can take ``on_conflict_do_update`` on either dialect."""
    return (postgresql.insert if is_postgres(db) else sqlite.insert)(table)


CURRENT_ITEMS_PG = text(
    "SELECT i.item_id, i.current_rev, i.current_seq"
    " FROM unnest(CAST(:items AS text[])) AS k(item_id)"
    " CROSS JOIN LATERAL (SELECT item_id, current_rev, current_seq FROM items"
    "   WHERE collection_id = :cid AND item_id = k.item_id LIMIT 1) AS i"
)
REVISIONS_AT_PG = text(
    "SELECT r.* FROM unnest(CAST(:seqs AS bigint[])) AS k(seq)"
    " CROSS JOIN LATERAL (SELECT seq, received_at, item_id, rev, base_rev, key_version,"
    "   author_id, deleted, ciphertext, signature, manifest_id, manifest_index FROM revisions"
    "   WHERE collection_id = :cid AND seq = k.seq LIMIT 1) AS r"
)
MANIFESTS_PG = text(
    "SELECT m.* FROM unnest(CAST(:ids AS bigint[])) AS k(id)"
    " CROSS JOIN LATERAL (SELECT id, author_id, signature, digests FROM manifests"
    "   WHERE collection_id = :cid AND id = k.id LIMIT 1) AS m"
)
KNOWN_PAIRS_PG = text(
    "SELECT k.item_id, k.rev, r.seq"
    " FROM unnest(CAST(:items AS text[]), CAST(:revs AS text[])) AS k(item_id, rev)"
    " CROSS JOIN LATERAL (SELECT seq FROM revisions"
    "   WHERE collection_id = :cid AND item_id = k.item_id AND rev = k.rev LIMIT 1) AS r"
)


def current_items(
    db: Session, collection_id: str, item_ids: Sequence[str]
) -> dict[str, tuple[str, int]]:
    """(current rev, current seq) of each of these items that exists: one point lookup per
    id through the primary key (collection_id, item_id)."""
    if not item_ids:
        return {}
    if is_postgres(db):
        rows = db.execute(CURRENT_ITEMS_PG, {"cid": collection_id, "items": list(item_ids)})
    else:
        rows = db.execute(
            text(
                "SELECT item_id, current_rev, current_seq FROM items WHERE collection_id = :cid"
                " AND item_id IN :items"
            ).bindparams(bindparam("items", expanding=True)),
            {"cid": collection_id, "items": list(item_ids)},
        )
    return {r[0]: (r[1], r[2]) for r in rows}


def revisions_at(db: Session, collection_id: str, seqs: Sequence[int]) -> dict[int, Row[Any]]:
    """The revisions stored at these sequence numbers, by seq (primary-key lookups)."""
    if not seqs:
        return {}
    if is_postgres(db):
        rows = db.execute(REVISIONS_AT_PG, {"cid": collection_id, "seqs": list(seqs)})
    else:
        rows = db.execute(
            text(
                "SELECT seq, received_at, item_id, rev, base_rev, key_version, author_id,"
                " deleted, ciphertext, signature, manifest_id, manifest_index FROM revisions"
                " WHERE collection_id = :cid AND seq IN :seqs"
            ).bindparams(bindparam("seqs", expanding=True)),
            {"cid": collection_id, "seqs": list(seqs)},
        )
    return {r.seq: r for r in rows}


def known_revisions(
    db: Session, collection_id: str, pairs: Sequence[tuple[str, str]]
) -> dict[tuple[str, str], int]:
    """seq of each (item_id, rev) already stored in the collection: one point lookup per
    pair through the unique index (collection_id, item_id, rev)."""
    if not pairs:
        return {}
    if is_postgres(db):
        rows = db.execute(
            KNOWN_PAIRS_PG,
            {"cid": collection_id, "items": [p[0] for p in pairs], "revs": [p[1] for p in pairs]},
        )
    else:
        wanted = set(pairs)
        rows = db.execute(
            text(
                "SELECT item_id, rev, seq FROM revisions WHERE collection_id = :cid"
                " AND item_id IN :items"
            ).bindparams(bindparam("items", expanding=True)),
            {"cid": collection_id, "items": sorted({p[0] for p in pairs})},
        )
        rows = [r for r in rows if (r[0], r[1]) in wanted]  # type: ignore[assignment]
    return {(r[0], r[1]): r[2] for r in rows}


def manifests_by_id(db: Session, collection_id: str, ids: Sequence[int]) -> list[Row[Any]]:
    """The push manifests with these ids (primary-key lookups), in the order asked."""
    if not ids:
        return []
    if is_postgres(db):
        rows = db.execute(MANIFESTS_PG, {"cid": collection_id, "ids": list(ids)})
    else:
        rows = db.execute(
            text(
                "SELECT id, author_id, signature, digests FROM manifests"
                " WHERE collection_id = :cid AND id IN :ids ORDER BY id"
            ).bindparams(bindparam("ids", expanding=True)),
            {"cid": collection_id, "ids": list(ids)},
        )
    return list(rows)


FIRST_ERASED_PG = text(
    "SELECT k.item_id FROM unnest(CAST(:items AS text[])) AS k(item_id)"
    " WHERE EXISTS (SELECT 1 FROM erasure_items e"
    "   WHERE e.item_id = k.item_id AND e.collection_id = :cid) LIMIT 1"
)


def first_erased(db: Session, collection_id: str, item_ids: Sequence[str]) -> str | None:
    """One of these items that an erasure order erased, or None: a lookup per id through
    the index on erasure_items.item_id (one array parameter, the same statement for any
    batch size)."""
    if not item_ids:
        return None
    if is_postgres(db):
        found = db.execute(FIRST_ERASED_PG, {"cid": collection_id, "items": list(item_ids)})
    else:
        found = db.execute(
            text(
                "SELECT item_id FROM erasure_items WHERE collection_id = :cid"
                " AND item_id IN :items LIMIT 1"
            ).bindparams(bindparam("items", expanding=True)),
            {"cid": collection_id, "items": list(item_ids)},
        )
    row = found.first()
    return None if row is None else str(row[0])

"""Deleted means gone, also for what was deleted before (issue 14, item 6).

Since `fieldapp.records.blanks` a record deleted here (`rec.touch`) or by a colleague (the
sync's apply) keeps none of its own words. Tombstones already in a vault were written
before that and may still hold them; this one-off pass blanks them, in every table with a
synced record's `id`, `deleted` and `dirty` (at this revision exactly the synced tables):

- the row: every column the blanking rule names, set to its blank (below);
- its merge base (`sync_base.payload`): emptied (NULL) once the tombstone is settled (not
  dirty), as the apply leaves it when a tombstone arrives; for a deletion still waiting to
  be pushed the payload stays (the push replaces it) but the same fields in it are blanked,
  and so in a revision sent before the deletion and not acknowledged (`sync_inflight`);
- the note search indexes (FTS5) are rebuilt when a note was blanked, so no token of the
  old text stays in their segments.

Which columns: the rule of `fieldapp.records.blanks.private_blanks`, applied to the table
as it is in this vault when the migration runs (reflected), not to today's models. A vault
upgraded later from an older version runs this against the schema of this revision; a model
changed since (a column added, renamed, dropped) must not make it fail. So: free text
(TEXT, or VARCHAR of 100 characters or more) and JSON that may be NULL, by the column's own
type, and the short columns a model still lists in `__private__` (read from today's models
by table name, with their non-text defaults; a table or column gone from them is simply not
named — only a short private column renamed later could be missed that way); never the sync
metadata, bookkeeping, `created_by`, keys, foreign keys or single-column unique columns. The
blank is NULL where the column allows it, else the model's own scalar default if it has a
non-text one (False for a flag), else False / 0 / "" by the column's type.
`tests/unit/vault/test_blank_old_tombstones.py` checks that at this revision the rule
picks exactly what `private_blanks` picks for every synced model.

Downgrade changes nothing: the words are gone.

Revision ID: 1497_blank_old_tombstones
Revises: 1496_premises_loans
Create Date: 2026-12-06
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "1497_blank_old_tombstones"
down_revision: str | None = "1496_premises_loans"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# the rule of fieldapp.records.blanks as of this revision (frozen: a migration's meaning
# does not change with the code around it)
KEPT = frozenset({"id", "collection_id", "rev", "base_rev", "dirty", "deleted",
                  "updated_at", "updated_by", "created_by"})
LONG = 100
NOTE_INDEXES = {"note_fts": "INSERT INTO note_fts(note_fts) VALUES ('rebuild')",
                "note_trigram": "INSERT INTO note_trigram(note_trigram) VALUES ('rebuild')"}
CHUNK = 500


def upgrade() -> None:
    blank_all(op.get_bind())


def blank_all(conn: sa.Connection) -> None:
    """The pass itself, on any copy of a vault: the vault at this revision, and (through
    `fieldapp.vault.migrate.blank_backups`) the pre-migration copies made before it, which
    hold the same old words."""
    found = sa.inspect(conn)
    tables = set(found.get_table_names())
    models = _models()
    notes_blanked = False
    for name in sorted(tables):
        columns = {c["name"] for c in found.get_columns(name)}
        if not {"id", "deleted", "dirty"} <= columns:
            continue
        blanks = table_blanks(found, name, models.get(name))
        if not blanks:
            continue
        changed = _blank_rows(conn, name, blanks)
        notes_blanked = notes_blanked or (name == "case_notes" and changed > 0)
        _blank_copies(conn, name, blanks, tables)
    if notes_blanked:
        for index, rebuild in NOTE_INDEXES.items():  # constant names, FTS5's own command
            if index in tables:
                conn.exec_driver_sql(rebuild)


def downgrade() -> None:
    pass  # nothing comes back


def _models() -> dict[str, Any]:
    """Today's synced models by table name (only their `__private__` and defaults are read)."""
    from fieldapp.records.payload import synced_models

    return {m.__tablename__: m for m in synced_models()}


def table_blanks(found: Any, name: str, model: Any | None) -> dict[str, Any]:
    """The blanking rule on the live table `name`: {column: blank value}."""
    private = set(getattr(model, "__private__", ())) if model is not None else set()
    foreign = {c for fk in found.get_foreign_keys(name) for c in fk["constrained_columns"]}
    unique = {u["column_names"][0] for u in found.get_unique_constraints(name)
              if len(u["column_names"]) == 1}
    unique |= {i["column_names"][0] for i in found.get_indexes(name)
               if i.get("unique") and len(i["column_names"]) == 1}
    blanks: dict[str, Any] = {}
    for column in found.get_columns(name):
        cname, kind = column["name"], column["type"]
        if (cname in KEPT or column.get("primary_key") or cname in foreign
                or cname in unique):
            continue
        if (isinstance(kind, sa.Text)
                or (isinstance(kind, sa.String) and (kind.length or 0) >= LONG)
                or (isinstance(kind, sa.JSON) and column["nullable"]) or cname in private):
            blanks[cname] = _blank(column, model)
    return blanks


def _blank(column: dict[str, Any], model: Any | None) -> Any:
    if column["nullable"]:
        return None
    declared = model.__table__.columns.get(column["name"]) if model is not None else None
    default = declared.default if declared is not None else None
    if default is not None and default.is_scalar and not isinstance(default.arg, str):
        return default.arg
    kind = column["type"]
    if isinstance(kind, sa.Boolean):
        return False
    if isinstance(kind, sa.Integer | sa.Numeric | sa.Float):
        return 0
    return ""


def _blank_rows(conn: sa.Connection, name: str, blanks: dict[str, Any]) -> int:
    """One UPDATE over the table's tombstones that still hold something (untyped columns:
    a blank None is SQL NULL, also in a JSON column)."""
    t = _table(name, *blanks)
    result = conn.execute(t.update().where(
        t.c.deleted.is_(True), sa.or_(*(t.c[c].is_not(v) for c, v in blanks.items())))
        .values(blanks))
    return int(result.rowcount or 0)


def _blank_copies(conn: sa.Connection, name: str, blanks: dict[str, Any],
                  tables: set[str]) -> None:
    """The copies of a tombstone's last words in the sync state. Settled tombstones: no merge
    base payload (as the apply leaves one). A deletion not pushed yet: its base keeps its
    shape (the push replaces it), without the words; so does a revision sent before the
    deletion and never acknowledged (`sync_inflight`, never read back)."""
    t = _table(name)
    if "sync_base" in tables:
        base = _copies("sync_base")
        conn.execute(base.update().where(
            base.c.payload.is_not(None),
            base.c.item_id.in_(sa.select(t.c.id).where(t.c.deleted.is_(True),
                                                         t.c.dirty.is_not(True))))
            .values(payload=None))
        pending = list(conn.execute(
            sa.select(t.c.id).where(t.c.deleted.is_(True), t.c.dirty.is_(True))).scalars())
        _blank_payloads(conn, base, "item_id", pending, blanks)
    if "sync_inflight" in tables:
        deleted = list(conn.execute(sa.select(t.c.id).where(t.c.deleted.is_(True))).scalars())
        _blank_payloads(conn, _copies("sync_inflight"), "rev", deleted, blanks)


def _blank_payloads(conn: sa.Connection, copies: sa.TableClause, key: str, ids: list[str],
                    blanks: dict[str, Any]) -> None:
    for start in range(0, len(ids), CHUNK):
        rows = conn.execute(sa.select(copies.c[key], copies.c.payload).where(
            copies.c.item_id.in_(ids[start:start + CHUNK]),
            copies.c.payload.is_not(None))).all()
        for found, payload in rows:
            if not isinstance(payload, dict):
                continue
            kept = {**payload, **{c: v for c, v in blanks.items() if c in payload}}
            if kept != payload:
                conn.execute(copies.update().where(copies.c[key] == found)
                             .values(payload=kept))


def _copies(name: str) -> sa.TableClause:
    return sa.table(name, sa.column("rev", sa.String()), sa.column("item_id", sa.String()),
                    sa.column("payload", sa.JSON(none_as_null=True)))


def _table(name: str, *columns: str) -> sa.TableClause:
    return sa.table(name, sa.column("id"), sa.column("deleted"), sa.column("dirty"),
                    *(sa.column(c) for c in columns))

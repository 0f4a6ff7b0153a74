"""Purge erased records from this device: every copy, not a tombstone (art. 17).

`purge(session, item_ids=…, blob_ids=…)` deletes, in the caller's transaction: the rows of
every synced table with those ids, their merge bases, in-flight revisions and open
conflicts, blob transfers, the drafts that belong to them or name an erased person, and the
subject-access exports this device made of them (files and record). The note search
indexes (FTS5) are rebuilt when a note went, so no token of it is left in their segments.
It returns the files to delete once the transaction has committed (`shred_files`).

`purge_copy(engine, …)` does the row part on a copy of the vault (a pre-migration
backup), which may be of an older schema: only tables and columns it has are touched.

With ``secure_delete`` on (fieldapp.vault.engine), SQLite overwrites what it frees; the
caller folds the WAL into the file afterwards (`checkpoint`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, column, delete, inspect, select, table
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import TableClause

from fieldapp.gdpr.access import EXPORT_KEY

FTS_INDEXES = ("note_fts", "note_trigram")
REBUILD = {"note_fts": "INSERT INTO note_fts(note_fts) VALUES ('rebuild')",
           "note_trigram": "INSERT INTO note_trigram(note_trigram) VALUES ('rebuild')"}
LOCAL_BY_ITEM = ("sync_base", "sync_inflight", "sync_conflicts")
MIN_NAME = 3
CHUNK = 500


@dataclass
class PurgeResult:
    records: int = 0
    drafts: int = 0
    exports: int = 0
    files: list[Path] = field(default_factory=list)
    # records found here that belong to an erased one but were not in the order (written
    # on this laptop since, or in a collection the supervisor can't read): (local
    # collection key, id), for the server to erase too
    dependents: list[tuple[str, str]] = field(default_factory=list)


def _chunks(values: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


def _tables(conn: Connection) -> dict[str, set[str]]:
    found = inspect(conn)
    return {n: {c["name"] for c in found.get_columns(n)} for n in found.get_table_names()}


def _table(name: str, *columns: str) -> TableClause:
    """A table of the copy being purged, by the name SQLite gave it (no model needed: a
    backup may be of an older schema)."""
    return table(name, *(column(c) for c in columns))


def _synced_tables(tables: dict[str, set[str]]) -> list[str]:
    return [n for n, cols in tables.items()
            if {"id", "collection_id", "rev", "dirty", "deleted"} <= cols]


def _names(conn: Connection, tables: dict[str, set[str]], ids: list[str]) -> set[str]:
    """Names of erased people and households, to find drafts that mention them."""
    found: set[str] = set()
    people = _table("people", "id", "first_name", "last_name")
    households = _table("households", "id", "name")
    for chunk in _chunks(ids):
        if "people" in tables:
            for first, last in conn.execute(select(people.c.first_name, people.c.last_name)
                                            .where(people.c.id.in_(chunk))):
                found.update(w for w in (f"{first} {last}".strip(), last or "")
                             if len(w) >= MIN_NAME)
        if "households" in tables:
            for (name,) in conn.execute(select(households.c.name)
                                        .where(households.c.id.in_(chunk))):
                if name and len(name) >= MIN_NAME:
                    found.add(name)
    return found


def _households_of(conn: Connection, tables: dict[str, set[str]], ids: list[str]) -> set[str]:
    if "people" not in tables:
        return set()
    people = _table("people", "id", "household_id")
    found: set[str] = set()
    for chunk in _chunks(ids):
        found.update(h for (h,) in conn.execute(select(people.c.household_id)
                                                .where(people.c.id.in_(chunk))) if h)
    return found


def _attachment_blobs(conn: Connection, tables: dict[str, set[str]],
                      ids: list[str]) -> set[str]:
    out: set[str] = set()
    if "attachments" not in tables:
        return out
    t = _table("attachments", "id", "blob_id", "medium_id", "thumb_id")
    for chunk in _chunks(ids):
        for row in conn.execute(select(t.c.blob_id, t.c.medium_id, t.c.thumb_id)
                                .where(t.c.id.in_(chunk))):
            out.update(b for b in row if b)
    return out


# The access log refers to what was read by id; it is kept for accountability (art. 5(2))
# until its own retention period, so an erasure does not follow it.
KEPT_TABLES = frozenset({"access_log"})
# Columns holding account ids, never a record's: not followed when looking for dependents.
USER_COLUMNS = frozenset({"author_id", "actor_id", "worker_id", "member_id", "granted_by",
                          "closed_by", "created_by", "updated_by"})


def dependents(conn: Connection, tables: dict[str, set[str]], ids: Iterable[str]) -> set[str]:
    """`ids` and every record that refers to one of them, transitively: by any ``*_id``
    column (a case file's notes, a note's visit, an entry of the access log about it), and
    the signature images of erased parties. Record ids are random UUIDs, so a match is a
    reference."""
    found = set(ids)
    frontier = set(found)
    synced = [t for t in _synced_tables(tables) if t not in KEPT_TABLES]
    refs = {name: sorted(c for c in tables[name] if c.endswith("_id")
                         and c not in USER_COLUMNS and c != "collection_id")
            for name in synced}
    while frontier:
        new: set[str] = set()
        for name in synced:
            if not refs[name]:
                continue
            t = _table(name, "id", *refs[name])
            for col in refs[name]:
                for chunk in _chunks(sorted(frontier)):
                    new.update(r for (r,) in conn.execute(
                        select(t.c.id).where(t.c[col].in_(chunk))))
        if "renovation_parties" in tables:
            t = _table("renovation_parties", "id", "signature_id")
            for chunk in _chunks(sorted(frontier)):
                new.update(r for (r,) in conn.execute(
                    select(t.c.signature_id).where(t.c.id.in_(chunk))) if r)
        frontier = new - found
        found |= new
    return found


def _collections_of(conn: Connection, tables: dict[str, set[str]],
                    ids: set[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for name in _synced_tables(tables):
        t = _table(name, "id", "collection_id")
        for chunk in _chunks(sorted(ids)):
            out += [(c, i) for i, c in conn.execute(
                select(t.c.id, t.c.collection_id).where(t.c.id.in_(chunk)))]
    return sorted(out)


def purge_rows(conn: Connection, *, item_ids: Iterable[str],
               blob_ids: Iterable[str] = ()) -> PurgeResult:
    """The row part of a purge, on any copy of a vault (see the module's docstring)."""
    ordered = set(item_ids)
    result = PurgeResult()
    if not ordered and not blob_ids:
        return result
    tables = _tables(conn)
    everything = dependents(conn, tables, ordered)
    result.dependents = _collections_of(conn, tables, everything - ordered)
    ids = sorted(everything)
    names = _names(conn, tables, ids)
    households = _households_of(conn, tables, ids)
    blobs = set(blob_ids) | _attachment_blobs(conn, tables, ids)
    notes_gone = 0
    for name in _synced_tables(tables):
        t = _table(name, "id")
        for chunk in _chunks(ids):
            gone = conn.execute(delete(t).where(t.c.id.in_(chunk))).rowcount
            result.records += gone
            if name == "case_notes":
                notes_gone += gone
    for name in LOCAL_BY_ITEM:
        if name in tables:
            t = _table(name, "item_id")
            for chunk in _chunks(ids):
                conn.execute(delete(t).where(t.c.item_id.in_(chunk)))
    if "sync_blobs" in tables and blobs:
        t = _table("sync_blobs", "blob_id")
        for chunk in _chunks(sorted(blobs)):
            conn.execute(delete(t).where(t.c.blob_id.in_(chunk)))
    if "drafts" in tables:
        result.drafts = _purge_drafts(conn, ids, names)
    if "settings" in tables:
        # an export of the household names every member: it goes with any of them
        result.files += _purge_exports(conn, set(ids) | households, result)
    if notes_gone:
        for index in FTS_INDEXES:  # constant names; FTS5's own command to rebuild
            if index in tables:
                conn.exec_driver_sql(REBUILD[index])
    result.files += [Path(b) for b in sorted(blobs)]  # names in the attachments folder
    return result


def _purge_drafts(conn: Connection, ids: list[str], names: set[str]) -> int:
    gone = 0
    folded = [n.casefold() for n in names]
    drafts = _table("drafts", "key", "text")
    for key, body in list(conn.execute(select(drafts.c.key, drafts.c.text))):
        lowered = (body or "").casefold()
        if any(i in key for i in ids) or any(n in lowered for n in folded):
            conn.execute(delete(drafts).where(drafts.c.key == key))
            gone += 1
    return gone


def _purge_exports(conn: Connection, ids: set[str], result: PurgeResult) -> list[Path]:
    files: list[Path] = []
    settings = _table("settings", "key", "value")
    rows = conn.execute(select(settings.c.key, settings.c.value)
                        .where(settings.c.key.startswith(EXPORT_KEY))).all()
    for key, value in rows:
        record = json.loads(value) if isinstance(value, str) else value
        if not isinstance(record, dict):
            continue
        if record.get("subject_id") in ids or record.get("household_id") in ids:
            files += [Path(p) for p in record.get("paths", [])]
            conn.execute(delete(settings).where(settings.c.key == key))
            result.exports += 1
    return files


def purge(session: Session, *, item_ids: Iterable[str],
          blob_ids: Iterable[str] = ()) -> PurgeResult:
    """Purge in the session's transaction; delete `result.files` after it commits. Run it
    in a session without foreign-key enforcement (sync.engine.state.apply_session): what
    stays may point at what went, as in any replica."""
    conn = session.connection()
    # parents and children go in one statement per table, in no particular order: check
    # the foreign keys (where enforced) once, at commit, when all of them are gone
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    return purge_rows(conn, item_ids=item_ids, blob_ids=blob_ids)


def shred_files(files: Iterable[Path], attachments_folder: Path) -> int:
    """Overwrite and delete: export files (absolute paths) and encrypted blobs (names in
    the attachments folder). Missing files are fine (never downloaded, already gone)."""
    gone = 0
    for name in files:
        path = name if name.is_absolute() else attachments_folder / name
        if not path.is_file():
            continue
        try:
            size = path.stat().st_size
            with open(path, "r+b") as f:
                f.write(b"\x00" * size)
                f.flush()
                os.fsync(f.fileno())
        except OSError:
            pass
        path.unlink(missing_ok=True)
        gone += 1
    return gone


def checkpoint(engine: Engine) -> None:
    """Fold the WAL into the database file and truncate it (old pages leave the WAL)."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.fetchall()
        cursor.close()
    finally:
        raw.close()


def purge_copy(engine: Engine, *, item_ids: Iterable[str],
               blob_ids: Iterable[str] = ()) -> PurgeResult:
    """The row part on a copy of the vault (a pre-migration backup); files are not touched
    (the live vault's purge deletes them)."""
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")  # a replica's rows may dangle
        try:
            with conn.begin():
                result = purge_rows(conn, item_ids=item_ids, blob_ids=blob_ids)
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
    checkpoint(engine)
    return result

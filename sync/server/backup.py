"""`fieldapp-server backup DIR` and `restore DIR`: the database and the blob store, consistent.

A backup folder holds

    manifest.json          written last: a folder without it is not a backup
    database.pgdump        PostgreSQL: pg_dump custom format (pg_restore reads it)
    database.sqlite3       SQLite: a copy made with SQLite's online backup API
    blobs/<org>/<id[:2]>/<id>

Consistency: on PostgreSQL the dump runs inside a snapshot exported from a REPEATABLE READ
transaction (`pg_dump --snapshot`), and the list of finished blobs is read in that same
snapshot; on SQLite the list is read from the copy. The blobs are copied after the
snapshot, each checked against its id (SHA-256): blobs are content-addressed and never
change, so every blob the snapshot refers to is in the backup, or the backup fails.

Restore puts the database back (the server must be stopped), upgrades it to the newest
migration, copies the blobs into the configured store, and moves every collection's
sequence forward by RESTORE_SEQ_GAP. Laptops remember the sequence numbers of the lost
server; the gap makes every revision stored after the restore numbered above anything a
laptop has seen, so a laptop pulling from its old token skips nothing new.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from sync.server import db as server_db
from sync.server.blobstore import BlobStore, make_blob_store
from sync.server.ops.generation import GENERATION_KEY
from sync.server.settings import Settings

FORMAT = 1
MANIFEST = "manifest.json"
PG_DUMP = "database.pgdump"
SQLITE_COPY = "database.sqlite3"
BLOBS = "blobs"
RESTORE_SEQ_GAP = 1_000_000_000
FINISHED_BLOBS = "SELECT organisation_id, blob_id, size FROM blobs WHERE complete"


class BackupError(RuntimeError):
    """A backup or restore that cannot be trusted; the message says what to do."""


@dataclass
class Summary:
    database: str
    revision: str
    blobs: int
    blob_bytes: int
    seconds: float

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def is_postgres(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def libpq_url(url: str) -> str:
    """postgresql+psycopg://… → postgresql://… for pg_dump / pg_restore, without the
    password (it goes in PGPASSWORD, not on a command line other users can read)."""
    parts = make_url(url)
    bare = URL.create(
        "postgresql",
        username=parts.username,
        host=parts.host,
        port=parts.port,
        database=parts.database,
        query=parts.query,
    )
    return bare.render_as_string(hide_password=False)


def _libpq_env(url: str) -> dict[str, str]:
    env = dict(os.environ)
    password = make_url(url).password
    if password:
        env["PGPASSWORD"] = str(password)
    return env


def sqlite_path(url: str) -> Path:
    database = make_url(url).database
    if not database or database == ":memory:":
        raise BackupError("an in-memory SQLite database cannot be backed up")
    return Path(database)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(
            f"{name} is not installed: install the PostgreSQL client tools "
            "(the same major version as the server, or newer)"
        )
    return found


def _run(cmd: list[str], url: str) -> None:
    result = subprocess.run(  # noqa: S603 - our own tool and arguments
        cmd, capture_output=True, text=True, check=False, env=_libpq_env(url)
    )
    if result.returncode != 0:
        raise BackupError(f"{Path(cmd[0]).name} failed: {result.stderr.strip()[-2000:]}")


# ------------------------------------------------------------------------------ backup


def backup(settings: Settings, dest: Path, *, store: BlobStore | None = None) -> Summary:
    started = time.monotonic()
    dest = Path(dest)
    if dest.exists() and any(dest.iterdir()):
        raise BackupError(f"{dest} is not empty: back up into a new folder")
    dest.mkdir(parents=True, exist_ok=True)
    store = store or make_blob_store(settings)
    if is_postgres(settings.database_url):
        revision, blobs = _dump_postgres(settings.database_url, dest / PG_DUMP)
        kind = "postgresql"
    else:
        revision, blobs = _copy_sqlite(settings.database_url, dest / SQLITE_COPY)
        kind = "sqlite"
    total = 0
    for org_id, blob_id, size in blobs:
        total += _copy_blob_out(store, org_id, blob_id, size, dest / BLOBS)
    summary = Summary(kind, revision, len(blobs), total, round(time.monotonic() - started, 3))
    manifest = {"format": FORMAT, "created_at": time.time(), **summary.as_dict()}
    tmp = dest / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(manifest, indent=2))
    os.replace(tmp, dest / MANIFEST)
    return summary


def _dump_postgres(url: str, target: Path) -> tuple[str, list[tuple[str, str, int]]]:
    pg_dump = _tool("pg_dump")
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                snapshot = conn.execute(text("SELECT pg_export_snapshot()")).scalar_one()
                revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                blobs = [(r[0], r[1], int(r[2])) for r in conn.execute(text(FINISHED_BLOBS))]
                # The snapshot stays valid while this transaction is open.
                _run(
                    [
                        pg_dump,
                        "--format=custom",
                        "--no-owner",
                        "--no-acl",
                        f"--snapshot={snapshot}",
                        f"--file={target}",
                        f"--dbname={libpq_url(url)}",
                    ],
                    url,
                )
    finally:
        engine.dispose()
    return str(revision or ""), blobs


def _copy_sqlite(url: str, target: Path) -> tuple[str, list[tuple[str, str, int]]]:
    source = sqlite3.connect(sqlite_path(url))
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        revision = copy.execute("SELECT version_num FROM alembic_version").fetchone()
        blobs = [(r[0], r[1], int(r[2])) for r in copy.execute(FINISHED_BLOBS)]
    finally:
        copy.close()
        source.close()
    return (str(revision[0]) if revision else ""), blobs


def _copy_blob_out(store: BlobStore, org_id: str, blob_id: str, size: int, root: Path) -> int:
    target = root / org_id / blob_id[:2] / blob_id
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    written = 0
    try:
        with open(target, "wb") as out:
            for piece in store.read(org_id, blob_id):
                digest.update(piece)
                out.write(piece)
                written += len(piece)
    except (FileNotFoundError, OSError) as exc:
        raise BackupError(
            f"blob {blob_id[:12]}… of the database snapshot is missing from the blob store "
            f"({type(exc).__name__}); the backup is incomplete"
        ) from None
    except Exception as exc:  # the S3 client's errors
        raise BackupError(
            f"blob {blob_id[:12]}… could not be read from the blob store ({type(exc).__name__})"
        ) from None
    if digest.hexdigest() != blob_id or written != size:
        raise BackupError(f"blob {blob_id[:12]}… in the blob store is damaged (hash mismatch)")
    return written


# ------------------------------------------------------------------------------ restore


def read_manifest(src: Path) -> dict[str, Any]:
    path = Path(src) / MANIFEST
    if not path.exists():
        raise BackupError(f"{src} holds no {MANIFEST}: not a finished backup")
    manifest: dict[str, Any] = json.loads(path.read_text())
    if manifest.get("format") != FORMAT:
        raise BackupError(f"backup format {manifest.get('format')!r} is not supported")
    return manifest


def restore(settings: Settings, src: Path, *, store: BlobStore | None = None) -> Summary:
    """Put the backup back. Stop every server process first."""
    started = time.monotonic()
    src = Path(src)
    manifest = read_manifest(src)
    url = settings.database_url
    if manifest["database"] == "postgresql":
        if not is_postgres(url):
            raise BackupError("this backup is of a PostgreSQL database: restore it into one")
        _restore_postgres(url, src / PG_DUMP)
    else:
        if is_postgres(url):
            raise BackupError("this backup is of a SQLite database: restore it into one")
        _restore_sqlite(src / SQLITE_COPY, sqlite_path(url))
    server_db.upgrade(url)  # a backup of an older version: bring the schema to this one
    _after_restore(url)
    store = store or make_blob_store(settings)
    count = total = 0
    root = src / BLOBS
    for path in sorted(root.glob("*/*/*")) if root.exists() else []:
        org_id, blob_id = path.parent.parent.name, path.name
        if not store.exists(org_id, blob_id):
            if _sha256(path) != blob_id:
                raise BackupError(f"blob {blob_id[:12]}… in the backup is damaged")
            store.put_finished(org_id, blob_id, path)
        count += 1
        total += path.stat().st_size
    missing = _missing_blobs(url, store)
    if missing:
        raise BackupError(
            f"{missing} finished blob(s) of the restored database are not in the blob store"
        )
    return Summary(
        manifest["database"],
        str(manifest.get("revision", "")),
        count,
        total,
        round(time.monotonic() - started, 3),
    )


def _restore_postgres(url: str, dump: Path) -> None:
    pg_restore = _tool("pg_restore")
    if not dump.exists():
        raise BackupError(f"{dump} is missing")
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()
    _run(
        [
            pg_restore,
            "--no-owner",
            "--no-acl",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={libpq_url(url)}",
            str(dump),
        ],
        url,
    )


def _restore_sqlite(copy: Path, target: Path) -> None:
    if not copy.exists():
        raise BackupError(f"{copy} is missing")
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(copy)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()


def _after_restore(url: str) -> None:
    """Number what comes next above anything the lost server handed out, and mark the
    database as restored (a new generation)."""
    engine = server_db.make_engine(url, pool_size=1)
    try:
        with engine.begin() as conn:
            conn.execute(
                text("UPDATE collections SET last_seq = last_seq + :gap"),
                {"gap": RESTORE_SEQ_GAP},
            )
            conn.execute(text("DELETE FROM server_config WHERE key = :k"), {"k": GENERATION_KEY})
            conn.execute(
                text("INSERT INTO server_config (key, value) VALUES (:k, :v)"),
                {"k": GENERATION_KEY, "v": os.urandom(16)},
            )
    finally:
        engine.dispose()


def _missing_blobs(url: str, store: BlobStore) -> int:
    engine = server_db.make_engine(url, pool_size=1)
    try:
        with engine.connect() as conn:
            rows = list(conn.execute(text(FINISHED_BLOBS)))
    finally:
        engine.dispose()
    return sum(1 for org_id, blob_id, _size in rows if not store.exists(org_id, blob_id))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while piece := handle.read(1024 * 1024):
            digest.update(piece)
    return digest.hexdigest()

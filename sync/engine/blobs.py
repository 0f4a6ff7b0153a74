"""Attachments' encrypted files: upload what the server lacks, download what is missing here.

Any synced model with a pair of columns ``<x>_id`` / ``<x>_key`` (64 characters each, e.g.
``blob_id``/``blob_key``, ``thumb_id``/``thumb_key``) refers to blobs. The ciphertext file
of a blob lives in ``<vault folder>/attachments/<blob id>`` — exactly what the server stores
(``sync.client.blobs.encrypt_file``), so transfers never decrypt. Uploads resume where the
server stands, downloads resume from the ``.part`` file after a cut or a crash.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select

from fieldapp.local.sync_state import SyncBlob
from fieldapp.records.payload import synced_models
from fieldapp.vault import Vault
from fieldapp.vault.wipe import ATTACHMENTS_DIR
from sync.client import SyncClient
from sync.client.errors import NotFound
from sync.engine import state


@cache
def blob_columns(model: Any) -> tuple[str, ...]:
    names = {c.name: c for c in model.__table__.columns}
    found = []
    for name, column in names.items():
        if name.endswith("_id") and name[:-3] + "_key" in names:
            if getattr(column.type, "length", None) == 64:
                found.append(name)
    return tuple(found)


def blob_dir(vault: Vault) -> Path:
    return Path(vault.folder) / ATTACHMENTS_DIR


def _refs(vault: Vault, *, dirty_only: bool) -> list[tuple[str, str]]:
    """(blob id, local collection key) of rows referring to blobs."""
    refs: list[tuple[str, str]] = []
    with vault.session(read_only=True) as s:
        for model in synced_models():
            cols = blob_columns(model)
            if not cols:
                continue
            table = model.__table__
            query = select(table.c.collection_id, *[table.c[c] for c in cols]).where(
                table.c.deleted.is_(False))
            if dirty_only:
                query = query.where(table.c.dirty.is_(True))
            for row in s.execute(query):
                refs.extend((v, row[0]) for v in row[1:] if isinstance(v, str) and len(v) == 64)
    return refs


def register_uploads(vault: Vault) -> None:
    """Note the blobs of rows waiting to be pushed (before the push clears their flag)."""
    refs = dict(_refs(vault, dirty_only=True))
    if not refs:
        return
    with vault.session() as s:
        known = set(s.scalars(select(SyncBlob.blob_id).where(SyncBlob.blob_id.in_(list(refs)))))
        for blob_id, key in refs.items():
            if blob_id not in known:
                s.add(SyncBlob(blob_id=blob_id, collection_key=key, direction="up", ref={},
                               path=f"{ATTACHMENTS_DIR}/{blob_id}", done=False, attempts=0))


def upload_pending(vault: Vault, client: SyncClient, *,
                   progress: Callable[[int, int | None, str | None], None]) -> int:
    folder = blob_dir(vault)
    with vault.session(read_only=True) as s:
        todo = [(b.blob_id, b.collection_key) for b in s.scalars(
            select(SyncBlob).where(SyncBlob.direction == "up", SyncBlob.done.is_(False)))]
        servers = {c.local_key: c.server_id for c in state.collections(s)}
    sent = 0
    for blob_id, key in todo:
        path = folder / blob_id
        server_id = servers.get(key)
        if server_id is None or not path.is_file():
            continue
        client.blobs.upload(server_id, path, blob_id=blob_id)
        _mark(vault, blob_id, key, "up")
        sent += 1
        progress(sent, len(todo), key)
    return sent


def download_missing(vault: Vault, client: SyncClient, *,
                     progress: Callable[[int, int | None, str | None], None]) -> int:
    folder = blob_dir(vault)
    todo = [(b, k) for b, k in dict(_refs(vault, dirty_only=False)).items()
            if not (folder / b).is_file()]
    if not todo:
        return 0
    folder.mkdir(parents=True, exist_ok=True)
    got = 0
    for blob_id, key in todo:
        try:
            client.blobs.download(blob_id, folder / blob_id)
        except NotFound:
            continue  # not uploaded yet by its author: next round
        _mark(vault, blob_id, key, "down")
        got += 1
        progress(got, len(todo), key)
    return got


def pending_count(vault: Vault) -> int:
    folder = blob_dir(vault)
    with vault.session(read_only=True) as s:
        up = set(s.scalars(select(SyncBlob.blob_id).where(
            SyncBlob.direction == "up", SyncBlob.done.is_(False))))
    down = {b for b, _ in _refs(vault, dirty_only=False) if not (folder / b).is_file()}
    return len(up | down)


def _mark(vault: Vault, blob_id: str, key: str, direction: str) -> None:
    with vault.session() as s:
        row = s.get(SyncBlob, blob_id)
        if row is None:
            s.add(SyncBlob(blob_id=blob_id, collection_key=key, direction=direction, ref={},
                           path=f"{ATTACHMENTS_DIR}/{blob_id}", done=True, attempts=1))
        else:
            row.done = True

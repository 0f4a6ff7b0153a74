"""Blobs as files under one folder: the default store."""

from __future__ import annotations

import hashlib
import os
import shutil
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from sync.server.blobstore.base import READ_PIECE, BlobStore, StoredBlob


class DirectoryBlobStore(BlobStore):
    """Blobs as files: `partial/<org>/<id>` while uploading, `blobs/<org>/<id[:2]>/<id>` after
    an atomic rename. Ciphertext only, so the folder needs no encryption of its own."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        (self.root / "partial").mkdir(parents=True, exist_ok=True)
        (self.root / "blobs").mkdir(parents=True, exist_ok=True)

    def _partial(self, org_id: str, blob_id: str) -> Path:
        return self.root / "partial" / _safe(org_id) / _safe(blob_id)

    def _final(self, org_id: str, blob_id: str) -> Path:
        return self.root / "blobs" / _safe(org_id) / blob_id[:2] / _safe(blob_id)

    def partial_size(self, org_id: str, blob_id: str) -> int:
        path = self._partial(org_id, blob_id)
        return path.stat().st_size if path.exists() else 0

    def append(self, org_id: str, blob_id: str, offset: int, data: bytes) -> int:
        path = self._partial(org_id, blob_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "ab") as handle:
            if handle.tell() != offset:
                handle.truncate(offset)  # a torn earlier write: keep only what was confirmed
                handle.seek(offset)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            return handle.tell()

    def finish(self, org_id: str, blob_id: str) -> str:
        path = self._partial(org_id, blob_id)
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            while piece := handle.read(READ_PIECE):
                digest.update(piece)
        actual = digest.hexdigest()
        if actual != blob_id:
            path.unlink(missing_ok=True)
            return actual
        final = self._final(org_id, blob_id)
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, final)
        return actual

    def discard_partial(self, org_id: str, blob_id: str) -> None:
        self._partial(org_id, blob_id).unlink(missing_ok=True)

    def exists(self, org_id: str, blob_id: str) -> bool:
        return self._final(org_id, blob_id).exists()

    def read(
        self, org_id: str, blob_id: str, start: int = 0, end: int | None = None
    ) -> Iterator[bytes]:
        with open(self._final(org_id, blob_id), "rb") as handle:
            handle.seek(start)
            remaining = None if end is None else end - start
            while remaining is None or remaining > 0:
                size = READ_PIECE if remaining is None else min(READ_PIECE, remaining)
                piece = handle.read(size)
                if not piece:
                    return
                if remaining is not None:
                    remaining -= len(piece)
                yield piece

    def delete(self, org_id: str, blob_id: str) -> None:
        self._final(org_id, blob_id).unlink(missing_ok=True)
        self.discard_partial(org_id, blob_id)

    def purge_partials(self, older_than: float) -> int:
        dropped = 0
        for path in (self.root / "partial").glob("*/*"):
            try:
                if path.is_file() and path.stat().st_mtime < older_than:
                    path.unlink()
                    dropped += 1
            except FileNotFoundError:
                continue  # finished or discarded meanwhile
        return dropped

    def list_blobs(self) -> Iterator[StoredBlob]:
        for path in sorted((self.root / "blobs").glob("*/*/*")):
            if path.is_file():
                yield StoredBlob(path.parent.parent.name, path.name, path.stat().st_size)

    def put_finished(self, org_id: str, blob_id: str, source: Path) -> None:
        final = self._final(org_id, blob_id)
        final.parent.mkdir(parents=True, exist_ok=True)
        staging = final.with_name(f".{blob_id}.{uuid.uuid4().hex}")
        shutil.copyfile(source, staging)
        with open(staging, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(staging, final)

    def check_writable(self) -> None:
        probe = self.root / "partial" / f".probe-{uuid.uuid4().hex}"
        payload = str(time.time()).encode()
        with open(probe, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            if probe.read_bytes() != payload:
                raise OSError("the blob folder did not return what was written")
        finally:
            probe.unlink(missing_ok=True)


def _safe(name: str) -> str:
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise ValueError("unsafe blob path component")
    return name

"""Where blob ciphertext lives. A small interface so S3-compatible storage can replace the
directory store when one disk is no longer enough (DESIGN.md §6 "Server at scale").

An S3 store would map `append` to multipart-upload parts (or to a staging object per
upload) and `finish` to completing the upload under the final key; the database row lock
the API holds around every call keeps the offsets consistent across stateless workers.
"""

from __future__ import annotations

import hashlib
import os
from abc import ABC, abstractmethod
from collections.abc import Iterator
from pathlib import Path

READ_PIECE = 256 * 1024


class BlobStore(ABC):
    @abstractmethod
    def partial_size(self, org_id: str, blob_id: str) -> int:
        """Bytes received so far for an unfinished upload (0 if none)."""

    @abstractmethod
    def append(self, org_id: str, blob_id: str, offset: int, data: bytes) -> int:
        """Append at exactly `offset` (the caller checked it); returns the new size."""

    @abstractmethod
    def finish(self, org_id: str, blob_id: str) -> str:
        """Make the upload available if its SHA-256 is `blob_id`; return the hex digest.
        On a mismatch the partial upload is discarded and the digest returned."""

    @abstractmethod
    def discard_partial(self, org_id: str, blob_id: str) -> None: ...

    @abstractmethod
    def exists(self, org_id: str, blob_id: str) -> bool: ...

    @abstractmethod
    def read(
        self, org_id: str, blob_id: str, start: int = 0, end: int | None = None
    ) -> Iterator[bytes]:
        """Yield the bytes [start, end) of a finished blob."""


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


def _safe(name: str) -> str:
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise ValueError("unsafe blob path component")
    return name

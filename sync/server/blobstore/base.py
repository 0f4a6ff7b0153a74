"""The blob store interface."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

READ_PIECE = 256 * 1024


@dataclass(frozen=True)
class StoredBlob:
    organisation_id: str
    blob_id: str
    size: int


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
        On a mismatch the partial upload is discarded and the digest returned; a finished
        blob of that id is never touched by a mismatching upload."""

    @abstractmethod
    def discard_partial(self, org_id: str, blob_id: str) -> None: ...

    @abstractmethod
    def exists(self, org_id: str, blob_id: str) -> bool: ...

    @abstractmethod
    def read(
        self, org_id: str, blob_id: str, start: int = 0, end: int | None = None
    ) -> Iterator[bytes]:
        """Yield the bytes [start, end) of a finished blob."""

    @abstractmethod
    def delete(self, org_id: str, blob_id: str) -> None:
        """Remove a finished blob and any partial upload of it (erasure, purge)."""

    @abstractmethod
    def purge_partials(self, older_than: float) -> int:
        """Drop unfinished uploads untouched since `older_than` (unix time); returns how
        many uploads were dropped."""

    @abstractmethod
    def list_blobs(self) -> Iterator[StoredBlob]:
        """Every finished blob (backups)."""

    @abstractmethod
    def put_finished(self, org_id: str, blob_id: str, source: Path) -> None:
        """Store a finished blob from a local file (restore). The caller checked its hash."""

    @abstractmethod
    def check_writable(self) -> None:
        """Write, read back and remove a small probe object; raise if that fails (/readyz)."""

"""Where blob ciphertext lives: a small interface with two stores, chosen by configuration
(DESIGN.md §6 "Server at scale").

- ``directory`` (default): files under one folder (``DirectoryBlobStore``).
- ``s3``: any S3-compatible object storage (``S3BlobStore``), so several server machines
  serve the same blobs.

The API holds a database row lock on the blob row around every state change, so the
offsets stay consistent across stateless workers; a store only has to make each call
atomic on its own. Blob ids are SHA-256 of the ciphertext: a finished blob never changes.
"""

from __future__ import annotations

from sync.server.blobstore.base import BlobStore, StoredBlob
from sync.server.blobstore.directory import DirectoryBlobStore

__all__ = ["BlobStore", "DirectoryBlobStore", "StoredBlob", "make_blob_store"]


def make_blob_store(settings: object) -> BlobStore:
    """The store the settings name (``settings.blob_store``: "directory" or "s3")."""
    kind = getattr(settings, "blob_store", "directory")
    if kind == "directory":
        return DirectoryBlobStore(settings.blob_dir)  # type: ignore[attr-defined]
    if kind == "s3":
        from sync.server.blobstore.s3 import S3BlobStore

        return S3BlobStore(
            bucket=settings.s3_bucket,  # type: ignore[attr-defined]
            prefix=getattr(settings, "s3_prefix", ""),
            endpoint_url=getattr(settings, "s3_endpoint_url", None),
            region=getattr(settings, "s3_region", None),
        )
    raise ValueError(f"unknown blob store {kind!r}: use 'directory' or 's3'")

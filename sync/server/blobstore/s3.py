"""Blobs in S3-compatible object storage (AWS S3, MinIO, Ceph RGW, Garage, ...).

Layout under an optional prefix:

- ``blobs/<org>/<id[:2]>/<id>``: finished blobs, immutable (content-addressed).
- ``partial/<org>/<id>/<offset, 20 digits>``: one object per accepted data request of an
  unfinished upload. An object PUT is atomic, so a cut request leaves either the whole piece
  or nothing, and the upload resumes at the end of the contiguous pieces.

``finish`` hashes the pieces first and only then writes the final object (a multipart
upload for large blobs, by boto3's transfer manager), so a mismatching upload never
touches a finished blob. Credentials come from boto3's usual sources (``AWS_ACCESS_KEY_ID``
and ``AWS_SECRET_ACCESS_KEY``, a profile, an instance role); never from this code.
"""

from __future__ import annotations

import hashlib
import io
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sync.server.blobstore.base import READ_PIECE, BlobStore, StoredBlob
from sync.server.blobstore.directory import _safe

OFFSET_DIGITS = 20
MULTIPART_THRESHOLD = 16 * 1024 * 1024


class S3BlobStore(BlobStore):
    def __init__(
        self,
        *,
        bucket: str,
        prefix: str = "",
        endpoint_url: str | None = None,
        region: str | None = None,
        client: Any = None,
    ) -> None:
        import boto3
        from boto3.s3.transfer import TransferConfig
        from botocore.config import Config

        if not bucket:
            raise ValueError("the S3 blob store needs a bucket name")
        self.bucket = bucket
        self.prefix = prefix.strip("/") + "/" if prefix.strip("/") else ""
        self.client = client or boto3.client(
            "s3",
            endpoint_url=endpoint_url or None,
            region_name=region or None,
            config=Config(
                retries={"max_attempts": 5, "mode": "standard"},
                s3={"addressing_style": "path"} if endpoint_url else {},
                max_pool_connections=20,
            ),
        )
        self.transfer = TransferConfig(
            multipart_threshold=MULTIPART_THRESHOLD,
            multipart_chunksize=MULTIPART_THRESHOLD,
            use_threads=False,
        )

    # ---------------------------------------------------------------- keys

    def _final(self, org_id: str, blob_id: str) -> str:
        return f"{self.prefix}blobs/{_safe(org_id)}/{blob_id[:2]}/{_safe(blob_id)}"

    def _partial_prefix(self, org_id: str, blob_id: str) -> str:
        return f"{self.prefix}partial/{_safe(org_id)}/{_safe(blob_id)}/"

    def _list(self, prefix: str) -> Iterator[dict[str, Any]]:
        paginator = self.client.get_paginator("list_objects_v2")
        for page in paginator.paginate(Bucket=self.bucket, Prefix=prefix):
            yield from page.get("Contents", ())

    def _pieces(self, org_id: str, blob_id: str) -> list[tuple[int, int, str]]:
        """(offset, size, key) of the stored pieces, in offset order."""
        prefix = self._partial_prefix(org_id, blob_id)
        pieces = []
        for obj in self._list(prefix):
            name = obj["Key"][len(prefix) :]
            if name.isdigit():
                pieces.append((int(name), int(obj["Size"]), obj["Key"]))
        return sorted(pieces)

    @staticmethod
    def _contiguous(pieces: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """The pieces that continue each other from offset 0."""
        kept, end = [], 0
        for offset, size, key in pieces:
            if offset != end:
                break
            kept.append((offset, size, key))
            end += size
        return kept

    def _delete_keys(self, keys: list[str]) -> None:
        for start in range(0, len(keys), 1000):
            batch = keys[start : start + 1000]
            if batch:
                self.client.delete_objects(
                    Bucket=self.bucket,
                    Delete={"Objects": [{"Key": k} for k in batch], "Quiet": True},
                )

    # ---------------------------------------------------------------- uploads

    def partial_size(self, org_id: str, blob_id: str) -> int:
        return sum(size for _o, size, _k in self._contiguous(self._pieces(org_id, blob_id)))

    def append(self, org_id: str, blob_id: str, offset: int, data: bytes) -> int:
        # Pieces at or past `offset` were never confirmed to the client: replace them.
        stale = [key for o, _s, key in self._pieces(org_id, blob_id) if o >= offset]
        self._delete_keys(stale)
        key = f"{self._partial_prefix(org_id, blob_id)}{offset:0{OFFSET_DIGITS}d}"
        self.client.put_object(Bucket=self.bucket, Key=key, Body=data)
        return offset + len(data)

    def _piece_stream(self, pieces: list[tuple[int, int, str]]) -> Iterator[bytes]:
        for _offset, _size, key in pieces:
            body = self.client.get_object(Bucket=self.bucket, Key=key)["Body"]
            yield from body.iter_chunks(READ_PIECE)

    def finish(self, org_id: str, blob_id: str) -> str:
        pieces = self._contiguous(self._pieces(org_id, blob_id))
        digest = hashlib.sha256()
        for chunk in self._piece_stream(pieces):
            digest.update(chunk)
        actual = digest.hexdigest()
        if actual == blob_id:
            self.client.upload_fileobj(
                io.BufferedReader(_IterReader(self._piece_stream(pieces)), 1024 * 1024),
                self.bucket,
                self._final(org_id, blob_id),
                Config=self.transfer,
            )
        self.discard_partial(org_id, blob_id)
        return actual

    def discard_partial(self, org_id: str, blob_id: str) -> None:
        self._delete_keys([k for _o, _s, k in self._pieces(org_id, blob_id)])

    # ---------------------------------------------------------------- finished blobs

    def exists(self, org_id: str, blob_id: str) -> bool:
        from botocore.exceptions import ClientError

        try:
            self.client.head_object(Bucket=self.bucket, Key=self._final(org_id, blob_id))
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in {"404", "NoSuchKey", "NotFound"}:
                return False
            raise
        return True

    def read(
        self, org_id: str, blob_id: str, start: int = 0, end: int | None = None
    ) -> Iterator[bytes]:
        if end is not None and end <= start:
            return
        ask = f"bytes={start}-" if end is None else f"bytes={start}-{end - 1}"
        if start == 0 and end is None:
            answer = self.client.get_object(Bucket=self.bucket, Key=self._final(org_id, blob_id))
        else:
            answer = self.client.get_object(
                Bucket=self.bucket, Key=self._final(org_id, blob_id), Range=ask
            )
        yield from answer["Body"].iter_chunks(READ_PIECE)

    def delete(self, org_id: str, blob_id: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self._final(org_id, blob_id))
        self.discard_partial(org_id, blob_id)

    def purge_partials(self, older_than: float) -> int:
        uploads: dict[str, list[tuple[float, str]]] = {}
        for obj in self._list(f"{self.prefix}partial/"):
            upload = obj["Key"].rsplit("/", 1)[0]
            uploads.setdefault(upload, []).append((obj["LastModified"].timestamp(), obj["Key"]))
        dropped = 0
        for objects in uploads.values():
            if max(t for t, _k in objects) < older_than:
                self._delete_keys([k for _t, k in objects])
                dropped += 1
        return dropped

    def list_blobs(self) -> Iterator[StoredBlob]:
        prefix = f"{self.prefix}blobs/"
        for obj in self._list(prefix):
            parts = obj["Key"][len(prefix) :].split("/")
            if len(parts) == 3:
                yield StoredBlob(parts[0], parts[2], int(obj["Size"]))

    def put_finished(self, org_id: str, blob_id: str, source: Path) -> None:
        self.client.upload_file(
            str(source), self.bucket, self._final(org_id, blob_id), Config=self.transfer
        )

    def check_writable(self) -> None:
        key = f"{self.prefix}probe/{uuid.uuid4().hex}"
        payload = uuid.uuid4().bytes
        self.client.put_object(Bucket=self.bucket, Key=key, Body=payload)
        try:
            got = self.client.get_object(Bucket=self.bucket, Key=key)["Body"].read()
            if got != payload:
                raise OSError("the object storage did not return what was written")
        finally:
            self.client.delete_object(Bucket=self.bucket, Key=key)


class _IterReader(io.RawIOBase):
    """A readable file over an iterator of byte strings (for boto3's upload_fileobj)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self.chunks = chunks
        self.buffer = b""

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        while not self.buffer:
            try:
                self.buffer = next(self.chunks)
            except StopIteration:
                return 0
        size = min(len(target), len(self.buffer))
        target[:size] = self.buffer[:size]
        self.buffer = self.buffer[size:]
        return size

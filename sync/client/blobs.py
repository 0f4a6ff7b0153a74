"""Blobs: per-blob random key, resumable idempotent upload, verified download (DESIGN.md §5.4).

Everything streams through files in pieces, so a 50 MB photo series is never held whole in
memory (let alone twice). A blob is encrypted once to a ciphertext file (which is also the
form the desktop keeps attachments in); its id is the SHA-256 of that file. Upload asks the
server where it stands and sends the rest; download resumes with ``Range`` after a cut and
checks the id before decrypting.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import requests

from fieldapp.crypto import aead
from fieldapp.crypto import blobs as blob_crypto
from fieldapp.crypto.errors import DecryptionError
from sync.client.errors import ApiError, BlobRejected, Conflict, TransportError
from sync.client.http import Http
from sync.protocol import MAX_BLOB_PUT, BlobStartRequest, BlobStatus, read_answer

log = logging.getLogger(__name__)

READ_PIECE = 1024 * 1024
UPLOAD_PIECE = 4 * 1024 * 1024


@dataclass(frozen=True)
class BlobRef:
    """What a record keeps to find and open a blob (store it inside the encrypted record)."""

    blob_id: str
    key: bytes
    size: int  # ciphertext bytes


def _read_pieces(f: BinaryIO, size: int = READ_PIECE) -> Iterator[bytes]:
    while piece := f.read(size):
        yield piece


def encrypt_file(src: Path, dst: Path, *, key: bytes | None = None) -> BlobRef:
    """Encrypt `src` into `dst` under a random per-blob key, streaming."""
    key = key or aead.new_key()
    digest = hashlib.sha256()
    size = 0
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        for chunk in blob_crypto.encrypt_chunks(key, _read_pieces(fin)):
            fout.write(chunk)
            digest.update(chunk)
            size += len(chunk)
    return BlobRef(blob_id=digest.hexdigest(), key=key, size=size)


def decrypt_file(ref: BlobRef, src: Path, dst: Path) -> None:
    """Decrypt a ciphertext file into `dst` (written to a .part file, renamed when whole)."""
    part = dst.with_name(dst.name + ".part")
    try:
        with open(src, "rb") as fin, open(part, "wb") as fout:
            for plain in blob_crypto.decrypt_chunks(ref.key, _read_pieces(fin)):
                fout.write(plain)
    except DecryptionError:
        part.unlink(missing_ok=True)
        raise BlobRejected(f"blob {ref.blob_id} did not decrypt") from None
    os.replace(part, dst)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for piece in _read_pieces(f):
            digest.update(piece)
    return digest.hexdigest()


class Blobs:
    def __init__(self, http: Http, *, piece_size: int = UPLOAD_PIECE, max_resumes: int = 20):
        if not 0 < piece_size <= MAX_BLOB_PUT:
            raise ValueError("piece size out of range")
        self.http = http
        self.piece_size = piece_size
        self.max_resumes = max_resumes

    # ------------------------------------------------------------------ upload

    def status(self, collection_id: str, blob_id: str, size: int) -> BlobStatus:
        """Create or resume an upload; tells how many bytes the server already holds."""
        request = BlobStartRequest(blob_id=blob_id, size=size, collection_id=collection_id)
        try:
            return self.http.call("POST", "/v1/blobs", BlobStatus, request)
        except Conflict as exc:
            if exc.code not in {"upload_race", "concurrent_update"}:
                raise
            # Another device started the same new blob at the same moment: its row exists
            # now, so asking again resumes that upload.
            return self.http.call("POST", "/v1/blobs", BlobStatus, request)

    def upload(
        self, collection_id: str, ciphertext: Path, *, blob_id: str | None = None
    ) -> BlobStatus:
        """Upload a ciphertext file; resumes where the server stands, idempotent."""
        size = ciphertext.stat().st_size
        blob_id = blob_id or file_sha256(ciphertext)
        restarts = 0
        status = self.status(collection_id, blob_id, size)
        with open(ciphertext, "rb") as f:
            while not status.done:
                if status.offset < size:
                    try:
                        status = self._put_piece(f, blob_id, status.offset)
                    except Conflict as exc:
                        if exc.code != "offset_mismatch":
                            raise
                        status = self.status(collection_id, blob_id, size)
                    except TransportError:
                        restarts += 1
                        if restarts > self.max_resumes:
                            raise
                        log.info("blob upload cut, resuming")
                        status = self.status(collection_id, blob_id, size)
                    continue
                try:
                    status = self.http.call("POST", f"/v1/blobs/{blob_id}/complete", BlobStatus)
                except ApiError as exc:
                    if exc.code not in {"blob_hash_mismatch", "blob_incomplete"} or restarts:
                        raise
                    restarts += 1  # the server discarded a corrupt upload: start once more
                    status = self.status(collection_id, blob_id, size)
        return status

    def _put_piece(self, f: BinaryIO, blob_id: str, offset: int) -> BlobStatus:
        f.seek(offset)
        data = f.read(self.piece_size)
        response = self.http.request(
            "PUT",
            f"/v1/blobs/{blob_id}/data",
            params={"offset": offset},
            data=data,
            headers={"Content-Type": "application/octet-stream"},
        )
        return read_answer(BlobStatus, response.content)

    def put_file(self, collection_id: str, src: Path, *, workdir: Path | None = None) -> BlobRef:
        """Encrypt a plaintext file under a fresh key and upload it; returns its BlobRef."""
        with tempfile.TemporaryDirectory(dir=workdir, prefix="fieldapp-blob-") as tmp:
            ciphertext = Path(tmp) / "blob"
            ref = encrypt_file(src, ciphertext)
            self.upload(collection_id, ciphertext, blob_id=ref.blob_id)
        return ref

    # ------------------------------------------------------------------ download

    def download(self, blob_id: str, dst: Path) -> None:
        """Fetch a blob's ciphertext into `dst`, resuming after cuts; checks its id."""
        part = dst.with_name(dst.name + ".part")
        resumes = 0
        while True:
            have = part.stat().st_size if part.exists() else 0
            headers = {"Range": f"bytes={have}-"} if have else None
            try:
                response = self.http.request(
                    "GET", f"/v1/blobs/{blob_id}", headers=headers, stream=True
                )
                with response:
                    mode = "ab" if have and response.status_code == 206 else "wb"
                    with open(part, mode) as out:
                        for piece in response.iter_content(READ_PIECE):
                            out.write(piece)
                break
            except (TransportError, requests.RequestException):
                resumes += 1
                if resumes > self.max_resumes:
                    raise TransportError(f"blob {blob_id}: download kept failing") from None
                log.info("blob download cut, resuming")
            except ApiError as exc:
                if exc.status == 416:  # we already hold every byte
                    break
                raise
        if file_sha256(part) != blob_id:
            part.unlink(missing_ok=True)
            raise BlobRejected(f"blob {blob_id}: the bytes served do not match its id")
        os.replace(part, dst)

    def get_file(self, ref: BlobRef, dst: Path, *, workdir: Path | None = None) -> None:
        """Download, verify and decrypt a blob into the plaintext file `dst`."""
        with tempfile.TemporaryDirectory(dir=workdir, prefix="fieldapp-blob-") as tmp:
            ciphertext = Path(tmp) / "blob"
            self.download(ref.blob_id, ciphertext)
            decrypt_file(ref, ciphertext, dst)

"""Blobs (photos, signatures, PDFs): chunked AES-256-GCM under a random per-blob key (§5.4).

Each 1 MiB chunk is encrypted with nonce = 96-bit big-endian chunk counter (safe: the key is
random and used for this one blob only) and AAD = domain ‖ chunk index ‖ last-chunk flag,
so chunks can be neither reordered nor dropped from the end. The blob id is the SHA-256 of
the whole ciphertext, which makes uploads content-addressed and idempotent.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fieldapp.crypto.encoding import pack_fields
from fieldapp.crypto.errors import CryptoError, DecryptionError

CHUNK_SIZE = 1024 * 1024
TAG_LEN = 16
CIPHER_CHUNK_SIZE = CHUNK_SIZE + TAG_LEN


PAD_MIN = 4096  # a blob's plaintext is padded to at least this
PAD_DOUBLING_UP_TO = 1024 * 1024  # powers of two up to here, then whole multiples of it


def padded_size(length: int) -> int:
    """The bucket a blob of `length` bytes is padded to before encryption (issue 14, item
    9): 4 KiB at least, the next power of two up to 1 MiB, then the next whole MiB — the
    server sees a few sizes, not the size of a photo or a signature."""
    if length <= PAD_MIN:
        return PAD_MIN
    if length <= PAD_DOUBLING_UP_TO:
        return 1 << (length - 1).bit_length()
    return -(-length // PAD_DOUBLING_UP_TO) * PAD_DOUBLING_UP_TO


def pad(plaintext: bytes) -> bytes:
    """`plaintext` followed by zero bytes up to its bucket. Whoever reads it back cuts it to
    the length it keeps in the (encrypted) record (`fieldapp.attachments`); a JPEG or PNG
    decoder ignores what follows the image anyway, so a blob padded or not shows alike."""
    return plaintext + bytes(padded_size(len(plaintext)) - len(plaintext))


def _nonce(index: int) -> bytes:
    return index.to_bytes(12, "big")


def _aad(index: int, last: bool) -> bytes:
    return pack_fields("fieldapp/blob/v1", [index, last])


def _chunks(data: bytes, size: int) -> Iterator[bytes]:
    if not data:
        yield b""
        return
    for start in range(0, len(data), size):
        yield data[start : start + size]


def encrypt_chunks(key: bytes, plaintext_chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Encrypt a stream of plaintext pieces, re-cut into 1 MiB chunks; yields cipher chunks."""
    aes = AESGCM(key)
    buffer = b""
    index = 0
    pending: bytes | None = None
    for piece in plaintext_chunks:
        buffer += piece
        while len(buffer) >= CHUNK_SIZE:
            if pending is not None:
                yield aes.encrypt(_nonce(index), pending, _aad(index, False))
                index += 1
            pending, buffer = buffer[:CHUNK_SIZE], buffer[CHUNK_SIZE:]
    if pending is not None and buffer:
        yield aes.encrypt(_nonce(index), pending, _aad(index, False))
        index += 1
        pending = buffer
    elif pending is None:
        pending = buffer
    yield aes.encrypt(_nonce(index), pending, _aad(index, True))


def encrypt_blob(key: bytes, plaintext: bytes) -> bytes:
    """Encrypt a whole blob held in memory."""
    return b"".join(encrypt_chunks(key, _chunks(plaintext, CHUNK_SIZE)))


def decrypt_chunks(key: bytes, cipher_chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Decrypt a stream of ciphertext pieces; raises DecryptionError on reordering or truncation."""
    aes = AESGCM(key)
    buffer = b""
    index = 0
    for piece in cipher_chunks:
        buffer += piece
        # Keep at least one full chunk back: only the final chunk may be marked last.
        while len(buffer) > CIPHER_CHUNK_SIZE:
            chunk, buffer = buffer[:CIPHER_CHUNK_SIZE], buffer[CIPHER_CHUNK_SIZE:]
            yield _open(aes, index, chunk, last=False)
            index += 1
    if len(buffer) < TAG_LEN:
        raise DecryptionError("blob ciphertext truncated")
    yield _open(aes, index, buffer, last=True)


def decrypt_blob(key: bytes, ciphertext: bytes) -> bytes:
    return b"".join(decrypt_chunks(key, _chunks(ciphertext, CIPHER_CHUNK_SIZE)))


def _open(aes: AESGCM, index: int, chunk: bytes, *, last: bool) -> bytes:
    try:
        return aes.decrypt(_nonce(index), chunk, _aad(index, last))
    except InvalidTag:
        raise DecryptionError(f"blob chunk {index} did not authenticate") from None


def blob_id(ciphertext: bytes) -> str:
    """Content address of an encrypted blob: hex SHA-256 of its ciphertext."""
    return hashlib.sha256(ciphertext).hexdigest()


def check_blob_id(ciphertext: bytes, expected: str) -> None:
    if blob_id(ciphertext) != expected:
        raise CryptoError("blob content does not match its id")

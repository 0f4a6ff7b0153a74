"""Records: JSON encrypted under the collection key and signed by the author (§5.3).

The JSON is padded with trailing spaces (which JSON ignores, so a record padded or not reads
the same everywhere) to a size bucket before it is encrypted: the server sees one of a few
lengths, not the length of a note (issue 14, item 9; `padded_length`).

AAD binds the ciphertext to ("fieldapp/item/v1", collection id, item id, rev, key version),
so a ciphertext cannot be moved to another record, revision or collection. The author signs
(collection id, item id, rev, base rev, key version, nonce, SHA-256 of ciphertext, deleted).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fieldapp.crypto import aead
from fieldapp.crypto.encoding import pack_fields
from fieldapp.crypto.errors import CryptoError, DecryptionError, SignatureError
from fieldapp.crypto.keys import AccountKeys, verify

PAD_MIN = 256  # every record's JSON is at least this long once padded
PAD_DOUBLING_UP_TO = 64 * 1024  # powers of two up to here, then whole multiples of it
MAX_PLAINTEXT = 1024 * 1024 - aead.NONCE_LEN - aead.TAG_LEN  # the server's 1 MiB ciphertext limit


def padded_length(length: int) -> int:
    """The bucket a plaintext of `length` bytes is padded to: 256 bytes at least, then the
    next power of two up to 64 KiB, then the next multiple of 64 KiB (never past what the
    server accepts; a plaintext longer than that is left as it is and refused there)."""
    if length <= PAD_MIN:
        return PAD_MIN
    if length <= PAD_DOUBLING_UP_TO:
        return 1 << (length - 1).bit_length()
    bucket = -(-length // PAD_DOUBLING_UP_TO) * PAD_DOUBLING_UP_TO
    return max(length, min(bucket, MAX_PLAINTEXT))


def pad_json(plaintext: bytes) -> bytes:
    """`plaintext` (JSON) followed by spaces up to its bucket."""
    return plaintext + b" " * (padded_length(len(plaintext)) - len(plaintext))


@dataclass(frozen=True)
class SealedRecord:
    """One revision of one record as it travels and as the server stores it."""

    collection_id: str
    item_id: str
    rev: str
    base_rev: str | None
    key_version: int
    author_id: str
    deleted: bool
    ciphertext: bytes  # nonce ‖ AES-256-GCM ciphertext; empty for a tombstone
    signature: bytes

    def signed_message(self) -> bytes:
        nonce = self.ciphertext[: aead.NONCE_LEN]
        return pack_fields(
            "fieldapp/item-signature/v1",
            [
                self.collection_id,
                self.item_id,
                self.rev,
                self.base_rev,
                self.key_version,
                self.author_id,
                nonce,
                hashlib.sha256(self.ciphertext).digest(),
                self.deleted,
            ],
        )


def _aad(collection_id: str, item_id: str, rev: str, key_version: int) -> bytes:
    return pack_fields("fieldapp/item/v1", [collection_id, item_id, rev, key_version])


def seal_record(
    payload: dict[str, Any] | None,
    *,
    collection_key: bytes,
    key_version: int,
    collection_id: str,
    item_id: str,
    rev: str,
    base_rev: str | None,
    author_id: str,
    author_keys: AccountKeys,
    sign: bool = True,
) -> SealedRecord:
    """Encrypt and sign one revision. `payload=None` makes a signed tombstone.

    With ``sign=False`` the signature is left empty: the record is signed by the manifest
    of the batch it is pushed in (:mod:`fieldapp.crypto.manifests`)."""
    deleted = payload is None
    ciphertext = b""
    if payload is not None:
        plaintext = pad_json(
            json.dumps(payload, separators=(",", ":"), sort_keys=True).encode("utf-8"))
        ciphertext = aead.encrypt(
            collection_key, plaintext, _aad(collection_id, item_id, rev, key_version)
        )
    unsigned = SealedRecord(
        collection_id, item_id, rev, base_rev, key_version, author_id, deleted, ciphertext, b""
    )
    if not sign:
        return unsigned
    signature = author_keys.sign(unsigned.signed_message())
    return SealedRecord(
        collection_id,
        item_id,
        rev,
        base_rev,
        key_version,
        author_id,
        deleted,
        ciphertext,
        signature,
    )


def open_record(
    record: SealedRecord, *, collection_key: bytes, author_sign_public: bytes
) -> dict[str, Any] | None:
    """Verify the author's signature, then decrypt. Returns None for a tombstone.

    Raises SignatureError if the signature or any signed field was altered, and
    DecryptionError if the ciphertext or its AAD fields were.
    """
    verify(author_sign_public, record.signature, record.signed_message())
    if record.deleted:
        if record.ciphertext:
            raise CryptoError("a tombstone carries no ciphertext")
        return None
    plaintext = aead.decrypt(
        collection_key,
        record.ciphertext,
        _aad(record.collection_id, record.item_id, record.rev, record.key_version),
    )
    return _payload(plaintext)


def _payload(plaintext: bytes) -> dict[str, Any]:
    data = json.loads(plaintext)
    if not isinstance(data, dict):
        raise CryptoError("a record payload is a JSON object")
    return data


class RecordOpener:
    """:func:`open_record` for many records of one collection: the AES key schedule of
    each key version is built once, not per record. Safe to share between threads."""

    def __init__(self, collection_keys: Mapping[int, bytes]) -> None:
        self._ciphers = {version: AESGCM(key) for version, key in collection_keys.items()}

    def open(self, record: SealedRecord, *, author_sign_public: bytes) -> dict[str, Any] | None:
        """Like :func:`open_record`; DecryptionError also when the key version is unknown."""
        verify(author_sign_public, record.signature, record.signed_message())
        return self.decrypt(record)

    def open_digested(self, record: SealedRecord, digest: bytes) -> dict[str, Any] | None:
        """Like :meth:`open` for a record signed by a manifest that was verified: the
        record's signed message must hash to `digest` (SignatureError otherwise)."""
        if not hmac.compare_digest(hashlib.sha256(record.signed_message()).digest(), digest):
            raise SignatureError("the record does not match its place in the signed manifest")
        return self.decrypt(record)

    def decrypt(self, record: SealedRecord) -> dict[str, Any] | None:
        """Decrypt a record whose authenticity was checked; None for a tombstone."""
        if record.deleted:
            if record.ciphertext:
                raise CryptoError("a tombstone carries no ciphertext")
            return None
        cipher = self._ciphers.get(record.key_version)
        if cipher is None:
            raise DecryptionError("no key for this key version")
        plaintext = aead.decrypt_with(
            cipher,
            record.ciphertext,
            _aad(record.collection_id, record.item_id, record.rev, record.key_version),
        )
        return _payload(plaintext)

"""Push manifests: one Ed25519 signature over a batch of sealed records (issue 13).

A device pushing a batch seals each record as before (encrypted under the collection key,
its fields bound by the AAD) but signs once: the manifest is the author's signature over
(collection id, author id, number of records, and the SHA-256 digest of each record's
signed message — collection, item, rev, base rev, key version, author, nonce, SHA-256 of
the ciphertext, deleted — in batch order). The server stores the manifest beside the
records it accepted from the batch and hands it out with them; a reader verifies each
manifest once and each record by its digest at its place in the manifest.

So a record altered, swapped with another, moved into another manifest or attributed to
another author no longer matches its digest, and a manifest with a digest changed, added,
dropped or reordered no longer verifies. Records signed one by one (before manifests, or
pushed by an older client) keep their own signature and are verified as before.
"""

from __future__ import annotations

import hashlib

from fieldapp.crypto.encoding import pack_fields
from fieldapp.crypto.keys import AccountKeys, verify
from fieldapp.crypto.records import SealedRecord

MANIFEST_DOMAIN = "fieldapp/push-manifest/v1"
DIGEST_LEN = 32


def record_digest(record: SealedRecord) -> bytes:
    """SHA-256 of what a single-record signature would sign: the record's place in a
    manifest."""
    return hashlib.sha256(record.signed_message()).digest()


def manifest_message(collection_id: str, author_id: str, digests: bytes) -> bytes:
    if len(digests) % DIGEST_LEN:
        raise ValueError("a manifest holds whole SHA-256 digests")
    return pack_fields(
        MANIFEST_DOMAIN, [collection_id, author_id, len(digests) // DIGEST_LEN, digests]
    )


def sign_manifest(
    collection_id: str, author_id: str, digests: bytes, author_keys: AccountKeys
) -> bytes:
    return author_keys.sign(manifest_message(collection_id, author_id, digests))


def verify_manifest(
    sign_public: bytes, signature: bytes, collection_id: str, author_id: str, digests: bytes
) -> None:
    """SignatureError unless `signature` is the author's over exactly these digests."""
    verify(sign_public, signature, manifest_message(collection_id, author_id, digests))


def digest_at(digests: bytes, index: int) -> bytes | None:
    """The index-th digest of a manifest, None when the manifest is shorter."""
    if index < 0:
        return None
    start = index * DIGEST_LEN
    found = digests[start : start + DIGEST_LEN]
    return found if len(found) == DIGEST_LEN else None

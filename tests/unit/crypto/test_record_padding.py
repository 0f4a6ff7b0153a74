"""Records are padded to size buckets before encryption (issue 14, item 9): the server sees
a few lengths, not the length of a note; a record padded or not opens the same."""

from __future__ import annotations

import json

import pytest

from fieldapp.crypto import aead
from fieldapp.crypto.keys import AccountKeys
from fieldapp.crypto.records import (
    MAX_PLAINTEXT,
    _aad,
    open_record,
    padded_length,
    seal_record,
)

OVERHEAD = aead.NONCE_LEN + aead.TAG_LEN
BUCKETS = {256 << i for i in range(9)}  # 256 B … 64 KiB


@pytest.mark.parametrize(("length", "bucket"), [
    (0, 256), (1, 256), (256, 256), (257, 512), (1000, 1024), (1024, 1024), (1025, 2048),
    (65536, 65536), (65537, 131072), (200_000, 262144), (MAX_PLAINTEXT, MAX_PLAINTEXT),
    (MAX_PLAINTEXT + 5, MAX_PLAINTEXT + 5)])
def test_buckets(length: int, bucket: int) -> None:
    assert padded_length(length) == bucket


def _seal(payload: dict[str, object] | None, keys: AccountKeys, key: bytes):  # type: ignore[no-untyped-def]
    return seal_record(payload, collection_key=key, key_version=1, collection_id="c",
                       item_id="i", rev="r", base_rev=None, author_id="a", author_keys=keys)


def test_notes_of_any_length_travel_in_a_few_sizes_and_open_as_written() -> None:
    keys, key = AccountKeys.generate(), aead.new_key()
    sizes = set()
    for n in range(0, 3000, 37):
        payload = {"text": "x" * n, "kind": "phone_call"}
        sealed = _seal(payload, keys, key)
        sizes.add(len(sealed.ciphertext) - OVERHEAD)
        assert open_record(sealed, collection_key=key,
                           author_sign_public=keys.public.sign_public) == payload
    assert sizes <= BUCKETS and len(sizes) == 5  # 256, 512, 1024, 2048, 4096


def test_a_record_sealed_before_padding_still_opens() -> None:
    keys, key = AccountKeys.generate(), aead.new_key()
    template = _seal({"text": "oud"}, keys, key)
    plain = json.dumps({"text": "oud"}, separators=(",", ":")).encode()
    unpadded = aead.encrypt(key, plain, _aad("c", "i", "r", 1))
    from dataclasses import replace

    old = replace(template, ciphertext=unpadded, signature=b"")
    old = replace(old, signature=keys.sign(old.signed_message()))
    assert open_record(old, collection_key=key,
                       author_sign_public=keys.public.sign_public) == {"text": "oud"}

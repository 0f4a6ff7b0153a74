"""Round trips (Hypothesis) and tamper tests for aead, blobs, wrapping and records."""

from __future__ import annotations

import dataclasses
import hashlib
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.crypto import aead, blobs
from fieldapp.crypto.encoding import pack_fields
from fieldapp.crypto.errors import CryptoError, DecryptionError, SignatureError
from fieldapp.crypto.keys import AccountKeys, PublicKeys, fingerprint, short_code
from fieldapp.crypto.records import SealedRecord, open_record, seal_record
from fieldapp.crypto.wrap import WrappedKey, unwrap_collection_key, wrap_collection_key

KEYS_A = AccountKeys.generate()
KEYS_B = AccountKeys.generate()
KEYS_C = AccountKeys.generate()

keys32 = st.binary(min_size=32, max_size=32)
ids = st.text(min_size=0, max_size=40)
json_scalars = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=50)
payloads = st.dictionaries(
    st.text(max_size=20),
    st.recursive(
        json_scalars,
        lambda inner: (
            st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
        ),
        max_leaves=10,
    ),
    max_size=8,
)

# --- aead --------------------------------------------------------------------------------


@given(key=keys32, plaintext=st.binary(max_size=4096), aad=st.binary(max_size=128))
def test_aead_round_trip(key: bytes, plaintext: bytes, aad: bytes) -> None:
    sealed = aead.encrypt(key, plaintext, aad)
    assert len(sealed) == aead.NONCE_LEN + len(plaintext) + aead.TAG_LEN
    assert aead.decrypt(key, sealed, aad) == plaintext


@given(
    key=keys32,
    plaintext=st.binary(max_size=256),
    aad=st.binary(max_size=32),
    position=st.integers(min_value=0),
    bit=st.integers(min_value=0, max_value=7),
)
def test_aead_any_flipped_bit_fails(key, plaintext, aad, position, bit) -> None:
    sealed = bytearray(aead.encrypt(key, plaintext, aad))
    sealed[position % len(sealed)] ^= 1 << bit
    with pytest.raises(DecryptionError):
        aead.decrypt(key, bytes(sealed), aad)


@given(key=keys32, other=keys32, plaintext=st.binary(max_size=64))
def test_aead_wrong_key_fails(key, other, plaintext) -> None:
    if key == other:
        return
    with pytest.raises(DecryptionError):
        aead.decrypt(other, aead.encrypt(key, plaintext, b""), b"")


def test_aead_nonces_are_fresh() -> None:
    key = aead.new_key()
    nonces = {aead.encrypt(key, b"x", b"")[: aead.NONCE_LEN] for _ in range(200)}
    assert len(nonces) == 200


# --- encoding ----------------------------------------------------------------------------


@given(
    a=st.text(max_size=10), b=st.text(max_size=10), c=st.text(max_size=10), d=st.text(max_size=10)
)
def test_pack_fields_is_unambiguous(a, b, c, d) -> None:
    if (a, b) != (c, d):
        assert pack_fields("x", [a, b]) != pack_fields("x", [c, d])


def test_pack_fields_distinguishes_none_empty_and_types() -> None:
    encodings = {
        pack_fields("x", [None]),
        pack_fields("x", [""]),
        pack_fields("x", [0]),
        pack_fields("x", [False]),
    }
    assert len(encodings) == 4


# --- blobs -------------------------------------------------------------------------------

CS = blobs.CHUNK_SIZE
BOUNDARY_SIZES = [0, 1, CS - 1, CS, CS + 1, 2 * CS - 1, 2 * CS, 2 * CS + 1]


def _pattern(size: int, seed: int) -> bytes:
    block = hashlib.sha256(seed.to_bytes(4, "big")).digest() * 2048  # 64 KiB
    return (block * (size // len(block) + 1))[:size]


@pytest.mark.parametrize("size", BOUNDARY_SIZES)
def test_blob_round_trip_at_chunk_boundaries(size: int) -> None:
    key = aead.new_key()
    data = _pattern(size, size)
    ciphertext = blobs.encrypt_blob(key, data)
    n_chunks = max(1, -(-size // CS))
    assert len(ciphertext) == size + n_chunks * blobs.TAG_LEN
    assert blobs.decrypt_blob(key, ciphertext) == data
    blobs.check_blob_id(ciphertext, blobs.blob_id(ciphertext))


def _cut(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    pieces, start = [], 0
    for p in points:
        pieces.append(data[start:p])
        start = p
    pieces.append(data[start:])
    return pieces


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    size=st.sampled_from(BOUNDARY_SIZES) | st.integers(0, 3 * CS),
    cuts=st.lists(st.integers(min_value=0), max_size=6),
    cipher_cuts=st.lists(st.integers(min_value=0), max_size=6),
)
def test_blob_streaming_with_random_piece_sizes(size, cuts, cipher_cuts) -> None:
    """Streaming in arbitrary pieces gives the same ciphertext as encrypting it whole."""
    key = aead.new_key()
    data = _pattern(size, 7)
    streamed = b"".join(blobs.encrypt_chunks(key, _cut(data, cuts)))
    assert streamed == blobs.encrypt_blob(key, data)  # deterministic: nonce = chunk counter
    assert b"".join(blobs.decrypt_chunks(key, _cut(streamed, cipher_cuts))) == data


def _cipher_chunks(ciphertext: bytes) -> list[bytes]:
    size = blobs.CIPHER_CHUNK_SIZE
    return [ciphertext[i : i + size] for i in range(0, len(ciphertext), size)]


@pytest.fixture(scope="module")
def three_chunk_blob() -> tuple[bytes, bytes, bytes]:
    key = aead.new_key()
    data = _pattern(2 * CS + 100, 3)
    return key, data, blobs.encrypt_blob(key, data)


def test_blob_chunk_reorder_fails(three_chunk_blob) -> None:
    key, _, ct = three_chunk_blob
    c = _cipher_chunks(ct)
    with pytest.raises(DecryptionError):
        blobs.decrypt_blob(key, c[1] + c[0] + c[2])


def test_blob_truncation_at_chunk_boundary_fails(three_chunk_blob) -> None:
    key, _, ct = three_chunk_blob
    c = _cipher_chunks(ct)
    with pytest.raises(DecryptionError):
        blobs.decrypt_blob(key, c[0] + c[1])  # chunk 1 is not marked last
    with pytest.raises(DecryptionError):
        blobs.decrypt_blob(key, c[0])


def test_blob_truncation_inside_a_chunk_fails(three_chunk_blob) -> None:
    key, _, ct = three_chunk_blob
    for cut in (1, 15, 16, 17, blobs.CIPHER_CHUNK_SIZE // 2):
        with pytest.raises(DecryptionError):
            blobs.decrypt_blob(key, ct[:-cut])


def test_blob_extension_fails(three_chunk_blob) -> None:
    key, _, ct = three_chunk_blob
    c = _cipher_chunks(ct)
    with pytest.raises(DecryptionError):
        blobs.decrypt_blob(key, ct + c[2])  # last chunk repeated
    with pytest.raises(DecryptionError):
        blobs.decrypt_blob(key, ct + b"\x00" * 16)
    with pytest.raises(DecryptionError):
        blobs.decrypt_blob(key, ct + c[0])


def test_blob_drop_middle_chunk_and_flip_fail(three_chunk_blob) -> None:
    key, _, ct = three_chunk_blob
    c = _cipher_chunks(ct)
    with pytest.raises(DecryptionError):
        blobs.decrypt_blob(key, c[0] + c[2])
    flipped = bytearray(ct)
    flipped[CS + 5] ^= 1
    with pytest.raises(DecryptionError):
        blobs.decrypt_blob(key, bytes(flipped))
    with pytest.raises(DecryptionError):
        blobs.decrypt_blob(aead.new_key(), ct)


def test_blob_empty_and_too_short() -> None:
    key = aead.new_key()
    with pytest.raises(DecryptionError):
        blobs.decrypt_blob(key, b"")
    with pytest.raises(DecryptionError):
        blobs.decrypt_blob(key, b"\x00" * 15)


def test_blob_id_is_content_address(three_chunk_blob) -> None:
    _, _, ct = three_chunk_blob
    assert blobs.blob_id(ct) == hashlib.sha256(ct).hexdigest()
    with pytest.raises(CryptoError):
        blobs.check_blob_id(ct[:-1] + b"\x00", blobs.blob_id(ct))


# --- wrap / unwrap -----------------------------------------------------------------------


@settings(max_examples=30, deadline=None)
@given(collection_key=keys32, collection_id=ids, version=st.integers(1, 2**31), member_id=ids)
def test_wrap_round_trip(collection_key, collection_id, version, member_id) -> None:
    wrapped = wrap_collection_key(
        collection_key,
        collection_id=collection_id,
        key_version=version,
        member_id=member_id,
        recipient_wrap_public=KEYS_B.public.wrap_public,
        granter_id="granter",
        granter_keys=KEYS_A,
    )
    assert collection_key not in wrapped.sealed
    out = unwrap_collection_key(
        wrapped, member_keys=KEYS_B, granter_sign_public=KEYS_A.public.sign_public
    )
    assert out == collection_key


def _wrap(**overrides) -> WrappedKey:
    args = dict(
        collection_id="casework:site-1",
        key_version=1,
        member_id="member-b",
        recipient_wrap_public=KEYS_B.public.wrap_public,
        granter_id="granter-a",
        granter_keys=KEYS_A,
    )
    args.update(overrides)
    return wrap_collection_key(b"k" * 32, **args)


def test_unwrap_by_wrong_member_fails() -> None:
    with pytest.raises(DecryptionError):
        unwrap_collection_key(
            _wrap(), member_keys=KEYS_C, granter_sign_public=KEYS_A.public.sign_public
        )


def test_unwrap_with_wrong_granter_key_fails() -> None:
    with pytest.raises(SignatureError):
        unwrap_collection_key(
            _wrap(), member_keys=KEYS_B, granter_sign_public=KEYS_C.public.sign_public
        )


def test_wrap_signed_by_impostor_fails() -> None:
    forged = _wrap(granter_keys=KEYS_C)  # C claims to be granter-a
    with pytest.raises(SignatureError):
        unwrap_collection_key(
            forged, member_keys=KEYS_B, granter_sign_public=KEYS_A.public.sign_public
        )


@pytest.mark.parametrize(
    "change",
    [
        {"collection_id": "casework:site-2"},
        {"key_version": 2},
        {"member_id": "member-c"},
        {"granter_id": "granter-x"},
        {"ephemeral_public": KEYS_C.public.wrap_public},
        {"sealed": b"flip"},
        {"signature": b"flip"},
    ],
    ids=lambda c: next(iter(c)),
)
def test_wrapped_key_any_field_changed_fails(change) -> None:
    wrapped = _wrap()
    field, value = next(iter(change.items()))
    if value == b"flip":
        orig = getattr(wrapped, field)
        value = orig[:-1] + bytes([orig[-1] ^ 1])
    tampered = dataclasses.replace(wrapped, **{field: value})
    with pytest.raises((SignatureError, DecryptionError)):
        unwrap_collection_key(
            tampered, member_keys=KEYS_B, granter_sign_public=KEYS_A.public.sign_public
        )


def test_wrapped_key_resigned_with_other_aad_fails_decryption() -> None:
    # Even a granter who re-signs cannot move a wrap to another collection/version/member.
    wrapped = _wrap()
    for change in ({"collection_id": "x"}, {"key_version": 9}, {"member_id": "y"}):
        moved = dataclasses.replace(wrapped, **change, signature=b"")
        moved = dataclasses.replace(moved, signature=KEYS_A.sign(moved.signed_message()))
        with pytest.raises(DecryptionError):
            unwrap_collection_key(
                moved, member_keys=KEYS_B, granter_sign_public=KEYS_A.public.sign_public
            )


def test_wrap_rejects_bad_key_length() -> None:
    with pytest.raises(CryptoError):
        wrap_collection_key(
            b"short",
            collection_id="c",
            key_version=1,
            member_id="m",
            recipient_wrap_public=KEYS_B.public.wrap_public,
            granter_id="g",
            granter_keys=KEYS_A,
        )


# --- records -----------------------------------------------------------------------------

COLLECTION_KEY = b"c" * 32


def _seal(payload=None, **overrides) -> SealedRecord:
    args = dict(
        collection_key=COLLECTION_KEY,
        key_version=1,
        collection_id="casework:site-1",
        item_id=str(uuid.UUID(int=1)),
        rev=str(uuid.UUID(int=2)),
        base_rev=str(uuid.UUID(int=3)),
        author_id="author-a",
        author_keys=KEYS_A,
    )
    args.update(overrides)
    return seal_record({"note": "Huisbezoek"} if payload is None else payload, **args)


@settings(max_examples=40, deadline=None)
@given(payload=payloads, base_rev=st.none() | st.uuids().map(str), version=st.integers(1, 1000))
def test_record_round_trip(payload, base_rev, version) -> None:
    record = _seal(payload, base_rev=base_rev, key_version=version)
    assert record.deleted is False
    opened = open_record(
        record, collection_key=COLLECTION_KEY, author_sign_public=KEYS_A.public.sign_public
    )
    assert opened == payload


def test_tombstone_round_trip_and_no_ciphertext() -> None:
    from fieldapp.crypto.records import seal_record as seal

    tomb = seal(
        None,
        collection_key=COLLECTION_KEY,
        key_version=1,
        collection_id="c",
        item_id="i",
        rev="r",
        base_rev="b",
        author_id="a",
        author_keys=KEYS_A,
    )
    assert tomb.deleted and tomb.ciphertext == b""
    assert (
        open_record(
            tomb, collection_key=COLLECTION_KEY, author_sign_public=KEYS_A.public.sign_public
        )
        is None
    )


def _flip(b: bytes, index: int = -1) -> bytes:
    out = bytearray(b)
    out[index] ^= 0x01
    return bytes(out)


RECORD_TAMPERS = {
    "collection_id": lambda r: {"collection_id": "casework:site-2"},
    "item_id": lambda r: {"item_id": str(uuid.UUID(int=99))},
    "rev": lambda r: {"rev": str(uuid.UUID(int=98))},
    "base_rev": lambda r: {"base_rev": None},
    "base_rev_other": lambda r: {"base_rev": str(uuid.UUID(int=97))},
    "key_version": lambda r: {"key_version": 2},
    "author_id": lambda r: {"author_id": "author-c"},
    "deleted": lambda r: {"deleted": True},
    "ciphertext_last_byte": lambda r: {"ciphertext": _flip(r.ciphertext)},
    "ciphertext_nonce": lambda r: {"ciphertext": _flip(r.ciphertext, 0)},
    "ciphertext_middle": lambda r: {"ciphertext": _flip(r.ciphertext, 20)},
    "ciphertext_truncated": lambda r: {"ciphertext": r.ciphertext[:-1]},
    "signature": lambda r: {"signature": _flip(r.signature)},
    "signature_empty": lambda r: {"signature": b""},
}


@pytest.mark.parametrize("field", sorted(RECORD_TAMPERS))
def test_record_any_single_field_changed_fails(field: str) -> None:
    record = _seal()
    tampered = dataclasses.replace(record, **RECORD_TAMPERS[field](record))
    with pytest.raises((SignatureError, DecryptionError)):
        open_record(
            tampered, collection_key=COLLECTION_KEY, author_sign_public=KEYS_A.public.sign_public
        )


@pytest.mark.parametrize("field", ["collection_id", "item_id", "rev", "key_version"])
def test_record_resigned_by_author_cannot_move_ciphertext(field: str) -> None:
    # The AAD binds the ciphertext itself: even a re-signed record fails to decrypt elsewhere.
    record = _seal()
    moved = dataclasses.replace(record, **RECORD_TAMPERS[field](record), signature=b"")
    moved = dataclasses.replace(moved, signature=KEYS_A.sign(moved.signed_message()))
    with pytest.raises(DecryptionError):
        open_record(
            moved, collection_key=COLLECTION_KEY, author_sign_public=KEYS_A.public.sign_public
        )


def test_record_wrong_author_key_or_collection_key_fails() -> None:
    record = _seal()
    with pytest.raises(SignatureError):
        open_record(
            record, collection_key=COLLECTION_KEY, author_sign_public=KEYS_B.public.sign_public
        )
    with pytest.raises(DecryptionError):
        open_record(record, collection_key=b"d" * 32, author_sign_public=KEYS_A.public.sign_public)


def test_record_tombstone_with_ciphertext_is_refused() -> None:
    record = _seal()
    forged = dataclasses.replace(record, deleted=True, signature=b"")
    forged = dataclasses.replace(forged, signature=KEYS_A.sign(forged.signed_message()))
    with pytest.raises(CryptoError):
        open_record(
            forged, collection_key=COLLECTION_KEY, author_sign_public=KEYS_A.public.sign_public
        )


def test_record_ciphertext_hides_payload() -> None:
    record = _seal({"note": "MARKER-Huisbezoek-Janssens"})
    assert b"MARKER" not in record.ciphertext
    assert b"MARKER" not in record.signed_message()


# --- account keys and fingerprints --------------------------------------------------------


def test_account_keys_seal_round_trip_and_binding() -> None:
    kek = b"k" * 32
    sealed = KEYS_A.seal(kek, account_id="user-a")
    assert KEYS_A.wrap_private not in sealed and KEYS_A.wrap_private.hex().encode() not in sealed
    assert AccountKeys.unseal(kek, sealed, account_id="user-a") == KEYS_A
    with pytest.raises(DecryptionError):
        AccountKeys.unseal(kek, sealed, account_id="user-b")
    with pytest.raises(DecryptionError):
        AccountKeys.unseal(b"j" * 32, sealed, account_id="user-a")


def test_fingerprint_is_stable_and_distinct() -> None:
    pub_a = KEYS_A.public
    fp = pub_a.fingerprint()
    assert fp == fingerprint(pub_a.wrap_public, pub_a.sign_public)
    assert fp == PublicKeys(bytes(pub_a.wrap_public), bytes(pub_a.sign_public)).fingerprint()
    groups = fp.split()
    assert len(groups) == 12 and all(len(g) == 5 and g.isdigit() for g in groups)
    assert short_code(pub_a.wrap_public, pub_a.sign_public) == " ".join(groups[:4])
    assert KEYS_B.public.fingerprint() != fp
    # Changing either half changes the fingerprint; swapping the halves too.
    assert fingerprint(KEYS_B.public.wrap_public, pub_a.sign_public) != fp
    assert fingerprint(pub_a.wrap_public, KEYS_B.public.sign_public) != fp
    assert fingerprint(pub_a.sign_public, pub_a.wrap_public) != fp


def test_fingerprint_fixed_vector() -> None:
    # A frozen value: changing the fingerprint scheme breaks every in-person check done so far.
    fp = fingerprint(bytes(range(32)), bytes(range(32, 64)))
    assert fp == FIXED_FINGERPRINT


FIXED_FINGERPRINT = "95184 13907 23885 58518 12556 09384 04642 71932 74238 78837 02384 90490"


def test_fingerprint_rejects_bad_lengths() -> None:
    with pytest.raises(CryptoError):
        fingerprint(b"x" * 31, b"y" * 32)

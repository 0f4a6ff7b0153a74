"""Known-answer tests of the primitives under fieldapp.crypto, from their RFCs and NIST.

Every vector is copied from the document named beside it, so a wrong wiring of a primitive
(wrong salt, wrong nonce layout, swapped arguments) fails here before anything else.
"""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from fieldapp.crypto import aead, kdf
from fieldapp.crypto.errors import DecryptionError, SignatureError
from fieldapp.crypto.keys import AccountKeys, verify

h = bytes.fromhex

# --- HKDF-SHA256, RFC 5869 appendix A, test cases 1-3 ----------------------------------

HKDF_CASES = [
    pytest.param(
        h("0b" * 22),
        h("000102030405060708090a0b0c"),
        h("f0f1f2f3f4f5f6f7f8f9"),
        42,
        h("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"),
        id="rfc5869-case1",
    ),
    pytest.param(
        bytes(range(0x00, 0x50)),
        bytes(range(0x60, 0xB0)),
        bytes(range(0xB0, 0x100)),
        82,
        h(
            "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
            "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
            "cc30c58179ec3e87c14c01d5c1f3434f1d87"
        ),
        id="rfc5869-case2",
    ),
    pytest.param(
        h("0b" * 22),
        b"",
        b"",
        42,
        h("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8"),
        id="rfc5869-case3",
    ),
]


@pytest.mark.parametrize(("ikm", "salt", "info", "length", "okm"), HKDF_CASES)
def test_hkdf_rfc5869(ikm: bytes, salt: bytes, info: bytes, length: int, okm: bytes) -> None:
    assert kdf.hkdf(ikm, info=info, salt=salt, length=length) == okm


def test_hkdf_empty_salt_equals_no_salt() -> None:
    # RFC 5869 §2.2: a missing salt is HashLen zero bytes, as is an empty one.
    ikm = h("0b" * 22)
    assert kdf.hkdf(ikm, info=b"", salt=None, length=42) == kdf.hkdf(
        ikm, info=b"", salt=b"", length=42
    )


def test_subkeys_are_domain_separated() -> None:
    master = bytes(range(32))
    derived = {kdf.auth_key(master), kdf.account_kek(master), kdf.vault_kek(master, b"")}
    assert len(derived) == 3
    assert all(len(k) == 32 for k in derived)


# --- AES-256-GCM, McGrew & Viega "The GCM mode of operation", test cases 13, 14, 16 ----

GCM_CASES = [
    pytest.param(
        bytes(32), bytes(12), b"", b"", b"", h("530f8afbc74536b9a963b4f1c4cb738b"), id="gcm-tc13"
    ),
    pytest.param(
        bytes(32),
        bytes(12),
        bytes(16),
        b"",
        h("cea7403d4d606b6e074ec5d3baf39d18"),
        h("d0d1c8a799996bf0265b98b5d48ab919"),
        id="gcm-tc14",
    ),
    pytest.param(
        h("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308"),
        h("cafebabefacedbaddecaf888"),
        h(
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
            "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39"
        ),
        h("feedfacedeadbeeffeedfacedeadbeefabaddad2"),
        h(
            "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
            "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
        ),
        h("76fc6ece0f4e1768cddf8853bb2d551b"),
        id="gcm-tc16",
    ),
]


@pytest.mark.parametrize(("key", "nonce", "plaintext", "aad", "ct", "tag"), GCM_CASES)
def test_aes256gcm_known_answers(
    key: bytes, nonce: bytes, plaintext: bytes, aad: bytes, ct: bytes, tag: bytes
) -> None:
    sealed = aead.encrypt(key, plaintext, aad, nonce=nonce)
    assert sealed == nonce + ct + tag  # layout: nonce ‖ ciphertext ‖ tag
    assert aead.decrypt(key, sealed, aad) == plaintext


def test_aes256gcm_known_answer_rejects_altered_aad_and_tag() -> None:
    key, nonce, _plaintext, aad, ct, tag = GCM_CASES[2].values
    with pytest.raises(DecryptionError):
        aead.decrypt(key, nonce + ct + tag, aad + b"x")
    bad_tag = tag[:-1] + bytes([tag[-1] ^ 1])
    with pytest.raises(DecryptionError):
        aead.decrypt(key, nonce + ct + bad_tag, aad)
    with pytest.raises(DecryptionError):
        aead.decrypt(key, nonce[:11], aad)  # shorter than nonce + tag


# --- X25519, RFC 7748 §6.1 --------------------------------------------------------------

ALICE_PRIV = h("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
ALICE_PUB = h("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a")
BOB_PRIV = h("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb")
BOB_PUB = h("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f")
X25519_SHARED = h("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742")


def test_x25519_rfc7748_alice_bob() -> None:
    alice = X25519PrivateKey.from_private_bytes(ALICE_PRIV)
    bob = X25519PrivateKey.from_private_bytes(BOB_PRIV)
    assert alice.exchange(X25519PublicKey.from_public_bytes(BOB_PUB)) == X25519_SHARED
    assert bob.exchange(X25519PublicKey.from_public_bytes(ALICE_PUB)) == X25519_SHARED


def test_account_keys_derive_rfc7748_public_keys() -> None:
    # AccountKeys.public must be the RFC public key of the raw private scalar it holds.
    sign = h("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    assert AccountKeys(wrap_private=ALICE_PRIV, sign_private=sign).public.wrap_public == ALICE_PUB
    assert AccountKeys(wrap_private=BOB_PRIV, sign_private=sign).public.wrap_public == BOB_PUB


# --- Ed25519, RFC 8032 §7.1 tests 1-3 ---------------------------------------------------

ED25519_CASES = [
    pytest.param(
        h("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"),
        h("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"),
        b"",
        h(
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
            "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        ),
        id="rfc8032-test1",
    ),
    pytest.param(
        h("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"),
        h("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"),
        h("72"),
        h(
            "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
            "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"
        ),
        id="rfc8032-test2",
    ),
    pytest.param(
        h("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7"),
        h("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025"),
        h("af82"),
        h(
            "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
            "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"
        ),
        id="rfc8032-test3",
    ),
]


@pytest.mark.parametrize(("secret", "public", "message", "signature"), ED25519_CASES)
def test_ed25519_rfc8032(secret: bytes, public: bytes, message: bytes, signature: bytes) -> None:
    keys = AccountKeys(wrap_private=ALICE_PRIV, sign_private=secret)
    assert keys.public.sign_public == public
    assert keys.sign(message) == signature  # Ed25519 is deterministic
    verify(public, signature, message)
    with pytest.raises(SignatureError):
        verify(public, signature, message + b"\x00")
    with pytest.raises(SignatureError):
        verify(public, signature[:-1] + bytes([signature[-1] ^ 1]), message)


def test_ed25519_verify_rejects_malformed_key_as_signature_error() -> None:
    _, _, message, signature = ED25519_CASES[0].values
    with pytest.raises(SignatureError):
        verify(b"\x00" * 31, signature, message)


def test_ed25519_library_agrees_with_rfc_public_key() -> None:
    secret, public, _, _ = ED25519_CASES[1].values
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    key = Ed25519PrivateKey.from_private_bytes(secret).public_key()
    assert key.public_bytes(Encoding.Raw, PublicFormat.Raw) == public


# --- Argon2id, RFC 9106 §5.3 ------------------------------------------------------------

RFC9106_TAG = h("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659")


def test_argon2id_rfc9106() -> None:
    """The RFC vector uses a secret and associated data, which cryptography >= 44 supports
    (the floor pyproject.toml sets)."""
    kdf_ = Argon2id(
        salt=h("02" * 16),
        length=32,
        iterations=3,
        lanes=4,
        memory_cost=32,
        ad=h("04" * 12),
        secret=h("03" * 8),
    )
    assert kdf_.derive(h("01" * 32)) == RFC9106_TAG


def test_derive_master_is_plain_argon2id() -> None:
    """derive_master is Argon2id without secret or ad, with the parameters it is given."""
    params = kdf.KdfParams(memory_kib=32, iterations=3, lanes=4)
    salt = h("02" * 16)
    expected = Argon2id(salt=salt, length=32, iterations=3, lanes=4, memory_cost=32).derive(
        "wachtwoord–mot de passe".encode()
    )
    assert kdf.derive_master("wachtwoord–mot de passe", salt, params) == expected
    # A fixed vector, so a silent change of encoding or parameters is noticed.
    assert kdf.derive_master("fieldapp", h("00" * 16), kdf.TEST_KDF_PARAMS).hex() == FIXED_MASTER


FIXED_MASTER = "b01203b9b9a2376d66d0e9eae81c14ffcadc2be469284d3e031bf9ec321269ec"


def test_kdf_params_round_trip_and_bounds() -> None:
    params = kdf.KdfParams()
    assert kdf.KdfParams.from_dict(params.to_dict()) == params
    from fieldapp.crypto.errors import CryptoError

    for bad in (
        {"memory_kib": 4, "iterations": 1, "lanes": 1},
        {"memory_kib": 1024, "iterations": 0, "lanes": 1},
        {"memory_kib": 1024, "iterations": 1, "lanes": 1, "algorithm": "scrypt"},
    ):
        with pytest.raises(CryptoError):
            kdf.KdfParams.from_dict(bad)
    with pytest.raises(CryptoError):
        kdf.derive_master("x", b"short", kdf.TEST_KDF_PARAMS)

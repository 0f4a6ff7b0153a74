"""AES-256-GCM with a random 96-bit nonce. Output layout: nonce (12 bytes) ‖ ciphertext+tag."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fieldapp.crypto.errors import DecryptionError

NONCE_LEN = 12
TAG_LEN = 16


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def encrypt(key: bytes, plaintext: bytes, aad: bytes, *, nonce: bytes | None = None) -> bytes:
    """Encrypt and return nonce ‖ ciphertext. `nonce` is for known-answer tests only."""
    nonce = os.urandom(NONCE_LEN) if nonce is None else nonce
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def decrypt(key: bytes, sealed: bytes, aad: bytes) -> bytes:
    """Decrypt nonce ‖ ciphertext; raises DecryptionError on any tampering or wrong key."""
    if len(sealed) < NONCE_LEN + TAG_LEN:
        raise DecryptionError("ciphertext too short")
    try:
        return AESGCM(key).decrypt(sealed[:NONCE_LEN], sealed[NONCE_LEN:], aad)
    except InvalidTag:
        raise DecryptionError("ciphertext did not authenticate") from None


def decrypt_with(cipher: AESGCM, sealed: bytes, aad: bytes) -> bytes:
    """:func:`decrypt` with a key schedule built once (``AESGCM(key)``) for many records."""
    if len(sealed) < NONCE_LEN + TAG_LEN:
        raise DecryptionError("ciphertext too short")
    try:
        return cipher.decrypt(sealed[:NONCE_LEN], sealed[NONCE_LEN:], aad)
    except InvalidTag:
        raise DecryptionError("ciphertext did not authenticate") from None

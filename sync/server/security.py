"""Token, code and auth-key hashing. Built from `cryptography` and hashlib/secrets only."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

TOKEN_BYTES = 32
ENROLMENT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


def new_token() -> str:
    """An opaque bearer or refresh token (256 random bits)."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_hash(token: str) -> str:
    """Tokens and enrolment codes are high-entropy, so SHA-256 is the right stored form."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_enrolment_code() -> str:
    """20 characters from a 32-letter alphabet (100 bits), grouped for reading aloud."""
    raw = "".join(secrets.choice(ENROLMENT_ALPHABET) for _ in range(20))
    return "-".join(raw[i : i + 5] for i in range(0, 20, 5))


def normalise_code(code: str) -> str:
    return "".join(c for c in code.upper() if c.isalnum())


def hash_auth_key(auth_key: bytes, *, memory_kib: int, iterations: int) -> str:
    """Slow hash (Argon2id, PHC string) of what the client sends to log in."""
    kdf = Argon2id(
        salt=os.urandom(16), length=32, iterations=iterations, lanes=1, memory_cost=memory_kib
    )
    return kdf.derive_phc_encoded(auth_key)


def verify_auth_key(auth_key: bytes, stored: str) -> bool:
    try:
        Argon2id.verify_phc_encoded(auth_key, stored)
    except (InvalidKey, ValueError):
        return False
    return True


def fake_salt(secret: bytes, email: str) -> bytes:
    """Deterministic salt for an unknown account, so pre-login does not reveal who exists."""
    return hmac.new(secret, b"fieldapp/prelogin/v1\x00" + email.encode(), "sha256").digest()[:16]


def throttle_key(kind: str, value: str) -> str:
    return f"{kind}:" + hashlib.sha256(value.encode("utf-8")).hexdigest()

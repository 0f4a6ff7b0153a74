"""Account key pairs: X25519 (wrapping), Ed25519 (signing), fingerprints (§5.1, §5.5)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cached_property, lru_cache

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from fieldapp.crypto import aead
from fieldapp.crypto.encoding import pack_fields
from fieldapp.crypto.errors import CryptoError, SignatureError


def _raw_public(key: X25519PublicKey | Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _raw_private(key: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


@dataclass(frozen=True)
class PublicKeys:
    """The two public keys of an account, as the server hands them out (32 bytes each)."""

    wrap_public: bytes  # X25519
    sign_public: bytes  # Ed25519

    def fingerprint(self) -> str:
        return fingerprint(self.wrap_public, self.sign_public)


@dataclass(frozen=True)
class AccountKeys:
    """An account's private keys, held in memory only while the vault is unlocked.

    The Ed25519 key object is built once, on the first signature, and kept with the raw
    bytes (building it from bytes costs as much as a signature: a third of push time).
    """

    wrap_private: bytes  # X25519, raw 32 bytes
    sign_private: bytes  # Ed25519, raw 32 bytes

    @classmethod
    def generate(cls) -> AccountKeys:
        return cls(
            wrap_private=_raw_private(X25519PrivateKey.generate()),
            sign_private=_raw_private(Ed25519PrivateKey.generate()),
        )

    @cached_property
    def public(self) -> PublicKeys:
        return PublicKeys(
            wrap_public=_raw_public(
                X25519PrivateKey.from_private_bytes(self.wrap_private).public_key()
            ),
            sign_public=_raw_public(
                Ed25519PrivateKey.from_private_bytes(self.sign_private).public_key()
            ),
        )

    @cached_property
    def _signer(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.sign_private)

    def sign(self, message: bytes) -> bytes:
        return self._signer.sign(message)

    def seal(self, kek: bytes, *, account_id: str) -> bytes:
        """Encrypt both private keys under the account KEK for storage on the server."""
        payload = json.dumps({"wrap": self.wrap_private.hex(), "sign": self.sign_private.hex()})
        aad = pack_fields("fieldapp/account-private-keys/v1", [account_id])
        return aead.encrypt(kek, payload.encode(), aad)

    @classmethod
    def unseal(cls, kek: bytes, sealed: bytes, *, account_id: str) -> AccountKeys:
        aad = pack_fields("fieldapp/account-private-keys/v1", [account_id])
        data = json.loads(aead.decrypt(kek, sealed, aad))
        return cls(
            wrap_private=bytes.fromhex(data["wrap"]), sign_private=bytes.fromhex(data["sign"])
        )


@lru_cache(maxsize=4096)
def _ed25519_public(sign_public: bytes) -> Ed25519PublicKey:
    """Public key objects are built once per key (lru_cache is thread-safe)."""
    return Ed25519PublicKey.from_public_bytes(sign_public)


def verify(sign_public: bytes, signature: bytes, message: bytes) -> None:
    """Raise SignatureError unless `signature` is a valid Ed25519 signature of `message`.

    The public key object is cached per key. `cryptography` releases the GIL while it
    verifies, so threads verify in parallel (measured: ×1.7 on two cores).
    """
    try:
        _ed25519_public(bytes(sign_public)).verify(signature, message)
    except (InvalidSignature, ValueError):
        raise SignatureError("signature did not verify") from None


def fingerprint(wrap_public: bytes, sign_public: bytes) -> str:
    """A short code two people compare in person: 12 groups of 5 digits (60 digits, ~199 bits).

    Like Signal's safety numbers: SHA-512 over both public keys, 5 bytes per group, mod 100000.
    """
    if len(wrap_public) != 32 or len(sign_public) != 32:
        raise CryptoError("public keys must be 32 bytes each")
    digest = hashlib.sha512(
        pack_fields("fieldapp/fingerprint/v1", [wrap_public, sign_public])
    ).digest()
    groups = []
    for i in range(12):
        chunk = int.from_bytes(digest[i * 5 : i * 5 + 5], "big")
        groups.append(f"{chunk % 100000:05d}")
    return " ".join(groups)


def short_code(wrap_public: bytes, sign_public: bytes) -> str:
    """The first four groups of the fingerprint, for a quick check read aloud."""
    return " ".join(fingerprint(wrap_public, sign_public).split()[:4])

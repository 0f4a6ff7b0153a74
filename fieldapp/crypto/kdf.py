"""Key derivation: Argon2id for passphrases, HKDF-SHA256 for sub-keys (DESIGN.md §3, §5.1)."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldapp.crypto.errors import CryptoError

KEY_LEN = 32
SALT_LEN = 16

INFO_VAULT = b"fieldapp/vault/v1"
INFO_AUTH = b"fieldapp/auth/v1"
INFO_ACCOUNT = b"fieldapp/account/v1"
INFO_WRAP = b"fieldapp/wrap/v1"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters; stored beside every salt so they can be tuned later."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4
    algorithm: str = "argon2id"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KdfParams:
        params = cls(
            memory_kib=int(data["memory_kib"]),
            iterations=int(data["iterations"]),
            lanes=int(data["lanes"]),
            algorithm=str(data.get("algorithm", "argon2id")),
        )
        params.check()
        return params

    def check(self) -> None:
        if self.algorithm != "argon2id":
            raise CryptoError(f"unsupported key derivation algorithm: {self.algorithm}")
        if not (8 * self.lanes <= self.memory_kib <= 4 * 1024 * 1024):
            raise CryptoError("Argon2id memory parameter out of range")
        if not (1 <= self.iterations <= 64 and 1 <= self.lanes <= 64):
            raise CryptoError("Argon2id iteration or lane parameter out of range")


# Fast parameters for tests and benchmarks only; never the default of a real vault.
TEST_KDF_PARAMS = KdfParams(memory_kib=256, iterations=1, lanes=1)


def new_salt() -> bytes:
    return os.urandom(SALT_LEN)


def derive_master(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id(passphrase, salt) -> 32-byte master key."""
    params.check()
    if len(salt) < SALT_LEN:
        raise CryptoError("salt too short")
    kdf = Argon2id(
        salt=salt,
        length=KEY_LEN,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def hkdf(ikm: bytes, *, info: bytes, salt: bytes | None = None, length: int = KEY_LEN) -> bytes:
    """HKDF-SHA256 (RFC 5869)."""
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(ikm)


def auth_key(master: bytes) -> bytes:
    """What the client sends to log in; the server stores only a slow hash of it."""
    return hkdf(master, info=INFO_AUTH)


def account_kek(master: bytes) -> bytes:
    """Encrypts the account's private keys; never leaves the client."""
    return hkdf(master, info=INFO_ACCOUNT)


def vault_kek(master: bytes, device_secret: bytes) -> bytes:
    """Wraps the SQLCipher raw key: needs both the passphrase and the device's keyring secret."""
    return hkdf(master + device_secret, info=INFO_VAULT)

"""The vault header: a small JSON file beside the database that holds the wrapped db_key.

    {"device_secret": "keyring"|"none", "format_version": 1, "kdf": {...},
     "salt": "<hex>", "vault_id": "<uuid>", "wrapped_key": "<hex>"}

`wrapped_key` is AES-256-GCM(vault_kek, db_key) with every other field of the header, in
canonical JSON, as associated data: change any of them and unwrapping fails. The file must
also be byte-for-byte the canonical serialisation, so no edit goes unnoticed.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldapp.crypto import aead, kdf
from fieldapp.crypto.errors import CryptoError, DecryptionError
from fieldapp.vault.errors import VaultCorrupt, WrongPassphrase

FORMAT_VERSION = 1
AAD_PREFIX = b"fieldapp/vault-header/v1\x00"
DEVICE_SECRET_MODES = ("keyring", "none")
_FIELDS = {"device_secret", "format_version", "kdf", "salt", "vault_id", "wrapped_key"}


@dataclass(frozen=True)
class VaultHeader:
    vault_id: str
    salt: bytes
    kdf_params: kdf.KdfParams
    device_secret: str
    wrapped_key: bytes
    format_version: int = FORMAT_VERSION

    def _fields(self) -> dict[str, Any]:
        return {
            "device_secret": self.device_secret,
            "format_version": self.format_version,
            "kdf": self.kdf_params.to_dict(),
            "salt": self.salt.hex(),
            "vault_id": self.vault_id,
        }

    def aad(self) -> bytes:
        return AAD_PREFIX + _canonical(self._fields())

    def to_bytes(self) -> bytes:
        return _canonical({**self._fields(), "wrapped_key": self.wrapped_key.hex()}) + b"\n"

    @property
    def uses_keyring(self) -> bool:
        return self.device_secret == "keyring"  # noqa: S105 - a mode name, not a secret

    @property
    def keyring_entry(self) -> str:
        return f"vault:{self.vault_id}:device-secret"


def _canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _hex(value: Any) -> bytes:
    if not isinstance(value, str):
        raise ValueError("not a string")
    raw = bytes.fromhex(value)
    if raw.hex() != value:
        raise ValueError("not canonical hex")
    return raw


def parse(raw: bytes) -> VaultHeader:
    try:
        data = json.loads(raw.decode("ascii"))
        if not isinstance(data, dict) or set(data) != _FIELDS:
            raise ValueError("unexpected fields")
        if data["format_version"] != FORMAT_VERSION:
            raise ValueError("unsupported format")
        if data["device_secret"] not in DEVICE_SECRET_MODES:
            raise ValueError("unknown device secret mode")
        if not isinstance(data["vault_id"], str) or not isinstance(data["kdf"], dict):
            raise ValueError("bad field type")
        header = VaultHeader(
            vault_id=data["vault_id"],
            salt=_hex(data["salt"]),
            kdf_params=kdf.KdfParams.from_dict(data["kdf"]),
            device_secret=data["device_secret"],
            wrapped_key=_hex(data["wrapped_key"]),
            format_version=data["format_version"],
        )
        if header.to_bytes() != raw:
            raise ValueError("not canonical")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, CryptoError):
        raise VaultCorrupt() from None
    return header


def read(path: Path) -> VaultHeader:
    try:
        raw = path.read_bytes()
    except OSError:
        raise VaultCorrupt() from None
    return parse(raw)


def write(path: Path, header: VaultHeader) -> None:
    """Atomic replace, so a crash never leaves half a header."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(header.to_bytes())
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def kek(passphrase: str, header: VaultHeader, device_secret: bytes) -> bytes:
    master = kdf.derive_master(passphrase, header.salt, header.kdf_params)
    return kdf.vault_kek(master, device_secret)


def seal(
    *,
    vault_id: str,
    passphrase: str,
    db_key: bytes,
    params: kdf.KdfParams,
    device_secret_mode: str,
    device_secret: bytes,
) -> VaultHeader:
    """A fresh header (new salt) wrapping `db_key` under the passphrase and device secret."""
    unsealed = VaultHeader(
        vault_id=vault_id,
        salt=kdf.new_salt(),
        kdf_params=params,
        device_secret=device_secret_mode,
        wrapped_key=b"",
    )
    wrapped = aead.encrypt(kek(passphrase, unsealed, device_secret), db_key, unsealed.aad())
    return VaultHeader(
        vault_id=vault_id,
        salt=unsealed.salt,
        kdf_params=params,
        device_secret=device_secret_mode,
        wrapped_key=wrapped,
    )


def unseal(header: VaultHeader, passphrase: str, device_secret: bytes) -> bytearray:
    try:
        key = aead.decrypt(kek(passphrase, header, device_secret), header.wrapped_key, header.aad())
    except DecryptionError:
        raise WrongPassphrase() from None
    if len(key) != kdf.KEY_LEN:
        raise VaultCorrupt()
    return bytearray(key)

"""Where the device secret lives: a small interface with backends tried in order.

The real backend is the OS keyring (`keyring`). Tests pass a `MemorySecretStore`. There is
deliberately no plain-text fallback: when no keyring works the vault uses an empty device
secret and says so (`Vault.keyring_warning`), or refuses when a device secret is required.
"""

from __future__ import annotations

from typing import Protocol

import keyring
import keyring.errors
from keyring.backends import fail

SERVICE = "fieldapp"


class SecretStore(Protocol):
    """Stores small secrets by name; `available()` says whether it can be used at all."""

    name: str

    def available(self) -> bool: ...

    def get(self, key: str) -> bytes | None: ...

    def set(self, key: str, value: bytes) -> None: ...

    def delete(self, key: str) -> None: ...


class SecretStoreError(Exception):
    """The store could not read or write a secret."""


class MemorySecretStore:
    """In-process store for tests; one instance stands for one device's keyring."""

    name = "memory"

    def __init__(self) -> None:
        self._items: dict[str, bytes] = {}

    def available(self) -> bool:
        return True

    def get(self, key: str) -> bytes | None:
        return self._items.get(key)

    def set(self, key: str, value: bytes) -> None:
        self._items[key] = bytes(value)

    def delete(self, key: str) -> None:
        self._items.pop(key, None)


class KeyringSecretStore:
    """The OS keyring (Secret Service, macOS Keychain, Windows Credential Locker)."""

    name = "keyring"

    def available(self) -> bool:
        try:
            backend = keyring.get_keyring()
        except Exception:  # a broken backend configuration is "not available"
            return False
        return not isinstance(backend, fail.Keyring)

    def get(self, key: str) -> bytes | None:
        try:
            value = keyring.get_password(SERVICE, key)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(type(exc).__name__) from None
        return None if value is None else bytes.fromhex(value)

    def set(self, key: str, value: bytes) -> None:
        try:
            keyring.set_password(SERVICE, key, value.hex())
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(type(exc).__name__) from None

    def delete(self, key: str) -> None:
        try:
            keyring.delete_password(SERVICE, key)
        except keyring.errors.KeyringError:
            pass


def default_stores() -> list[SecretStore]:
    """Backends in the order they are tried when the caller passes none."""
    return [KeyringSecretStore()]


def first_available(stores: list[SecretStore]) -> SecretStore | None:
    for store in stores:
        if store.available():
            return store
    return None

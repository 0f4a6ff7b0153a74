"""The encrypted local database (DESIGN.md §3).

    vault = Vault.create(folder, passphrase, profile={...})   # or Vault.unlock(folder, passphrase)
    with vault.session() as s:                                  # committed at the end of the block
        ...services...
    vault.lock()                                                # engine closed, keys dropped
"""

from fieldapp.vault.errors import (
    DeviceSecretMissing,
    KeyringUnavailable,
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from fieldapp.vault.secrets import KeyringSecretStore, MemorySecretStore, SecretStore
from fieldapp.vault.vault import KEYRING_WARNING, Vault

__all__ = [
    "KEYRING_WARNING",
    "DeviceSecretMissing",
    "KeyringSecretStore",
    "KeyringUnavailable",
    "MemorySecretStore",
    "SecretStore",
    "Vault",
    "VaultCorrupt",
    "VaultError",
    "VaultExists",
    "VaultLocked",
    "VaultNotFound",
    "WeakPassphrase",
    "WrongPassphrase",
]

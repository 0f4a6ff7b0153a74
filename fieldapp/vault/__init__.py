"""The encrypted local database (DESIGN.md §3).

    vault = Vault.create(folder, passphrase, profile={...})   # or Vault.unlock(folder, passphrase)
    with vault.session() as s:                                  # committed at the end of the block
        ...services...
    result, changes = vault.run(fn)                             # fn(session), and its ChangeSet
    vault.lock()                                                # engine closed, keys dropped
"""

from fieldapp.vault.changes import ChangeSet, committed_changes
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
    "ChangeSet",
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
    "committed_changes",
]

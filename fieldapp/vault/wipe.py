"""Erase a vault from this device (DESIGN.md §5.6: a device ordered to wipe itself).

Deletes the database with its WAL and SHM, migration backups, the header (the wrapped
db_key), the attachments folder and the device secret in the keyring. Lock the vault first.
What remains on disk is nothing of the vault: without the header and the device secret a
leftover copy of the database could not be opened even with the passphrase.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from fieldapp.vault import header as hdr
from fieldapp.vault.secrets import SecretStore, SecretStoreError, default_stores
from fieldapp.vault.vault import DB_NAME, HEADER_NAME

ATTACHMENTS_DIR = "attachments"


def _shred(path: Path) -> None:
    """Overwrite then delete (best effort: SSDs and journaling filesystems may keep copies;
    the file is ciphertext anyway and its key goes with the header)."""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as f:
            remaining = size
            while remaining > 0:
                n = min(remaining, 1 << 20)
                f.write(b"\x00" * n)
                remaining -= n
            f.flush()
            os.fsync(f.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)


def wipe_vault(folder: Path | str, secret_store: SecretStore | None = None) -> list[str]:
    """Delete every file of the vault in `folder`; returns the names removed (no content)."""
    folder = Path(folder)
    removed: list[str] = []
    header_path = folder / HEADER_NAME
    entry: str | None = None
    uses_keyring = False
    with contextlib.suppress(Exception):
        header = hdr.read(header_path)
        entry, uses_keyring = header.keyring_entry, header.uses_keyring
    if header_path.exists():
        _shred(header_path)
        removed.append(HEADER_NAME)
    for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", DB_NAME + "-journal"):
        path = folder / name
        if path.exists():
            _shred(path)
            removed.append(name)
    for backup in folder.glob(DB_NAME + ".before-*.bak"):
        _shred(backup)
        removed.append(backup.name)
    attachments = folder / ATTACHMENTS_DIR
    if attachments.is_dir():
        shutil.rmtree(attachments, ignore_errors=True)
        removed.append(ATTACHMENTS_DIR)
    if entry is not None and uses_keyring:
        for store in [secret_store] if secret_store is not None else default_stores():
            with contextlib.suppress(SecretStoreError):
                store.delete(entry)
        removed.append("keyring entry")
    return removed

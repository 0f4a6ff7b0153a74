"""The encrypted local vault (DESIGN.md §3): create, unlock, sessions, lock, passphrase change.

Files in the vault folder: ``vault.db`` (SQLCipher, plus its -wal/-shm while open),
``vault.header.json`` (the wrapped db_key, see header.py) and ``*.bak`` copies taken before
a migration.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from fieldapp.crypto.kdf import KdfParams
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.vault import header as hdr
from fieldapp.vault import migrate
from fieldapp.vault.changes import ChangeSet, committed_changes, record_changes
from fieldapp.vault.engine import READ_ONLY, KeyHolder, make_engine
from fieldapp.vault.errors import (
    DeviceSecretMissing,
    KeyringUnavailable,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WeakPassphrase,
)
from fieldapp.vault.secrets import SecretStore, SecretStoreError, default_stores, first_available

DB_NAME = "vault.db"
HEADER_NAME = "vault.header.json"
MIN_PASSPHRASE = 8
DEVICE_SECRET_LEN = 32

KEYRING_WARNING = QT_TRANSLATE_NOOP(
    "vault",
    "No system keyring was found on this computer, so the vault is protected by your "
    "passphrase alone: a copy of the vault folder could be attacked offline. Use a long "
    "passphrase, or ask IT to enable the keyring.",
)

Clock = Callable[[], datetime]
T = TypeVar("T")


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _store(secret_store: SecretStore | None) -> SecretStore | None:
    if secret_store is not None:
        return secret_store if secret_store.available() else None
    return first_available(default_stores())


class Vault:
    """An unlocked vault. Get one from `Vault.create` or `Vault.unlock`."""

    def __init__(
        self,
        folder: Path,
        header: hdr.VaultHeader,
        keys: KeyHolder,
        engine: Engine,
        *,
        secret_store: SecretStore | None,
        keyring_warning: str | None,
        clock: Clock,
    ) -> None:
        self.folder = folder
        self._header = header
        self._keys = keys
        self._engine: Engine | None = engine
        self._sessions: sessionmaker[Session] | None = sessionmaker(
            engine, expire_on_commit=False
        )
        self._read_sessions: sessionmaker[Session] | None = sessionmaker(
            engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False
        )
        for factory in (self._sessions, self._read_sessions):
            record_changes(factory)  # every session keeps what it committed (changes.py)
        self._secret_store = secret_store
        self.keyring_warning = keyring_warning
        self.clock = clock
        self.migration_backup: Path | None = None

    # -- paths -------------------------------------------------------------------------
    @staticmethod
    def db_path_of(folder: Path | str) -> Path:
        return Path(folder) / DB_NAME

    @staticmethod
    def header_path_of(folder: Path | str) -> Path:
        return Path(folder) / HEADER_NAME

    @property
    def db_path(self) -> Path:
        return self.db_path_of(self.folder)

    @staticmethod
    def exists(folder: Path | str) -> bool:
        return Vault.header_path_of(folder).is_file() and Vault.db_path_of(folder).is_file()

    # -- create / unlock ---------------------------------------------------------------
    @classmethod
    def create(
        cls,
        folder: Path | str,
        passphrase: str,
        *,
        profile: dict[str, Any] | None = None,
        kdf_params: KdfParams | None = None,
        secret_store: SecretStore | None = None,
        require_device_secret: bool = False,
        clock: Clock = _utc_now,
    ) -> Vault:
        """Make a new vault in `folder`. `profile`: display_name, role, organisation, sites."""
        folder = Path(folder)
        if cls.exists(folder):
            raise VaultExists()
        if len(passphrase) < MIN_PASSPHRASE:
            raise WeakPassphrase(MIN_PASSPHRASE)
        folder.mkdir(parents=True, exist_ok=True)
        for leftover in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm"):
            (folder / leftover).unlink(missing_ok=True)  # an unfinished create, unreadable
        vault_id = str(uuid.uuid4())
        store = _store(secret_store)
        device_secret, mode = b"", "none"
        warning: str | None = KEYRING_WARNING
        if store is not None:
            candidate = os.urandom(DEVICE_SECRET_LEN)
            try:
                store.set(f"vault:{vault_id}:device-secret", candidate)
                device_secret, mode, warning = candidate, "keyring", None
            except SecretStoreError:
                store = None
        if store is None and require_device_secret:
            raise KeyringUnavailable()
        db_key = bytearray(os.urandom(32))
        header = hdr.seal(
            vault_id=vault_id,
            passphrase=passphrase,
            db_key=bytes(db_key),
            params=kdf_params or KdfParams(),
            device_secret_mode=mode,
            device_secret=device_secret,
        )
        keys = KeyHolder(db_key)
        engine = make_engine(cls.db_path_of(folder), keys)
        migrate.upgrade(engine, cls.db_path_of(folder))
        vault = cls(
            folder, header, keys, engine,
            secret_store=store, keyring_warning=warning, clock=clock,
        )
        from fieldapp.vault.profile import write_profile

        with vault.session() as session:
            write_profile(session, profile or {}, now=clock())
        hdr.write(cls.header_path_of(folder), header)
        return vault

    @classmethod
    def unlock(
        cls,
        folder: Path | str,
        passphrase: str,
        *,
        secret_store: SecretStore | None = None,
        require_device_secret: bool = False,
        clock: Clock = _utc_now,
    ) -> Vault:
        """Open an existing vault; raises WrongPassphrase, DeviceSecretMissing, VaultCorrupt."""
        folder = Path(folder)
        if not cls.exists(folder):
            raise VaultNotFound()
        header = hdr.read(cls.header_path_of(folder))
        store = _store(secret_store)
        device_secret = b""
        warning: str | None = None
        if not header.uses_keyring:
            if require_device_secret:
                raise KeyringUnavailable()
            warning = KEYRING_WARNING
        else:
            if store is None:
                raise DeviceSecretMissing()
            try:
                found = store.get(header.keyring_entry)
            except SecretStoreError:
                raise DeviceSecretMissing() from None
            if found is None:
                raise DeviceSecretMissing()
            device_secret = found
        keys = KeyHolder(hdr.unseal(header, passphrase, device_secret))
        engine = make_engine(cls.db_path_of(folder), keys)
        try:
            try:
                with engine.connect():
                    pass  # keying + reading sqlite_master happen here (engine.connect_raw)
            except DatabaseError:
                raise VaultCorrupt(
                    QT_TRANSLATE_NOOP(
                        "vault",
                        "The database file does not match its header or is damaged, so it "
                        "can't be opened. Restore the vault folder from a backup.",
                    )
                ) from None
            backup = migrate.upgrade(engine, cls.db_path_of(folder),
                                     open_copy=lambda path: make_engine(path, keys))
        except BaseException:
            engine.dispose()
            keys.wipe()
            raise
        vault = cls(
            folder, header, keys, engine,
            secret_store=store, keyring_warning=warning, clock=clock,
        )
        vault.migration_backup = backup
        return vault

    # -- use ---------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self._engine is None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultLocked()
        return self._engine

    @contextmanager
    def session(self, *, read_only: bool = False) -> Iterator[Session]:
        """One session per user action: committed when the block ends, rolled back on error.

        Write sessions are serialised (BEGIN IMMEDIATE, waiting up to busy_timeout);
        `read_only=True` gives a deferred transaction that runs beside a writer.
        """
        factory = self._read_sessions if read_only else self._sessions
        if factory is None:
            raise VaultLocked()
        session = factory()
        session.info["clock"] = self.clock
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def run(self, fn: Callable[[Session], T]) -> tuple[T, ChangeSet]:
        """`fn(session)` as one unit of work: its result and what it committed.

        Nothing is announced for a unit of work that raised (it was rolled back)."""
        with self.session() as session:
            result = fn(session)
        return result, committed_changes(session)

    def copy_engine(self, path: Path) -> Engine:
        """An engine over a copy of this vault's database (a pre-migration backup), keyed
        like it, so an erasure can reach into the copy too. Dispose of it after use."""
        if self.is_locked:
            raise VaultLocked()
        return make_engine(Path(path), self._keys)

    def lock(self) -> None:
        """Close every connection and drop every key reference. Idempotent."""
        if self._engine is not None:
            self._engine.dispose()
        self._engine = None
        self._sessions = self._read_sessions = None
        self._keys.wipe()

    def change_passphrase(self, old: str, new: str, *, kdf_params: KdfParams | None = None) -> None:
        """Rewrap db_key under `new`; the database itself is not rewritten."""
        if self.is_locked:
            raise VaultLocked()
        if len(new) < MIN_PASSPHRASE:
            raise WeakPassphrase(MIN_PASSPHRASE)
        device_secret = b""
        if self._header.uses_keyring:
            store = self._secret_store
            found = store.get(self._header.keyring_entry) if store is not None else None
            if found is None:
                raise DeviceSecretMissing()
            device_secret = found
        db_key = hdr.unseal(self._header, old, device_secret)  # WrongPassphrase if `old` is wrong
        try:
            new_header = hdr.seal(
                vault_id=self._header.vault_id,
                passphrase=new,
                db_key=bytes(db_key),
                params=kdf_params or self._header.kdf_params,
                device_secret_mode=self._header.device_secret,
                device_secret=device_secret,
            )
        finally:
            for i in range(len(db_key)):
                db_key[i] = 0
        hdr.write(self.header_path_of(self.folder), new_header)
        self._header = new_header

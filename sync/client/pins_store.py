"""Pinned public keys kept in the desktop vault (``sync_pins``), implementing PinnedKeys.

Reads come from a copy in memory, loaded once; every pin is written to the vault at once
(its own short write session), so a key accepted once stays accepted after a restart.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence

from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from fieldapp.crypto.keys import PublicKeys
from fieldapp.local.sync_state import SyncKeyCheck, SyncPin
from fieldapp.vault import Vault
from sync.client.pins import RetiredKey


class VaultPinnedKeys:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._lock = threading.Lock()
        self._accepted: dict[str, list[PublicKeys]] = {}
        self._retired: dict[str, list[RetiredKey]] = {}
        self._verified: dict[str, list[PublicKeys]] = {}
        with vault.session(read_only=True) as s:
            for check in s.scalars(select(SyncKeyCheck).order_by(SyncKeyCheck.id)):
                self._verified.setdefault(check.user_id, []).append(
                    PublicKeys(check.wrap_public, check.sign_public))
            for pin in s.scalars(select(SyncPin).order_by(SyncPin.id)):
                keys = PublicKeys(pin.wrap_public, pin.sign_public)
                if pin.kind == "accepted":
                    found = self._accepted.setdefault(pin.user_id, [])
                    if keys in found:
                        found.remove(keys)
                    found.append(keys)
                elif pin.kind == "taken":
                    self._retired.setdefault(pin.user_id, [])
                elif pin.kind == "retired":
                    self._retired.setdefault(pin.user_id, []).append(
                        RetiredKey(keys, pin.valid_from, pin.valid_until)
                    )

    def accepted(self, user_id: str) -> list[PublicKeys]:
        with self._lock:
            return list(self._accepted.get(user_id, ()))

    def pin(self, user_id: str, keys: PublicKeys) -> None:
        with self._lock:
            pins = self._accepted.setdefault(user_id, [])
            if pins and pins[-1] == keys:
                return
            if keys in pins:
                pins.remove(keys)
            pins.append(keys)
            self._write([SyncPin(user_id=user_id, kind="accepted", wrap_public=keys.wrap_public,
                                 sign_public=keys.sign_public)])

    def retired(self, user_id: str) -> list[RetiredKey] | None:
        with self._lock:
            found = self._retired.get(user_id)
            return None if found is None else list(found)

    def pin_retired(self, user_id: str, retired: Sequence[RetiredKey]) -> None:
        with self._lock:
            rows = [] if user_id in self._retired else [SyncPin(user_id=user_id, kind="taken")]
            pins = self._retired.setdefault(user_id, [])
            for entry in retired:
                if all(p.keys != entry.keys for p in pins):
                    pins.append(entry)
                    rows.append(SyncPin(
                        user_id=user_id, kind="retired", wrap_public=entry.keys.wrap_public,
                        sign_public=entry.keys.sign_public, valid_from=entry.valid_from,
                        valid_until=entry.valid_until,
                    ))
            if rows:
                self._write(rows)

    def verified_keys(self, user_id: str) -> list[PublicKeys]:
        with self._lock:
            return list(self._verified.get(user_id, ()))

    def mark_verified(self, user_id: str, keys: PublicKeys, how: str) -> None:
        with self._lock:
            found = self._verified.setdefault(user_id, [])
            if keys in found:
                return
            found.append(keys)
            self._write([SyncKeyCheck(user_id=user_id, wrap_public=keys.wrap_public,
                                      sign_public=keys.sign_public, checked_at=time.time(),
                                      how=how)])

    def _write(self, rows: list[SyncPin] | list[SyncKeyCheck]) -> None:
        def write() -> None:
            with self.vault.session() as s:
                s.add_all(rows)

        retry_locked(write)


def retry_locked(fn: Callable[[], None], *, seconds: float = 30.0) -> None:
    """Run a small write, waiting beyond busy_timeout while another writer holds the lock."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            fn()
            return
        except OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)

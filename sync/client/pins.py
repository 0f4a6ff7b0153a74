"""Pinned public keys: trust on first sight, loud alarm on change (DESIGN.md §5.5).

Two kinds of pins per user:

- **accepted** keys: the pairs this device accepted as the user's *current* keys, oldest
  first (the last is the current one). A changed current key is never taken silently.
- **retired** keys: keys the user had before a re-enrolment, with the window (server time,
  unix seconds) in which they were the current keys, as the server lists them in
  ``previous_keys``. They are pinned the first time the user's keys are taken (first sight,
  or an in-person check of a changed key) and never replaced or widened afterwards. A
  retired key is trusted only for revisions the server recorded inside its window.

A third record, separate from the pins: the keys this person **verified** (a safety
number compared, or the code read aloud at enrolment typed), per user, with how. A key is
wrapped for a colleague only when their current pinned key is a verified one.

The desktop persists pins in its encrypted vault by implementing :class:`PinnedKeys`;
:class:`InMemoryPinnedKeys` is the default for headless use and tests.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from fieldapp.crypto.keys import PublicKeys


@dataclass(frozen=True)
class RetiredKey:
    """A key pair a user used before a re-enrolment and when (server time, inclusive)."""

    keys: PublicKeys
    valid_from: float
    valid_until: float

    def covers(self, at: float) -> bool:
        return self.valid_from <= at <= self.valid_until


class PinnedKeys(Protocol):
    def accepted(self, user_id: str) -> list[PublicKeys]:
        """Every pair accepted as the user's current keys, oldest first."""
        ...

    def pin(self, user_id: str, keys: PublicKeys) -> None:
        """Accept `keys` as the user's current keys (appended; never silently replaced)."""
        ...

    def retired(self, user_id: str) -> list[RetiredKey] | None:
        """The user's pinned retired keys; ``None`` if the server's list was never taken."""
        ...

    def pin_retired(self, user_id: str, retired: Sequence[RetiredKey]) -> None:
        """Add retired keys (an already pinned key keeps its first window) and mark the
        user's list as taken, even when `retired` is empty."""
        ...

    def verified_keys(self, user_id: str) -> list[PublicKeys]:
        """The user's keys verified by this person, oldest first."""
        ...

    def mark_verified(self, user_id: str, keys: PublicKeys, how: str) -> None:
        """Record that `keys` were verified (``safety_number`` or ``enrolment_code``)."""
        ...


class InMemoryPinnedKeys:
    def __init__(self) -> None:
        self._pins: dict[str, list[PublicKeys]] = {}
        self._retired: dict[str, list[RetiredKey]] = {}
        self._verified: dict[str, list[PublicKeys]] = {}
        self._lock = threading.Lock()

    def accepted(self, user_id: str) -> list[PublicKeys]:
        with self._lock:
            return list(self._pins.get(user_id, ()))

    def pin(self, user_id: str, keys: PublicKeys) -> None:
        with self._lock:
            pins = self._pins.setdefault(user_id, [])
            if keys in pins:
                pins.remove(keys)
            pins.append(keys)

    def retired(self, user_id: str) -> list[RetiredKey] | None:
        with self._lock:
            found = self._retired.get(user_id)
            return None if found is None else list(found)

    def pin_retired(self, user_id: str, retired: Sequence[RetiredKey]) -> None:
        with self._lock:
            pins = self._retired.setdefault(user_id, [])
            for entry in retired:
                if all(p.keys != entry.keys for p in pins):
                    pins.append(entry)

    def verified_keys(self, user_id: str) -> list[PublicKeys]:
        with self._lock:
            return list(self._verified.get(user_id, ()))

    def mark_verified(self, user_id: str, keys: PublicKeys, how: str) -> None:
        with self._lock:
            found = self._verified.setdefault(user_id, [])
            if keys not in found:
                found.append(keys)

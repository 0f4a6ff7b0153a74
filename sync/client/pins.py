"""Pinned public keys: trust on first sight, loud alarm on change (DESIGN.md §5.5).

The desktop persists pins in its encrypted vault by implementing :class:`PinnedKeys`;
:class:`InMemoryPinnedKeys` is the default for headless use and tests.
"""

from __future__ import annotations

import threading
from typing import Protocol

from fieldapp.crypto.keys import PublicKeys


class PinnedKeys(Protocol):
    """Every public key pair accepted for a user, oldest first (the last is the current one).

    Older accepted pairs stay so revisions signed before a re-enrolment still verify.
    """

    def accepted(self, user_id: str) -> list[PublicKeys]: ...

    def pin(self, user_id: str, keys: PublicKeys) -> None:
        """Accept `keys` as the user's current keys (appended; never silently replaced)."""
        ...


class InMemoryPinnedKeys:
    def __init__(self) -> None:
        self._pins: dict[str, list[PublicKeys]] = {}
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

"""Keys verified, not trusted (issue 14, item 7): what this device remembers about the
colleagues' keys between rounds, for the loud warning and the "sharing waits" message.

- ``key_changed`` (sync meta): {user id: served fingerprint} of colleagues whose key the
  server now serves differs from the one pinned here (verified or not). It stays until the
  person compares safety numbers again (``verified_now``) — a changed key is never silent.
- ``key_waiting``: {user id: "unverified" | "changed"} of colleagues something should be
  shared with (a restricted note named for them, a supervisor of my owned collections, a
  key rotation) and was not, for want of a verified key.

`check_served` compares the keys the server lists for everyone (``GET /v1/users``, one
call, fingerprints computed here) with the pins, once per round; `note_blocked` records a
wrap refused by the client (NotVerified / KeyChanged).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fieldapp.crypto.errors import CryptoError
from fieldapp.crypto.keys import PublicKeys
from fieldapp.local import key_checks
from fieldapp.vault import Vault
from sync.client import SyncClient
from sync.client.errors import KeyChanged, NotVerified
from sync.engine import state

CHANGED_META = key_checks.CHANGED_META
WAITING_META = key_checks.WAITING_META


def _update(vault: Vault, key: str, fn: Any) -> None:
    with vault.session() as s:
        current = dict(state.meta_get(s, key) or {})
        new = fn(current)
        if new != current:
            state.meta_set(s, key, new)


def check_served(vault: Vault, client: SyncClient, users: list[Any] | None = None) -> dict[
        str, str]:
    """Record who has a served key differing from the one pinned here; returns that map."""
    me = client.user.id
    listed = users if users is not None else client.users().users
    changed: dict[str, str] = {}
    settled: set[str] = set()  # served = pinned = verified: a warning may go
    for user in listed:
        if user.id == me or user.wrap_public is None or user.sign_public is None:
            continue
        accepted = client.pins.accepted(user.id)
        if not accepted:
            continue  # never seen here: nothing to compare with (and nothing verified)
        try:
            served = PublicKeys(user.wrap_public, user.sign_public)
            fingerprint = served.fingerprint()
        except CryptoError:
            changed[user.id] = ""
            continue
        if served != accepted[-1]:
            changed[user.id] = fingerprint
        elif client.directory.is_verified(user.id, served):
            settled.add(user.id)

    def merge(current: dict[str, str]) -> dict[str, str]:
        # a warning goes only once the key served is again one the person verified
        kept = {uid: fp for uid, fp in current.items()
                if uid not in changed and uid not in settled}
        kept.update(changed)
        return kept

    _update(vault, CHANGED_META, merge)
    with vault.session(read_only=True) as s:
        return dict(state.meta_get(s, CHANGED_META) or {})


def note_blocked(vault: Vault, exc: BaseException) -> None:
    """A wrap (or a pull) refused for want of a verified key: remember who and why."""
    if isinstance(exc, KeyChanged):
        uid, why = exc.user_id, "changed"
        _update(vault, CHANGED_META, lambda c: {**c, uid: exc.served_fingerprint})
    elif isinstance(exc, NotVerified):
        uid, why = exc.user_id, "changed" if exc.changed else "unverified"
    else:
        return
    _update(vault, WAITING_META, lambda c: {**c, uid: why})


def shared_now(vault: Vault, user_id: str) -> None:
    """Whatever waited for `user_id` went through."""
    _update(vault, WAITING_META, lambda c: {k: v for k, v in c.items() if k != user_id})


def verified_now(vault: Vault, user_id: str) -> None:
    """The person compared safety numbers with `user_id`: the warning goes (sharing resumes
    at the next round)."""
    _update(vault, CHANGED_META, lambda c: {k: v for k, v in c.items() if k != user_id})
    _update(vault, WAITING_META, lambda c: {k: v for k, v in c.items() if k != user_id})


def warnings(vault: Vault) -> tuple[dict[str, str], dict[str, str]]:
    """(changed, waiting) as recorded, for the status bar and the keys dialog."""
    with vault.session(read_only=True) as s:
        return (dict(state.meta_get(s, CHANGED_META) or {}),
                dict(state.meta_get(s, WAITING_META) or {}))


@dataclass(frozen=True)
class ColleagueKey:
    user_id: str
    name: str
    state: str  # "verified" | "unverified" | "earlier" (accepted before checks) | "changed"


def colleagues(vault: Vault, client: SyncClient) -> list[ColleagueKey]:
    """The organisation's active people but me, each with the state of their key here (no
    server call: the pins, the verifications and the last round's warnings)."""
    from fieldapp.people import directory

    me = client.user.id
    with vault.session(read_only=True) as s:
        people = directory.list_people(s)
        changed = state.meta_get(s, CHANGED_META) or {}
        earlier = key_checks.trusted_earlier(s)
    rows = []
    for person in people:
        if person.id == me:
            continue
        if person.id in changed:
            status = "changed"
        elif client.key_verified(person.id):
            status = "verified"
        elif person.id in earlier:  # taken on trust by an older version: never compared
            status = "earlier"
        else:
            status = "unverified"
        rows.append(ColleagueKey(person.id, person.display_name, status))
    return rows

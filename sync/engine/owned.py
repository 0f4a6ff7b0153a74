"""Collections a field worker owns (issue 14): their restricted notes of a site,
`casework-restricted:<site>:<me>`, and their access log, `audit:<org>:<me>`.

The owner's laptop creates such a collection when its first record is pushed (the server
lets a field worker create these kinds, and only for themself as first manager), then keeps
its members to exactly: the owner, the organisation's supervisors (manage: they read every
restricted note and the whole access log, and can re-grant after a re-enrolment) and — for
restricted notes — the colleagues the owner named (read), as RestrictedShare records say.
A supervisor's or colleague's key must be verified on this laptop (safety numbers
compared, or the enrolment code typed): until then that grant waits, and so does a key
rotation that would wrap for them; `sync.engine.keycheck` remembers who for the status
bar. A share that ends removes the colleague at once (the server stops serving them) and
rotates the key as soon as every remaining member's key is verified.

A member's laptop accepts an owned collection's sealed local key only when its last part
is the collection's creator (`key_fits_creator`): nobody can slip a collection named after
a colleague into that colleague's notes.
"""

from __future__ import annotations

import logging
import time

from sqlalchemy import select

from fieldapp.casework.models import RestrictedShare
from fieldapp.casework.restricted import COLLEAGUES_META, SUPERVISORS_META, is_legacy
from fieldapp.local.key_checks import WITHDRAW_META
from fieldapp.vault import Vault
from sync.client import SyncClient
from sync.client.errors import ApiError, IntegrityError, KeyChanged, NotVerified
from sync.engine import keycheck, state
from sync.protocol import OWNED_KINDS, TOLD_AS, Access, CollectionInfo

log = logging.getLogger(__name__)
MEMBERS_META = "owned_members"  # {local key: [[user id, access], ...]} as last granted
SUPERVISORS_AT = "supervisors_at"
SUPERVISORS_EVERY = 3600.0
ASKED_META = "names_asked"  # ids of unknown authors already asked about once
ROTATE_META = "rotation_waiting"  # server ids whose key rotation waits for a verification


def kind_of(key: str) -> str:
    return key.split(":", 1)[0]


def is_own_key(key: str, me: str) -> bool:
    """One of my owned collections (not the old per-site restricted form)."""
    return (kind_of(key) in OWNED_KINDS and not is_legacy(key)
            and key.count(":") >= 2 and key.rsplit(":", 1)[1] == me)


def key_fits_creator(key: str, info: CollectionInfo) -> bool:
    """Whether a sealed local key may name this server collection: an owned kind's key
    ends with its creator's id and matches its kind; others (and the old per-site form)
    as before."""
    kind = kind_of(key)
    if kind not in OWNED_KINDS and info.kind not in OWNED_KINDS:
        return True
    if TOLD_AS.get(kind, kind) != info.kind:  # owned kinds are told as they are
        return False
    if is_legacy(key):
        return True
    return key.count(":") >= 2 and key.rsplit(":", 1)[1] == info.created_by


def refresh_supervisors(vault: Vault, client: SyncClient, *, now: float,
                        force: bool = False) -> dict[str, str]:
    """The organisation's supervisors (id -> name), fetched at most hourly."""
    with vault.session(read_only=True) as s:
        at = state.meta_get(s, SUPERVISORS_AT)
        known = state.meta_get(s, SUPERVISORS_META)
    if not force and isinstance(known, dict) and at is not None \
            and now - float(at) < SUPERVISORS_EVERY:
        return {str(k): str(v) for k, v in known.items()}
    users = client.users().users
    with vault.session() as s:
        names = state.remember_users(s, {u.id: u.email for u in users})
        found = {u.id: names.get(u.id) or u.email for u in users
                 if "supervisor" in (u.roles or [u.role])}
        assistants = {u.id: names.get(u.id) or u.email for u in users
                      if "social_assistant" in (u.roles or [u.role])}
        state.meta_set(s, SUPERVISORS_META, found)
        state.meta_set(s, COLLEAGUES_META, assistants)
        state.meta_set(s, SUPERVISORS_AT, now)
    return found


def names_missing(vault: Vault) -> bool:
    """Whether the access log here holds entries of someone whose name this laptop does
    not know and has not asked the server about yet (a supervisor reviews it by name)."""
    from fieldapp.audit.models import AccessLogEntry
    from fieldapp.local.sync_state import SyncUser

    with vault.session(read_only=True) as s:
        missing = set(s.scalars(select(AccessLogEntry.actor_id).distinct().where(
            AccessLogEntry.actor_id.not_in(select(SyncUser.id)))))
        asked = set(state.meta_get(s, ASKED_META) or [])
    if not missing - asked:
        return False
    with vault.session() as s:
        state.meta_set(s, ASKED_META, sorted(asked | missing))
    return True


def create_own(vault: Vault, client: SyncClient, key: str) -> str:
    """Create my owned collection `key` on the server and grant it at once."""
    info = client.create_collection(kind_of(key),  # type: ignore[arg-type]
                                    meta={"local_key": key, "name": key})
    with vault.session() as s:
        state.upsert_collection(s, local_key=key, server_id=info.id, kind=kind_of(key),
                                access=info.access, key_version=info.key_version)
    ensure_members(vault, client, me=client.user.id, now=time.time(), only=key)
    return info.id


def intended_members(vault: Vault, key: str, supervisors: dict[str, str],
                     me: str) -> dict[str, Access]:
    wanted: dict[str, Access] = {uid: "manage" for uid in supervisors if uid != me}
    if kind_of(key) == "casework-restricted":
        with vault.session(read_only=True) as s:
            for colleague in s.scalars(select(RestrictedShare.colleague_id).where(
                    RestrictedShare.collection_id == key, RestrictedShare.deleted.is_(False),
                    RestrictedShare.author_id == me)):
                wanted.setdefault(colleague, "read")
    return wanted


def ensure_members(vault: Vault, client: SyncClient, *, me: str, now: float,
                   only: str | None = None) -> int:
    """Grant and remove so that each owned collection of mine has exactly its intended
    members. Talks to the server only for a collection whose intended members changed
    since the last successful pass. Returns how many memberships changed."""
    supervisors = refresh_supervisors(vault, client, now=now)
    with vault.session(read_only=True) as s:
        mine = [(c.local_key, c.server_id) for c in state.collections(s)
                if is_own_key(c.local_key, me) and c.access == "manage"
                and (only is None or c.local_key == only)]
        granted = state.meta_get(s, MEMBERS_META) or {}
    changed = 0
    for key, server_id in mine:
        wanted = intended_members(vault, key, supervisors, me)
        as_list = sorted([uid, access] for uid, access in wanted.items())
        if granted.get(key) == as_list:
            continue
        complete = True
        present = {m.user_id: m.access for m in client.list_members(server_id).members}
        for uid, access in wanted.items():
            if present.get(uid) == access:
                continue
            try:
                if uid in present:
                    client.members.set_access(server_id, uid, access=access)
                else:  # only for a key verified on this laptop (issue 14)
                    client.add_member(server_id, uid, access=access)
                    keycheck.shared_now(vault, uid)
                changed += 1
            except (NotVerified, KeyChanged) as exc:  # waits for a comparison, said loudly
                keycheck.note_blocked(vault, exc)
                log.warning("owned collection grant waits for a verified key")
                complete = False
            except (IntegrityError, ApiError) as exc:
                log.warning("owned collection grant waits: %s", type(exc).__name__)
                complete = False
        for uid in present:
            if uid != me and uid not in wanted:
                client.remove_member(server_id, uid, rotate=False)  # access ends at once
                rotation_waits(vault, server_id)
                changed += 1
        if complete:
            with vault.session() as s:
                current = dict(state.meta_get(s, MEMBERS_META) or {})
                current[key] = as_list
                state.meta_set(s, MEMBERS_META, current)
    return changed


def withdraw_earlier_grants(vault: Vault, client: SyncClient, *, me: str) -> int:
    """Once after the upgrade that brought key checks (vault migration 1460), before any
    push: whoever an older version granted one of my owned collections to on a key it took
    on trust, and whose key is still not verified here, is removed from it, and its key
    rotates for the verified members. New restricted notes and access-log entries then
    reach nobody unverified; `ensure_members` grants them again (every key version) at the
    first round after the numbers are compared, and until then the status bar says that
    sharing waits for a key check. Returns how many memberships were withdrawn.

    Only this to-do is acted on, once: another laptop of the same person that verified a
    colleague grants them back, and this one does not take it away again."""
    with vault.session(read_only=True) as s:
        listed = [str(u) for u in (state.meta_get(s, WITHDRAW_META) or [])]
        mine = [(c.local_key, c.server_id) for c in state.collections(s)
                if is_own_key(c.local_key, me) and c.access == "manage"]
    if not listed:
        return 0
    doubtful = {uid for uid in listed if uid != me and not client.key_verified(uid)}
    withdrawn, touched = 0, set()
    for key, server_id in mine if doubtful else []:
        try:
            present = {m.user_id for m in client.list_members(server_id).members}
        except ApiError as exc:
            if exc.status not in (403, 404):
                raise
            continue  # retired meanwhile, or no longer mine
        for uid in sorted(present & doubtful):
            client.remove_member(server_id, uid, rotate=False)  # access ends at once
            rotation_waits(vault, server_id)
            keycheck.note_blocked(vault, NotVerified(user_id=uid, changed=False))
            withdrawn += 1
            touched.add(key)
    with vault.session() as s:
        state.meta_set(s, WITHDRAW_META, [])
        granted = dict(state.meta_get(s, MEMBERS_META) or {})
        if touched:  # ensure_members looks at these again (and says who waits)
            state.meta_set(s, MEMBERS_META,
                           {k: v for k, v in granted.items() if k not in touched})
    if withdrawn:
        log.info("grants made on keys taken on trust withdrawn until verified")
        rotate_waiting(vault, client)
    return withdrawn


def rotation_waits(vault: Vault, server_id: str, waiting: bool = True) -> None:
    """Someone left collection `server_id`: its key is to rotate (done by rotate_waiting)."""
    with vault.session() as s:
        pending = set(state.meta_get(s, ROTATE_META) or [])
        pending = pending | {server_id} if waiting else pending - {server_id}
        state.meta_set(s, ROTATE_META, sorted(pending))


def rotate_waiting(vault: Vault, client: SyncClient) -> int:
    """Rotate the key of each collection someone left whose rotation waits; returns how
    many still wait. The new key is wrapped for the remaining members only once every one
    of their keys is verified here (nothing is sent otherwise)."""
    with vault.session(read_only=True) as s:
        pending = list(state.meta_get(s, ROTATE_META) or [])
    left = 0
    for server_id in pending:
        try:
            client.rotate_key(server_id)
        except (NotVerified, KeyChanged) as exc:
            keycheck.note_blocked(vault, exc)
            left += 1
            continue
        except ApiError as exc:
            if exc.status not in (403, 404):
                raise
        rotation_waits(vault, server_id, False)  # done, or no longer mine to rotate
    return left

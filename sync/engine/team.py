"""Supervisor side: grant my collections to a field worker after the in-person check."""

from __future__ import annotations

from collections.abc import Iterable

from sync.engine import state
from sync.engine.core import SyncEngine
from sync.protocol import OWNED_KINDS, Access, granted_access, may_join


def grant_all(
    engine: SyncEngine, user_id: str, *, fingerprint: str, access: Access = "write",
    kinds: Iterable[str] | None = None,
) -> list[str]:
    """Add `user_id` to every collection this supervisor manages (or those of `kinds`, and
    always the organisation's names, `people:<org>`, which everyone writes: issue 14).

    `fingerprint` is the code the worker's screen shows, compared in person; when it does
    not match the keys the server serves, FingerprintMismatch is raised and nothing is
    granted. Returns the local keys granted."""
    client = engine.client()
    if client is None:
        raise RuntimeError("this vault is not connected to a server")
    wanted = set(kinds) if kinds is not None else None
    with engine.vault.session(read_only=True) as s:
        targets = [(c.local_key, c.server_id, c.kind) for c in state.collections(s)
                   if c.access == "manage" and c.kind not in OWNED_KINDS]  # authors grant those
    roles = next((list(u.roles) or [u.role] for u in client.users().users
                  if u.id == user_id), [])
    granted = []
    for key, server_id, kind in targets:
        if wanted is not None and kind not in wanted and kind != "people":
            continue
        given = granted_access(kind, access)
        if not may_join(kind, roles, given):  # issue 19: what the person's role may hold
            if not may_join(kind, roles, "read"):
                continue
            given = "read"
        client.add_member(server_id, user_id, access=given,
                          verified_fingerprint=fingerprint)
        granted.append(key)
    return granted

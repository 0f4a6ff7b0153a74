"""A renovation project's close-out on the supervisor's laptop (issue 17 item 7).

When the renovation assistant archives a project (fieldapp.renovation.closeout), the next
round of a supervisor who manages the project's collection removes every member who is not
a supervisor from it (sync.team.Team.remove: the server ends their access at once, the key
rotates for the members left). Each removed laptop then drops the project — rows, photo
files, key — at its next round (sync.engine.purge.forget_lost). A project once done is
remembered, so later rounds ask the server nothing more about it.
"""

from __future__ import annotations

import logging

from sqlalchemy import select

from fieldapp.renovation.models import RenovationProject
from fieldapp.renovation.projects import collection_of
from fieldapp.vault import Vault
from sync.client import SyncClient
from sync.client.errors import ApiError
from sync.engine import state
from sync.team import Team

log = logging.getLogger(__name__)
DONE = "renovation-closed-out:"


def remove_members_of_archived(vault: Vault, client: SyncClient) -> int:
    """Remove the non-supervisor members of every archived project I manage; returns how
    many memberships ended. Best effort: a refusal is tried again next round."""
    with vault.session(read_only=True) as s:
        archived = {collection_of(pid) for pid in s.scalars(select(RenovationProject.id).where(
            RenovationProject.status == "archived", RenovationProject.deleted.is_(False)))}
        targets = [(c.local_key, c.server_id) for c in state.collections(s)
                   if c.kind == "renovation" and c.access == "manage"
                   and c.local_key in archived and not state.meta_get(s, DONE + c.local_key)]
    if not targets:
        return 0
    team = Team(client)
    supervisors = {m.user_id for m in team.members() if "supervisor" in (m.roles or (m.role,))}
    removed = 0
    for key, server_id in targets:
        try:
            leaving = [m.user_id for m in team.collection_members(server_id)
                       if m.user_id not in supervisors and m.user_id != client.user.id]
            for user_id in leaving:
                team.remove(user_id, collections=[server_id])
                removed += 1
        except ApiError as exc:
            log.warning("close-out removal refused: %s", exc.code)
            continue
        with vault.session() as s:
            state.meta_set(s, DONE + key, True)
    return removed

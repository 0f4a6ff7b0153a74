"""A renovation project's close-out on the supervisor's laptop (issue 17 item 7).

When the renovation assistant archives a project (fieldapp.renovation.closeout), the next
round of a supervisor who manages the project's collection removes every member who is not
a supervisor from it (sync.team.Team.remove: the server ends their access at once, the key
rotates for the members left). Each removed laptop then drops the project — rows, photo
files, key — at its next round (sync.engine.purge.forget_lost). A project once done is
remembered — with whom it removed and when, which the supervisor's team page shows
(`close_outs`) — so later rounds ask the server nothing more about it.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.people.directory import names as people_names
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
    with vault.session(read_only=True) as s:
        known = state.user_names(s)
    team = Team(client, names=known)
    people = team.members()
    supervisors = {m.user_id for m in people if "supervisor" in (m.roles or (m.role,))}
    called = {m.user_id: m.display_name for m in people}
    removed = 0
    for key, server_id in targets:
        gone: list[list[str]] = []  # [user id, name as the server has it]
        try:
            leaving = [m.user_id for m in team.collection_members(server_id)
                       if m.user_id not in supervisors and m.user_id != client.user.id]
            for user_id in leaving:
                team.remove(user_id, collections=[server_id])
                gone.append([user_id, called.get(user_id, "")])
                removed += 1
        except ApiError as exc:
            log.warning("close-out removal refused: %s", exc.code)
            if gone:  # those already out stay out; the rest is tried again next round
                with vault.session() as s:
                    state.meta_set(s, PARTLY + key, gone)
            continue
        with vault.session() as s:
            before = state.meta_get(s, PARTLY + key) or []
            state.meta_set(s, DONE + key, {"removed": [*before, *gone], "at": time.time()})
    return removed


PARTLY = "renovation-closing-out:"


@dataclass(frozen=True)
class CloseOutView:
    """An archived project as the supervisor's laptop knows it: whether its members were
    removed (`done`; None: this laptop does not manage the project's collection), whom
    (names) and when (seconds since the epoch; None before this was recorded)."""

    project_id: str
    name: str
    works_ended_on: date | None
    archived_on: date | None
    done: bool | None
    removed: tuple[str, ...]
    removed_at: float | None


def close_outs(session: Session) -> list[CloseOutView]:
    """The archived projects, the most recently archived first."""
    names = people_names(session)
    managed = {c.local_key for c in state.collections(session)
               if c.kind == "renovation" and c.access == "manage"}
    out = []
    for p in session.scalars(select(RenovationProject).where(
            RenovationProject.status == "archived", RenovationProject.deleted.is_(False))):
        key = collection_of(p.id)
        record = state.meta_get(session, DONE + key)
        detail = record if isinstance(record, dict) else {}
        out.append(CloseOutView(
            project_id=p.id, name=p.name, works_ended_on=p.works_ended_on,
            archived_on=p.archived_on,
            done=bool(record) if key in managed or record else None,
            removed=tuple(_name(entry, names) for entry in detail.get("removed", [])),
            removed_at=detail.get("at")))
    return sorted(out, key=lambda v: (v.archived_on or date.min, v.name), reverse=True)


def _name(entry: object, names: dict[str, str]) -> str:
    """[user id, name] as recorded; the directory's name when it knows the person now."""
    user_id, recorded = (entry[0], entry[1]) if isinstance(entry, list) and len(entry) == 2 \
        else (str(entry), "")
    return names.get(user_id) or recorded or "?"

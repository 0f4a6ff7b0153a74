"""Reading and refreshing the directory of the organisation's people.

The sync engine refreshes it from the server's list of users (names, roles, active) and
from the members of the site collections this device belongs to (who holds a key to which
site); the screens read it here. A person the server no longer lists stays in the
directory, inactive, so old records keep their author's name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.local.profile import get_profile
from fieldapp.local.sync_state import SyncUser
from fieldapp.people.views import PersonAccount, Worker
from fieldapp.records.common import fold


def _view(row: SyncUser) -> PersonAccount:
    return PersonAccount(id=row.id, display_name=row.display_name,
                         roles=tuple(row.roles or ()), site_ids=tuple(row.site_ids or ()),
                         active=bool(row.active))


def list_people(session: Session, *, site_id: str | None = None, role: str | None = None,
                include_inactive: bool = False) -> list[PersonAccount]:
    """People sorted by name; `site_id` keeps those holding a key to that site's case
    files, `role` those holding that role."""
    people = [_view(row) for row in session.scalars(select(SyncUser))]
    chosen = [
        p for p in people
        if (include_inactive or p.active)
        and (site_id is None or p.works_on(site_id))
        and (role is None or role in p.roles)
    ]
    return sorted(chosen, key=lambda p: (fold(p.display_name), p.id))


def get_person(session: Session, person_id: str | None) -> PersonAccount | None:
    if not person_id:
        return None
    row = session.get(SyncUser, person_id)
    return _view(row) if row is not None else None


def names(session: Session) -> dict[str, str]:
    """Account id -> display name, inactive people included (authors of old records), and
    the person signed in on this device even before the directory was first fetched."""
    found = {row.id: row.display_name for row in session.scalars(select(SyncUser))}
    me = get_profile(session)
    found.setdefault(me.id, me.display_name)
    return found


def worker(names_by_id: Mapping[str, str], worker_id: str | None, free_text: str) -> Worker:
    """Who a record is with: the account when set (its name from the directory, else the
    name stored with the record), else a former free-text name, else nobody."""
    if worker_id:
        return Worker(id=worker_id, name=names_by_id.get(worker_id, free_text))
    if free_text.strip():
        return Worker(id=None, name=free_text.strip(), former=True)
    return Worker(id=None, name="")


def remember(session: Session, *, people: Iterable[tuple[str, str, list[str]]],
             complete: bool) -> None:
    """Store (id, display name, roles) of accounts. `complete`: the server listed every
    active account, so anyone else in the directory is no longer active."""
    seen: set[str] = set()
    for person_id, name, roles in people:
        seen.add(person_id)
        row = session.get(SyncUser, person_id)
        if row is None:
            session.add(SyncUser(id=person_id, display_name=name, roles=list(roles),
                                 site_ids=[], active=True))
        else:
            row.display_name, row.active = name, True
            if roles:
                row.roles = list(roles)
    if complete:
        for row in session.scalars(select(SyncUser)):
            if row.id not in seen:
                row.active = False


def remember_sites(session: Session, members_by_site: Mapping[str, Iterable[str]]) -> None:
    """Who holds a key to which site, from the member lists of the site collections this
    device could read: sites not in `members_by_site` keep what was known of them."""
    holders: dict[str, set[str]] = {}
    for site_id, members in members_by_site.items():
        for person_id in members:
            holders.setdefault(person_id, set()).add(site_id)
    for row in session.scalars(select(SyncUser)):
        known = set(row.site_ids or ()) - set(members_by_site)
        fresh = sorted(known | holders.get(row.id, set()))
        if fresh != sorted(row.site_ids or ()):
            row.site_ids = fresh

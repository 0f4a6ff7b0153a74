"""Reading and refreshing the directory of the organisation's people.

The sync engine refreshes it from the server's list of users (e-mail addresses, roles,
active), from the sealed names of `people:<org>` (fieldapp.people.names: the server keeps
no name) and from the members of the site collections this device belongs to (who holds a
key to which site); the screens read it here. A person shows by their e-mail address until
this laptop holds their name. A person the server no longer lists stays in the directory,
inactive, so old records keep their author's name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.local.models import LocalProfile
from fieldapp.local.profile import get_profile
from fieldapp.local.sync_state import SyncUser
from fieldapp.people.names import clean, set_name, trusted
from fieldapp.people.views import PersonAccount, Worker
from fieldapp.records.common import fold

NO_NAME = QT_TRANSLATE_NOOP("errors", "Enter the name as this person's colleagues should see "
                                      "it: it cannot be empty.")
SUPERVISORS_ONLY = QT_TRANSLATE_NOOP("errors", "Only a supervisor can do this.")


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
    """Store (id, e-mail address, roles) of accounts. `complete`: the server listed every
    active account, so anyone else in the directory is no longer active."""
    seen: set[str] = set()
    for person_id, email, roles in people:
        seen.add(person_id)
        row = remember_email(session, person_id, email)
        row.active = True
        if roles:
            row.roles = list(roles)
    if complete:
        for row in session.scalars(select(SyncUser)):
            if row.id not in seen:
                row.active = False
    session.flush()
    take_names(session)


def remember_email(session: Session, person_id: str, email: str) -> SyncUser:
    """An account as the server lists it: its e-mail address, which it is shown by until
    this laptop holds its name."""
    row = session.get(SyncUser, person_id)
    if row is None:
        row = SyncUser(id=person_id, display_name=email, email=email, roles=[], site_ids=[],
                       active=True)
        session.add(row)
    else:
        row.email = email
        row.display_name = row.display_name or email
    return row


def take_names(session: Session) -> None:
    """Show each person by the name their own laptop or a supervisor wrote in the sealed
    directory; the person signed in here, until then, by the name they typed. My own name
    written there (by me, or corrected by a supervisor) becomes my profile's."""
    sealed = trusted(session)
    me = session.scalar(select(LocalProfile).limit(1))
    rows = {row.id: row for row in session.scalars(select(SyncUser))}
    for person_id in sealed.keys() - rows.keys():  # a newcomer, before the next list
        rows[person_id] = SyncUser(id=person_id, display_name=sealed[person_id], email="",
                                   roles=[], site_ids=[], active=True)
        session.add(rows[person_id])
    for row in rows.values():
        name = sealed.get(row.id) or (
            me.display_name if me is not None and row.id == me.id else "")
        if name and row.display_name != name:
            row.display_name = name
    mine = sealed.get(me.id) if me is not None else None
    if me is not None and mine and mine != me.display_name:
        me.display_name = mine


def correct_name(session: Session, *, account_id: str, name: str, actor_id: str) -> str:
    """A supervisor corrects a person's name (issue 14, item 9): written in the sealed
    directory, where only a supervisor's or the person's own name counts, and shown on this
    laptop at once; the others take it after the next round, the person's laptop into its
    profile. Returns the name as written (whitespace collapsed, at most 120 characters)."""
    written = clean(name)
    if not written:
        raise ValidationError(NO_NAME)
    if account_id != actor_id and "supervisor" not in get_profile(session).roles:
        raise ValidationError(SUPERVISORS_ONLY)  # no other laptop would take it
    set_name(session, account_id=account_id, name=written, actor_id=actor_id)
    session.flush()
    take_names(session)
    return written


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

"""Free-text worker names from before accounts, mapped to the people they name.

A name matches an account when it equals exactly one person's display name, ignoring
case, accents and spacing. Matching is done by a supervisor's device (supervisors hold
every site's key, so one device writes each mapping once instead of every laptop racing to
write the same revision); what no account matches stays visible as a former name and
appears on the supervisor's list to map by hand.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.casework.models import CaseFile
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.local.profile import get_profile
from fieldapp.people.directory import get_person, list_people
from fieldapp.people.views import FormerName, PersonAccount
from fieldapp.records import common as rec

UNKNOWN_PERSON = QT_TRANSLATE_NOOP(
    "errors", "This person is not in the organisation's directory. Sync, then choose again.")


def _key(name: str) -> str:
    return " ".join(rec.fold(name).split())


def _unmapped(session: Session) -> list[CaseFile]:
    return list(session.scalars(select(CaseFile).where(
        CaseFile.deleted.is_(False), CaseFile.worker_id.is_(None),
        CaseFile.assigned_worker != "")))


def map_former_names(session: Session, *, actor_id: str) -> int:
    """Give every case file whose free-text worker names exactly one active person that
    person's account; returns how many case files changed."""
    by_name: dict[str, list[str]] = {}
    for person in list_people(session):
        by_name.setdefault(_key(person.display_name), []).append(person.id)
    changed = 0
    for case in _unmapped(session):
        matches = by_name.get(_key(case.assigned_worker), [])
        if len(matches) == 1:
            case.worker_id = matches[0]
            rec.touch(session, case, actor_id=actor_id)
            changed += 1
    if changed:
        session.flush()
    return changed


def former_names(session: Session) -> list[FormerName]:
    """The free-text names still on case files, with how many case files carry each."""
    counts = Counter(" ".join(case.assigned_worker.split()) for case in _unmapped(session))
    return [FormerName(name=name, case_count=n)
            for name, n in sorted(counts.items(), key=lambda item: rec.fold(item[0]))]


def map_former_name(session: Session, *, name: str, person_id: str, actor_id: str) -> int:
    """The supervisor says who a former name was: every case file carrying it goes to that
    account. Returns how many case files changed."""
    person = get_person(session, person_id)
    if person is None:
        raise ValidationError(UNKNOWN_PERSON)
    wanted = _key(name)
    changed = 0
    for case in _unmapped(session):
        if _key(case.assigned_worker) == wanted:
            case.worker_id = person.id
            case.assigned_worker = person.display_name
            rec.touch(session, case, actor_id=actor_id)
            changed += 1
    session.flush()
    return changed


INACTIVE_PERSON = QT_TRANSLATE_NOOP(
    "errors", "This person's account is no longer active. Choose someone else.")
NO_SITE_ACCESS = QT_TRANSLATE_NOOP(
    "errors", "This person has no access to this site's case files. A supervisor can give "
    "it (Team and keys, Check code and grant), and after the next sync you can choose them.")


def check_worker(session: Session, *, worker_id: str, site_id: str,
                 actor_id: str) -> PersonAccount | None:
    """The person a case file, follow-up or visit may go to: an active account holding a
    key to the site. None stands for the person signed in on this device (always allowed
    on a case file they can edit, even before the directory has been fetched)."""
    person = get_person(session, worker_id)
    if person is None:
        if worker_id == actor_id:
            return None
        raise ValidationError(UNKNOWN_PERSON)
    if not person.active:
        raise ValidationError(INACTIVE_PERSON)
    if not person.works_on(site_id) and person.id != actor_id:
        raise ValidationError(NO_SITE_ACCESS)
    return person


def person_id_and_name(session: Session, person: PersonAccount | None,
                       actor_id: str) -> tuple[str, str]:
    if person is None:
        return actor_id, get_profile(session).display_name
    return person.id, person.display_name

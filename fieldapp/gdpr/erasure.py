"""What an erasure (art. 17) of a person, household or case file removes, and rectification
(art. 16) of a person's register data.

`erasure_targets` works out, on the supervisor's device, the records and encrypted files
an erasure takes away: the same walk as the subject-access export (fieldapp.gdpr.subject)
minus what is not the subject's (sites, buildings, dwellings) and minus the access log
(ids and moments only, kept for accountability until its own retention period ends). The
order itself goes to the server through the sync engine (sync.engine.gdpr); every device
then purges its copies (fieldapp.gdpr.purge).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.audit.models import AccessLogEntry
from fieldapp.casework.models import CaseFile
from fieldapp.errors import NotFound, ValidationError
from fieldapp.gdpr.subject import (
    SECTIONS,
    Holdings,
    Subject,
    blob_ids,
    collect,
    collect_case_files,
    find_subject,
    photos_and_log,
)
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.local.profile import set_setting
from fieldapp.records import common as rec
from fieldapp.records.base import Synced, new_id
from fieldapp.registry.models import Household, Person

SCOPES = ("person", "household", "case_file")
RECTIFY_KEY = "gdpr:rectification:"
RECTIFIABLE = ("first_name", "last_name", "birth_date", "phone", "email",
               "national_register_number", "health_notes", "relation")


@dataclass(frozen=True)
class ErasureTargets:
    scope: str
    subject_id: str
    items: tuple[tuple[str, str], ...]  # (local collection key, item id)
    blob_ids: tuple[str, ...]

    @property
    def item_ids(self) -> list[str]:
        return [i for _c, i in self.items]


def _targets(scope: str, subject_id: str, rows: list[Synced]) -> ErasureTargets:
    # The access log stays: it holds ids and moments, never content, and answers for who
    # read what (art. 5(2)); its own retention period ends it (fieldapp.gdpr.retention).
    rows = [r for r in rows if not isinstance(r, AccessLogEntry)]
    items = tuple(sorted({(str(r.collection_id), r.id) for r in rows}))
    return ErasureTargets(scope, subject_id, items, tuple(sorted(blob_ids(rows))))


def erasure_targets(session: Session, *, scope: str, subject_id: str) -> ErasureTargets:
    """The records (tombstones too: they carry ids the server holds revisions of) and files
    an erasure of `subject_id` removes."""
    if scope == "household":
        subject = find_subject(session, household_id=subject_id)
        holdings = collect(session, subject)
        rows = [*holdings.rows(), subject.household]
        rows += list(session.scalars(select(Person).where(
            Person.household_id == subject.household.id)))  # tombstoned members too
        return _targets(scope, subject_id, rows)
    if scope == "person":
        person = session.get(Person, subject_id)
        if person is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This person was not found."))
        # the PSC's records naming them (re-issued without the name first, issue 19)
        from fieldapp.gdpr.subject import named_in_psc

        rows = [person, *named_in_psc(session, [person])]
        return _targets(scope, subject_id, rows)
    if scope == "case_file":
        case = session.get(CaseFile, subject_id)
        if case is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This case file was not found."))
        household = session.get(Household, case.household_id)
        assert household is not None
        h = Holdings(Subject("household", household, [], []))
        collect_case_files(session, h, [case])
        photos_and_log(session, h, household=False)
        rows = [r for s in SECTIONS if s not in ("people",) for r in h.sections[s]]
        return _targets(scope, subject_id, [case, *rows])
    raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown erasure scope '{scope}'."),
                          scope=str(scope))


def rectify_person(session: Session, *, person_id: str, changes: dict[str, Any],
                   actor_id: str, reason: str) -> list[str]:
    """Correct a person's register data (art. 16); returns the fields changed. The change
    is logged on this device with who, when, which fields and why — never the values —
    and travels as a new revision of the person, like any edit."""
    person = rec.get_live(session, Person, person_id,
                          QT_TRANSLATE_NOOP("errors", "This person was not found."))
    unknown = sorted(set(changes) - set(RECTIFIABLE))
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "'{field}' can't be corrected here."),
                              field=unknown[0])
    if not (reason or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Say why the data is corrected; the reason is recorded."))
    changed = [f for f, v in changes.items() if getattr(person, f) != v]
    if not changed:
        return []
    for field in changed:
        setattr(person, field, changes[field])
    if {"first_name", "last_name"} & set(changed):
        household = session.get(Household, person.household_id)
        if household is not None:
            household.search_key = rec.fold(" ".join(
                [household.name] + [f"{p.first_name} {p.last_name}" for p in session.scalars(
                    select(Person).where(Person.household_id == household.id,
                                         Person.deleted.is_(False)))]))
            rec.touch(session, household, actor_id=actor_id)  # the old name leaves the key
    rec.touch(session, person, actor_id=actor_id)
    set_setting(session, key=RECTIFY_KEY + new_id(), value={
        "person_id": person.id, "fields": sorted(changed), "by": actor_id,
        "at": rec.now(session).isoformat(), "reason": reason.strip()})
    return sorted(changed)


def reissue_psc_without(session: Session, *, actor_id: str, household_id: str | None = None,
                        person_id: str | None = None) -> int:
    """Before the erasure of a household or of one person (issue 19): every PSC activity or
    committee meeting that names one of them is issued again under a new id without the
    name — counts, sessions, minutes and the other names kept for the PSC's report — so
    that the erasure can delete every revision of the old record, name included. Returns
    how many were re-issued."""
    from fieldapp.community.models import PscActivity, PscMeeting
    from fieldapp.gdpr.subject import find_subject, named_in_psc, names_a_subject

    if person_id is not None:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This person was not found."))
        people = [person]
    else:
        people = find_subject(session, household_id=household_id).people
    count = 0
    for row in named_in_psc(session, people):
        values = {c.key: getattr(row, c.key) for c in row.__table__.columns  # type: ignore[attr-defined]
                  if c.key not in SYNC_COLUMNS}
        if isinstance(row, PscActivity):
            values["named_participants"] = [n for n in row.named_participants or []
                                            if not names_a_subject(n, people)]
        elif isinstance(row, PscMeeting):
            values["attendees"] = [dict(a) for a in row.attendees or []
                                   if not names_a_subject(str(a.get("name", "")), people)]
        copy = type(row)(**values)
        rec.create(session, copy, actor_id=actor_id, collection_id=row.collection_id)
        count += 1
    return count


SYNC_COLUMNS = frozenset({"id", "collection_id", "rev", "base_rev", "dirty", "deleted",
                          "created_by", "updated_by", "created_at", "updated_at"})

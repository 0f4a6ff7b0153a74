"""Everything this vault holds about one person or household, and what an erasure removes.

One walk over the areas, shared by the subject-access export (art. 15) and the erasure
order (art. 17): the registry rows, the household's case files with their notes,
follow-ups, referrals, visits, review notes and reassignments, the welcome sessions they
attended, the hand-offs about them, the renovation file of their dwelling (inventories,
rooms, elements, parties, addenda, appointments, help items, contact log), the
neighbourhood requests about their dwelling while they lived there with the interventions
and defect reports, the photos and signatures of all those, and the access-log entries
about any of them. Tombstoned rows are left out (they hold no content).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.attachments.models import Attachment
from fieldapp.audit.models import AccessLogEntry
from fieldapp.casework.models import (
    CaseFile,
    CaseNote,
    FollowUp,
    HomeVisit,
    OfficeAppointment,
    Referral,
    WelcomeAttendee,
)
from fieldapp.casework.site_work_models import (
    ArrearsPlan,
    HousingStep,
    InternalRequest,
    OfficeHoursContact,
    SupportGoal,
    SupportPlan,
)
from fieldapp.collective.field_models import ElectionVoter
from fieldapp.collective.models import MeetingAttendee, MinutesDelivery
from fieldapp.errors import NotFound
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.neighbourhood.models import DefectReport, Handoff, Intervention, NeighbourhoodRequest
from fieldapp.records.base import Synced
from fieldapp.registry.models import Household, Person
from fieldapp.renovation.models import (
    AccessAppointment,
    AccompanimentTime,
    ContactEntry,
    HelpItem,
    InfoQuestion,
    Inventory,
    InventoryAddendum,
    InventoryElement,
    InventoryParty,
    InventoryRoom,
    JobPlacement,
    ProjectDwelling,
    TenantLetter,
)
from fieldapp.supervision.models import Reassignment, ReviewNote

SUBJECT_NOT_FOUND = QT_TRANSLATE_NOOP(
    "errors", "This person or household was not found in the register of this vault.")

# The sections of an export, in the order they are printed.
SECTIONS = (
    "people", "case_files", "notes", "followups", "referrals", "visits",
    "office_appointments", "site_work", "review_notes",
    "reassignments", "welcome", "handoffs", "tenant_meetings", "renovation", "inventories",
    "appointments",
    "contacts", "help_items", "works_letters", "info_questions", "job_placements",
    "accompaniment", "requests", "interventions", "defects", "photos", "access_log",
)

# Columns never shown or exported: blob keys (the files are listed, not opened), search keys.
HIDDEN = frozenset({"blob_key", "medium_key", "thumb_key", "search_key", "collection_id",
                    "rev", "base_rev", "dirty", "deleted"})


@dataclass
class Subject:
    """Who the records are about: a household (every member) or one person of it."""

    kind: str  # "household" | "person"
    household: Household
    people: list[Person]  # the subject's people (all members, or the one person)
    others_in_household: list[Person]

    @property
    def id(self) -> str:
        return self.people[0].id if self.kind == "person" else self.household.id

    @property
    def reference(self) -> str:
        """The file name stem: the tenant register's reference, else the id."""
        if self.kind == "person":
            return self.people[0].id
        return (self.household.reference or self.household.id).replace("/", "-")


@dataclass
class Holdings:
    """The live records about a subject, per section, and every id and blob they make."""

    subject: Subject
    sections: dict[str, list[Synced]] = field(default_factory=lambda: {s: [] for s in SECTIONS})

    def add(self, section: str, rows: Iterable[Synced]) -> None:
        seen = {r.id for r in self.sections[section]}
        for row in rows:
            if not row.deleted and row.id not in seen:
                self.sections[section].append(row)
                seen.add(row.id)

    def ids(self, *, sections: Sequence[str] = SECTIONS) -> set[str]:
        return {r.id for s in sections for r in self.sections[s]}

    def rows(self, *, sections: Sequence[str] = SECTIONS) -> list[Synced]:
        return [r for s in sections for r in self.sections[s]]

    def count(self) -> int:
        return sum(len(v) for v in self.sections.values())


def find_subject(session: Session, *, household_ref: str | None = None,
                 household_id: str | None = None, person_id: str | None = None) -> Subject:
    """The subject by tenant-register reference, household id or person id."""
    household: Household | None = None
    if person_id:
        person = session.get(Person, person_id)
        if person is None or person.deleted:
            raise NotFound(SUBJECT_NOT_FOUND)
        household = session.get(Household, person.household_id)
        if household is None:
            raise NotFound(SUBJECT_NOT_FOUND)
        others = [p for p in _members(session, household.id) if p.id != person.id]
        return Subject("person", household, [person], others)
    if household_id:
        household = session.get(Household, household_id)
    elif household_ref:
        household = session.scalar(
            select(Household).where(Household.reference == household_ref.strip(),
                                    Household.deleted.is_(False)).limit(1))
    if household is None or household.deleted:
        raise NotFound(SUBJECT_NOT_FOUND)
    return Subject("household", household, _members(session, household.id), [])


def _members(session: Session, household_id: str) -> list[Person]:
    return list(session.scalars(
        select(Person).where(Person.household_id == household_id, Person.deleted.is_(False))
        .order_by(Person.last_name, Person.first_name)))


def _live(session: Session, model: Any, column: Any, values: Iterable[str]) -> list[Any]:
    wanted = list(set(values))
    if not wanted:
        return []
    return list(session.scalars(
        select(model).where(column.in_(wanted), model.deleted.is_(False))))


def _during_tenancy(moment: date | datetime | None, household: Household) -> bool:
    if moment is None:
        return True
    day = moment.date() if isinstance(moment, datetime) else moment
    if household.moved_in_on is not None and day < household.moved_in_on:
        return False
    return household.moved_out_on is None or day <= household.moved_out_on


def collect(session: Session, subject: Subject) -> Holdings:
    """Every live record about the subject (see the module's docstring)."""
    h = Holdings(subject)
    hh = subject.household
    h.add("people", subject.people)
    cases = _live(session, CaseFile, CaseFile.household_id, [hh.id])
    collect_case_files(session, h, cases)
    h.add("welcome", _live(session, WelcomeAttendee, WelcomeAttendee.household_id, [hh.id]))
    h.add("handoffs", _live(session, Handoff, Handoff.household_id, [hh.id]))
    # collective work (issue 18): present at a tenants' meeting (and a name, if they agreed
    # to be named), minutes received
    h.add("tenant_meetings", _live(session, MeetingAttendee, MeetingAttendee.household_id,
                                   [hh.id]))
    h.add("tenant_meetings", _live(session, MinutesDelivery, MinutesDelivery.household_id,
                                   [hh.id]))
    h.add("tenant_meetings", _live(session, ElectionVoter, ElectionVoter.household_id, [hh.id]))
    # renovation: the project dwellings recorded with this household
    pds = _live(session, ProjectDwelling, ProjectDwelling.household_id, [hh.id])
    h.add("renovation", pds)
    pd_ids = [pd.id for pd in pds]
    inventories = _live(session, Inventory, Inventory.project_dwelling_id, pd_ids)
    h.add("inventories", inventories)
    inv_ids = [i.id for i in inventories]
    rooms = _live(session, InventoryRoom, InventoryRoom.inventory_id, inv_ids)
    h.add("inventories", rooms)
    h.add("inventories", _live(session, InventoryElement, InventoryElement.room_id,
                               [r.id for r in rooms]))
    h.add("inventories", _live(session, InventoryParty, InventoryParty.inventory_id, inv_ids))
    h.add("inventories", _live(session, InventoryAddendum, InventoryAddendum.inventory_id,
                               inv_ids))
    h.add("appointments", _live(session, AccessAppointment,
                                AccessAppointment.project_dwelling_id, pd_ids))
    h.add("contacts", _live(session, ContactEntry, ContactEntry.project_dwelling_id, pd_ids))
    h.add("help_items", _live(session, HelpItem, HelpItem.project_dwelling_id, pd_ids))
    h.add("works_letters", _live(session, TenantLetter, TenantLetter.project_dwelling_id, pd_ids))
    h.add("info_questions", _live(session, InfoQuestion, InfoQuestion.household_id, [hh.id]))
    h.add("job_placements", _live(session, JobPlacement, JobPlacement.project_dwelling_id,
                                  pd_ids))
    h.add("accompaniment", _live(session, AccompanimentTime,
                                 AccompanimentTime.project_dwelling_id, pd_ids))
    # neighbourhood: requests about their dwelling while they lived there
    if hh.dwelling_id:
        requests = [r for r in _live(session, NeighbourhoodRequest,
                                     NeighbourhoodRequest.dwelling_id, [hh.dwelling_id])
                    if _during_tenancy(r.received_at, hh)]
        h.add("requests", requests)
        req_ids = [r.id for r in requests]
        h.add("interventions", _live(session, Intervention, Intervention.request_id, req_ids))
        h.add("defects", _live(session, DefectReport, DefectReport.request_id, req_ids))
    photos_and_log(session, h)
    return h


def collect_case_files(session: Session, h: Holdings, cases: list[CaseFile]) -> None:
    h.add("case_files", cases)
    case_ids = [c.id for c in cases]
    h.add("notes", _live(session, CaseNote, CaseNote.case_id, case_ids))
    h.add("followups", _live(session, FollowUp, FollowUp.case_id, case_ids))
    h.add("referrals", _live(session, Referral, Referral.case_id, case_ids))
    h.add("visits", _live(session, HomeVisit, HomeVisit.case_id, case_ids))
    h.add("office_appointments", _live(session, OfficeAppointment, OfficeAppointment.case_id,
                                       case_ids))
    # issue 17: support plans and goals, requests to departments, the right to housing,
    # office-hours contacts with the case file
    plans = _live(session, SupportPlan, SupportPlan.case_id, case_ids)
    h.add("site_work", plans)
    h.add("site_work", _live(session, SupportGoal, SupportGoal.plan_id, [p.id for p in plans]))
    for model in (InternalRequest, ArrearsPlan, HousingStep, OfficeHoursContact):
        h.add("site_work", _live(session, model, model.case_id, case_ids))
    h.add("review_notes", _live(session, ReviewNote, ReviewNote.case_id, case_ids))
    h.add("reassignments", _live(session, Reassignment, Reassignment.case_id, case_ids))


def photos_and_log(session: Session, h: Holdings, *, household: bool = True) -> None:
    """The photos and signatures of what `h` holds, and the access-log entries about it
    (and about the household itself unless `household` is False)."""
    owners = h.ids(sections=[s for s in SECTIONS if s not in ("photos", "access_log")])
    if household:
        owners.add(h.subject.household.id)
    photo_ids: set[str] = set()
    for row in h.rows(sections=("interventions", "defects")):
        photo_ids.update(getattr(row, "photos", None) or [])
    photos = _live(session, Attachment, Attachment.owner_id, owners)
    photos += _live(session, Attachment, Attachment.id, photo_ids)
    for party in h.sections["inventories"]:
        if isinstance(party, InventoryParty) and party.signature_id:
            photos += _live(session, Attachment, Attachment.id, [party.signature_id])
    h.add("photos", photos)
    about = owners | h.ids(sections=("photos",))
    entries: list[AccessLogEntry] = _live(session, AccessLogEntry, AccessLogEntry.object_id,
                                          about)
    entries.sort(key=lambda e: e.at)
    h.add("access_log", entries)


def blob_ids(rows: Iterable[Synced]) -> set[str]:
    """The encrypted files (original, medium, thumbnail) of the attachments among `rows`."""
    out: set[str] = set()
    for row in rows:
        if isinstance(row, Attachment):
            out.update(b for b in (row.blob_id, row.medium_id, row.thumb_id) if b)
    return out


def record_fields(row: Synced) -> dict[str, Any]:
    """A record's columns as JSON values, without sync bookkeeping or file keys."""
    out: dict[str, Any] = {"type": row.__tablename__}  # type: ignore[attr-defined]
    for column in row.__table__.columns:  # type: ignore[attr-defined]
        if column.name in HIDDEN:
            continue
        value = getattr(row, column.key)
        if isinstance(value, datetime | date):
            value = value.isoformat()
        out[column.name] = value
    return out

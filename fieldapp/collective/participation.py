"""Tenant participation (issue 18, item 6): the yearly call for projects and its
applications (an association, a social cohesion project or a tenant group; the selection
and the amount granted, in whole euros), and the meetings of the tenants' advisory council
(ARHUU) or of a tenants' committee with the advice they gave; the tenants' own initiatives
and the support given to them. An applicant or an initiative is carried by a group, never
by a tenant's name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.collective.elections import sitting_council
from fieldapp.collective.field_models import (
    CouncilMeeting,
    InitiativeSupport,
    ProjectApplication,
    ProjectCall,
    ProjectCoaching,
    TenantInitiative,
)
from fieldapp.collective.labels import (
    APPLICANT_KINDS,
    APPLICATION_STATUSES,
    COUNCIL_BODIES,
    INITIATIVE_STATUSES,
    SUPPORT_KINDS,
)
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.registry.neighbourhoods import NEIGHBOURHOOD_NOT_FOUND, Neighbourhood

CALL_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This call for projects no longer exists.")
APPLICATION_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This application no longer exists.")
INITIATIVE_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This initiative no longer exists.")
MAX_EUROS = 1_000_000


@dataclass(frozen=True)
class CallRow:
    id: str
    year: int
    title: str
    deadline: date | None
    call_text: str
    applications: int
    selected: int
    granted: int  # euros


@dataclass(frozen=True)
class ApplicationRow:
    id: str
    call_id: str
    applicant_kind: str
    applicant: str
    title: str
    amount_requested: int
    status: str
    amount_granted: int
    report_received_on: date | None = None
    report_summary: str = ""
    amount_spent: int | None = None


@dataclass(frozen=True)
class CoachingRow:
    id: str
    held_on: date
    discussed: str


@dataclass(frozen=True)
class CouncilRow:
    id: str
    body: str
    held_on: date
    subject: str
    advice: str
    election_id: str | None = None  # the ARHUU council it belongs to


@dataclass(frozen=True)
class InitiativeRow:
    id: str
    neighbourhood_id: str
    title: str
    carried_by: str
    started_on: date
    status: str
    support: tuple[tuple[date, str, str], ...]  # (given_on, kind, note), oldest first


def _euros(value: int, message: str) -> int:
    if not isinstance(value, int) or not 0 <= value <= MAX_EUROS:
        raise ValidationError(message)
    return value


def save_call(session: Session, *, year: int, title: str, deadline: date | None,
              call_text: str, actor_id: str, call_id: str | None = None) -> CallRow:
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the year of the call."))
    title = rec.clean_text(title, max_len=200, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Give the call a title."))
    text = (call_text or "").strip()[:50_000]
    if call_id:
        call = rec.get_live(session, ProjectCall, call_id, CALL_NOT_FOUND)
        call.year, call.title, call.deadline, call.call_text = year, title, deadline, text
        rec.touch(session, call, actor_id=actor_id)
    else:
        call = rec.create(session, ProjectCall(year=year, title=title, deadline=deadline,
                                               call_text=text),
                          actor_id=actor_id, collection_id=rec.collective_collection(session))
    return _call_row(session, call)


def add_application(session: Session, *, call_id: str, applicant_kind: str, applicant: str,
                    title: str, amount_requested: int, actor_id: str) -> ApplicationRow:
    call = rec.get_live(session, ProjectCall, call_id, CALL_NOT_FOUND)
    rec.require_code(applicant_kind, APPLICANT_KINDS, QT_TRANSLATE_NOOP(
        "errors", "Say who applies: an association, a cohesion project or a tenant group."))
    applicant = rec.clean_text(applicant, max_len=160, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Name the group that applies."))
    title = rec.clean_text(title, max_len=200, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Give the project a title."))
    amount = _euros(amount_requested, QT_TRANSLATE_NOOP(
        "errors", "Give the amount asked in whole euros."))
    row = rec.create(session, ProjectApplication(
        call_id=call.id, applicant_kind=applicant_kind, applicant=applicant, title=title,
        amount_requested=amount, status="received", amount_granted=0),
        actor_id=actor_id, collection_id=call.collection_id)
    return _application_row(row)


def decide_application(session: Session, *, application_id: str, status: str,
                       amount_granted: int, actor_id: str) -> ApplicationRow:
    """Selected with an amount granted, or not selected (nothing granted)."""
    row = rec.get_live(session, ProjectApplication, application_id, APPLICATION_NOT_FOUND)
    rec.require_code(status, APPLICATION_STATUSES, QT_TRANSLATE_NOOP(
        "errors", "Choose the decision."))
    amount = _euros(amount_granted, QT_TRANSLATE_NOOP(
        "errors", "Give the amount granted in whole euros."))
    if status == "selected" and amount == 0:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "A selected project is granted an amount."))
    row.status, row.amount_granted = status, amount if status == "selected" else 0
    rec.touch(session, row, actor_id=actor_id)
    return _application_row(row)


def add_coaching(session: Session, *, application_id: str, held_on: date, discussed: str,
                 actor_id: str) -> CoachingRow:
    """A coaching contact with the group that applied: when, and what was discussed."""
    application = rec.get_live(session, ProjectApplication, application_id,
                               APPLICATION_NOT_FOUND)
    if not isinstance(held_on, date):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the day of the contact."))
    discussed = rec.clean_text(discussed, max_len=5_000, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Say what was discussed with the group."))
    row = rec.create(session, ProjectCoaching(application_id=application.id, held_on=held_on,
                                              discussed=discussed),
                     actor_id=actor_id, collection_id=application.collection_id)
    return CoachingRow(id=row.id, held_on=row.held_on, discussed=row.discussed)


def coaching_of(session: Session, application_id: str) -> list[CoachingRow]:
    """The coaching contacts of an application, oldest first."""
    rec.get_live(session, ProjectApplication, application_id, APPLICATION_NOT_FOUND)
    return [CoachingRow(id=c.id, held_on=c.held_on, discussed=c.discussed)
            for c in session.scalars(select(ProjectCoaching).where(
                ProjectCoaching.application_id == application_id,
                ProjectCoaching.deleted.is_(False))
                .order_by(ProjectCoaching.held_on, ProjectCoaching.created_at))]


def record_final_report(session: Session, *, application_id: str, received_on: date,
                        summary: str, amount_spent: int, actor_id: str) -> ApplicationRow:
    """The final report of a granted project: when it came in, what it says, what was
    spent (whole euros)."""
    row = rec.get_live(session, ProjectApplication, application_id, APPLICATION_NOT_FOUND)
    if row.status != "selected":
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Only a selected project hands in a final report."))
    if not isinstance(received_on, date):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Give the day the final report came in."))
    summary = rec.clean_text(summary, max_len=20_000, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Sum up what the final report says."))
    spent = _euros(amount_spent, QT_TRANSLATE_NOOP(
        "errors", "Give the amount spent in whole euros."))
    row.report_received_on, row.report_summary, row.amount_spent = received_on, summary, spent
    rec.touch(session, row, actor_id=actor_id)
    return _application_row(row)


def delete_call(session: Session, *, call_id: str, actor_id: str) -> None:
    """A call entered by mistake goes, with its applications and their coaching contacts:
    tombstones that keep none of their words and reach every laptop."""
    call = rec.get_live(session, ProjectCall, call_id, CALL_NOT_FOUND)
    for application in _applications(session, call.id):
        for coaching in session.scalars(select(ProjectCoaching).where(
                ProjectCoaching.application_id == application.id,
                ProjectCoaching.deleted.is_(False))):
            coaching.deleted = True
            rec.touch(session, coaching, actor_id=actor_id)
        application.deleted = True
        rec.touch(session, application, actor_id=actor_id)
    call.deleted = True
    rec.touch(session, call, actor_id=actor_id)


def record_council_meeting(session: Session, *, body: str, held_on: date, subject: str,
                           advice: str, actor_id: str) -> CouncilRow:
    rec.require_code(body, COUNCIL_BODIES, QT_TRANSLATE_NOOP(
        "errors", "Choose the council or committee."))
    if not isinstance(held_on, date):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the day of the meeting."))
    subject = rec.clean_text(subject, max_len=200, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Say what the meeting was about."))
    # an ARHUU meeting belongs to the council sitting that day
    council = sitting_council(session, on=held_on) if body == "arhuu" else None
    row = rec.create(session, CouncilMeeting(body=body, held_on=held_on, subject=subject,
                                             advice=(advice or "").strip()[:20_000],
                                             election_id=council),
                     actor_id=actor_id, collection_id=rec.collective_collection(session))
    return _council_row(row)


def start_initiative(session: Session, *, neighbourhood_id: str, title: str, carried_by: str,
                     started_on: date, actor_id: str) -> InitiativeRow:
    rec.get_live(session, Neighbourhood, neighbourhood_id, NEIGHBOURHOOD_NOT_FOUND)
    title = rec.clean_text(title, max_len=200, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Give the initiative a title."))
    carried_by = rec.clean_text(carried_by, max_len=160, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Say which group carries the initiative (not a tenant's name)."))
    if not isinstance(started_on, date):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the start of the initiative."))
    row = rec.create(session, TenantInitiative(neighbourhood_id=neighbourhood_id, title=title,
                                               carried_by=carried_by, started_on=started_on,
                                               status="running"),
                     actor_id=actor_id, collection_id=rec.collective_collection(session))
    return _initiative_row(session, row)


def give_support(session: Session, *, initiative_id: str, kind: str, note: str,
                 given_on: date, actor_id: str) -> InitiativeRow:
    initiative = rec.get_live(session, TenantInitiative, initiative_id, INITIATIVE_NOT_FOUND)
    rec.require_code(kind, SUPPORT_KINDS, QT_TRANSLATE_NOOP(
        "errors", "Choose the kind of support."))
    if not isinstance(given_on, date):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the day of the support."))
    rec.create(session, InitiativeSupport(initiative_id=initiative.id, given_on=given_on,
                                          kind=kind, note=(note or "").strip()[:2_000]),
               actor_id=actor_id, collection_id=initiative.collection_id)
    return _initiative_row(session, initiative)


def set_initiative_status(session: Session, *, initiative_id: str, status: str,
                          actor_id: str) -> InitiativeRow:
    initiative = rec.get_live(session, TenantInitiative, initiative_id, INITIATIVE_NOT_FOUND)
    rec.require_code(status, INITIATIVE_STATUSES, QT_TRANSLATE_NOOP(
        "errors", "Choose the state of the initiative."))
    initiative.status = status
    rec.touch(session, initiative, actor_id=actor_id)
    return _initiative_row(session, initiative)


# -- reading ------------------------------------------------------------------------------


def _applications(session: Session, call_id: str) -> list[ProjectApplication]:
    return list(session.scalars(select(ProjectApplication).where(
        ProjectApplication.call_id == call_id, ProjectApplication.deleted.is_(False))
        .order_by(ProjectApplication.created_at)))


def _call_row(session: Session, call: ProjectCall) -> CallRow:
    apps = _applications(session, call.id)
    selected = [a for a in apps if a.status == "selected"]
    return CallRow(id=call.id, year=call.year, title=call.title, deadline=call.deadline,
                   call_text=call.call_text, applications=len(apps), selected=len(selected),
                   granted=sum(a.amount_granted for a in selected))


def _application_row(a: ProjectApplication) -> ApplicationRow:
    return ApplicationRow(id=a.id, call_id=a.call_id, applicant_kind=a.applicant_kind,
                          applicant=a.applicant, title=a.title,
                          amount_requested=a.amount_requested, status=a.status,
                          amount_granted=a.amount_granted,
                          report_received_on=a.report_received_on,
                          report_summary=a.report_summary or "", amount_spent=a.amount_spent)


def _council_row(c: CouncilMeeting) -> CouncilRow:
    return CouncilRow(id=c.id, body=c.body, held_on=c.held_on, subject=c.subject,
                      advice=c.advice, election_id=c.election_id)


def list_calls(session: Session) -> list[CallRow]:
    return [_call_row(session, c) for c in session.scalars(select(ProjectCall).where(
        ProjectCall.deleted.is_(False)).order_by(ProjectCall.year.desc(),
                                                  ProjectCall.created_at.desc()))]


def applications_of(session: Session, call_id: str) -> list[ApplicationRow]:
    rec.get_live(session, ProjectCall, call_id, CALL_NOT_FOUND)
    return [_application_row(a) for a in _applications(session, call_id)]


def list_council_meetings(session: Session, *, election_id: str | None = None
                          ) -> list[CouncilRow]:
    """Every meeting, newest first; or those of one ARHUU council."""
    query = select(CouncilMeeting).where(CouncilMeeting.deleted.is_(False))
    if election_id is not None:
        query = query.where(CouncilMeeting.election_id == election_id)
    return [_council_row(c) for c in session.scalars(
        query.order_by(CouncilMeeting.held_on.desc()))]


def _initiative_row(session: Session, i: TenantInitiative) -> InitiativeRow:
    support = session.scalars(select(InitiativeSupport).where(
        InitiativeSupport.initiative_id == i.id, InitiativeSupport.deleted.is_(False))
        .order_by(InitiativeSupport.given_on, InitiativeSupport.created_at))
    return InitiativeRow(id=i.id, neighbourhood_id=i.neighbourhood_id, title=i.title,
                         carried_by=i.carried_by, started_on=i.started_on, status=i.status,
                         support=tuple((x.given_on, x.kind, x.note) for x in support))


def list_initiatives(session: Session, *, neighbourhood_ids: list[str] | None = None
                     ) -> list[InitiativeRow]:
    """Running initiatives first, newest first."""
    query = select(TenantInitiative).where(TenantInitiative.deleted.is_(False))
    if neighbourhood_ids is not None:
        query = query.where(TenantInitiative.neighbourhood_id.in_(neighbourhood_ids))
    rows = [_initiative_row(session, i) for i in session.scalars(query)]
    rows.sort(key=lambda r: (r.status != "running", -r.started_on.toordinal()))
    return rows

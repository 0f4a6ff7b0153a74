"""Before the works: the information session and access appointments per dwelling."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.people.directory import names as people_names
from fieldapp.records import common as rec
from fieldapp.renovation.labels import APPOINTMENT_STATUSES
from fieldapp.renovation.models import AccessAppointment, InfoSession, ProjectDwelling
from fieldapp.renovation.projects import require_open_dwelling, require_open_project
from fieldapp.renovation.views import AppointmentView, InfoSessionView

APPOINTMENT_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This appointment was not found.")
IN_THE_PAST = QT_TRANSLATE_NOOP("errors", "An appointment cannot be planned in the past.")
REASON_NEEDED = QT_TRANSLATE_NOOP("errors", "Give the reason the tenant refused access.")
BAD_OUTCOME = QT_TRANSLATE_NOOP("errors", "Record that access was given or refused.")


def _session_view(i: InfoSession) -> InfoSessionView:
    return InfoSessionView(i.id, i.project_id, i.held_on, i.place,
                           tuple(i.attendee_household_ids or ()), i.questions)


def record_info_session(
    session: Session, *, project_id: str, held_on: date, attendee_household_ids: list[str],
    actor_id: str, place: str = "", questions: str = "",
) -> InfoSessionView:
    project = require_open_project(session, project_id)
    row = InfoSession(project_id=project.id, held_on=held_on, place=place.strip(),
                      attendee_household_ids=sorted(set(attendee_household_ids)),
                      questions=questions.strip())
    rec.create(session, row, actor_id=actor_id, collection_id=project.collection_id)
    return _session_view(row)


def list_info_sessions(session: Session, *, project_id: str) -> list[InfoSessionView]:
    rows = session.scalars(select(InfoSession).where(
        InfoSession.project_id == project_id, InfoSession.deleted.is_(False))
        .order_by(InfoSession.held_on))
    return [_session_view(i) for i in rows]


def _view(a: AccessAppointment, names: dict[str, str] | None = None) -> AppointmentView:
    worker = (names or {}).get(a.worker_id or "", "")
    return AppointmentView(a.id, a.project_dwelling_id, a.planned_at, a.purpose, a.status,
                           a.refusal_reason, a.follow_up, worker)


def plan_access(
    session: Session, *, project_dwelling_id: str, planned_at: datetime, actor_id: str,
    now: datetime, purpose: str = "inventory", duration_minutes: int | None = None,
    place: str = "", worker_id: str | None = None,
) -> AppointmentView:
    """`worker_id`: who goes (an account; the person planning it when None): the
    appointment is on that worker's agenda and day sheet."""
    pd = require_open_dwelling(session, project_dwelling_id)
    if planned_at < now.replace(hour=0, minute=0, second=0, microsecond=0):
        raise ValidationError(IN_THE_PAST)
    row = AccessAppointment(project_dwelling_id=pd.id, planned_at=planned_at,
                            purpose=purpose, status="planned", refusal_reason="", follow_up="",
                            duration_minutes=duration_minutes, place=place.strip()[:200],
                            cancel_reason="", worker_id=worker_id or actor_id)
    rec.create(session, row, actor_id=actor_id, collection_id=pd.collection_id)
    if pd.access_status in ("to_plan", "refused"):
        pd.access_status = "planned"
        rec.touch(session, pd, actor_id=actor_id)
    return _view(row)


def record_access(
    session: Session, *, appointment_id: str, outcome: str, actor_id: str,
    refusal_reason: str = "", follow_up: str = "",
) -> AppointmentView:
    """outcome "granted" | "refused" (needs a reason) | "cancelled"."""
    row = rec.get_live(session, AccessAppointment, appointment_id, APPOINTMENT_NOT_FOUND)
    if outcome not in APPOINTMENT_STATUSES or outcome == "planned":
        raise ValidationError(BAD_OUTCOME)
    if outcome == "refused":
        refusal_reason = rec.clean_text(refusal_reason, empty_message=REASON_NEEDED,
                                        max_len=5000)
    row.status = outcome
    row.refusal_reason = refusal_reason.strip() if outcome == "refused" else ""
    row.follow_up = follow_up.strip()
    rec.touch(session, row, actor_id=actor_id)
    pd = session.get(ProjectDwelling, row.project_dwelling_id)
    if pd is not None and outcome in ("granted", "refused"):
        pd.access_status = outcome
        rec.touch(session, pd, actor_id=actor_id)
    return _view(row)


def list_appointments(session: Session, *, project_dwelling_id: str) -> list[AppointmentView]:
    rows = session.scalars(select(AccessAppointment).where(
        AccessAppointment.project_dwelling_id == project_dwelling_id,
        AccessAppointment.deleted.is_(False)).order_by(AccessAppointment.planned_at))
    names = people_names(session)
    return [_view(a, names) for a in rows]


# -- the agenda (issue 16 item 4): what is planned moves, is cancelled with a reason, or
# -- is deleted when entered by mistake (a tombstone: the history keeps its revisions).

CANCEL_REASON_NEEDED = QT_TRANSLATE_NOOP("errors", "Say why it is cancelled.")
NOT_PLANNED = QT_TRANSLATE_NOOP("errors", "Only what is still planned can be rescheduled or "
                                          "cancelled.")


def _planned(session: Session, appointment_id: str) -> AccessAppointment:
    row = rec.get_live(session, AccessAppointment, appointment_id, APPOINTMENT_NOT_FOUND)
    if row.status != "planned":
        raise ValidationError(NOT_PLANNED)
    return row


def reschedule_access(
    session: Session, *, appointment_id: str, planned_at: datetime, actor_id: str,
    now: datetime, duration_minutes: int | None = None, place: str | None = None,
) -> AppointmentView:
    row = _planned(session, appointment_id)
    if planned_at < now.replace(hour=0, minute=0, second=0, microsecond=0):
        raise ValidationError(IN_THE_PAST)
    row.planned_at = planned_at
    if duration_minutes is not None:
        row.duration_minutes = duration_minutes
    if place is not None:
        row.place = place.strip()[:200]
    rec.touch(session, row, actor_id=actor_id)
    return _view(row)


def cancel_access(session: Session, *, appointment_id: str, reason: str,
                  actor_id: str) -> AppointmentView:
    row = _planned(session, appointment_id)
    row.cancel_reason = rec.clean_text(reason, empty_message=CANCEL_REASON_NEEDED,
                                       max_len=2_000)
    row.status = "cancelled"
    rec.touch(session, row, actor_id=actor_id)
    pd = session.get(ProjectDwelling, row.project_dwelling_id)
    if pd is not None and pd.access_status == "planned" and not _other_planned(session, row):
        pd.access_status = "to_plan"
        rec.touch(session, pd, actor_id=actor_id)
    return _view(row)


def delete_access(session: Session, *, appointment_id: str, actor_id: str) -> None:
    row = rec.get_live(session, AccessAppointment, appointment_id, APPOINTMENT_NOT_FOUND)
    row.deleted = True
    rec.touch(session, row, actor_id=actor_id)
    pd = session.get(ProjectDwelling, row.project_dwelling_id)
    if pd is not None and pd.access_status == "planned" and not _other_planned(session, row):
        pd.access_status = "to_plan"
        rec.touch(session, pd, actor_id=actor_id)


def _other_planned(session: Session, row: AccessAppointment) -> bool:
    return session.scalar(select(AccessAppointment.id).where(
        AccessAppointment.project_dwelling_id == row.project_dwelling_id,
        AccessAppointment.id != row.id, AccessAppointment.deleted.is_(False),
        AccessAppointment.status == "planned").limit(1)) is not None

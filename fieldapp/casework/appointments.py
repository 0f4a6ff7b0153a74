"""What a site assistant plans with a time (issue 16 item 4): office appointments, and for
everything planned in a case — home visits, office appointments, welcome sessions and
follow-ups, referrals — rescheduling, cancelling with a reason (kept in the timeline) and
deleting what was entered by mistake (a tombstone: the revisions stay in the history).

A start time is minutes after midnight on the day, in Europe/Brussels; a duration is in
minutes. `kind` names the record: "visit", "office", "welcome", "followup", "referral".
A follow-up and a referral have a day only; a referral is planned while it is proposed
(not yet sent), on the day it is to be made.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from fieldapp.casework.cases import get_live_case
from fieldapp.casework.models import (
    FollowUp,
    HomeVisit,
    OfficeAppointment,
    Referral,
    WelcomeSession,
)
from fieldapp.casework.views import OfficeAppointmentView
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.records.base import Synced
from fieldapp.registry.models import Household

CASE_KINDS = ("visit", "office", "welcome", "followup", "referral")
DEFAULT_DURATION = 30
MAX_DURATION = 12 * 60
NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This appointment was not found. It may have been "
                                        "deleted.")
BAD_TIME = QT_TRANSLATE_NOOP("errors", "Choose a start time between 00:00 and 23:59.")
BAD_DURATION = QT_TRANSLATE_NOOP("errors", "A duration is between 5 minutes and 12 hours.")
IN_THE_PAST = QT_TRANSLATE_NOOP("errors", "This can't be planned in the past ({day}).")
NOT_PLANNED = QT_TRANSLATE_NOOP("errors", "Only what is still planned can be rescheduled or "
                                          "cancelled.")
REASON_NEEDED = QT_TRANSLATE_NOOP("errors", "Say why it is cancelled.")
PLACE_TOO_LONG = QT_TRANSLATE_NOOP("errors", "A place is at most 200 characters.")

_MODELS: dict[str, type[Synced]] = {
    "visit": HomeVisit, "office": OfficeAppointment, "welcome": WelcomeSession,
    "followup": FollowUp, "referral": Referral,
}


def check_time(start_minute: int | None, duration_minutes: int | None) -> None:
    if start_minute is not None and not (
            isinstance(start_minute, int) and 0 <= start_minute < 24 * 60):
        raise ValidationError(BAD_TIME)
    if duration_minutes is not None and not (
            isinstance(duration_minutes, int) and 5 <= duration_minutes <= MAX_DURATION):
        raise ValidationError(BAD_DURATION)


def check_day(day: date, today: date) -> None:
    if day < today:
        raise ValidationError(IN_THE_PAST, day=day.isoformat())


def clean_place(place: str | None) -> str:
    text = (place or "").strip()
    if len(text) > 200:
        raise ValidationError(PLACE_TOO_LONG)
    return text


def _office_view(session: Session, a: OfficeAppointment) -> OfficeAppointmentView:
    case = get_live_case(session, a.case_id)
    household = session.get(Household, case.household_id)
    return OfficeAppointmentView(
        id=a.id, case_id=a.case_id, household_name=household.name if household else "",
        on_day=a.on_day, start_minute=a.start_minute, duration_minutes=a.duration_minutes,
        place=a.place, purpose=a.purpose, worker_id=a.worker_id, status=a.status,
        cancel_reason=a.cancel_reason,
    )


def plan_office_appointment(
    session: Session, *, case_id: str, on_day: date, start_minute: int, actor_id: str,
    today: date, duration_minutes: int = DEFAULT_DURATION, place: str = "", purpose: str = "",
    worker_id: str | None = None,
) -> OfficeAppointmentView:
    """An appointment with the household at the office (or the place given)."""
    case = get_live_case(session, case_id)
    check_day(on_day, today)
    check_time(start_minute, duration_minutes)
    row = OfficeAppointment(case_id=case.id, on_day=on_day, start_minute=start_minute,
                            duration_minutes=duration_minutes, place=clean_place(place),
                            purpose=(purpose or "").strip(), worker_id=worker_id or actor_id,
                            status="planned", cancel_reason="")
    rec.create(session, row, actor_id=actor_id,
               collection_id=rec.casework_collection(case.site_id))
    return _office_view(session, row)


def hold_office_appointment(session: Session, *, appointment_id: str,
                            actor_id: str) -> OfficeAppointmentView:
    row = rec.get_live(session, OfficeAppointment, appointment_id, NOT_FOUND)
    if row.status != "planned":
        raise ValidationError(NOT_PLANNED)
    row.status = "done"
    rec.touch(session, row, actor_id=actor_id)
    return _office_view(session, row)


def _planned(session: Session, kind: str, record_id: str) -> Synced:
    model = _MODELS.get(kind)
    if model is None:
        raise ValidationError(NOT_FOUND)
    row = rec.get_live(session, model, record_id, NOT_FOUND)
    if not is_planned(row):
        raise ValidationError(NOT_PLANNED)
    return row


def is_planned(row: Synced) -> bool:
    """Still to happen: what can be moved or cancelled."""
    if isinstance(row, FollowUp):
        return not row.done and row.cancelled_on is None
    if isinstance(row, Referral):
        return row.status == "proposed" and row.cancelled_on is None
    return bool(row.status == "planned")  # type: ignore[attr-defined]


def reschedule(
    session: Session, *, kind: str, record_id: str, day: date, actor_id: str, today: date,
    start_minute: int | None = None, duration_minutes: int | None = None,
    place: str | None = None,
) -> None:
    """Move something planned to another day and time (and place). A follow-up has a due
    day only."""
    row = _planned(session, kind, record_id)
    check_day(day, today)
    check_time(start_minute, duration_minutes)
    if isinstance(row, FollowUp):
        row.due_on = day
    elif isinstance(row, Referral):
        row.referred_on = day
    else:
        if isinstance(row, HomeVisit):
            row.planned_on = day
        elif isinstance(row, OfficeAppointment):
            row.on_day = day
            if start_minute is None:
                raise ValidationError(BAD_TIME)
        elif isinstance(row, WelcomeSession):
            row.held_on = day
        row.start_minute = start_minute  # type: ignore[attr-defined]
        if duration_minutes is not None:
            row.duration_minutes = duration_minutes  # type: ignore[attr-defined]
        if place is not None:
            row.place = clean_place(place)  # type: ignore[attr-defined]
    rec.touch(session, row, actor_id=actor_id)


def cancel(session: Session, *, kind: str, record_id: str, reason: str, actor_id: str,
           today: date) -> None:
    """Cancel something planned; the reason stays with it and shows in the timeline."""
    row = _planned(session, kind, record_id)
    text = rec.clean_text(reason, empty_message=REASON_NEEDED, max_len=2_000)
    if isinstance(row, FollowUp | Referral):
        row.cancelled_on = today
    else:
        row.status = "cancelled"  # type: ignore[attr-defined]
    row.cancel_reason = text  # type: ignore[attr-defined]
    rec.touch(session, row, actor_id=actor_id)


def delete_planned(session: Session, *, kind: str, record_id: str, actor_id: str) -> None:
    """Entered by mistake: the record becomes a tombstone. Its earlier revisions stay in
    the server's history; it leaves the agenda and the timeline."""
    model = _MODELS.get(kind)
    if model is None:
        raise ValidationError(NOT_FOUND)
    row = rec.get_live(session, model, record_id, NOT_FOUND)
    if isinstance(row, WelcomeSession) and row.status == "held":
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "A welcome session that took place can't be deleted from the agenda."))
    row.deleted = True
    rec.touch(session, row, actor_id=actor_id)

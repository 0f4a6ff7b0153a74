"""Changing what is on the agenda, whatever area it comes from: reschedule, cancel with a
reason, delete when entered by mistake. Each goes through its area's use case."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from fieldapp.agenda.agenda import instant
from fieldapp.casework import agent_along, appointments, office_hours
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.renovation import access

NOT_CANCELLED = QT_TRANSLATE_NOOP(
    "errors", "An office-hours session is not cancelled: move it to another day, or delete it "
    "if it will not take place.")


def reschedule(
    session: Session, *, kind: str, record_id: str, day: date, actor_id: str, today: date,
    start_minute: int | None = None, duration_minutes: int | None = None,
    place: str | None = None,
) -> None:
    if kind == "office_hours":
        appointments.check_day(day, today)
        office_hours.reschedule_session(session, session_id=record_id, held_on=day,
                                        start_minute=start_minute,
                                        duration_minutes=duration_minutes, actor_id=actor_id)
        return
    if kind == "agent_ask":
        agent_along.reschedule_ask(session, ask_id=record_id, on_day=day,
                                   start_minute=start_minute if start_minute is not None
                                   else -1, actor_id=actor_id, today=today)
        return
    if kind == "access":
        appointments.check_time(start_minute, duration_minutes)
        access.reschedule_access(
            session, appointment_id=record_id, actor_id=actor_id,
            planned_at=instant(day, start_minute or 0), now=instant(today, 0),
            duration_minutes=duration_minutes, place=place)
        return
    appointments.reschedule(session, kind=kind, record_id=record_id, day=day,
                            actor_id=actor_id, today=today, start_minute=start_minute,
                            duration_minutes=duration_minutes, place=place)


def cancel(session: Session, *, kind: str, record_id: str, reason: str, actor_id: str,
           today: date) -> None:
    if kind == "office_hours":
        raise ValidationError(NOT_CANCELLED)
    if kind == "agent_ask":
        agent_along.cancel_ask(session, ask_id=record_id, reason=reason, actor_id=actor_id)
        return
    if kind == "access":
        access.cancel_access(session, appointment_id=record_id, reason=reason,
                             actor_id=actor_id)
        return
    appointments.cancel(session, kind=kind, record_id=record_id, reason=reason,
                        actor_id=actor_id, today=today)


def delete(session: Session, *, kind: str, record_id: str, actor_id: str) -> None:
    if kind == "office_hours":
        office_hours.delete_session(session, session_id=record_id, actor_id=actor_id)
        return
    if kind == "agent_ask":
        agent_along.delete_ask(session, ask_id=record_id, actor_id=actor_id)
        return
    if kind == "access":
        access.delete_access(session, appointment_id=record_id, actor_id=actor_id)
        return
    appointments.delete_planned(session, kind=kind, record_id=record_id, actor_id=actor_id)

"""Ask a neighbourhood agent along on a home visit (issue 17 item 6): the assistant writes a
day, a time and an address — nothing of the case — into `handoff:<site>`, which the agents
read without holding the case files' key; the answer comes back in the same record
(fieldapp.neighbourhood.visit_requests)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.casework.cases import get_live_case
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.neighbourhood.models import AgentVisitRequest
from fieldapp.neighbourhood.visit_requests import ASK_NOT_FOUND, AskView, ask_view
from fieldapp.records import common as rec
from fieldapp.registry.households import address_line
from fieldapp.registry.models import Building, Dwelling, Household

NOT_YOUR_ASK = QT_TRANSLATE_NOOP(
    "errors", "Only the assistant who asked the agent along can change or call off this "
    "request.")


def visit_address(session: Session, *, case_id: str) -> str:
    """Where the household lives: street and number, building, floor and dwelling."""
    case = get_live_case(session, case_id)
    household = session.get(Household, case.household_id)
    dwelling = session.get(Dwelling, household.dwelling_id) if household and \
        household.dwelling_id else None
    building = session.get(Building, dwelling.building_id) if dwelling else None
    parts = [address_line(building), building.name if building else "",
             dwelling.label if dwelling else ""]
    return " · ".join(x for x in parts if x)


def _check_when(on_day: object, start_minute: object, today: date) -> None:
    if not isinstance(on_day, date) or on_day < today:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Choose the day of the visit: today or later."))
    if (not isinstance(start_minute, int) or isinstance(start_minute, bool)
            or not 0 <= start_minute < 24 * 60):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the time of the visit."))


def ask_agent_along(session: Session, *, case_id: str, on_day: date, start_minute: int,
                    address: str, actor_id: str, today: date) -> AskView:
    case = get_live_case(session, case_id)
    household = session.get(Household, case.household_id)
    _check_when(on_day, start_minute, today)
    address = rec.clean_text(address, max_len=200, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Give the address where the agent should come."))
    row = AgentVisitRequest(site_id=case.site_id,
                            dwelling_id=household.dwelling_id if household else None,
                            on_day=on_day, start_minute=start_minute, address=address,
                            asked_by=actor_id, status="asked", answer="", answered_by=None)
    rec.create(session, row, actor_id=actor_id,
               collection_id=rec.handoff_collection(case.site_id))
    return ask_view(session, row)


def asks_of_case(session: Session, *, case_id: str) -> list[AskView]:
    """The requests made for the case's dwelling (what the timeline shows)."""
    case = get_live_case(session, case_id)
    household = session.get(Household, case.household_id)
    if household is None or household.dwelling_id is None:
        return []
    rows = session.scalars(select(AgentVisitRequest).where(
        AgentVisitRequest.site_id == case.site_id,
        AgentVisitRequest.dwelling_id == household.dwelling_id,
        AgentVisitRequest.deleted.is_(False)).order_by(AgentVisitRequest.on_day))
    return [ask_view(session, r) for r in rows]


def _open_ask(session: Session, ask_id: str, actor_id: str) -> AgentVisitRequest:
    """The assistant's own request, still to come (asked or accepted)."""
    row = rec.get_live(session, AgentVisitRequest, ask_id, ASK_NOT_FOUND)
    if row.asked_by != actor_id:
        raise ValidationError(NOT_YOUR_ASK)
    if row.status not in ("asked", "accepted"):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "This request was already declined or called off."))
    return row


def cancel_ask(session: Session, *, ask_id: str, reason: str, actor_id: str) -> AskView:
    """Called off by the assistant who asked: the agent reads the reason in the inbox."""
    row = _open_ask(session, ask_id, actor_id)
    row.cancel_reason = rec.clean_text(reason, max_len=500, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Say why the visit is cancelled: the agent reads it."))
    row.status = "cancelled"
    rec.touch(session, row, actor_id=actor_id)
    return ask_view(session, row)


def reschedule_ask(session: Session, *, ask_id: str, on_day: date, start_minute: int,
                   actor_id: str, today: date) -> AskView:
    """Another day or time: the agent is asked again (an earlier answer no longer holds)."""
    row = _open_ask(session, ask_id, actor_id)
    _check_when(on_day, start_minute, today)
    if (row.on_day, row.start_minute) != (on_day, start_minute):
        row.on_day, row.start_minute = on_day, start_minute
        row.status, row.answer, row.answered_by = "asked", "", None
        rec.touch(session, row, actor_id=actor_id)
    return ask_view(session, row)


def delete_ask(session: Session, *, ask_id: str, actor_id: str) -> None:
    """Entered by mistake: a tombstone, which leaves the agents' inbox at their next sync."""
    row = rec.get_live(session, AgentVisitRequest, ask_id, ASK_NOT_FOUND)
    if row.asked_by != actor_id:
        raise ValidationError(NOT_YOUR_ASK)
    row.deleted = True
    rec.touch(session, row, actor_id=actor_id)

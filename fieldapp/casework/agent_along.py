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
from fieldapp.neighbourhood.visit_requests import AskView, ask_view
from fieldapp.records import common as rec
from fieldapp.registry.households import address_line
from fieldapp.registry.models import Building, Dwelling, Household


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


def ask_agent_along(session: Session, *, case_id: str, on_day: date, start_minute: int,
                    address: str, actor_id: str, today: date) -> AskView:
    case = get_live_case(session, case_id)
    household = session.get(Household, case.household_id)
    if not isinstance(on_day, date) or on_day < today:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Choose the day of the visit: today or later."))
    if not isinstance(start_minute, int) or not 0 <= start_minute < 24 * 60:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the time of the visit."))
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

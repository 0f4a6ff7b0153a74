"""The collective work counted (issue 18), each under its objective of the sector vision
(``DEFAULT_OBJECTIVE``): tenants' meetings held, who attended (households, staff), minutes
that reached the tenants within ``MINUTES_DAYS`` of the meeting, and the meetings' actions
closed or still open. Every count is a GROUP BY in the database; a site narrows them to the
neighbourhoods that contain it.

Beyond the meeting (items 3, 4, 6): the doors of the awareness campaigns that ran in the
period by outcome (or not visited: the coverage of the round), the applications to the
calls for projects of the period's years by decision, and the common rooms booked.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal, select
from sqlalchemy.orm import Session

from fieldapp.collective.field_models import (
    Campaign,
    CommonRoom,
    DoorVisit,
    ProjectApplication,
    ProjectCall,
    RoomBooking,
)
from fieldapp.collective.labels import MINUTES_DAYS
from fieldapp.collective.models import (
    MeetingAction,
    MeetingAttendee,
    MinutesDelivery,
    TenantMeeting,
)
from fieldapp.registry.models import Dwelling
from fieldapp.registry.neighbourhoods import Neighbourhood
from fieldapp.supervision.labels import DEFAULT_OBJECTIVE
from fieldapp.supervision.views import IndicatorFact


def _hoods_of(session: Session, site_id: str) -> list[str]:
    return [h.id for h in session.scalars(select(Neighbourhood).where(
        Neighbourhood.deleted.is_(False))) if site_id in (h.site_ids or [])]


def _held(session: Session, start: date, end: date, site_id: str | None
          ) -> list[ColumnElement[bool]]:
    where = [TenantMeeting.deleted.is_(False), TenantMeeting.status == "held",
             TenantMeeting.held_on.between(start, end)]
    if site_id:
        where.append(TenantMeeting.neighbourhood_id.in_(_hoods_of(session, site_id)))
    return where


def _facts(session: Session, indicator: str, query: Any) -> list[IndicatorFact]:
    return [IndicatorFact(indicator, str(cat), DEFAULT_OBJECTIVE[indicator], int(n))
            for cat, n in session.execute(query) if n]


def collective_facts(session: Session, start: date, end: date, site_id: str | None
                     ) -> list[IndicatorFact]:
    held = _held(session, start, end, site_id)
    facts = _facts(session, "tenant_meetings", select(literal("held"), func.count())
                   .select_from(TenantMeeting).where(*held))
    facts += _facts(session, "meeting_attendance", select(
        MeetingAttendee.kind, func.count()).join(
        TenantMeeting, TenantMeeting.id == MeetingAttendee.meeting_id).where(
        *held, MeetingAttendee.deleted.is_(False), MeetingAttendee.present.is_(True))
        .group_by(MeetingAttendee.kind))
    first = select(MinutesDelivery.meeting_id, func.min(MinutesDelivery.sent_on).label("sent"))\
        .where(MinutesDelivery.deleted.is_(False)).group_by(MinutesDelivery.meeting_id)\
        .subquery()
    limit = func.julianday(first.c.sent) - func.julianday(TenantMeeting.held_on)
    state = case((first.c.sent.is_(None), "not_sent"),
                 (limit <= MINUTES_DAYS, "on_time"), else_="late")
    facts += _facts(session, "minutes_sent", select(state, func.count()).select_from(
        TenantMeeting).outerjoin(first, first.c.meeting_id == TenantMeeting.id).where(
        *held).group_by(state))
    done = case((MeetingAction.done_on.is_(None), "open"), else_="closed")
    facts += _facts(session, "meeting_actions", select(done, func.count()).join(
        TenantMeeting, TenantMeeting.id == MeetingAction.meeting_id).where(
        *held, MeetingAction.deleted.is_(False)).group_by(done))
    return facts + participation_facts(session, start, end, site_id)



def _door_facts(session: Session, start: date, end: date, site_id: str | None
                ) -> list[IndicatorFact]:
    """Every door of the campaigns that ran in the period, once per campaign."""
    where = [Campaign.deleted.is_(False), Campaign.starts_on <= end,
             func.coalesce(Campaign.ends_on, Campaign.starts_on) >= start]
    if site_id:
        where.append(Campaign.neighbourhood_id.in_(_hoods_of(session, site_id)))
    counts: dict[str, int] = {}
    for campaign in session.scalars(select(Campaign).where(*where)):
        doors = select(Dwelling.id).where(
            Dwelling.building_id.in_(list(campaign.building_ids or [])),
            Dwelling.deleted.is_(False))
        total = int(session.scalar(select(func.count()).select_from(doors.subquery())) or 0)
        seen = 0
        for outcome, n in session.execute(select(DoorVisit.outcome, func.count()).where(
                DoorVisit.campaign_id == campaign.id, DoorVisit.deleted.is_(False),
                DoorVisit.dwelling_id.in_(doors)).group_by(DoorVisit.outcome)):
            counts[outcome] = counts.get(outcome, 0) + int(n)
            seen += int(n)
        counts["not_visited"] = counts.get("not_visited", 0) + total - seen
    objective = DEFAULT_OBJECTIVE["door_to_door"]
    return [IndicatorFact("door_to_door", cat, objective, n) for cat, n in counts.items() if n]


def participation_facts(session: Session, start: date, end: date, site_id: str | None
                        ) -> list[IndicatorFact]:
    facts = _door_facts(session, start, end, site_id)
    if not site_id:  # a call for projects serves the whole company, not one site
        facts += _facts(session, "project_applications", select(
            ProjectApplication.status, func.count()).join(
            ProjectCall, ProjectCall.id == ProjectApplication.call_id).where(
            ProjectCall.deleted.is_(False), ProjectApplication.deleted.is_(False),
            ProjectCall.year.between(start.year, end.year))
            .group_by(ProjectApplication.status))
    rooms = [CommonRoom.deleted.is_(False)] + ([CommonRoom.site_id == site_id] if site_id
                                               else [])
    facts += _facts(session, "room_bookings", select(literal("booked"), func.count()).select_from(
        RoomBooking).join(CommonRoom, CommonRoom.id == RoomBooking.room_id).where(
        *rooms, RoomBooking.deleted.is_(False), RoomBooking.cancelled.is_(False),
        RoomBooking.booked_on.between(start, end)))
    return facts

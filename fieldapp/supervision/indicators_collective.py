"""The collective work counted (issue 18), each under its objective of the sector vision
(``DEFAULT_OBJECTIVE``): tenants' meetings held, who attended (households, staff), minutes
that reached the tenants within ``MINUTES_DAYS`` of the meeting, and the meetings' actions
closed or still open. Every count is a GROUP BY in the database; a site narrows them to the
neighbourhoods that contain it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal, select
from sqlalchemy.orm import Session

from fieldapp.collective.labels import MINUTES_DAYS
from fieldapp.collective.models import (
    MeetingAction,
    MeetingAttendee,
    MinutesDelivery,
    TenantMeeting,
)
from fieldapp.registry.neighbourhoods import Neighbourhood
from fieldapp.supervision.labels import DEFAULT_OBJECTIVE
from fieldapp.supervision.views import IndicatorFact


def _held(session: Session, start: date, end: date, site_id: str | None
          ) -> list[ColumnElement[bool]]:
    where = [TenantMeeting.deleted.is_(False), TenantMeeting.status == "held",
             TenantMeeting.held_on.between(start, end)]
    if site_id:
        hoods = [h.id for h in session.scalars(select(Neighbourhood).where(
            Neighbourhood.deleted.is_(False))) if site_id in (h.site_ids or [])]
        where.append(TenantMeeting.neighbourhood_id.in_(hoods))
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
    return facts


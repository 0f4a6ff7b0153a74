"""Reading the agenda: a worker's (or everyone's) planned items over a span of days.

Times: a casework record keeps its day and its start in minutes after midnight, Brussels
time; a renovation access appointment keeps an instant (UTC), shown on its Brussels day
and time. Who an item is with: the worker set on it, else whoever planned it; an access
appointment from before it had a worker, with no known author, is nobody's (worker "").
A referral is on the day it is to be made (no time), planned while it is proposed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.agenda.views import AgendaItem, CaseChoice, WorkerChoice
from fieldapp.casework.models import (
    CaseFile,
    FollowUp,
    HomeVisit,
    OfficeAppointment,
    Referral,
    WelcomeSession,
)
from fieldapp.casework.site_work_models import OfficeHoursSession
from fieldapp.local.profile import get_profile
from fieldapp.neighbourhood.models import AgentVisitRequest
from fieldapp.people import directory
from fieldapp.registry.households import address_line
from fieldapp.registry.models import Building, Dwelling, Household, Site
from fieldapp.renovation.models import AccessAppointment, ProjectDwelling

BRUSSELS = ZoneInfo("Europe/Brussels")
KINDS = ("visit", "office", "welcome", "access", "followup", "referral", "office_hours",
         "agent_ask")
NOBODY = ""  # the worker of what nobody is set to do (an old access appointment)


def brussels(at: datetime) -> tuple[date, int]:
    """The Brussels day and minute after midnight of an instant."""
    local = at.astimezone(BRUSSELS)
    return local.date(), local.hour * 60 + local.minute


def instant(day: date, start_minute: int) -> datetime:
    """The UTC instant of a Brussels day and minute (DST-aware)."""
    local = datetime.combine(day, time(start_minute // 60, start_minute % 60),
                             tzinfo=BRUSSELS)
    return local.astimezone(UTC)


def week_of(day: date) -> tuple[date, date]:
    """Monday to Sunday of the week holding `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def workers(session: Session) -> list[WorkerChoice]:
    """Whose agenda can be shown: the organisation's active people, this person first."""
    me = get_profile(session)
    people = [WorkerChoice(p.id, p.display_name) for p in directory.list_people(session)
              if p.id != me.id]
    return [WorkerChoice(me.id, me.display_name), *people]


def agenda(session: Session, *, from_day: date, to_day: date, worker_id: str | None = None,
           kinds: tuple[str, ...] = KINDS) -> list[AgendaItem]:
    """Everything planned, held or cancelled from `from_day` to `to_day` (inclusive) for
    `worker_id` (everyone's when None, nobody's when NOBODY), by day and time; planned
    items that share time with another of the same worker that day are flagged
    `overlaps`."""
    names = directory.names(session)  # the person signed in included
    items: list[AgendaItem] = []
    for kind in kinds:
        items += _READERS[kind](session, from_day, to_day, names)
    if worker_id is not None:
        items = [i for i in items if i.worker_id == worker_id]
    items = flag_overlaps(items)
    return sorted(items, key=lambda i: (i.day, -1 if i.start_minute is None else i.start_minute,
                                        i.household_name.casefold(), i.id))


def flag_overlaps(items: list[AgendaItem]) -> list[AgendaItem]:
    """Mark planned, timed items that overlap another of the same worker on the same day."""
    groups: dict[tuple[str, date], list[AgendaItem]] = defaultdict(list)
    for item in items:
        if item.status == "planned" and item.start_minute is not None:
            groups[(item.worker_id, item.day)].append(item)
    clashing: set[tuple[str, str]] = set()
    for group in groups.values():
        group.sort(key=lambda i: i.start_minute or 0)
        for index, first in enumerate(group):
            for second in group[index + 1:]:
                if (second.start_minute or 0) >= (first.end_minute or 0):
                    break
                clashing.update({(first.kind, first.id), (second.kind, second.id)})
    return [replace(i, overlaps=(i.kind, i.id) in clashing) for i in items]


def _where(dwelling: Dwelling | None, building: Building | None) -> tuple[str, str]:
    label = " · ".join(x for x in ((building.name if building else ""),
                                    (dwelling.label if dwelling else "")) if x)
    return address_line(building), label


def _case_rows(session: Session, model: type[HomeVisit] | type[OfficeAppointment],
               day_column: Any, from_day: date, to_day: date,
               only: str | None) -> list[tuple[Any, ...]]:
    query = (
        select(model, CaseFile, Household, Dwelling, Building)
        .join(CaseFile, CaseFile.id == model.case_id)
        .join(Household, Household.id == CaseFile.household_id)
        .outerjoin(Dwelling, Dwelling.id == Household.dwelling_id)
        .outerjoin(Building, Building.id == Dwelling.building_id)
        .where(model.deleted.is_(False), CaseFile.deleted.is_(False),
               day_column >= from_day, day_column <= to_day)
    )
    if only is not None:
        query = query.where(model.id == only)
    return [tuple(row) for row in session.execute(query).all()]


def _visits(session: Session, from_day: date, to_day: date,
            names: dict[str, str], only: str | None = None) -> list[AgendaItem]:
    out = []
    for v, case, household, dwelling, building in _case_rows(
            session, HomeVisit, HomeVisit.planned_on, from_day, to_day, only):
        address, label = _where(dwelling, building)
        worker = v.worker_id or v.created_by
        out.append(AgendaItem(
            "visit", v.id, v.planned_on, v.start_minute, v.duration_minutes, v.place, address,
            label, household.id, household.name, case.id, case.site_id, worker,
            names.get(worker, ""), v.status, v.purpose, v.cancel_reason))
    return out


def _office(session: Session, from_day: date, to_day: date,
            names: dict[str, str], only: str | None = None) -> list[AgendaItem]:
    out = []
    for a, case, household, dwelling, building in _case_rows(
            session, OfficeAppointment, OfficeAppointment.on_day, from_day, to_day, only):
        address, label = _where(dwelling, building)
        worker = a.worker_id or a.created_by
        out.append(AgendaItem(
            "office", a.id, a.on_day, a.start_minute, a.duration_minutes, a.place, address,
            label, household.id, household.name, case.id, case.site_id, worker,
            names.get(worker, ""), a.status, a.purpose, a.cancel_reason))
    return out


def _welcome(session: Session, from_day: date, to_day: date,
             names: dict[str, str], only: str | None = None) -> list[AgendaItem]:
    query = (
        select(WelcomeSession, Site).join(Site, Site.id == WelcomeSession.site_id)
        .where(WelcomeSession.deleted.is_(False), WelcomeSession.held_on >= from_day,
               WelcomeSession.held_on <= to_day))
    rows = session.execute(query if only is None
                           else query.where(WelcomeSession.id == only)).all()
    out = []
    for w, site in rows:
        worker = w.worker_id or w.created_by
        status = "done" if w.status == "held" else w.status
        out.append(AgendaItem(
            "welcome", w.id, w.held_on, w.start_minute, w.duration_minutes, w.place,
            site.name, "", "", "", "", site.id, worker, names.get(worker, ""), status, "",
            w.cancel_reason))
    return out


def _access(session: Session, from_day: date, to_day: date,
            names: dict[str, str], only: str | None = None) -> list[AgendaItem]:
    start, end = instant(from_day, 0), instant(to_day + timedelta(days=1), 0)
    query = (
        select(AccessAppointment, ProjectDwelling, Dwelling, Building, Household)
        .join(ProjectDwelling, ProjectDwelling.id == AccessAppointment.project_dwelling_id)
        .join(Dwelling, Dwelling.id == ProjectDwelling.dwelling_id)
        .outerjoin(Building, Building.id == Dwelling.building_id)
        .outerjoin(Household, Household.id == ProjectDwelling.household_id)
        .where(AccessAppointment.deleted.is_(False), AccessAppointment.planned_at >= start,
               AccessAppointment.planned_at < end))
    rows = session.execute(query if only is None
                           else query.where(AccessAppointment.id == only)).all()
    out = []
    for a, _pd, dwelling, building, household in rows:
        day, minute = brussels(a.planned_at)
        address, label = _where(dwelling, building)
        status = {"granted": "done", "refused": "done"}.get(a.status, a.status)
        worker = a.worker_id or NOBODY
        out.append(AgendaItem(
            "access", a.id, day, minute, a.duration_minutes, a.place, address, label,
            household.id if household else "", household.name if household else "", "",
            building.site_id if building else "", worker, names.get(worker, ""),
            status, a.purpose, a.cancel_reason))
    return out


def _followups(session: Session, from_day: date, to_day: date,
               names: dict[str, str], only: str | None = None) -> list[AgendaItem]:
    query = (
        select(FollowUp, CaseFile, Household, Dwelling, Building)
        .join(CaseFile, CaseFile.id == FollowUp.case_id)
        .join(Household, Household.id == CaseFile.household_id)
        .outerjoin(Dwelling, Dwelling.id == Household.dwelling_id)
        .outerjoin(Building, Building.id == Dwelling.building_id)
        .where(FollowUp.deleted.is_(False), CaseFile.deleted.is_(False),
               FollowUp.due_on >= from_day, FollowUp.due_on <= to_day))
    rows = session.execute(query if only is None else query.where(FollowUp.id == only)).all()
    out = []
    for f, case, household, dwelling, building in rows:
        worker = f.assignee_id or f.created_by
        status = "cancelled" if f.cancelled_on else "done" if f.done else "planned"
        address, label = _where(dwelling, building)
        out.append(AgendaItem(
            "followup", f.id, f.due_on, None, None, "", address, label, household.id,
            household.name,
            case.id, case.site_id, worker, names.get(worker, ""), status, f.text,
            f.cancel_reason))
    return out


def _referrals(session: Session, from_day: date, to_day: date,
               names: dict[str, str], only: str | None = None) -> list[AgendaItem]:
    """A referral on its day: planned while proposed, done once sent (or further)."""
    query = (
        select(Referral, CaseFile, Household, Dwelling, Building)
        .join(CaseFile, CaseFile.id == Referral.case_id)
        .join(Household, Household.id == CaseFile.household_id)
        .outerjoin(Dwelling, Dwelling.id == Household.dwelling_id)
        .outerjoin(Building, Building.id == Dwelling.building_id)
        .where(Referral.deleted.is_(False), CaseFile.deleted.is_(False),
               Referral.referred_on >= from_day, Referral.referred_on <= to_day))
    rows = session.execute(query if only is None else query.where(Referral.id == only)).all()
    out = []
    for r, case, household, dwelling, building in rows:
        address, label = _where(dwelling, building)
        worker = r.created_by
        status = ("cancelled" if r.cancelled_on else "planned" if r.status == "proposed"
                  else "done")
        out.append(AgendaItem(
            "referral", r.id, r.referred_on, None, None, "", address, label, household.id,
            household.name, case.id, case.site_id, worker, names.get(worker, ""), status,
            r.destination, r.cancel_reason))
    return out


def _office_hours(session: Session, from_day: date, to_day: date,
                  names: dict[str, str], only: str | None = None) -> list[AgendaItem]:
    """An office-hours session ("permanence"), on the agenda of the worker who holds it;
    `purpose` carries where (labels.OFFICE_HOURS_PLACES), the site is its address."""
    query = (
        select(OfficeHoursSession, Site).join(Site, Site.id == OfficeHoursSession.site_id)
        .where(OfficeHoursSession.deleted.is_(False), OfficeHoursSession.held_on >= from_day,
               OfficeHoursSession.held_on <= to_day))
    rows = session.execute(query if only is None
                           else query.where(OfficeHoursSession.id == only)).all()
    out = []
    for o, site in rows:
        worker = o.worker_id or o.created_by
        out.append(AgendaItem(
            "office_hours", o.id, o.held_on, o.start_minute, o.end_minute - o.start_minute,
            "", site.name, "", "", "", "", site.id, worker, names.get(worker, ""), "planned",
            o.place, ""))
    return out


def _agent_asks(session: Session, from_day: date, to_day: date,
                names: dict[str, str], only: str | None = None) -> list[AgendaItem]:
    """A neighbourhood agent asked along on a home visit, on the asking assistant's agenda:
    planned while asked or accepted (`purpose` says which), cancelled when the assistant
    called it off, "declined" when the agent cannot come (their word as the reason)."""
    query = (
        select(AgentVisitRequest).where(
            AgentVisitRequest.deleted.is_(False), AgentVisitRequest.on_day >= from_day,
            AgentVisitRequest.on_day <= to_day))
    rows = session.scalars(query if only is None
                           else query.where(AgentVisitRequest.id == only)).all()
    out = []
    for a in rows:
        household, case, dwelling = _household_at(session, a.dwelling_id)
        status = {"declined": "declined", "cancelled": "cancelled"}.get(a.status, "planned")
        reason = a.answer if a.status == "declined" else a.cancel_reason
        out.append(AgendaItem(
            "agent_ask", a.id, a.on_day, a.start_minute, None, "", a.address,
            dwelling.label if dwelling else "", household.id if household else "",
            household.name if household else "", case.id if case else "", a.site_id,
            a.asked_by, names.get(a.asked_by, ""), status, a.status, reason))
    return out


def _household_at(session: Session, dwelling_id: str | None
                  ) -> tuple[Household | None, CaseFile | None, Dwelling | None]:
    """Who lives in a dwelling now, and their case file if this laptop holds it."""
    if dwelling_id is None:
        return None, None, None
    dwelling = session.get(Dwelling, dwelling_id)
    household = session.scalar(select(Household).where(
        Household.dwelling_id == dwelling_id, Household.deleted.is_(False))
        .order_by(Household.created_at.desc()).limit(1))
    case = session.scalar(select(CaseFile).where(
        CaseFile.household_id == household.id, CaseFile.deleted.is_(False))
        .limit(1)) if household is not None else None
    return household, case, dwelling


def item(session: Session, *, kind: str, record_id: str) -> AgendaItem | None:
    """One planned item as the agenda shows it (to change it from the screen showing it:
    a case's timeline, the follow-ups, the welcome sessions, a renovation dwelling)."""
    if kind not in KINDS:
        return None
    found = _READERS[kind](session, EARLIEST, LATEST, directory.names(session), record_id)
    return found[0] if found else None


EARLIEST, LATEST = date(1900, 1, 1), date(2200, 12, 31)
_READERS = {"visit": _visits, "office": _office, "welcome": _welcome, "access": _access,
            "followup": _followups, "referral": _referrals, "office_hours": _office_hours,
            "agent_ask": _agent_asks}


def case_choices(session: Session) -> list[CaseChoice]:
    """The case files that are not closed, by household name then address."""
    rows = session.execute(
        select(CaseFile, Household, Dwelling, Building)
        .join(Household, Household.id == CaseFile.household_id)
        .outerjoin(Dwelling, Dwelling.id == Household.dwelling_id)
        .outerjoin(Building, Building.id == Dwelling.building_id)
        .where(CaseFile.deleted.is_(False), CaseFile.status != "closed",
               Household.deleted.is_(False))).all()
    found = []
    for case, household, dwelling, building in rows:
        address, label = _where(dwelling, building)
        found.append(CaseChoice(case.id, household.name, address, label))
    return sorted(found, key=lambda c: (c.household_name.casefold(), c.address, c.dwelling))

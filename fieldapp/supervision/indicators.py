"""Indicators for a period and a site, each broken down by category and by operational
objective (and so by strategic axis): the supervisor's report to the regional level.

`indicators(s, start=, end=, site_id=None)` returns an IndicatorReport of IndicatorFacts
(indicator, category, objective, count); every count is a GROUP BY in the database. The
period is passed in (both ends included), never read from the clock.

What is counted (period = [start, end]):
- notes: case notes by kind (occurred_on), objective as written on the note ("-" if none);
- home_visits: visits planned in the period by status; a done visit with a note takes the
  note's objective;
- referrals / referral_outcomes: referrals made in the period by destination / by status;
- followups: follow-ups due in the period: done on time (done_on <= due_on), done late, or
  not done yet;
- welcome_sessions / welcome_attendance: sessions held, households attending;
- inventories_signed: renovation inventories frozen (first signature) in the period, by kind;
- help_needed: help-checklist items needed, arranged or done, last changed in the period;
- info_sessions / info_attendance: renovation information sessions held, households present;
- job_placements: social-clause jobs offered to tenants in the period, by outcome;
- accompaniment_minutes: minutes of accompaniment of renovation households, by activity;
- interventions: neighbourhood interventions by the request's category ("other" without one);
- the site assistant's office hours, support plans, internal requests and right-to-housing
  outcome (issue 17): see indicators_site_work.
- tenant_meetings / meeting_attendance / minutes_sent / meeting_actions: the collective
  assistants' meetings held in the period (fieldapp.supervision.indicators_collective).
Objectives other than the notes' come from supervision_labels (DEFAULT_OBJECTIVE,
INTERVENTION_OBJECTIVES).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal, select
from sqlalchemy.orm import Session

from fieldapp.casework.models import (
    CaseFile,
    CaseNote,
    FollowUp,
    HomeVisit,
    Referral,
    WelcomeAttendee,
    WelcomeSession,
)
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.neighbourhood.models import Intervention, NeighbourhoodRequest
from fieldapp.registry.models import Building, Dwelling, Site
from fieldapp.renovation.models import (
    AccompanimentTime,
    HelpItem,
    InfoSession,
    Inventory,
    JobPlacement,
    ProjectDwelling,
    RenovationProject,
)
from fieldapp.supervision.indicators_collective import collective_facts
from fieldapp.supervision.indicators_mentalhealth import consultation_facts
from fieldapp.supervision.indicators_site_work import site_work
from fieldapp.supervision.labels import (
    DEFAULT_OBJECTIVE,
    INTERVENTION_OBJECTIVES,
    NO_OBJECTIVE,
)
from fieldapp.supervision.views import IndicatorFact, IndicatorReport

BAD_PERIOD = QT_TRANSLATE_NOOP("errors", "The period must end on or after its first day.")
HELP_COUNTED = ("needed", "arranged", "done")


def _bounds(start: date, end: date) -> tuple[datetime, datetime]:
    return (datetime.combine(start, time.min, UTC),
            datetime.combine(end + timedelta(days=1), time.min, UTC))


def _facts(session: Session, indicator: str, query: Any) -> list[IndicatorFact]:
    return [IndicatorFact(indicator, str(cat), obj or NO_OBJECTIVE, int(n))
            for cat, obj, n in session.execute(query)]


def _live_cases(site_id: str | None) -> list[Any]:
    return [CaseFile.deleted.is_(False)] + ([CaseFile.site_id == site_id] if site_id else [])


def _casework(session: Session, start: date, end: date, site_id: str | None
              ) -> list[IndicatorFact]:
    live = _live_cases(site_id)
    facts = _facts(session, "notes", select(
        CaseNote.kind, CaseNote.objective, func.count()).join(
        CaseFile, CaseFile.id == CaseNote.case_id).where(
        *live, CaseNote.deleted.is_(False), CaseNote.occurred_on.between(start, end)).group_by(
        CaseNote.kind, CaseNote.objective))
    visit_obj = func.coalesce(CaseNote.objective, DEFAULT_OBJECTIVE["home_visits"])
    facts += _facts(session, "home_visits", select(
        HomeVisit.status, visit_obj, func.count()).join(
        CaseFile, CaseFile.id == HomeVisit.case_id).outerjoin(
        CaseNote, (CaseNote.id == HomeVisit.note_id) & CaseNote.deleted.is_(False)).where(
        *live, HomeVisit.deleted.is_(False), HomeVisit.planned_on.between(start, end)).group_by(
        HomeVisit.status, visit_obj))
    referrals = select(func.count()).select_from(Referral).join(
        CaseFile, CaseFile.id == Referral.case_id).where(
        *live, Referral.deleted.is_(False), Referral.referred_on.between(start, end))
    for indicator, column in (("referrals", Referral.destination),
                              ("referral_outcomes", Referral.status)):
        query = referrals.add_columns(column, literal(DEFAULT_OBJECTIVE[indicator])).group_by(
            column)
        facts += [IndicatorFact(indicator, cat, obj, n) for n, cat, obj in session.execute(query)]
    state = case((FollowUp.done.is_(False), "open"),
                 (FollowUp.done_on <= FollowUp.due_on, "on_time"), else_="late")
    facts += _facts(session, "followups", select(
        state, literal(DEFAULT_OBJECTIVE["followups"]), func.count()).select_from(FollowUp).join(
        CaseFile, CaseFile.id == FollowUp.case_id).where(
        *live, FollowUp.deleted.is_(False), FollowUp.cancelled_on.is_(None),  # called off
        FollowUp.due_on.between(start, end)).group_by(state))
    return facts


def _welcome(session: Session, start: date, end: date, site_id: str | None
             ) -> list[IndicatorFact]:
    where: list[ColumnElement[bool]] = [WelcomeSession.deleted.is_(False),
                                        WelcomeSession.status == "held",  # not planned ones
                                        WelcomeSession.held_on.between(start, end)]
    if site_id:
        where.append(WelcomeSession.site_id == site_id)
    facts = _facts(session, "welcome_sessions", select(
        literal("held"), literal(DEFAULT_OBJECTIVE["welcome_sessions"]), func.count())
        .select_from(WelcomeSession).where(
        *where).having(func.count() > 0))
    facts += _facts(session, "welcome_attendance", select(
        literal("attended"), literal(DEFAULT_OBJECTIVE["welcome_attendance"]),
        func.count()).select_from(WelcomeAttendee).join(
        WelcomeSession, WelcomeSession.id == WelcomeAttendee.session_id).where(
        *where, WelcomeAttendee.deleted.is_(False)).having(func.count() > 0))
    return facts


def _renovation(session: Session, start: date, end: date, site_id: str | None
                ) -> list[IndicatorFact]:
    lo, hi = _bounds(start, end)

    def on_site(query: Any, owner: Any) -> Any:
        query = query.join(ProjectDwelling, ProjectDwelling.id == owner)
        if site_id:
            query = (query.join(Dwelling, Dwelling.id == ProjectDwelling.dwelling_id)
                     .join(Building, Building.id == Dwelling.building_id)
                     .where(Building.site_id == site_id))
        return query.where(ProjectDwelling.deleted.is_(False))

    facts = _facts(session, "inventories_signed", on_site(select(
        Inventory.kind, literal(DEFAULT_OBJECTIVE["inventories_signed"]), func.count())
        .select_from(Inventory),
        Inventory.project_dwelling_id).where(
        Inventory.deleted.is_(False), Inventory.frozen_at >= lo, Inventory.frozen_at < hi)
        .group_by(Inventory.kind))
    facts += _facts(session, "help_needed", on_site(select(
        HelpItem.item, literal(DEFAULT_OBJECTIVE["help_needed"]), func.count())
        .select_from(HelpItem),
        HelpItem.project_dwelling_id).where(
        HelpItem.deleted.is_(False), HelpItem.status.in_(HELP_COUNTED),
        HelpItem.updated_at >= lo, HelpItem.updated_at < hi).group_by(HelpItem.item))
    facts += _facts(session, "job_placements", on_site(select(
        JobPlacement.outcome, literal(DEFAULT_OBJECTIVE["job_placements"]), func.count())
        .select_from(JobPlacement),
        JobPlacement.project_dwelling_id).where(
        JobPlacement.deleted.is_(False), JobPlacement.offered_on.between(start, end))
        .group_by(JobPlacement.outcome))
    facts += _facts(session, "accompaniment_minutes", on_site(select(
        AccompanimentTime.activity, literal(DEFAULT_OBJECTIVE["accompaniment_minutes"]),
        func.sum(AccompanimentTime.minutes)).select_from(AccompanimentTime),
        AccompanimentTime.project_dwelling_id).where(
        AccompanimentTime.deleted.is_(False), AccompanimentTime.on_day.between(start, end))
        .group_by(AccompanimentTime.activity))
    held = [InfoSession.deleted.is_(False), InfoSession.status == "held",
            InfoSession.held_on.between(start, end)]
    sessions = list(session.execute(select(InfoSession.attendee_household_ids, Site.id).join(
        RenovationProject, RenovationProject.id == InfoSession.project_id).outerjoin(
        Site, Site.id == RenovationProject.site_id).where(*held)))
    if site_id:
        sessions = [row for row in sessions if row[1] == site_id]
    if sessions:
        facts.append(IndicatorFact("info_sessions", "held", DEFAULT_OBJECTIVE["info_sessions"],
                                   len(sessions)))
        facts.append(IndicatorFact("info_attendance", "attended",
                                   DEFAULT_OBJECTIVE["info_attendance"],
                                   sum(len(ids or ()) for ids, _site in sessions)))
    return facts


def _interventions(session: Session, start: date, end: date, site_id: str | None
                   ) -> list[IndicatorFact]:
    lo, hi = _bounds(start, end)
    category = func.coalesce(NeighbourhoodRequest.category, "other")
    query = select(category, func.count()).select_from(Intervention).outerjoin(
        NeighbourhoodRequest, NeighbourhoodRequest.id == Intervention.request_id).where(
        Intervention.deleted.is_(False), Intervention.occurred_at >= lo,
        Intervention.occurred_at < hi).group_by(category)
    if site_id:
        query = query.where(Intervention.site_id == site_id)
    return [IndicatorFact("interventions", cat, INTERVENTION_OBJECTIVES.get(cat, "3.3"), n)
            for cat, n in session.execute(query)]


def indicators(
    session: Session, *, start: date, end: date, site_id: str | None = None,
) -> IndicatorReport:
    if not isinstance(start, date) or not isinstance(end, date) or end < start:
        raise ValidationError(BAD_PERIOD)
    facts = (_casework(session, start, end, site_id) + _welcome(session, start, end, site_id)
             + _renovation(session, start, end, site_id)
             + _interventions(session, start, end, site_id)
             + site_work(session, start, end, site_id)
             + collective_facts(session, start, end, site_id)
             + consultation_facts(session, start, end, site_id))
    site_name = session.scalar(select(Site.name).where(Site.id == site_id)) if site_id else ""
    return IndicatorReport(start=start, end=end, site_id=site_id, site_name=site_name or "",
                           facts=tuple(f for f in facts if f.count))

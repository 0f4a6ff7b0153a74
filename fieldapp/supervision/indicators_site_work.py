"""Indicators of the site assistant's work added by issue 17: office hours, support plans,
requests to the company's departments and the right-to-housing outcome (arrears plans,
eviction procedure steps, outcomes) — the last counted under the sector vision's objective
2.3, "keep the right to housing". Every count is a GROUP BY over `[start, end]`."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from fieldapp.casework.models import CaseFile
from fieldapp.casework.site_work_models import (
    ArrearsPlan,
    HousingStep,
    InternalRequest,
    OfficeHoursContact,
    OfficeHoursSession,
    SupportGoal,
    SupportPlan,
)
from fieldapp.supervision.labels import DEFAULT_OBJECTIVE
from fieldapp.supervision.views import IndicatorFact


def _facts(session: Session, indicator: str, query: Any) -> list[IndicatorFact]:
    return [IndicatorFact(indicator, str(cat), DEFAULT_OBJECTIVE[indicator], int(n))
            for cat, n in session.execute(query)]


def _office_hours(session: Session, start: date, end: date, site_id: str | None
                  ) -> list[IndicatorFact]:
    where: list[ColumnElement[bool]] = [OfficeHoursSession.deleted.is_(False),
                                        OfficeHoursSession.held_on.between(start, end)]
    if site_id:
        where.append(OfficeHoursSession.site_id == site_id)
    facts = _facts(session, "office_hours_sessions", select(
        OfficeHoursSession.place, func.count()).where(*where).group_by(
        OfficeHoursSession.place))
    kind = case((OfficeHoursContact.quick_question.is_(True), "quick_question"),
                (OfficeHoursContact.case_id.is_(None), "no_case_file"), else_="case_file")
    contacts = select(func.count()).select_from(OfficeHoursContact).join(
        OfficeHoursSession, OfficeHoursSession.id == OfficeHoursContact.session_id).where(
        *where, OfficeHoursContact.deleted.is_(False))
    for indicator, column in (("office_hours_contacts", kind),
                              ("office_hours_themes", OfficeHoursContact.theme),
                              ("office_hours_referred", OfficeHoursContact.referred_to)):
        query = contacts.add_columns(column).group_by(column)
        facts += [IndicatorFact(indicator, str(cat), DEFAULT_OBJECTIVE[indicator], int(n))
                  for n, cat in session.execute(query)]
    return facts


def _housing(session: Session, start: date, end: date, site_id: str | None
             ) -> list[IndicatorFact]:
    """Arrears plans agreed in the period by where they stand; eviction steps and outcomes
    recorded for a day of the period: all under 2.3, keep the right to housing. Requests to
    the company's departments, asked in the period, by department (4.2, cooperate)."""
    live = [CaseFile.deleted.is_(False)] + ([CaseFile.site_id == site_id] if site_id else [])
    facts = _facts(session, "arrears_plans", select(ArrearsPlan.status, func.count()).join(
        CaseFile, CaseFile.id == ArrearsPlan.case_id).where(
        *live, ArrearsPlan.deleted.is_(False), ArrearsPlan.agreed_on.between(start, end))
        .group_by(ArrearsPlan.status))
    facts += _facts(session, "internal_requests", select(
        InternalRequest.department, func.count()).join(
        CaseFile, CaseFile.id == InternalRequest.case_id).where(
        *live, InternalRequest.deleted.is_(False), InternalRequest.asked_on.between(start, end))
        .group_by(InternalRequest.department))
    for indicator, kind in (("eviction_steps", "eviction"), ("housing_outcomes", "outcome")):
        facts += _facts(session, indicator, select(HousingStep.code, func.count()).join(
            CaseFile, CaseFile.id == HousingStep.case_id).where(
            *live, HousingStep.deleted.is_(False), HousingStep.kind == kind,
            HousingStep.on_day.between(start, end)).group_by(HousingStep.code))
    return facts


def _support(session: Session, start: date, end: date, site_id: str | None
             ) -> list[IndicatorFact]:
    """Support plans made in the period (team or restricted), goals reviewed in it by
    where they stand: individual support, 2.3."""
    live = [CaseFile.deleted.is_(False)] + ([CaseFile.site_id == site_id] if site_id else [])
    facts = _facts(session, "support_plans", select(
        SupportPlan.confidentiality, func.count()).join(
        CaseFile, CaseFile.id == SupportPlan.case_id).where(
        *live, SupportPlan.deleted.is_(False), SupportPlan.analysed_on.between(start, end))
        .group_by(SupportPlan.confidentiality))
    facts += _facts(session, "support_goals", select(SupportGoal.status, func.count()).join(
        SupportPlan, SupportPlan.id == SupportGoal.plan_id).join(
        CaseFile, CaseFile.id == SupportPlan.case_id).where(
        *live, SupportGoal.deleted.is_(False), SupportPlan.deleted.is_(False),
        SupportGoal.review_on.between(start, end)).group_by(SupportGoal.status))
    return facts


def site_work(session: Session, start: date, end: date, site_id: str | None
              ) -> list[IndicatorFact]:
    return (_office_hours(session, start, end, site_id)
            + _support(session, start, end, site_id)
            + _housing(session, start, end, site_id))




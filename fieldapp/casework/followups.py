"""Follow-ups with due dates, and the "today / overdue / this week" overview."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.casework.cases import get_live_case
from fieldapp.casework.models import CaseFile, FollowUp
from fieldapp.casework.site_work_models import InternalRequest
from fieldapp.casework.views import FollowUpOverview, FollowUpView
from fieldapp.casework.workers import check_worker
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.neighbourhood.models import Handoff
from fieldapp.records import common as rec
from fieldapp.registry.models import Building, Dwelling, Household, Site

FOLLOWUP_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This follow-up was not found.")
WEEK_AHEAD = 6  # "this week" = the six days after today


def _view(f: FollowUp, case: CaseFile, household_name: str) -> FollowUpView:
    return FollowUpView(
        id=f.id, case_id=f.case_id, household_id=case.household_id,
        household_name=household_name, due_on=f.due_on, text=f.text, done=f.done,
        done_on=f.done_on,
    )


def _view_of(session: Session, f: FollowUp) -> FollowUpView:
    case = session.get(CaseFile, f.case_id)
    assert case is not None
    household = session.get(Household, case.household_id)
    return _view(f, case, household.name if household else "")


def add_followup(
    session: Session, *, case_id: str, due_on: date, text: str, actor_id: str, today: date,
    assignee_id: str | None = None,
) -> FollowUpView:
    """A follow-up for the person who plans it, or for `assignee_id`: a colleague holding
    the case file's site key (issue 16)."""
    case = get_live_case(session, case_id)
    if assignee_id is not None and assignee_id != actor_id:
        check_worker(session, worker_id=assignee_id, site_id=case.site_id, actor_id=actor_id)
    text = rec.clean_text(
        text, empty_message=QT_TRANSLATE_NOOP("errors", "Say what needs to be followed up."),
        max_len=2_000,
    )
    if not isinstance(due_on, date):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A follow-up needs a due date."))
    if due_on < today:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The due date {due_on} is in the past. Choose today or a later date."
            ),
            due_on=due_on.isoformat(),
        )
    followup = FollowUp(case_id=case.id, due_on=due_on, text=text, done=False,
                        assignee_id=assignee_id or actor_id)
    rec.create(session, followup, actor_id=actor_id,
               collection_id=rec.casework_collection(case.site_id))
    return _view_of(session, followup)


def complete_followup(
    session: Session, *, followup_id: str, actor_id: str, today: date
) -> FollowUpView:
    if session.get(FollowUp, followup_id) is None and session.get(Handoff, followup_id) is not None:
        return _complete_handoff(session, followup_id, actor_id=actor_id, today=today)
    followup = rec.get_live(session, FollowUp, followup_id, FOLLOWUP_NOT_FOUND)
    if not followup.done:
        followup.done, followup.done_on = True, today
        rec.touch(session, followup, actor_id=actor_id)
    return _view_of(session, followup)


def reopen_followup(session: Session, *, followup_id: str, actor_id: str) -> FollowUpView:
    followup = rec.get_live(session, FollowUp, followup_id, FOLLOWUP_NOT_FOUND)
    if followup.done:
        followup.done, followup.done_on = False, None
        rec.touch(session, followup, actor_id=actor_id)
    return _view_of(session, followup)


def followup_overview(
    session: Session, *, today: date, site_id: str | None = None
) -> FollowUpOverview:
    """Open follow-ups due today, overdue (oldest first) and due in the next six days."""
    query = (
        select(FollowUp, CaseFile, Household.name)
        .join(CaseFile, CaseFile.id == FollowUp.case_id)
        .join(Household, Household.id == CaseFile.household_id)
        .where(FollowUp.done.is_(False), FollowUp.deleted.is_(False),
               FollowUp.cancelled_on.is_(None), CaseFile.deleted.is_(False),
               FollowUp.due_on <= today + timedelta(days=WEEK_AHEAD))
        .order_by(FollowUp.due_on, Household.name)
    )
    if site_id:
        query = query.where(CaseFile.site_id == site_id)
    views = [_view(f, c, name) for f, c, name in session.execute(query).all()]
    views = sorted(views + _handoff_views(session, today=today, site_id=site_id)
                   + _request_views(session, today=today, site_id=site_id),
                   key=lambda v: (v.due_on, v.household_name))
    return FollowUpOverview(
        today=tuple(v for v in views if v.due_on == today),
        overdue=tuple(v for v in views if v.due_on < today),
        this_week=tuple(v for v in views if v.due_on > today),
    )


def _handoff_views(session: Session, *, today: date, site_id: str | None) -> list[FollowUpView]:
    """Open hand-offs from neighbourhood agents, and the open items of a renovation project
    at its close-out, shown as follow-ups of origin "handoff"."""
    query = (
        select(Handoff, Household.name, CaseFile.id, Site.name, Building.name, Dwelling.label)
        .join(Site, Site.id == Handoff.site_id)
        .outerjoin(Building, Building.id == Handoff.building_id)
        .outerjoin(Dwelling, Dwelling.id == Handoff.dwelling_id)
        .outerjoin(Household, Household.id == Handoff.household_id)
        .outerjoin(CaseFile, (CaseFile.household_id == Handoff.household_id)
                   & CaseFile.deleted.is_(False))
        .where(Handoff.done.is_(False), Handoff.deleted.is_(False),
               Handoff.due_on <= today + timedelta(days=WEEK_AHEAD))
    )
    if site_id:
        query = query.where(Handoff.site_id == site_id)
    return [FollowUpView(id=h.id, case_id=case_id or "", household_id=h.household_id or "",
                         household_name=name or " · ".join(x for x in place if x),
                         due_on=h.due_on, text=h.summary, done=False, done_on=None,
                         origin="handoff", handed_by=h.origin or "neighbourhood")
            for h, name, case_id, *place in session.execute(query).all()]


def _request_views(session: Session, *, today: date, site_id: str | None) -> list[FollowUpView]:
    """Requests to a department still waiting for their answer, by the date it is wanted
    (origin "request"; `handed_by` names the department). Done when the answer is recorded."""
    query = (
        select(InternalRequest, CaseFile, Household.name)
        .join(CaseFile, CaseFile.id == InternalRequest.case_id)
        .join(Household, Household.id == CaseFile.household_id)
        .where(InternalRequest.answered_on.is_(None), InternalRequest.deleted.is_(False),
               CaseFile.deleted.is_(False),
               InternalRequest.due_on <= today + timedelta(days=WEEK_AHEAD))
    )
    if site_id:
        query = query.where(CaseFile.site_id == site_id)
    return [FollowUpView(id=r.id, case_id=r.case_id, household_id=case.household_id,
                         household_name=name, due_on=r.due_on, text=r.facts, done=False,
                         done_on=None, origin="request", handed_by=r.department)
            for r, case, name in session.execute(query).all()]


def _complete_handoff(session: Session, handoff_id: str, *, actor_id: str,
                      today: date) -> FollowUpView:
    handoff = rec.get_live(session, Handoff, handoff_id, FOLLOWUP_NOT_FOUND)
    if not handoff.done:
        handoff.done, handoff.done_on = True, today
        rec.touch(session, handoff, actor_id=actor_id)
    household = session.get(Household, handoff.household_id) if handoff.household_id else None
    return FollowUpView(id=handoff.id, case_id="", household_id=handoff.household_id or "",
                        household_name=household.name if household else "",
                        due_on=handoff.due_on, text=handoff.summary, done=True,
                        done_on=handoff.done_on, origin="handoff")

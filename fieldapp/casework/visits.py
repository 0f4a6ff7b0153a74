"""Home visits: planned, then recorded as done (optionally with a home-visit note)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.casework.appointments import check_time, clean_place
from fieldapp.casework.cases import add_note, get_live_case
from fieldapp.casework.models import CaseFile, HomeVisit
from fieldapp.casework.views import VisitView
from fieldapp.casework.workers import check_worker
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.registry.models import Household

VISIT_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This home visit was not found.")


def _view(session: Session, v: HomeVisit) -> VisitView:
    case = session.get(CaseFile, v.case_id)
    household = session.get(Household, case.household_id) if case else None
    return VisitView(
        id=v.id, case_id=v.case_id, household_name=household.name if household else "",
        planned_on=v.planned_on, purpose=v.purpose, status=v.status, done_on=v.done_on,
        note_id=v.note_id,
    )


def plan_visit(
    session: Session, *, case_id: str, planned_on: date, purpose: str, actor_id: str, today: date,
    start_minute: int | None = None, duration_minutes: int | None = None, place: str = "",
    worker_id: str | None = None,
) -> VisitView:
    """Plan a visit; with a start time (minutes after midnight, Brussels), a duration and a
    place it is on the agenda at that time (issue 16 item 4), else on its day."""
    case = get_live_case(session, case_id)
    if worker_id is not None and worker_id != actor_id:  # a colleague holding the site's key
        check_worker(session, worker_id=worker_id, site_id=case.site_id, actor_id=actor_id)
    if planned_on < today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A visit can't be planned in the past ({planned_on})."),
            planned_on=planned_on.isoformat(),
        )
    check_time(start_minute, duration_minutes)
    visit = HomeVisit(case_id=case.id, planned_on=planned_on, purpose=(purpose or "").strip(),
                      status="planned", start_minute=start_minute,
                      duration_minutes=duration_minutes, place=clean_place(place),
                      cancel_reason="", worker_id=worker_id or actor_id)
    rec.create(session, visit, actor_id=actor_id,
               collection_id=rec.casework_collection(case.site_id))
    return _view(session, visit)


def record_visit(
    session: Session, *, visit_id: str, done_on: date, actor_id: str,
    note_text: str | None = None, objective: str | None = None,
) -> VisitView:
    visit = rec.get_live(session, HomeVisit, visit_id, VISIT_NOT_FOUND)
    if visit.status == "cancelled":
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This visit was cancelled; plan a "
                                                          "new one instead."))
    if note_text is not None and note_text.strip():
        note = add_note(session, case_id=visit.case_id, kind="home_visit", text=note_text,
                        occurred_on=done_on, actor_id=actor_id, objective=objective)
        visit.note_id = note.id
    visit.status, visit.done_on = "done", done_on
    rec.touch(session, visit, actor_id=actor_id)
    return _view(session, visit)


def cancel_visit(session: Session, *, visit_id: str, actor_id: str) -> VisitView:
    visit = rec.get_live(session, HomeVisit, visit_id, VISIT_NOT_FOUND)
    if visit.status == "done":
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A visit that took place can't be "
                                                          "cancelled."))
    visit.status = "cancelled"
    rec.touch(session, visit, actor_id=actor_id)
    return _view(session, visit)


def planned_visits(
    session: Session, *, from_day: date, to_day: date, site_id: str | None = None
) -> list[VisitView]:
    query = (
        select(HomeVisit).join(CaseFile, CaseFile.id == HomeVisit.case_id)
        .where(HomeVisit.deleted.is_(False), HomeVisit.status == "planned",
               HomeVisit.planned_on >= from_day, HomeVisit.planned_on <= to_day)
        .order_by(HomeVisit.planned_on)
    )
    if site_id:
        query = query.where(CaseFile.site_id == site_id)
    return [_view(session, v) for v in session.scalars(query)]

"""The project's social clause and the accompaniment effort (issue 17 item 7): jobs offered
to tenants (the job, the employer — often the contractor —, start and end, the outcome), and
the time spent accompanying each household, both counted in the supervisor's indicators."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.registry.models import Dwelling, Household, Person
from fieldapp.renovation.labels import ACCOMPANIMENT_ACTIVITIES, PLACEMENT_OUTCOMES
from fieldapp.renovation.models import AccompanimentTime, JobPlacement, ProjectDwelling
from fieldapp.renovation.projects import get_live_project, require_open_dwelling
from fieldapp.renovation.views import AccompanimentView, HouseholdEffort, PlacementView

PLACEMENT_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This job placement was not found.")
JOB_EMPTY = QT_TRANSLATE_NOOP("errors", "Say which job was offered.")
EMPLOYER_EMPTY = QT_TRANSLATE_NOOP("errors", "Say who the employer is.")
BAD_OUTCOME = QT_TRANSLATE_NOOP("errors", "Choose how the placement turned out.")
BAD_DATES = QT_TRANSLATE_NOOP("errors", "A job cannot end before it starts.")
NOT_IN_HOUSEHOLD = QT_TRANSLATE_NOOP("errors", "This person does not live in the dwelling.")
BAD_MINUTES = QT_TRANSLATE_NOOP("errors", "Give the time spent: between 5 minutes and 12 "
                                          "hours.")
BAD_ACTIVITY = QT_TRANSLATE_NOOP("errors", "Choose what the time was spent on.")
IN_THE_FUTURE = QT_TRANSLATE_NOOP("errors", "Time cannot be recorded for a day to come.")


def _placement_view(session: Session, r: JobPlacement) -> PlacementView:
    household = session.get(Household, r.household_id) if r.household_id else None
    person = session.get(Person, r.person_id) if r.person_id else None
    return PlacementView(r.id, r.project_dwelling_id, household.name if household else "",
                         r.person_id, f"{person.first_name} {person.last_name}" if person
                         else "", r.job, r.employer, r.offered_on, r.starts_on, r.ends_on,
                         r.outcome, r.note)


def offer_job(session: Session, *, project_dwelling_id: str, job: str, employer: str,
              offered_on: date, actor_id: str, person_id: str | None = None,
              starts_on: date | None = None, ends_on: date | None = None,
              outcome: str = "offered", note: str = "") -> PlacementView:
    pd = require_open_dwelling(session, project_dwelling_id)
    job = rec.clean_text(job, empty_message=JOB_EMPTY, max_len=160)
    employer = rec.clean_text(employer, empty_message=EMPLOYER_EMPTY, max_len=160)
    rec.require_code(outcome, PLACEMENT_OUTCOMES, BAD_OUTCOME)
    if starts_on and ends_on and ends_on < starts_on:
        raise ValidationError(BAD_DATES)
    if person_id:
        person = session.get(Person, person_id)
        if person is None or person.household_id != pd.household_id:
            raise ValidationError(NOT_IN_HOUSEHOLD)
    row = JobPlacement(project_id=pd.project_id, project_dwelling_id=pd.id,
                       household_id=pd.household_id, person_id=person_id or None, job=job,
                       employer=employer, offered_on=offered_on, starts_on=starts_on,
                       ends_on=ends_on, outcome=outcome, note=note.strip()[:5_000])
    rec.create(session, row, actor_id=actor_id, collection_id=pd.collection_id)
    return _placement_view(session, row)


def update_placement(session: Session, *, placement_id: str, actor_id: str,
                     outcome: str | None = None, starts_on: date | None = None,
                     ends_on: date | None = None, note: str | None = None) -> PlacementView:
    row = rec.get_live(session, JobPlacement, placement_id, PLACEMENT_NOT_FOUND)
    require_open_dwelling(session, row.project_dwelling_id)
    if outcome is not None:
        row.outcome = rec.require_code(outcome, PLACEMENT_OUTCOMES, BAD_OUTCOME)
    starts = starts_on if starts_on is not None else row.starts_on
    ends = ends_on if ends_on is not None else row.ends_on
    if starts and ends and ends < starts:
        raise ValidationError(BAD_DATES)
    row.starts_on, row.ends_on = starts, ends
    if note is not None:
        row.note = note.strip()[:5_000]
    rec.touch(session, row, actor_id=actor_id)
    return _placement_view(session, row)


def placements(session: Session, *, project_id: str | None = None,
               project_dwelling_id: str | None = None) -> list[PlacementView]:
    query = select(JobPlacement).where(JobPlacement.deleted.is_(False))
    if project_id is not None:
        query = query.where(JobPlacement.project_id == project_id)
    if project_dwelling_id is not None:
        query = query.where(JobPlacement.project_dwelling_id == project_dwelling_id)
    rows = session.scalars(query.order_by(JobPlacement.offered_on, JobPlacement.created_at))
    return [_placement_view(session, r) for r in rows]


def record_time(session: Session, *, project_dwelling_id: str, on_day: date, minutes: int,
                activity: str, actor_id: str, today: date,
                note: str = "") -> AccompanimentView:
    pd = require_open_dwelling(session, project_dwelling_id)
    if not isinstance(minutes, int) or not 5 <= minutes <= 12 * 60:
        raise ValidationError(BAD_MINUTES)
    rec.require_code(activity, ACCOMPANIMENT_ACTIVITIES, BAD_ACTIVITY)
    if on_day > today:
        raise ValidationError(IN_THE_FUTURE)
    row = AccompanimentTime(project_id=pd.project_id, project_dwelling_id=pd.id,
                            household_id=pd.household_id, on_day=on_day, minutes=minutes,
                            activity=activity, note=note.strip()[:2_000])
    rec.create(session, row, actor_id=actor_id, collection_id=pd.collection_id)
    return AccompanimentView(row.id, pd.id, on_day, minutes, activity, row.note)


def time_spent(session: Session, *, project_dwelling_id: str) -> list[AccompanimentView]:
    rows = session.scalars(select(AccompanimentTime).where(
        AccompanimentTime.project_dwelling_id == project_dwelling_id,
        AccompanimentTime.deleted.is_(False)).order_by(AccompanimentTime.on_day.desc(),
                                                       AccompanimentTime.created_at.desc()))
    return [AccompanimentView(r.id, r.project_dwelling_id, r.on_day, r.minutes, r.activity,
                              r.note) for r in rows]


def effort_by_household(session: Session, *, project_id: str) -> list[HouseholdEffort]:
    """Hours of accompaniment and jobs offered, household by household."""
    project = get_live_project(session, project_id)
    minutes = {pd_id: n for pd_id, n in session.execute(select(
        AccompanimentTime.project_dwelling_id, func.sum(AccompanimentTime.minutes)).where(
        AccompanimentTime.project_id == project.id, AccompanimentTime.deleted.is_(False))
        .group_by(AccompanimentTime.project_dwelling_id))}
    jobs = {pd_id: n for pd_id, n in session.execute(select(
        JobPlacement.project_dwelling_id, func.count()).where(
        JobPlacement.project_id == project.id, JobPlacement.deleted.is_(False))
        .group_by(JobPlacement.project_dwelling_id))}
    out = []
    for pd in session.scalars(select(ProjectDwelling).where(
            ProjectDwelling.project_id == project.id, ProjectDwelling.deleted.is_(False))):
        dwelling = session.get(Dwelling, pd.dwelling_id)
        household = session.get(Household, pd.household_id) if pd.household_id else None
        out.append(HouseholdEffort(pd.id, dwelling.label if dwelling else "",
                                   household.name if household else "",
                                   int(minutes.get(pd.id) or 0), int(jobs.get(pd.id) or 0)))
    return sorted(out, key=lambda e: e.dwelling_label)


def household_people(session: Session, *, project_dwelling_id: str) -> list[tuple[str, str]]:
    """(person id, name) of the people of the dwelling's household, for a job offer."""
    pd = session.get(ProjectDwelling, project_dwelling_id)
    if pd is None or not pd.household_id:
        return []
    return [(p.id, f"{p.first_name} {p.last_name}") for p in session.scalars(
        select(Person).where(Person.household_id == pd.household_id,
                             Person.deleted.is_(False)).order_by(Person.first_name))]

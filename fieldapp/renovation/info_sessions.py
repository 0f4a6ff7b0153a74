"""The information session before the works (issue 17 item 7): planned with a date, a time
and a place; the households invited (each gets an invitation in its language); then who came
— households, and the staff and contractors present —, the questions asked with their
answers, and the minutes (printed in NL or FR)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.registry.models import Household
from fieldapp.renovation.labels import PARTY_ROLES
from fieldapp.renovation.models import InfoQuestion, InfoSession, ProjectDwelling
from fieldapp.renovation.projects import require_open_project
from fieldapp.renovation.views import InfoQuestionView, InfoSessionDetail

SESSION_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This information session was not found.")
QUESTION_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This question was not found.")
QUESTION_EMPTY = QT_TRANSLATE_NOOP("errors", "Write the question that was asked.")
BAD_TIME = QT_TRANSLATE_NOOP("errors", "Give a time between 00:00 and 23:59.")
BAD_ROLE = QT_TRANSLATE_NOOP("errors", "Choose the role of each person present.")
NAME_EMPTY = QT_TRANSLATE_NOOP("errors", "Give the name of each person present.")
NOT_IN_PROJECT = QT_TRANSLATE_NOOP("errors", "Only households of the project's dwellings can "
                                             "be invited or present.")
IN_THE_PAST = QT_TRANSLATE_NOOP("errors", "A session cannot be planned in the past.")


def get_live_session(session: Session, info_session_id: str) -> InfoSession:
    return rec.get_live(session, InfoSession, info_session_id, SESSION_NOT_FOUND)


def _open_session(session: Session, info_session_id: str) -> InfoSession:
    row = get_live_session(session, info_session_id)
    require_open_project(session, row.project_id)
    return row


def project_households(session: Session, project_id: str) -> list[str]:
    return sorted({h for h in session.scalars(select(ProjectDwelling.household_id).where(
        ProjectDwelling.project_id == project_id, ProjectDwelling.deleted.is_(False),
        ProjectDwelling.household_id.is_not(None))) if h})


def _check_households(session: Session, project_id: str, ids: list[str]) -> list[str]:
    ids = sorted(set(ids))
    if set(ids) - set(project_households(session, project_id)):
        raise ValidationError(NOT_IN_PROJECT)
    return ids


def plan_session(session: Session, *, project_id: str, held_on: date, actor_id: str,
                 today: date, start_minute: int | None = None, place: str = "",
                 invited_household_ids: list[str] | None = None) -> InfoSessionDetail:
    """A session to come; every household of the project is invited unless told otherwise."""
    project = require_open_project(session, project_id)
    if held_on < today:
        raise ValidationError(IN_THE_PAST)
    if start_minute is not None and not 0 <= start_minute < 24 * 60:
        raise ValidationError(BAD_TIME)
    invited = (project_households(session, project.id) if invited_household_ids is None
               else _check_households(session, project.id, invited_household_ids))
    row = InfoSession(project_id=project.id, held_on=held_on, place=place.strip()[:160],
                      attendee_household_ids=[], questions="", status="planned",
                      start_minute=start_minute, invited_household_ids=invited,
                      staff_present=[], minutes="")
    rec.create(session, row, actor_id=actor_id, collection_id=project.collection_id)
    return detail(session, info_session_id=row.id)


def record_attendance(session: Session, *, info_session_id: str,
                      attendee_household_ids: list[str], staff_present: list[tuple[str, str]],
                      actor_id: str) -> InfoSessionDetail:
    """Who came: households of the project, and the staff and contractors (role, name)."""
    row = _open_session(session, info_session_id)
    attendees = _check_households(session, row.project_id, attendee_household_ids)
    staff: list[list[str]] = []
    for role, name in staff_present:
        rec.require_code(role, PARTY_ROLES, BAD_ROLE)
        staff.append([role, rec.clean_text(name, empty_message=NAME_EMPTY, max_len=160)])
    row.attendee_household_ids, row.staff_present, row.status = attendees, staff, "held"
    rec.touch(session, row, actor_id=actor_id)
    return detail(session, info_session_id=row.id)


def add_question(session: Session, *, info_session_id: str, question: str, actor_id: str,
                 answer: str = "", answered_by: str = "",
                 household_id: str | None = None) -> InfoQuestionView:
    row = _open_session(session, info_session_id)
    text = rec.clean_text(question, empty_message=QUESTION_EMPTY, max_len=5_000)
    if household_id:
        _check_households(session, row.project_id, [household_id])
    if answered_by:
        rec.require_code(answered_by, PARTY_ROLES, BAD_ROLE)
    position = session.scalar(select(func.count()).select_from(InfoQuestion).where(
        InfoQuestion.info_session_id == row.id)) or 0
    q = InfoQuestion(info_session_id=row.id, position=position, household_id=household_id,
                     question=text, answer=answer.strip()[:10_000], answered_by=answered_by)
    rec.create(session, q, actor_id=actor_id, collection_id=row.collection_id)
    return _question_view(session, q)


def answer_question(session: Session, *, question_id: str, answer: str, actor_id: str,
                    answered_by: str = "") -> InfoQuestionView:
    q = rec.get_live(session, InfoQuestion, question_id, QUESTION_NOT_FOUND)
    _open_session(session, q.info_session_id)
    if answered_by:
        rec.require_code(answered_by, PARTY_ROLES, BAD_ROLE)
    q.answer, q.answered_by = answer.strip()[:10_000], answered_by
    rec.touch(session, q, actor_id=actor_id)
    return _question_view(session, q)


def update_question(session: Session, *, question_id: str, question: str, actor_id: str,
                    answer: str = "", answered_by: str = "",
                    household_id: str | None = None) -> InfoQuestionView:
    """Correct a question as noted: its words, who asked, the answer and who gave it."""
    q = rec.get_live(session, InfoQuestion, question_id, QUESTION_NOT_FOUND)
    row = _open_session(session, q.info_session_id)
    text = rec.clean_text(question, empty_message=QUESTION_EMPTY, max_len=5_000)
    if household_id:
        _check_households(session, row.project_id, [household_id])
    if answered_by:
        rec.require_code(answered_by, PARTY_ROLES, BAD_ROLE)
    new = (text, household_id or None, answer.strip()[:10_000], answered_by)
    if (q.question, q.household_id, q.answer, q.answered_by) != new:
        q.question, q.household_id, q.answer, q.answered_by = new
        rec.touch(session, q, actor_id=actor_id)
    return _question_view(session, q)


def set_minutes(session: Session, *, info_session_id: str, minutes: str,
                actor_id: str) -> InfoSessionDetail:
    row = _open_session(session, info_session_id)
    row.minutes = minutes.strip()[:50_000]
    rec.touch(session, row, actor_id=actor_id)
    return detail(session, info_session_id=row.id)


def _question_view(session: Session, q: InfoQuestion) -> InfoQuestionView:
    household = session.get(Household, q.household_id) if q.household_id else None
    return InfoQuestionView(q.id, q.info_session_id, q.position, q.household_id,
                            household.name if household else "", q.question, q.answer,
                            q.answered_by)


def detail(session: Session, *, info_session_id: str) -> InfoSessionDetail:
    row = get_live_session(session, info_session_id)
    questions = session.scalars(select(InfoQuestion).where(
        InfoQuestion.info_session_id == row.id, InfoQuestion.deleted.is_(False))
        .order_by(InfoQuestion.position, InfoQuestion.created_at))
    return InfoSessionDetail(
        row.id, row.project_id, row.held_on, row.start_minute, row.place, row.status,
        tuple(row.invited_household_ids or ()), tuple(row.attendee_household_ids or ()),
        tuple((str(r), str(n)) for r, n in (row.staff_present or ())),
        tuple(_question_view(session, q) for q in questions), row.minutes, row.questions)


def sessions_of(session: Session, *, project_id: str) -> list[InfoSessionDetail]:
    ids = session.scalars(select(InfoSession.id).where(
        InfoSession.project_id == project_id, InfoSession.deleted.is_(False))
        .order_by(InfoSession.held_on, InfoSession.created_at))
    return [detail(session, info_session_id=i) for i in ids]


def invited_dwellings(session: Session, *, info_session_id: str) -> list[str]:
    """The project-dwelling ids of the invited households (one invitation each)."""
    row = get_live_session(session, info_session_id)
    invited = set(row.invited_household_ids or ())
    return [pd.id for pd in session.scalars(select(ProjectDwelling).where(
        ProjectDwelling.project_id == row.project_id, ProjectDwelling.deleted.is_(False)))
        if pd.household_id in invited]

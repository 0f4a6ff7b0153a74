"""The activity log: permanences, coffee moments, events and workshop series (sessions,
trainer, facilitators, participant counts, closing individual session, feedback, new
questions, follow-up offered). Participants are counted; a name is kept only with the
person's consent, which the worker confirms (issue 19)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.community.labels import ACTIVITY_KINDS
from fieldapp.community.models import PscAction, PscActivity, PscProject
from fieldapp.community.plan import ACTION_NOT_FOUND
from fieldapp.community.projects import NOT_FOUND as PROJECT_NOT_FOUND
from fieldapp.community.projects import collection
from fieldapp.community.views import ActivityView, WorkshopSession
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec

TITLE_EMPTY = QT_TRANSLATE_NOOP("errors", "Give the activity a title.")
BAD_KIND = QT_TRANSLATE_NOOP("errors", "Choose what kind of activity this was.")
BAD_COUNT = QT_TRANSLATE_NOOP("errors", "A number of participants is 0 or more.")
NO_CONSENT = QT_TRANSLATE_NOOP(
    "errors", "Participants are named only with their consent: tick that they agreed, or "
              "leave the names out and give the number only.")
MORE_NAMES = QT_TRANSLATE_NOOP(
    "errors", "More participants are named ({named}) than were counted ({count}).")
NOT_A_SERIES = QT_TRANSLATE_NOOP(
    "errors", "Sessions, a trainer and a closing session belong to a workshop series.")


def _count(value: int) -> int:
    if not isinstance(value, int) or value < 0:
        raise ValidationError(BAD_COUNT)
    return value


def _view(row: PscActivity) -> ActivityView:
    return ActivityView(
        id=row.id, project_id=row.project_id, action_id=row.action_id, kind=row.kind,
        title=row.title, held_on=row.held_on, place=row.place, participants=row.participants,
        named_participants=tuple(row.named_participants or []), notes=row.notes,
        trainer=row.trainer, facilitators=tuple(row.facilitators or []),
        sessions=tuple(WorkshopSession(date.fromisoformat(s["on"]), str(s.get("topic", "")),
                                       int(s.get("participants", 0)))
                       for s in row.sessions or []),
        closing_session_on=row.closing_session_on,
        closing_participants=row.closing_participants, feedback=row.feedback,
        new_questions=row.new_questions, follow_up=row.follow_up)


def log_activity(
    session: Session, *, project_id: str, kind: str, title: str, held_on: date,
    participants: int, actor_id: str, action_id: str | None = None, place: str = "",
    named_participants: Sequence[str] = (), consent_given: bool = False, notes: str = "",
    trainer: str = "", facilitators: Sequence[str] = (),
    sessions: Sequence[WorkshopSession] = (), closing_session_on: date | None = None,
    closing_participants: int = 0, feedback: str = "", new_questions: str = "",
    follow_up: str = "",
) -> ActivityView:
    rec.get_live(session, PscProject, project_id, PROJECT_NOT_FOUND)
    rec.require_code(kind, ACTIVITY_KINDS, BAD_KIND)
    if action_id:
        rec.get_live(session, PscAction, action_id, ACTION_NOT_FOUND)
    names = [n.strip() for n in named_participants if n.strip()]
    if names and not consent_given:
        raise ValidationError(NO_CONSENT)
    count = _count(participants)
    if len(names) > count:
        raise ValidationError(MORE_NAMES, named=len(names), count=count)
    series = [s for s in sessions]
    if kind != "workshop" and (series or trainer.strip() or closing_session_on):
        raise ValidationError(NOT_A_SERIES)
    for s in series:
        _count(s.participants)
    row = PscActivity(
        project_id=project_id, action_id=action_id or None, kind=kind,
        title=rec.clean_text(title, empty_message=TITLE_EMPTY, max_len=200),
        held_on=min([held_on, *(s.on for s in series)]), place=place.strip(),
        participants=count, named_participants=names, notes=notes.strip(),
        trainer=trainer.strip(), facilitators=[f.strip() for f in facilitators if f.strip()],
        sessions=[{"on": s.on.isoformat(), "topic": s.topic.strip(),
                   "participants": s.participants} for s in sorted(series, key=lambda s: s.on)],
        closing_session_on=closing_session_on,
        closing_participants=_count(closing_participants), feedback=feedback.strip(),
        new_questions=new_questions.strip(), follow_up=follow_up.strip())
    rec.create(session, row, actor_id=actor_id, collection_id=collection(session))
    return _view(row)


def list_activities(session: Session, *, project_id: str, year: int) -> list[ActivityView]:
    rows = session.scalars(select(PscActivity).where(
        PscActivity.project_id == project_id, PscActivity.deleted.is_(False),
        PscActivity.held_on >= date(year, 1, 1), PscActivity.held_on <= date(year, 12, 31))
        .order_by(PscActivity.held_on, PscActivity.title))
    return [_view(r) for r in rows]

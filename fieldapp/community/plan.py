"""The yearly action plan (actions tied to a PSC objective and a sector objective) and the
yearly self-evaluation per objective (issue 19)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.community.labels import ACTION_STATUSES, SECTOR_OBJECTIVES
from fieldapp.community.models import PscAction, PscEvaluation, PscProject
from fieldapp.community.projects import NOT_FOUND as PROJECT_NOT_FOUND
from fieldapp.community.projects import collection, get_project
from fieldapp.community.views import ActionView
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec

ACTION_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This action is no longer in the plan.")
TITLE_EMPTY = QT_TRANSLATE_NOOP("errors", "Give the action a title.")
BAD_OBJECTIVE = QT_TRANSLATE_NOOP("errors", "Choose one of the project's objectives.")
BAD_SECTOR = QT_TRANSLATE_NOOP("errors", "Choose one of the sector's objectives.")
BAD_STATUS = QT_TRANSLATE_NOOP("errors", "Unknown status of an action.")
BAD_YEAR = QT_TRANSLATE_NOOP("errors", "The plan's year must lie between 2000 and 2100.")


def _check_year(year: int) -> int:
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        raise ValidationError(BAD_YEAR)
    return year


def _view(row: PscAction) -> ActionView:
    return ActionView(row.id, row.project_id, row.year, row.title, row.description,
                      row.psc_objective, row.sector_objective, row.target, row.status)


def _objective(session: Session, project_id: str, code: str) -> str:
    if code not in get_project(session, project_id).objectives():
        raise ValidationError(BAD_OBJECTIVE)
    return code


def add_action(session: Session, *, project_id: str, year: int, title: str,
               psc_objective: str, sector_objective: str = "", description: str = "",
               target: str = "", actor_id: str) -> ActionView:
    rec.get_live(session, PscProject, project_id, PROJECT_NOT_FOUND)
    if sector_objective:
        rec.require_code(sector_objective, SECTOR_OBJECTIVES, BAD_SECTOR)
    row = PscAction(
        project_id=project_id, year=_check_year(year),
        title=rec.clean_text(title, empty_message=TITLE_EMPTY, max_len=200),
        psc_objective=_objective(session, project_id, psc_objective),
        sector_objective=sector_objective, description=description.strip(),
        target=target.strip(), status="planned")
    rec.create(session, row, actor_id=actor_id, collection_id=collection(session))
    return _view(row)


def set_action_status(session: Session, *, action_id: str, status: str,
                      actor_id: str) -> ActionView:
    row = rec.get_live(session, PscAction, action_id, ACTION_NOT_FOUND)
    row.status = rec.require_code(status, ACTION_STATUSES, BAD_STATUS)
    rec.touch(session, row, actor_id=actor_id)
    return _view(row)


def list_actions(session: Session, *, project_id: str, year: int) -> list[ActionView]:
    rows = session.scalars(select(PscAction).where(
        PscAction.project_id == project_id, PscAction.year == year,
        PscAction.deleted.is_(False)).order_by(PscAction.psc_objective, PscAction.title))
    return [_view(r) for r in rows]


def set_evaluation(session: Session, *, project_id: str, year: int, objective: str,
                   text: str, actor_id: str) -> None:
    """The self-evaluation of `objective` (or "overall") for `year`: one record each."""
    if objective != "overall":
        _objective(session, project_id, objective)
    _check_year(year)
    row = session.scalar(select(PscEvaluation).where(
        PscEvaluation.project_id == project_id, PscEvaluation.year == year,
        PscEvaluation.objective == objective, PscEvaluation.deleted.is_(False)))
    if row is None:
        rec.create(session, PscEvaluation(project_id=project_id, year=year,
                                          objective=objective, text=text.strip()),
                   actor_id=actor_id, collection_id=collection(session))
    elif row.text != text.strip():
        row.text = text.strip()
        rec.touch(session, row, actor_id=actor_id)


def evaluations(session: Session, *, project_id: str, year: int) -> dict[str, str]:
    rows = session.scalars(select(PscEvaluation).where(
        PscEvaluation.project_id == project_id, PscEvaluation.year == year,
        PscEvaluation.deleted.is_(False)))
    return {r.objective: r.text for r in rows}

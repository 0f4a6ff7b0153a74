"""The works schedule of a project — phases for the whole project, one of its buildings or
one dwelling — and the letters printed for households (notices, invitations)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.registry.models import Building, Dwelling
from fieldapp.renovation.labels import LETTER_KINDS, PHASE_KINDS
from fieldapp.renovation.models import ProjectDwelling, TenantLetter, WorksPhase
from fieldapp.renovation.projects import (
    get_live_dwelling,
    require_open_dwelling,
    require_open_project,
)
from fieldapp.renovation.views import LetterView, PhaseView

PHASE_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This phase of the works was not found.")
BAD_KIND = QT_TRANSLATE_NOOP("errors", "Choose what the works of this phase are.")
BAD_DATES = QT_TRANSLATE_NOOP("errors", "A phase cannot end before it starts.")
NOT_IN_PROJECT = QT_TRANSLATE_NOOP("errors", "This building has no dwelling in the project.")
ONE_PLACE = QT_TRANSLATE_NOOP("errors", "A phase concerns the whole project, one building or "
                                        "one dwelling — not several.")
BAD_LETTER = QT_TRANSLATE_NOOP("errors", "Unknown kind of letter '{kind}'.")


def _building_of(session: Session, pd: ProjectDwelling) -> str | None:
    dwelling = session.get(Dwelling, pd.dwelling_id)
    return dwelling.building_id if dwelling else None


def project_buildings(session: Session, *, project_id: str) -> list[tuple[str, str]]:
    """(building id, name) of the buildings the project's dwellings are in, by name."""
    rows = session.execute(
        select(Building.id, Building.name).join(Dwelling, Dwelling.building_id == Building.id)
        .join(ProjectDwelling, ProjectDwelling.dwelling_id == Dwelling.id)
        .where(ProjectDwelling.project_id == project_id, ProjectDwelling.deleted.is_(False))
        .distinct().order_by(Building.name))
    return [(bid, name) for bid, name in rows]


def _view(session: Session, ph: WorksPhase) -> PhaseView:
    scope, place = "project", ""
    if ph.project_dwelling_id:
        pd = session.get(ProjectDwelling, ph.project_dwelling_id)
        dwelling = session.get(Dwelling, pd.dwelling_id) if pd else None
        building = session.get(Building, dwelling.building_id) if dwelling else None
        scope = "dwelling"
        place = " · ".join(x for x in (building.name if building else "",
                                       dwelling.label if dwelling else "") if x)
    elif ph.building_id:
        building = session.get(Building, ph.building_id)
        scope, place = "building", building.name if building else ""
    return PhaseView(ph.id, ph.project_id, ph.kind, ph.description, ph.starts_on, ph.ends_on,
                     ph.access_needed, scope, ph.building_id, ph.project_dwelling_id, place)


def add_phase(
    session: Session, *, project_id: str, kind: str, starts_on: date, ends_on: date,
    actor_id: str, building_id: str | None = None, project_dwelling_id: str | None = None,
    description: str = "", access_needed: bool = False,
) -> PhaseView:
    project = require_open_project(session, project_id)
    rec.require_code(kind, PHASE_KINDS, BAD_KIND)
    if ends_on < starts_on:
        raise ValidationError(BAD_DATES)
    if building_id and project_dwelling_id:
        raise ValidationError(ONE_PLACE)
    if project_dwelling_id:
        pd = get_live_dwelling(session, project_dwelling_id)
        if pd.project_id != project.id:
            raise ValidationError(NOT_IN_PROJECT)
    if building_id and building_id not in {b for b, _ in project_buildings(
            session, project_id=project.id)}:
        raise ValidationError(NOT_IN_PROJECT)
    row = WorksPhase(project_id=project.id, building_id=building_id or None,
                     project_dwelling_id=project_dwelling_id or None, kind=kind,
                     description=description.strip()[:2_000], starts_on=starts_on,
                     ends_on=ends_on, access_needed=access_needed)
    rec.create(session, row, actor_id=actor_id, collection_id=project.collection_id)
    return _view(session, row)


def remove_phase(session: Session, *, phase_id: str, actor_id: str) -> None:
    row = rec.get_live(session, WorksPhase, phase_id, PHASE_NOT_FOUND)
    require_open_project(session, row.project_id)
    row.deleted = True
    rec.touch(session, row, actor_id=actor_id)


def list_phases(session: Session, *, project_id: str) -> list[PhaseView]:
    rows = session.scalars(select(WorksPhase).where(
        WorksPhase.project_id == project_id, WorksPhase.deleted.is_(False))
        .order_by(WorksPhase.starts_on, WorksPhase.ends_on, WorksPhase.created_at))
    return [_view(session, r) for r in rows]


def phases_for_dwelling(session: Session, *, project_dwelling_id: str) -> list[PhaseView]:
    """What the household lives through: the project's phases for everyone, for their
    building and for their dwelling, by start date."""
    pd = get_live_dwelling(session, project_dwelling_id)
    building_id = _building_of(session, pd)
    return [p for p in list_phases(session, project_id=pd.project_id)
            if p.scope == "project" or (p.scope == "building" and p.building_id == building_id)
            or p.project_dwelling_id == pd.id]


def record_letter(session: Session, *, project_dwelling_id: str, kind: str, language: str,
                  issued_on: date, actor_id: str,
                  info_session_id: str | None = None) -> LetterView:
    """Keep that a notice or an invitation was printed for the household (and in which
    language); the letter itself is the PDF given to them."""
    rec.require_code(kind, LETTER_KINDS, BAD_LETTER, kind=str(kind))
    pd = require_open_dwelling(session, project_dwelling_id)
    row = TenantLetter(project_id=pd.project_id, project_dwelling_id=pd.id,
                       household_id=pd.household_id, kind=kind, language=language,
                       issued_on=issued_on, info_session_id=info_session_id)
    rec.create(session, row, actor_id=actor_id, collection_id=pd.collection_id)
    return _letter_view(row)


def _letter_view(r: TenantLetter) -> LetterView:
    return LetterView(r.id, r.project_dwelling_id, r.kind, r.language, r.issued_on,
                      r.info_session_id)


def letters(session: Session, *, project_dwelling_id: str | None = None,
            info_session_id: str | None = None) -> list[LetterView]:
    query = select(TenantLetter).where(TenantLetter.deleted.is_(False))
    if project_dwelling_id is not None:
        query = query.where(TenantLetter.project_dwelling_id == project_dwelling_id)
    if info_session_id is not None:
        query = query.where(TenantLetter.info_session_id == info_session_id)
    return [_letter_view(r) for r in session.scalars(query.order_by(TenantLetter.issued_on))]

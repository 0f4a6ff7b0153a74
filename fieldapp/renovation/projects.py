"""Renovation projects and the dwellings in their scope (collection ``renovation:<project>``)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.records.base import new_id
from fieldapp.registry.models import Building, Dwelling, Household, Site
from fieldapp.renovation.labels import OPEN_HELP_STATUSES, PROJECT_STATUSES
from fieldapp.renovation.models import (
    AccessAppointment,
    ContactEntry,
    HelpItem,
    Inventory,
    ProjectDwelling,
    RenovationProject,
)
from fieldapp.renovation.views import DwellingChoice, DwellingStatusRow, ProjectView

PROJECT_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This renovation project was not found.")
DWELLING_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This dwelling is not part of the project.")
NAME_EMPTY = QT_TRANSLATE_NOOP("errors", "Give the project a name.")
BAD_DATES = QT_TRANSLATE_NOOP("errors", "The works cannot end before they start.")
BAD_STATUS = QT_TRANSLATE_NOOP("errors", "Unknown project status '{status}'.")
REGISTRY_DWELLING_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This dwelling was not found.")
ARCHIVED = QT_TRANSLATE_NOOP("errors", "This project is archived: it can no longer be "
                                       "changed.")
CLOSE_OUT_ONLY = QT_TRANSLATE_NOOP("errors", "A project is archived by its close-out, when "
                                             "the works end.")


def collection_of(project_id: str) -> str:
    return f"renovation:{project_id}"


def get_live_project(session: Session, project_id: str) -> RenovationProject:
    return rec.get_live(session, RenovationProject, project_id, PROJECT_NOT_FOUND)


def get_live_dwelling(session: Session, project_dwelling_id: str) -> ProjectDwelling:
    return rec.get_live(session, ProjectDwelling, project_dwelling_id, DWELLING_NOT_FOUND)


def require_open_project(session: Session, project_id: str) -> RenovationProject:
    """The project, unless it was archived at its close-out (read-only from then on)."""
    project = get_live_project(session, project_id)
    if project.status == "archived":
        raise ValidationError(ARCHIVED)
    return project


def require_open_dwelling(session: Session, project_dwelling_id: str) -> ProjectDwelling:
    """A dwelling of a project that is not archived."""
    pd = get_live_dwelling(session, project_dwelling_id)
    require_open_project(session, pd.project_id)
    return pd


def _view(session: Session, p: RenovationProject) -> ProjectView:
    count = session.scalar(select(func.count()).select_from(ProjectDwelling).where(
        ProjectDwelling.project_id == p.id, ProjectDwelling.deleted.is_(False))) or 0
    return ProjectView(p.id, p.name, p.site_id, p.description, p.starts_on, p.ends_on,
                       p.project_manager, p.contractor, p.surveyor, p.status, count,
                       p.works_ended_on, p.archived_on)


def _check_dates(starts_on: date | None, ends_on: date | None) -> None:
    if starts_on and ends_on and ends_on < starts_on:
        raise ValidationError(BAD_DATES)


def create_project(
    session: Session, *, name: str, actor_id: str, site_id: str | None = None,
    description: str = "", starts_on: date | None = None, ends_on: date | None = None,
    project_manager: str = "", contractor: str = "", surveyor: str = "",
) -> ProjectView:
    name = rec.clean_text(name, empty_message=NAME_EMPTY, max_len=160)
    _check_dates(starts_on, ends_on)
    project = RenovationProject(
        id=new_id(), name=name, site_id=site_id or None, description=description.strip(),
        starts_on=starts_on, ends_on=ends_on, project_manager=project_manager.strip(),
        contractor=contractor.strip(), surveyor=surveyor.strip(), status="preparation")
    rec.create(session, project, actor_id=actor_id, collection_id=collection_of(project.id))
    return _view(session, project)


def update_project(session: Session, *, project_id: str, actor_id: str,
                   **changes: object) -> ProjectView:
    """Change any of name, description, starts_on, ends_on, project_manager, contractor,
    surveyor, status (unknown keys are a programming error)."""
    project = require_open_project(session, project_id)
    allowed = {"name", "description", "starts_on", "ends_on", "project_manager",
               "contractor", "surveyor", "status"}
    if set(changes) - allowed:
        raise TypeError(f"unknown fields: {sorted(set(changes) - allowed)}")
    if "name" in changes:
        changes["name"] = rec.clean_text(changes["name"], empty_message=NAME_EMPTY, max_len=160)
    if "status" in changes:
        rec.require_code(changes["status"], PROJECT_STATUSES, BAD_STATUS,
                         status=str(changes["status"]))
        if changes["status"] == "archived":
            raise ValidationError(CLOSE_OUT_ONLY)
    starts = changes.get("starts_on", project.starts_on)
    ends = changes.get("ends_on", project.ends_on)
    _check_dates(starts, ends)  # type: ignore[arg-type]
    for key, value in changes.items():
        setattr(project, key, value.strip() if isinstance(value, str) else value)
    rec.touch(session, project, actor_id=actor_id)
    return _view(session, project)


def list_projects(session: Session) -> list[ProjectView]:
    rows = session.scalars(select(RenovationProject).where(
        RenovationProject.deleted.is_(False)).order_by(RenovationProject.name))
    return [_view(session, p) for p in rows]


def get_project(session: Session, *, project_id: str) -> ProjectView:
    return _view(session, get_live_project(session, project_id))


def add_dwellings(session: Session, *, project_id: str, dwelling_ids: list[str],
                  actor_id: str) -> list[str]:
    """Put registry dwellings in scope (each once); returns the project-dwelling ids."""
    project = require_open_project(session, project_id)
    existing = {d.dwelling_id: d.id for d in session.scalars(select(ProjectDwelling).where(
        ProjectDwelling.project_id == project.id, ProjectDwelling.deleted.is_(False)))}
    ids = []
    for dwelling_id in dwelling_ids:
        if dwelling_id in existing:
            ids.append(existing[dwelling_id])
            continue
        dwelling = rec.get_live(session, Dwelling, dwelling_id, REGISTRY_DWELLING_NOT_FOUND)
        household = session.scalar(select(Household).where(
            Household.dwelling_id == dwelling.id, Household.deleted.is_(False)).limit(1))
        row = ProjectDwelling(project_id=project.id, dwelling_id=dwelling.id,
                              household_id=household.id if household else None,
                              access_status="to_plan", open_questions="")
        rec.create(session, row, actor_id=actor_id, collection_id=project.collection_id)
        existing[dwelling_id] = row.id
        ids.append(row.id)
    return ids


def set_open_questions(session: Session, *, project_dwelling_id: str, text: str,
                       actor_id: str) -> None:
    row = require_open_dwelling(session, project_dwelling_id)
    row.open_questions = text.strip()
    rec.touch(session, row, actor_id=actor_id)


def _status_row(session: Session, pd: ProjectDwelling) -> DwellingStatusRow:
    dwelling = session.get(Dwelling, pd.dwelling_id)
    building = session.get(Building, dwelling.building_id) if dwelling else None
    household = session.get(Household, pd.household_id) if pd.household_id else None
    inventories = {i.kind: i for i in session.scalars(select(Inventory).where(
        Inventory.project_dwelling_id == pd.id, Inventory.deleted.is_(False))
        .order_by(Inventory.held_on, Inventory.created_at))}
    next_at = session.scalar(select(func.min(AccessAppointment.planned_at)).where(
        AccessAppointment.project_dwelling_id == pd.id, AccessAppointment.deleted.is_(False),
        AccessAppointment.status == "planned"))
    help_needed = session.scalar(select(func.count()).select_from(HelpItem).where(
        HelpItem.project_dwelling_id == pd.id, HelpItem.deleted.is_(False),
        HelpItem.status.in_(OPEN_HELP_STATUSES))) or 0
    open_contacts = session.scalar(select(func.count()).select_from(ContactEntry).where(
        ContactEntry.project_dwelling_id == pd.id, ContactEntry.deleted.is_(False),
        ContactEntry.status == "open")) or 0
    open_question_count = session.scalar(select(func.count()).select_from(ContactEntry).where(
        ContactEntry.project_dwelling_id == pd.id, ContactEntry.deleted.is_(False),
        ContactEntry.category == "question", ContactEntry.status == "open")) or 0

    def state(kind: str) -> tuple[str | None, str]:
        inv = inventories.get(kind)
        if inv is None:
            return None, "none"
        return inv.id, "signed" if inv.fingerprint else "draft"

    pre_id, pre_state = state("pre")
    post_id, post_state = state("post")
    address = ""
    if building is not None:
        address = f"{building.street} {building.number}, {building.postcode} " \
                  f"{building.municipality}".strip(" ,")
    return DwellingStatusRow(
        id=pd.id, project_id=pd.project_id, dwelling_id=pd.dwelling_id,
        household_id=pd.household_id, household_name=household.name if household else "",
        language=(household.language if household else "") or "nl",
        building_name=building.name if building else "", address=address,
        dwelling_label=dwelling.label if dwelling else "", access_status=pd.access_status,
        next_appointment=next_at, pre_inventory_id=pre_id, pre_inventory_state=pre_state,
        post_inventory_id=post_id, post_inventory_state=post_state, help_needed=help_needed,
        open_contacts=open_contacts, open_questions=pd.open_questions,
        open_question_count=open_question_count)


def dwelling_statuses(session: Session, *, project_id: str) -> list[DwellingStatusRow]:
    """Every dwelling in scope with where things stand, by building then dwelling label."""
    project = get_live_project(session, project_id)
    rows = [_status_row(session, pd) for pd in session.scalars(select(ProjectDwelling).where(
        ProjectDwelling.project_id == project.id, ProjectDwelling.deleted.is_(False)))]
    return sorted(rows, key=lambda r: (r.building_name, r.dwelling_label))


def dwelling_status(session: Session, *, project_dwelling_id: str) -> DwellingStatusRow:
    return _status_row(session, get_live_dwelling(session, project_dwelling_id))


def available_dwellings(session: Session, *, site_id: str | None = None,
                        limit: int = 500) -> list[DwellingChoice]:
    """Registry dwellings (with their current household) to choose a project's scope from."""
    query = (select(Dwelling, Building, Site).join(Building, Building.id == Dwelling.building_id)
             .join(Site, Site.id == Building.site_id).where(Dwelling.deleted.is_(False)))
    if site_id:
        query = query.where(Site.id == site_id)
    rows = session.execute(query.order_by(Site.name, Building.name, Dwelling.label).limit(limit))
    result = []
    for dwelling, building, site in rows:
        household = session.scalar(select(Household.name).where(
            Household.dwelling_id == dwelling.id, Household.deleted.is_(False)).limit(1))
        result.append(DwellingChoice(dwelling.id, site.name, building.name, dwelling.label,
                                     household or ""))
    return result

"""Retention (art. 5(1)(e)): what the organisation's periods say must go, and when.

Per organisation (sync.protocol.RetentionSettings, kept on the server): days a closed case
file is kept after closing, an inventory after it was held, an intervention after it took
place, an access-log entry after it was written; 0 keeps them. `upcoming` lists what falls
due within the next days (supervisors see it 30 days ahead); `due_for_purge` gives the
records due today as erasure targets (the purge runs like an erasure: sync.engine.gdpr),
leaving what a legal hold covers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.audit.models import AccessLogEntry
from fieldapp.casework.models import CaseFile
from fieldapp.gdpr.erasure import ErasureTargets
from fieldapp.gdpr.subject import Holdings, Subject, blob_ids, collect_case_files, photos_and_log
from fieldapp.neighbourhood.models import Intervention
from fieldapp.records.base import Synced
from fieldapp.registry.models import Household
from fieldapp.renovation.models import (
    Inventory,
    InventoryAddendum,
    InventoryElement,
    InventoryParty,
    InventoryRoom,
    ProjectDwelling,
    RenovationProject,
)

NOTICE_DAYS = 30
KINDS = ("case_file", "inventory", "intervention", "access_log", "renovation_project")


@dataclass(frozen=True)
class RetentionPeriods:
    closed_case_days: int = 0
    inventory_days: int = 0
    intervention_days: int = 0
    access_log_days: int = 0
    renovation_project_days: int = 0  # after the project's archive at its close-out


@dataclass(frozen=True)
class DueRecord:
    """One record falling due: its kind, id, the day it goes, a short title for the
    supervisor (a household's or project's name, shown only on the supervisor's own
    screen; "" when there is none) and the record's own day (closed, held, took place,
    written, archived), for the screen to write in the person's format."""

    kind: str
    record_id: str
    due_on: date
    title: str
    day: date | None = None


def upcoming(session: Session, periods: RetentionPeriods, *, today: date,
             days: int = NOTICE_DAYS, held: set[str] | None = None) -> list[DueRecord]:
    """Everything due on or before `today + days`, soonest first, held records left out."""
    until = today + timedelta(days=days)
    held = held or set()
    out: list[DueRecord] = []
    if periods.closed_case_days:
        keep = timedelta(days=periods.closed_case_days)
        rows = session.execute(
            select(CaseFile, Household.name).join(Household, Household.id == CaseFile.household_id)
            .where(CaseFile.deleted.is_(False), CaseFile.status == "closed",
                   CaseFile.closed_on.is_not(None)))
        for case, name in rows:
            assert case.closed_on is not None
            if case.closed_on + keep <= until:
                out.append(DueRecord("case_file", case.id, case.closed_on + keep, name,
                                     case.closed_on))
    if periods.inventory_days:
        keep = timedelta(days=periods.inventory_days)
        inventories = session.execute(  # whose dwelling it was: the household's name
            select(Inventory, Household.name)
            .join(ProjectDwelling, ProjectDwelling.id == Inventory.project_dwelling_id)
            .outerjoin(Household, Household.id == ProjectDwelling.household_id)
            .where(Inventory.deleted.is_(False)))
        for inv, name in inventories:
            if inv.held_on + keep <= until:
                out.append(DueRecord("inventory", inv.id, inv.held_on + keep, name or "",
                                     inv.held_on))
    if periods.intervention_days:
        keep = timedelta(days=periods.intervention_days)
        for iv in session.scalars(select(Intervention).where(Intervention.deleted.is_(False))):
            if iv.occurred_at.date() + keep <= until:
                out.append(DueRecord("intervention", iv.id, iv.occurred_at.date() + keep, "",
                                     iv.occurred_at.date()))
    if periods.renovation_project_days:
        keep = timedelta(days=periods.renovation_project_days)
        for project in session.scalars(select(RenovationProject).where(
                RenovationProject.deleted.is_(False), RenovationProject.status == "archived",
                RenovationProject.archived_on.is_not(None))):
            assert project.archived_on is not None
            if project.archived_on + keep <= until:
                out.append(DueRecord("renovation_project", project.id,
                                     project.archived_on + keep, project.name,
                                     project.archived_on))
    if periods.access_log_days:
        keep = timedelta(days=periods.access_log_days)
        for e in session.scalars(select(AccessLogEntry).where(
                AccessLogEntry.deleted.is_(False),
                AccessLogEntry.at < _start_of(until - keep + timedelta(days=1)))):
            out.append(DueRecord("access_log", e.id, e.at.date() + keep, "", e.at.date()))
    return sorted((d for d in out if d.record_id not in held),
                  key=lambda d: (d.due_on, d.kind, d.record_id))


def _whole_collection(session: Session, collection_id: str) -> list[Synced]:
    """Every live record of a project's collection, photos and signatures included."""
    from fieldapp.records.payload import synced_models

    rows: list[Synced] = []
    for model in synced_models():
        rows += session.scalars(select(model).where(
            model.collection_id == collection_id, model.deleted.is_(False)))
    return rows


def _start_of(day: date) -> object:
    from datetime import UTC, datetime

    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def due_for_purge(session: Session, periods: RetentionPeriods, *, today: date,
                  held: set[str] | None = None) -> ErasureTargets:
    """The records due today, with everything that belongs to them, as erasure targets."""
    held = held or set()
    rows: list[Synced] = []
    for due in upcoming(session, periods, today=today, days=0, held=held):
        rows += _with_contents(session, due)
    rows = [r for r in rows if r.id not in held]
    items = tuple(sorted({(str(r.collection_id), r.id) for r in rows}))
    return ErasureTargets("retention", "", items, tuple(sorted(blob_ids(rows))))


def _with_contents(session: Session, due: DueRecord) -> list[Synced]:
    if due.kind == "case_file":
        case = session.get(CaseFile, due.record_id)
        household = session.get(Household, case.household_id) if case else None
        if case is None or household is None:
            return []
        h = Holdings(Subject("household", household, [], []))
        collect_case_files(session, h, [case])
        photos_and_log(session, h, household=False)
        return [case, *h.rows()]
    if due.kind == "inventory":
        inv = session.get(Inventory, due.record_id)
        if inv is None:
            return []
        h = Holdings(Subject("household", Household(), [], []))
        h.add("inventories", [inv])
        rooms = list(session.scalars(select(InventoryRoom).where(
            InventoryRoom.inventory_id == inv.id)))
        h.add("inventories", rooms)
        for model, column, values in (
                (InventoryElement, InventoryElement.room_id, [r.id for r in rooms]),
                (InventoryParty, InventoryParty.inventory_id, [inv.id]),
                (InventoryAddendum, InventoryAddendum.inventory_id, [inv.id])):
            h.add("inventories", session.scalars(select(model).where(column.in_(values))))
        photos_and_log(session, h, household=False)
        return h.rows()
    if due.kind == "intervention":
        iv = session.get(Intervention, due.record_id)
        if iv is None:
            return []
        h = Holdings(Subject("household", Household(), [], []))
        h.add("interventions", [iv])
        photos_and_log(session, h, household=False)
        return h.rows()
    if due.kind == "renovation_project":
        project = session.get(RenovationProject, due.record_id)
        if project is None:
            return []
        return _whole_collection(session, str(project.collection_id))
    entry = session.get(AccessLogEntry, due.record_id)
    return [entry] if entry is not None else []

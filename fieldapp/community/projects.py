"""The social cohesion project (PSC) record: agreement, co-signatories, perimeter, referent
and coordinator, premises lent, objectives and the local diagnosis (issue 19).

Records live in `community:<org>`. A change of referent or coordinator is kept with its
date, so the co-signatories can be told of it (fieldapp.community.notice_pdf).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.community.labels import CONTACT_ROLES, COSIGNATORY_KINDS, DOCUMENT_LANGUAGES
from fieldapp.community.models import PscProject
from fieldapp.community.views import (
    ContactChange,
    Cosignatory,
    PerimeterSite,
    ProjectView,
)
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec

NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This social cohesion project no longer exists.")
NAME_EMPTY = QT_TRANSLATE_NOOP("errors", "Give the project a name.")
BAD_LANGUAGE = QT_TRANSLATE_NOOP("errors", "The project's documents are in Dutch or French.")
BAD_PERIOD = QT_TRANSLATE_NOOP("errors", "The agreement ends before it starts.")
BAD_KIND = QT_TRANSLATE_NOOP("errors", "Choose what kind of co-signatory this is.")
SITE_EMPTY = QT_TRANSLATE_NOOP("errors", "Each site of the perimeter needs a name.")
SAME_CONTACT = QT_TRANSLATE_NOOP("errors", "That is already the person in this role.")
CONTACT_EMPTY = QT_TRANSLATE_NOOP("errors", "Give the name of the new person.")


def collection(session: Session) -> str:
    return rec.community_collection(session)


def view(row: PscProject) -> ProjectView:
    return ProjectView(
        id=row.id, name=row.name, language=row.language,
        agreement_start=row.agreement_start, agreement_end=row.agreement_end,
        cosignatories=tuple(Cosignatory(str(c.get("name", "")), str(c.get("kind", "")))
                            for c in row.cosignatories or []),
        perimeter=tuple(PerimeterSite(str(p.get("name", "")), str(p.get("reference", "")))
                        for p in row.perimeter or []),
        referent=row.referent, coordinator=row.coordinator, premises=row.premises,
        local_objectives=tuple(row.local_objectives or []), diagnosis=row.diagnosis,
        diagnosis_on=row.diagnosis_on,
        contact_changes=tuple(
            ContactChange(date.fromisoformat(c["on"]), c["role"], c.get("old", ""),
                          c.get("new", ""))
            for c in row.contact_changes or []),
    )


def list_projects(session: Session) -> list[ProjectView]:
    rows = session.scalars(select(PscProject).where(PscProject.deleted.is_(False))
                           .order_by(PscProject.name))
    return [view(r) for r in rows]


def get_project(session: Session, project_id: str) -> ProjectView:
    return view(rec.get_live(session, PscProject, project_id, NOT_FOUND))


def _cosignatories(items: Any) -> list[dict[str, str]]:
    out = []
    for item in items or []:
        name, kind = (item.name, item.kind) if isinstance(item, Cosignatory) else item
        name = str(name).strip()
        if not name:
            continue
        rec.require_code(kind, COSIGNATORY_KINDS, BAD_KIND)
        out.append({"name": name, "kind": kind})
    return out


def _perimeter(items: Any) -> list[dict[str, str]]:
    out = []
    for item in items or []:
        name, ref = (item.name, item.reference) if isinstance(item, PerimeterSite) else item
        name, ref = str(name).strip(), str(ref).strip()
        if not name:
            if ref:
                raise ValidationError(SITE_EMPTY)
            continue
        out.append({"name": name, "reference": ref})
    return out


def _apply(row: PscProject, fields: dict[str, Any]) -> None:
    if "name" in fields:
        row.name = rec.clean_text(fields["name"], empty_message=NAME_EMPTY, max_len=200)
    if "language" in fields:
        row.language = rec.require_code(fields["language"], dict.fromkeys(DOCUMENT_LANGUAGES,
                                                                           ""), BAD_LANGUAGE)
    for key in ("agreement_start", "agreement_end", "diagnosis_on"):
        if key in fields:
            setattr(row, key, fields[key])
    if row.agreement_start and row.agreement_end and row.agreement_end < row.agreement_start:
        raise ValidationError(BAD_PERIOD)
    if "cosignatories" in fields:
        row.cosignatories = _cosignatories(fields["cosignatories"])
    if "perimeter" in fields:
        row.perimeter = _perimeter(fields["perimeter"])
    if "local_objectives" in fields:
        row.local_objectives = [str(o).strip() for o in fields["local_objectives"]
                                if str(o).strip()]
    for key in ("premises", "diagnosis"):
        if key in fields:
            setattr(row, key, str(fields[key] or "").strip())


EDITABLE = ("name", "language", "agreement_start", "agreement_end", "cosignatories",
            "perimeter", "local_objectives", "premises", "diagnosis", "diagnosis_on")


def create_project(session: Session, *, actor_id: str, name: str, language: str = "nl",
                   referent: str = "", coordinator: str = "", **fields: Any) -> ProjectView:
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise TypeError(f"unknown fields: {sorted(unknown)}")
    row = PscProject(name="", language="nl", cosignatories=[], perimeter=[],
                     local_objectives=[], contact_changes=[], premises="", diagnosis="",
                     referent=referent.strip(), coordinator=coordinator.strip())
    _apply(row, {"name": name, "language": language, **fields})
    rec.create(session, row, actor_id=actor_id, collection_id=collection(session))
    return view(row)


def update_project(session: Session, *, project_id: str, actor_id: str,
                   **fields: Any) -> ProjectView:
    """Change any of EDITABLE; the referent and coordinator change with `change_contact`."""
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise TypeError(f"unknown fields: {sorted(unknown)}")
    row = rec.get_live(session, PscProject, project_id, NOT_FOUND)
    _apply(row, fields)
    rec.touch(session, row, actor_id=actor_id)
    return view(row)


def change_contact(session: Session, *, project_id: str, role: str, new_name: str,
                   on: date, actor_id: str) -> ContactChange:
    """A new referent (housing company) or coordinator (non-profit): the change is kept
    with its date for the notice to the co-signatories."""
    rec.require_code(role, CONTACT_ROLES, QT_TRANSLATE_NOOP("errors", "Unknown role."))
    row = rec.get_live(session, PscProject, project_id, NOT_FOUND)
    new = rec.clean_text(new_name, empty_message=CONTACT_EMPTY, max_len=200)
    old = getattr(row, role)
    if new == old:
        raise ValidationError(SAME_CONTACT)
    setattr(row, role, new)
    row.contact_changes = [*(row.contact_changes or []),
                           {"on": on.isoformat(), "role": role, "old": old, "new": new}]
    rec.touch(session, row, actor_id=actor_id)
    return ContactChange(on, role, old, new)

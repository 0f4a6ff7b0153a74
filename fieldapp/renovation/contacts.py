"""The contact log during the works: questions and complaints per dwelling, with follow-up."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.renovation.labels import CONTACT_CATEGORIES, CONTACT_STATUSES
from fieldapp.renovation.models import ContactEntry, ProjectDwelling
from fieldapp.renovation.projects import require_open_dwelling
from fieldapp.renovation.views import ContactView

CONTACT_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This contact was not found.")
BAD_CATEGORY = QT_TRANSLATE_NOOP("errors", "Choose the kind of contact.")
BAD_STATUS = QT_TRANSLATE_NOOP("errors", "Unknown contact status '{status}'.")
TEXT_EMPTY = QT_TRANSLATE_NOOP("errors", "Write what the tenant asked or reported.")
IN_THE_FUTURE = QT_TRANSLATE_NOOP("errors", "A contact cannot be dated in the future.")


def _view(c: ContactEntry) -> ContactView:
    return ContactView(c.id, c.project_dwelling_id, c.occurred_on, c.category, c.text,
                       c.follow_up, c.status)


def log_contact(session: Session, *, project_dwelling_id: str, occurred_on: date,
                category: str, text: str, actor_id: str, today: date,
                follow_up: str = "") -> ContactView:
    pd = require_open_dwelling(session, project_dwelling_id)
    rec.require_code(category, CONTACT_CATEGORIES, BAD_CATEGORY)
    if occurred_on > today:
        raise ValidationError(IN_THE_FUTURE)
    text = rec.clean_text(text, empty_message=TEXT_EMPTY, max_len=10_000)
    row = ContactEntry(project_dwelling_id=pd.id, occurred_on=occurred_on, category=category,
                       text=text, follow_up=follow_up.strip(), status="open")
    rec.create(session, row, actor_id=actor_id, collection_id=pd.collection_id)
    return _view(row)


def update_contact(session: Session, *, contact_id: str, actor_id: str,
                   follow_up: str | None = None, status: str | None = None) -> ContactView:
    row = rec.get_live(session, ContactEntry, contact_id, CONTACT_NOT_FOUND)
    require_open_dwelling(session, row.project_dwelling_id)
    if follow_up is not None:
        row.follow_up = follow_up.strip()
    if status is not None:
        row.status = rec.require_code(status, CONTACT_STATUSES, BAD_STATUS, status=str(status))
    rec.touch(session, row, actor_id=actor_id)
    return _view(row)


def contact_log(session: Session, *, project_dwelling_id: str | None = None,
                project_id: str | None = None) -> list[ContactView]:
    """Contacts of one dwelling, or of every dwelling of a project; newest first."""
    query = select(ContactEntry).where(ContactEntry.deleted.is_(False))
    if project_dwelling_id is not None:
        query = query.where(ContactEntry.project_dwelling_id == project_dwelling_id)
    if project_id is not None:
        query = query.join(ProjectDwelling, ProjectDwelling.id == ContactEntry.project_dwelling_id
                           ).where(ProjectDwelling.project_id == project_id)
    rows = session.scalars(query.order_by(ContactEntry.occurred_on.desc(),
                                          ContactEntry.created_at.desc()))
    return [_view(c) for c in rows]

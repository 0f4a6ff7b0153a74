"""The help-needed checklist per household (one row per item, with a status and a note)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.renovation.labels import HELP_ITEMS, HELP_STATUSES
from fieldapp.renovation.models import HelpItem
from fieldapp.renovation.projects import get_live_dwelling, require_open_dwelling
from fieldapp.renovation.views import HelpItemView

BAD_ITEM = QT_TRANSLATE_NOOP("errors", "Unknown checklist item '{item}'.")
BAD_STATUS = QT_TRANSLATE_NOOP("errors", "Unknown checklist status '{status}'.")


def checklist(session: Session, *, project_dwelling_id: str) -> list[HelpItemView]:
    """Every item of HELP_ITEMS in order; items never touched show as "to_assess"."""
    pd = get_live_dwelling(session, project_dwelling_id)
    rows = {h.item: h for h in session.scalars(select(HelpItem).where(
        HelpItem.project_dwelling_id == pd.id, HelpItem.deleted.is_(False)))}
    result = []
    for item in HELP_ITEMS:
        row = rows.get(item)
        result.append(HelpItemView(row.id if row else "", pd.id, item,
                                   row.status if row else "to_assess", row.note if row else ""))
    return result


def set_help_item(session: Session, *, project_dwelling_id: str, item: str, status: str,
                  actor_id: str, note: str | None = None) -> HelpItemView:
    pd = require_open_dwelling(session, project_dwelling_id)
    rec.require_code(item, HELP_ITEMS, BAD_ITEM, item=str(item))
    rec.require_code(status, HELP_STATUSES, BAD_STATUS, status=str(status))
    row = session.scalar(select(HelpItem).where(
        HelpItem.project_dwelling_id == pd.id, HelpItem.item == item,
        HelpItem.deleted.is_(False)))
    if row is None:
        row = HelpItem(project_dwelling_id=pd.id, item=item, status=status,
                       note=(note or "").strip())
        rec.create(session, row, actor_id=actor_id, collection_id=pd.collection_id)
    else:
        row.status = status
        if note is not None:
            row.note = note.strip()
        rec.touch(session, row, actor_id=actor_id)
    return HelpItemView(row.id, pd.id, item, row.status, row.note)

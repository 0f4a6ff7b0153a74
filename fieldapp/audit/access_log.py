"""Access log (DESIGN §7): every open of a case file, print and export.

An entry travels in the collection of the record it is about (a case file's entry in
`casework:<site>`, an inventory's in `renovation:<project>`): the people who may read that
record, and the supervisors, see who opened it, and the worker who wrote the entry can
sync it. Only an entry about something that is not a synced record (an indicator report)
goes to `supervision:<org>`.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.audit.labels import ACCESS_ACTIONS
from fieldapp.audit.models import AccessLogEntry
from fieldapp.audit.views import AccessLogView
from fieldapp.catalogue import SYNCED_MODELS
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.records.base import Synced


def record_access(
    session: Session, *, actor_id: str, action: str, object_type: str, object_id: str
) -> None:
    rec.require_code(
        action, ACCESS_ACTIONS,
        QT_TRANSLATE_NOOP("errors", "Unknown access-log action '{action}'."), action=str(action),
    )
    rec.create(
        session,
        AccessLogEntry(
            actor_id=actor_id,
            action=action,
            object_type=object_type,
            object_id=object_id,
            at=rec.now(session),
        ),
        actor_id=actor_id,
        collection_id=_collection_of(session, object_id),
    )


def _collection_of(session: Session, object_id: str) -> str:
    """The collection of the synced record `object_id`, else the supervisors' collection."""
    for model in SYNCED_MODELS:
        if model is AccessLogEntry:
            continue
        found = session.get(model, object_id)
        if isinstance(found, Synced):  # every synced model is
            return str(found.collection_id)
    return rec.supervision_collection(session)


def list_access(
    session: Session,
    *,
    object_type: str | None = None,
    object_id: str | None = None,
    limit: int = 200,
) -> list[AccessLogView]:
    query = select(AccessLogEntry).where(AccessLogEntry.deleted.is_(False))
    if object_type is not None:
        query = query.where(AccessLogEntry.object_type == object_type)
    if object_id is not None:
        query = query.where(AccessLogEntry.object_id == object_id)
    rows = session.scalars(query.order_by(AccessLogEntry.at.desc()).limit(limit))
    return [
        AccessLogView(
            id=r.id, actor_id=r.actor_id, action=r.action,
            object_type=r.object_type, object_id=r.object_id, at=r.at,
        )
        for r in rows
    ]

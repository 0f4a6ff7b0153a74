"""Local access log (DESIGN §7): every open of a case file, print and export."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.models.audit import AccessLogEntry
from fieldapp.services import _records as rec
from fieldapp.services.labels import ACCESS_ACTIONS
from fieldapp.services.views import AccessLogView


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
        collection_id=rec.supervision_collection(session),
    )


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

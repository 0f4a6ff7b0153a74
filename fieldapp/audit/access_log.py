"""Access log (DESIGN §7, issue 14): every open, print, export, search and history view of
personal data — who, what, when, never content.

An entry is written once and never changed: it travels in its author's own collection,
`audit:<org>:<author>`, which only the author and the supervisors read, and which the
server keeps append-only (a second revision or a tombstone of an entry is refused with
409 ``append_only``, whoever sends it). Entries of older versions (kept in the collection of
the record they were about) move there on their author's laptop (`migrate_entries`); the
engine then purges their old revisions.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.audit.labels import ACCESS_ACTIONS
from fieldapp.audit.models import AccessLogEntry
from fieldapp.audit.views import AccessLogView
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.people import directory
from fieldapp.records import common as rec
from fieldapp.records.moves import remember_moved


def record_access(
    session: Session, *, actor_id: str, action: str, object_type: str, object_id: str
) -> None:
    """One entry: `object_id` is an id (or "" for a search), never words someone typed."""
    rec.require_code(
        action, ACCESS_ACTIONS,
        QT_TRANSLATE_NOOP("errors", "Unknown access-log action '{action}'."), action=str(action),
    )
    rec.create(
        session,
        AccessLogEntry(
            actor_id=actor_id,
            action=action,
            object_type=object_type[:30],
            object_id=object_id[:36],
            at=rec.now(session),
        ),
        actor_id=actor_id,
        collection_id=rec.audit_collection(session, actor_id),
    )


def migrate_entries(session: Session, *, actor_id: str) -> int:
    """Move the actor's entries kept elsewhere into the actor's own audit collection."""
    target = rec.audit_collection(session, actor_id)
    rows = list(session.scalars(select(AccessLogEntry).where(
        AccessLogEntry.actor_id == actor_id, AccessLogEntry.collection_id != target)))
    moved = []
    for row in rows:
        if row.base_rev is not None:  # known to the server where it is: purge it there
            moved.append((row.collection_id, row.id))
        row.collection_id = target
        rec.touch(session, row, actor_id=actor_id)
    remember_moved(session, moved)
    return len(rows)


def list_access(
    session: Session,
    *,
    object_type: str | None = None,
    object_id: str | None = None,
    actor_id: str | None = None,
    action: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 200,
) -> list[AccessLogView]:
    """Entries newest first, filtered by person, action, period and object; with the
    person's name as the last sync knew it."""
    query = select(AccessLogEntry).where(AccessLogEntry.deleted.is_(False))
    if object_type is not None:
        query = query.where(AccessLogEntry.object_type == object_type)
    if object_id is not None:
        query = query.where(AccessLogEntry.object_id == object_id)
    if actor_id is not None:
        query = query.where(AccessLogEntry.actor_id == actor_id)
    if action is not None:
        query = query.where(AccessLogEntry.action == action)
    if since is not None:
        query = query.where(AccessLogEntry.at >= since)
    if until is not None:
        query = query.where(AccessLogEntry.at < until)
    rows = session.scalars(query.order_by(AccessLogEntry.at.desc()).limit(limit))
    names = directory.names(session)
    return [
        AccessLogView(
            id=r.id, actor_id=r.actor_id, action=r.action,
            object_type=r.object_type, object_id=r.object_id, at=r.at,
            actor_name=names.get(r.actor_id, ""),
        )
        for r in rows
    ]


def people(session: Session) -> list[tuple[str, str]]:
    """(id, name) of everyone with entries here, by name (the filter's choices)."""
    ids = set(session.scalars(select(AccessLogEntry.actor_id).distinct()))
    names = directory.names(session)
    return sorted(((i, names.get(i, "")) for i in ids), key=lambda p: (p[1].casefold(), p[0]))

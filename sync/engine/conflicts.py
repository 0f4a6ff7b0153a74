"""Open conflicts: list them with both versions and who wrote each; resolve them.

Works offline on a vault session. Resolving writes the merged row as a new revision
(dirty, base = the remote revision), so the next round sends the chosen result to everyone.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.errors import NotFound
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.local.sync_state import SyncBase, SyncConflict
from fieldapp.records.base import new_id
from fieldapp.records.merge import apply_choices
from fieldapp.records.payload import from_payload, model_for_table, to_payload
from sync.engine import state
from sync.engine.report import ConflictView, FieldConflictView

CONFLICT_GONE = QT_TRANSLATE_NOOP("errors", "This conflict no longer exists.")


def list_conflicts(session: Session) -> list[ConflictView]:
    names = state.user_names(session)
    rows = session.scalars(
        select(SyncConflict).where(SyncConflict.resolved.is_(False))
        .order_by(SyncConflict.created_at, SyncConflict.id))
    return [
        ConflictView(
            id=c.id, table=c.table_name, item_id=c.item_id, collection=c.collection_key,
            fields=tuple(FieldConflictView(name, v.get("base"), v.get("mine"), v.get("theirs"))
                         for name, v in sorted(c.fields.items())),
            mine_by=names.get(c.mine_by, c.mine_by), mine_at=c.mine_at,
            theirs_by=names.get(c.theirs_by, c.theirs_by),
            theirs_at=datetime.fromtimestamp(c.theirs_at, UTC),
        )
        for c in rows
    ]


def count_open(session: Session) -> int:
    return len(list(session.scalars(
        select(SyncConflict.id).where(SyncConflict.resolved.is_(False)))))


def resolve_conflict(
    session: Session, conflict_id: str, choices: dict[str, Any], *, actor_id: str
) -> None:
    """choices: field → "mine" | "theirs" | a custom value (e.g. both texts joined)."""
    conflict = session.get(SyncConflict, conflict_id)
    model = model_for_table(conflict.table_name) if conflict is not None else None
    row = session.get(model, conflict.item_id) if conflict and model else None
    if conflict is None or conflict.resolved or row is None:
        raise NotFound(CONFLICT_GONE)
    current = to_payload(model, row)
    resolved = apply_choices(current, conflict.fields, choices)
    for name, value in from_payload(model, resolved).items():
        setattr(row, name, value)
    base = session.get(SyncBase, row.id)
    row.base_rev = base.rev if base is not None else conflict.theirs_rev
    row.rev, row.dirty = new_id(), True
    row.updated_by = actor_id
    row.updated_at = session.info["clock"]() if "clock" in session.info else datetime.now(UTC)
    conflict.resolved = True
    session.flush()

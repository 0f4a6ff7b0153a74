"""The server audit log, metadata only, for supervisors of the organisation."""

from __future__ import annotations

from fastapi import APIRouter, Query
from sqlalchemy import select

from sync.protocol import MAX_CHANGES_LIMIT, AuditEntry, AuditResponse
from sync.server.deps import DB, AuditDep, CallerDep
from sync.server.errors import ApiError
from sync.server.models import AuditEntry as AuditRow

router = APIRouter()


@router.get("/audit", response_model=AuditResponse)
def read_audit(
    caller: CallerDep,
    db: DB,
    audit: AuditDep,
    since: int = Query(0, ge=0),
    limit: int = Query(500, ge=1, le=MAX_CHANGES_LIMIT),
) -> AuditResponse:
    if not caller.user.has_role("supervisor"):
        audit.add("audit.read", outcome="forbidden")
        raise ApiError(403, "forbidden", "only supervisors read the audit log")
    rows = list(
        db.scalars(
            select(AuditRow)
            .where(AuditRow.organisation_id == caller.user.organisation_id, AuditRow.id > since)
            .order_by(AuditRow.id)
            .limit(limit + 1)
        )
    )
    done = len(rows) <= limit
    rows = rows[:limit]
    audit.add("audit.read")
    return AuditResponse(
        entries=[
            AuditEntry(
                id=r.id,
                at=r.at,
                user_id=r.user_id,
                device_id=r.device_id,
                action=r.action,
                collection_id=r.collection_id,
                item_id=r.item_id,
                blob_id=r.blob_id,
                target_id=r.target_id,
                outcome=r.outcome,
            )
            for r in rows
        ],
        last_id=rows[-1].id if rows else since,
        done=done,
    )

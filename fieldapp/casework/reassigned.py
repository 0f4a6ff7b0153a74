"""What a field worker is told of a reassignment (issue 16): the case files a supervisor
gave them that they have not opened since. Opening a case file writes an access-log entry
(their own `audit:<org>:<author>` collection); the notice ends at the first open after the
reassignment, on every laptop of theirs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.audit.models import AccessLogEntry
from fieldapp.casework.models import CaseFile, Reassignment
from fieldapp.casework.views import NewlyAssigned
from fieldapp.people.directory import names as people_names
from fieldapp.registry.models import Household


def newly_assigned(session: Session, *, worker_id: str) -> list[NewlyAssigned]:
    """The case files now the worker's that were reassigned to them and not opened by them
    since, the newest reassignment first."""
    rows = session.execute(
        select(Reassignment, CaseFile, Household)
        .join(CaseFile, CaseFile.id == Reassignment.case_id)
        .join(Household, Household.id == CaseFile.household_id)
        .where(Reassignment.deleted.is_(False), Reassignment.to_worker_id == worker_id,
               CaseFile.deleted.is_(False), CaseFile.worker_id == worker_id,
               CaseFile.status != "closed")
        .order_by(Reassignment.created_at.desc())).all()
    latest: dict[str, tuple[Reassignment, Household]] = {}
    for moved, case, household in rows:
        latest.setdefault(case.id, (moved, household))
    if not latest:
        return []
    opened: dict[str, list[datetime]] = {}
    for case_id, at in session.execute(
            select(AccessLogEntry.object_id, AccessLogEntry.at).where(
                AccessLogEntry.actor_id == worker_id, AccessLogEntry.action == "open",
                AccessLogEntry.object_type == "case_file",
                AccessLogEntry.object_id.in_(list(latest)))):
        opened.setdefault(case_id, []).append(at)
    names = people_names(session)
    found = []
    for case_id, (moved, household) in latest.items():
        if any(at >= moved.created_at for at in opened.get(case_id, ())):
            continue
        previous = (names.get(moved.from_worker_id, moved.from_worker) if moved.from_worker_id
                    else moved.from_worker)
        found.append(NewlyAssigned(case_id, household.id, household.name, previous,
                                   moved.reassigned_on))
    return found

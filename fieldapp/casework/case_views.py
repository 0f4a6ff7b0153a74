"""A case file as the screens see it; below both the registry and the casework services
(the registry's household detail carries the household's case file)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from fieldapp.casework.models import CaseFile
from fieldapp.casework.views import CaseView
from fieldapp.people.directory import get_person
from fieldapp.registry.models import Household


def case_view(session: Session, case: CaseFile) -> CaseView:
    household = session.get(Household, case.household_id)
    person = get_person(session, case.worker_id)
    return CaseView(
        id=case.id, household_id=case.household_id,
        household_name=household.name if household else "", site_id=case.site_id,
        status=case.status, themes=tuple(case.themes or ()),
        assigned_worker=person.display_name if person else case.assigned_worker,
        opened_on=case.opened_on, closed_on=case.closed_on, worker_id=case.worker_id,
    )

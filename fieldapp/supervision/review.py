"""What a supervisor does to case files: open any of them (access-logged), reassign them
between workers (leave cover), write review notes (`supervision:<org>`, supervisors only).

Review notes live in `supervision:<org>`, a collection only supervisors are members of;
`review_notes` also refuses any local user who is not a supervisor, so a vault that somehow
held them would not show them to a field worker. A reassignment record lives in the case
file's own `casework:<site>` collection (issue 16): the worker who had the case and the one
who gets it read it in the timeline, and the new one is told until they open the file.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.casework.cases import get_live_case, open_case_file
from fieldapp.casework.models import CaseFile
from fieldapp.casework.views import CaseView
from fieldapp.casework.workers import check_worker, person_id_and_name
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.local.profile import get_profile
from fieldapp.people.directory import names as people_names
from fieldapp.records import common as rec
from fieldapp.supervision.caseload import worker_filter
from fieldapp.supervision.labels import ROLE
from fieldapp.supervision.models import Reassignment, ReviewNote
from fieldapp.supervision.views import ReassignmentView, ReviewNoteView

SUPERVISORS_ONLY = QT_TRANSLATE_NOOP("errors", "Only a supervisor can do this.")
NO_WORKER = QT_TRANSLATE_NOOP("errors", "Choose the worker who takes over the case files.")
NO_CASES = QT_TRANSLATE_NOOP("errors", "Choose at least one case file to reassign.")
EMPTY_REVIEW = QT_TRANSLATE_NOOP("errors", "A review note needs some text.")
UNTIL_BEFORE = QT_TRANSLATE_NOOP("errors", "The end of the cover can't be before today.")


def require_supervisor(session: Session) -> None:
    if ROLE not in get_profile(session).roles:  # also one who carries cases
        raise ValidationError(SUPERVISORS_ONLY)


def open_case(session: Session, *, case_id: str, actor_id: str, today: date) -> CaseView:
    """Any case file of the service; the opening goes to the access log like every open."""
    case = get_live_case(session, case_id)
    return open_case_file(session, household_id=case.household_id, actor_id=actor_id,
                          today=today)


def _reassignment_view(r: Reassignment, names: dict[str, str]) -> ReassignmentView:
    def name(worker_id: str | None, free_text: str) -> str:
        return names.get(worker_id, free_text) if worker_id else free_text

    return ReassignmentView(id=r.id, case_id=r.case_id,
                            from_worker=name(r.from_worker_id, r.from_worker),
                            to_worker=name(r.to_worker_id, r.to_worker), reason=r.reason,
                            reassigned_on=r.reassigned_on, until=r.until,
                            from_worker_id=r.from_worker_id, to_worker_id=r.to_worker_id)


def reassign_cases(
    session: Session, *, case_ids: Iterable[str], to_worker_id: str, actor_id: str,
    today: date, reason: str = "", until: date | None = None,
) -> list[ReassignmentView]:
    """Give the case files to the account `to_worker_id`, who must hold a key to each case
    file's site: each case file gets a new revision (synced to the site's team) and a
    Reassignment record in the same collection says who moved it from whom, why, until
    when (the timeline of both workers shows it)."""
    require_supervisor(session)
    if not (to_worker_id or "").strip():
        raise ValidationError(NO_WORKER)
    ids = list(dict.fromkeys(case_ids))
    if not ids:
        raise ValidationError(NO_CASES)
    if until is not None and until < today:
        raise ValidationError(UNTIL_BEFORE)
    cases = [get_live_case(session, case_id) for case_id in ids]
    checked = {site_id: check_worker(session, worker_id=to_worker_id, site_id=site_id,
                                     actor_id=actor_id)
               for site_id in {case.site_id for case in cases}}  # all refused or none
    names = people_names(session)
    done = []
    for case in cases:
        if case.worker_id == to_worker_id:
            continue
        new_id, new_name = person_id_and_name(session, checked[case.site_id], actor_id)
        moved = rec.create(session, Reassignment(
            case_id=case.id, from_worker=case.assigned_worker, to_worker=new_name,
            from_worker_id=case.worker_id, to_worker_id=new_id,
            reason=(reason or "").strip(), reassigned_on=today, until=until),
            actor_id=actor_id, collection_id=rec.casework_collection(case.site_id))
        case.worker_id, case.assigned_worker = new_id, new_name
        rec.touch(session, case, actor_id=actor_id)
        done.append(_reassignment_view(moved, names | {new_id: new_name}))
    return done


def reassignments(session: Session, *, case_id: str | None = None) -> list[ReassignmentView]:
    require_supervisor(session)
    query = select(Reassignment).where(Reassignment.deleted.is_(False))
    if case_id is not None:
        query = query.where(Reassignment.case_id == case_id)
    rows = session.scalars(query.order_by(Reassignment.reassigned_on.desc(),
                                          Reassignment.created_at.desc()))
    names = people_names(session)
    return [_reassignment_view(r, names) for r in rows]


def _review_view(n: ReviewNote) -> ReviewNoteView:
    return ReviewNoteView(id=n.id, case_id=n.case_id, written_on=n.written_on, text=n.text,
                          author_id=n.author_id)


def add_review_note(
    session: Session, *, case_id: str, text: str, actor_id: str, today: date,
) -> ReviewNoteView:
    require_supervisor(session)
    case = get_live_case(session, case_id)
    note = rec.create(session, ReviewNote(
        case_id=case.id, written_on=today, author_id=actor_id,
        text=rec.clean_text(text, empty_message=EMPTY_REVIEW)),
        actor_id=actor_id, collection_id=rec.supervision_collection(session))
    return _review_view(note)


def review_notes(session: Session, *, case_id: str) -> list[ReviewNoteView]:
    """Newest first; supervisors only."""
    require_supervisor(session)
    rows = session.scalars(select(ReviewNote).where(
        ReviewNote.case_id == case_id, ReviewNote.deleted.is_(False)).order_by(
        ReviewNote.written_on.desc(), ReviewNote.created_at.desc()))
    return [_review_view(n) for n in rows]


def case_ids_of(session: Session, *, worker: str) -> list[str]:
    """Every open case file of a worker (a worker key of the caseload: an account id, a
    former name or "" for nobody), to move a whole caseload in one step (leave cover, a
    worker leaving)."""
    return list(session.scalars(select(CaseFile.id).where(
        *worker_filter(worker), CaseFile.status != "closed")))

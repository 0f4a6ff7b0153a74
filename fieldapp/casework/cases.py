"""Case files and case notes (`casework:<site>`; a restricted note in its author's
`casework-restricted:<site>:<author>`)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.audit.access_log import record_access
from fieldapp.casework.case_views import case_view
from fieldapp.casework.labels import CASE_STATUSES, CONFIDENTIALITY, NOTE_KINDS, OBJECTIVES, THEMES
from fieldapp.casework.models import CaseFile, CaseNote
from fieldapp.casework.search import forget_deleted_words
from fieldapp.casework.timeline import timeline
from fieldapp.casework.views import CaseView, NoteView
from fieldapp.casework.workers import check_worker, person_id_and_name
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.local.profile import get_profile
from fieldapp.records import common as rec
from fieldapp.records.moves import remember_moved
from fieldapp.registry.households import HOUSEHOLD_NOT_FOUND
from fieldapp.registry.models import Household

__all__ = [
    "add_note", "case_view", "delete_note", "draft_place", "edit_note", "find_case_file",
    "get_case", "get_note",
    "open_case_file", "timeline", "update_case",
]

CASE_NOT_FOUND = QT_TRANSLATE_NOOP(
    "errors", "This case file was not found. It may have been removed; refresh the list."
)
NOTE_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This note was not found. It may have been deleted.")
EMPTY_NOTE = QT_TRANSLATE_NOOP("errors", "A note needs some text.")


def note_view(note: CaseNote) -> NoteView:
    return NoteView(
        id=note.id, case_id=note.case_id, kind=note.kind, occurred_on=note.occurred_on,
        text=note.text, confidentiality=note.confidentiality, objective=note.objective,
        author_id=note.author_id, updated_at=note.updated_at,
    )


def get_live_case(session: Session, case_id: str) -> CaseFile:
    return rec.get_live(session, CaseFile, case_id, CASE_NOT_FOUND)


def _live_case_of(session: Session, household_id: str) -> CaseFile | None:
    return session.scalar(
        select(CaseFile).where(CaseFile.household_id == household_id, CaseFile.deleted.is_(False))
        .order_by(CaseFile.opened_on.desc()).limit(1)
    )


def find_case_file(session: Session, *, household_id: str, actor_id: str) -> CaseView | None:
    """The household's case file, if it has one (the open goes to the access log); None
    when it has none — looking at a household never creates a case file."""
    household = rec.get_live(session, Household, household_id, HOUSEHOLD_NOT_FOUND)
    case = _live_case_of(session, household.id)
    if case is None:
        return None
    record_access(session, actor_id=actor_id, action="open", object_type="case_file",
                  object_id=case.id)
    return case_view(session, case)


def open_case_file(session: Session, *, household_id: str, actor_id: str, today: date) -> CaseView:
    """Open a case file for the household (the person chose to), or its existing one; the
    open goes to the access log."""
    household = rec.get_live(session, Household, household_id, HOUSEHOLD_NOT_FOUND)
    case = _live_case_of(session, household.id)
    if case is None:
        worker = get_profile(session).display_name
        case = rec.create(
            session,
            CaseFile(household_id=household.id, site_id=household.site_id, status="open",
                     themes=[], worker_id=actor_id, assigned_worker=worker, opened_on=today),
            actor_id=actor_id, collection_id=rec.casework_collection(household.site_id),
        )
    record_access(session, actor_id=actor_id, action="open", object_type="case_file",
                  object_id=case.id)
    return case_view(session, case)


def get_case(session: Session, *, case_id: str) -> CaseView:
    return case_view(session, get_live_case(session, case_id))


def draft_place(session: Session, *, draft_id: str) -> tuple[str, str, str | None] | None:
    """Where a note draft ("note:<id>") belongs: (case id, household id, id of the note being
    edited or None for a new note); None when its case file or note is gone."""
    case = session.get(CaseFile, draft_id)
    if case is not None and not case.deleted:
        return case.id, case.household_id, None
    note = session.get(CaseNote, draft_id)
    if note is not None and not note.deleted:
        case = session.get(CaseFile, note.case_id)
        if case is not None and not case.deleted:
            return case.id, case.household_id, note.id
    return None


def _themes(themes: Iterable[str]) -> list[str]:
    chosen = list(dict.fromkeys(themes))
    for theme in chosen:
        rec.require_code(theme, THEMES, QT_TRANSLATE_NOOP("errors", "Unknown theme '{theme}'."),
                         theme=str(theme))
    return [t for t in THEMES if t in chosen]


def update_case(
    session: Session, *, case_id: str, actor_id: str, status: str | None = None,
    themes: Iterable[str] | None = None, assigned_worker: str | None = None,
    worker_id: str | None = None, unassign: bool = False, today: date | None = None,
) -> CaseView:
    """Change a case file's status, themes or worker. The worker is an account
    (`worker_id`) holding a key to the case file's site, or nobody (`unassign`);
    `assigned_worker`, a free-text name, is only for records from before accounts."""
    case = get_live_case(session, case_id)
    if status is not None:
        rec.require_code(status, CASE_STATUSES,
                         QT_TRANSLATE_NOOP("errors", "Unknown case status '{status}'."),
                         status=str(status))
        if status == "closed" and case.status != "closed":
            case.closed_on = today or rec.now(session).date()
        elif status != "closed":
            case.closed_on = None
        case.status = status
    if themes is not None:
        case.themes = _themes(themes)
    if assigned_worker is not None:  # a name with no account: shown as a former name
        case.worker_id, case.assigned_worker = None, assigned_worker.strip()
    if worker_id is not None:
        person = check_worker(session, worker_id=worker_id, site_id=case.site_id,
                              actor_id=actor_id)
        case.worker_id, case.assigned_worker = person_id_and_name(session, person, actor_id)
    elif unassign:
        case.worker_id, case.assigned_worker = None, ""
    rec.touch(session, case, actor_id=actor_id)
    return case_view(session, case)


def _check_note(kind: str, confidentiality: str, objective: str | None) -> None:
    rec.require_code(kind, NOTE_KINDS,
                     QT_TRANSLATE_NOOP("errors", "Choose what kind of contact this note records."))
    rec.require_code(confidentiality, CONFIDENTIALITY,
                     QT_TRANSLATE_NOOP("errors", "Choose a confidentiality level: team or "
                                                 "restricted."))
    if objective is not None:
        rec.require_code(objective, OBJECTIVES,
                         QT_TRANSLATE_NOOP("errors", "'{objective}' is not one of the 17 "
                                                     "operational objectives."),
                         objective=str(objective)[:8])


def _check_date(occurred_on: date, today: date | None) -> None:
    if not isinstance(occurred_on, date):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A note needs a date."))
    if today is not None and occurred_on > today:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A note can't be dated in the future."))


def add_note(
    session: Session, *, case_id: str, kind: str, text: str, occurred_on: date, actor_id: str,
    confidentiality: str = "team", objective: str | None = None, today: date | None = None,
) -> NoteView:
    case = get_live_case(session, case_id)
    text = rec.clean_text(text, empty_message=EMPTY_NOTE)
    _check_note(kind, confidentiality, objective)
    _check_date(occurred_on, today)
    note = CaseNote(case_id=case.id, kind=kind, occurred_on=occurred_on, text=text,
                    confidentiality=confidentiality, objective=objective, author_id=actor_id)
    rec.create(session, note, actor_id=actor_id, collection_id=note_collection(
        case.site_id, confidentiality, author_id=actor_id))
    return note_view(note)


def note_collection(site_id: str, confidentiality: str, *, author_id: str) -> str:
    """Where a note lives: the site's casework collection, or — restricted — its author's
    restricted collection of that site (issue 14: never one key per site)."""
    return rec.casework_collection(site_id, restricted=confidentiality == "restricted",
                                   author_id=author_id)


def edit_note(
    session: Session, *, note_id: str, actor_id: str, text: str | None = None,
    kind: str | None = None, occurred_on: date | None = None,
    confidentiality: str | None = None, objective: str | None = None,
    clear_objective: bool = False, today: date | None = None,
) -> NoteView:
    note = rec.get_live(session, CaseNote, note_id, NOTE_NOT_FOUND)
    new_kind = kind if kind is not None else note.kind
    new_conf = confidentiality if confidentiality is not None else note.confidentiality
    new_obj = None if clear_objective else (objective if objective is not None else note.objective)
    _check_note(new_kind, new_conf, new_obj)
    if text is not None:
        note.text = rec.clean_text(text, empty_message=EMPTY_NOTE)
    if occurred_on is not None:
        _check_date(occurred_on, today)
        note.occurred_on = occurred_on
    case = get_live_case(session, note.case_id)
    wanted = note_collection(case.site_id, new_conf, author_id=note.author_id)
    if note.collection_id != wanted:  # made restricted or team, or an old per-site key
        if new_conf == "restricted" and note.base_rev is not None:
            # its revisions in the collection it leaves are readable there: purge them
            remember_moved(session, [(note.collection_id, note.id)])
        note.collection_id = wanted
    note.kind, note.confidentiality, note.objective = new_kind, new_conf, new_obj
    rec.touch(session, note, actor_id=actor_id)
    return note_view(note)


def delete_note(session: Session, *, note_id: str, actor_id: str) -> None:
    """Tombstone: the row stays for sync, its text is blanked and it disappears everywhere."""
    note = rec.get_live(session, CaseNote, note_id, NOTE_NOT_FOUND)
    # rec.touch blanks the text: secure_delete overwrites the freed bytes, the word index
    # drops the terms at once (secure-delete), the trigram index is merged
    note.deleted = True
    rec.touch(session, note, actor_id=actor_id)
    forget_deleted_words(session)


def get_note(session: Session, *, note_id: str) -> NoteView:
    return note_view(rec.get_live(session, CaseNote, note_id, NOTE_NOT_FOUND))

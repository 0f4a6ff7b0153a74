"""The office-hours register (issue 17 item 1): sessions ("permanences") at head office, a
branch or by phone, and who came — with or without a case file, often for a quick question —
with the theme and where they were sent on. Counted in the supervisor's indicators."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.casework.cases import get_live_case
from fieldapp.casework.labels import OFFICE_HOURS_PLACES, OFFICE_HOURS_REFERRED, THEMES
from fieldapp.casework.models import CaseFile
from fieldapp.casework.site_work_models import OfficeHoursContact, OfficeHoursSession
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.registry.models import Household, Site

SESSION_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This office-hours session was not found.")
BAD_TIMES = QT_TRANSLATE_NOOP(
    "errors", "An office-hours session ends after it starts, on the same day.")
OTHER_SITE = QT_TRANSLATE_NOOP(
    "errors", "This case file belongs to another site than the office-hours session. "
    "Choose a household of the session's site, or leave the case file empty.")
NOBODY = QT_TRANSLATE_NOOP(
    "errors", "Say who came: choose their case file, or write a first name or a description.")


@dataclass(frozen=True)
class OfficeHoursSessionView:
    id: str
    site_id: str
    site_name: str
    place: str
    held_on: date
    start_minute: int
    end_minute: int
    contacts: int


@dataclass(frozen=True)
class OfficeHoursContactView:
    id: str
    session_id: str
    case_id: str | None
    household_id: str | None
    who: str  # the household's name, or what was written for someone without a case file
    quick_question: bool
    theme: str
    referred_to: str
    summary: str


def _minutes(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 24 * 60:
        raise ValidationError(BAD_TIMES)
    return value


def add_session(session: Session, *, site_id: str, place: str, held_on: date,
                start_minute: int, end_minute: int, actor_id: str) -> OfficeHoursSessionView:
    site = rec.get_live(session, Site, site_id, QT_TRANSLATE_NOOP(
        "errors", "This site was not found."))
    _check_session(place, held_on, start_minute, end_minute)
    row = OfficeHoursSession(site_id=site.id, place=place, held_on=held_on,
                             start_minute=start_minute, end_minute=end_minute,
                             worker_id=actor_id)
    rec.create(session, row, actor_id=actor_id, collection_id=rec.casework_collection(site.id))
    return _session_view(row, site.name, 0)


def _session_view(row: OfficeHoursSession, site_name: str, contacts: int
                  ) -> OfficeHoursSessionView:
    return OfficeHoursSessionView(id=row.id, site_id=row.site_id, site_name=site_name,
                                  place=row.place, held_on=row.held_on,
                                  start_minute=row.start_minute, end_minute=row.end_minute,
                                  contacts=contacts)


def list_sessions(session: Session, *, site_id: str | None = None,
                  limit: int = 200) -> list[OfficeHoursSessionView]:
    """The sessions, newest first, with how many contacts each had."""
    count = (select(func.count(OfficeHoursContact.id))
             .where(OfficeHoursContact.session_id == OfficeHoursSession.id,
                    OfficeHoursContact.deleted.is_(False)).scalar_subquery())
    query = (select(OfficeHoursSession, Site.name, count)
             .join(Site, Site.id == OfficeHoursSession.site_id)
             .where(OfficeHoursSession.deleted.is_(False))
             .order_by(OfficeHoursSession.held_on.desc(),
                       OfficeHoursSession.start_minute.desc()).limit(limit))
    if site_id:
        query = query.where(OfficeHoursSession.site_id == site_id)
    return [_session_view(row, name, int(n or 0)) for row, name, n in session.execute(query)]


def add_contact(session: Session, *, session_id: str, actor_id: str, theme: str,
                case_id: str | None = None, visitor: str = "", quick_question: bool = False,
                referred_to: str = "none", summary: str = "") -> OfficeHoursContactView:
    """Someone who came: by their case file, or (no case file) a first name or a few words."""
    sitting = rec.get_live(session, OfficeHoursSession, session_id, SESSION_NOT_FOUND)
    rec.require_code(theme, THEMES, QT_TRANSLATE_NOOP("errors", "Choose the theme."))
    rec.require_code(referred_to, OFFICE_HOURS_REFERRED, QT_TRANSLATE_NOOP(
        "errors", "Choose where the person was referred to."))
    visitor = (visitor or "").strip()[:160] if isinstance(visitor, str) else ""
    summary = summary.strip() if isinstance(summary, str) else ""
    if len(summary) > 2_000:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "This text is too long: at most {max_len} characters."), max_len=2_000)
    if case_id:
        case = get_live_case(session, case_id)
        if case.site_id != sitting.site_id:
            raise ValidationError(OTHER_SITE)
        visitor = ""
    elif not visitor:
        raise ValidationError(NOBODY)
    row = OfficeHoursContact(session_id=sitting.id, case_id=case_id or None, visitor=visitor,
                             quick_question=bool(quick_question), theme=theme,
                             referred_to=referred_to, summary=summary)
    rec.create(session, row, actor_id=actor_id,
               collection_id=rec.casework_collection(sitting.site_id))
    return _contacts(session, [row.id])[0]


def list_contacts(session: Session, *, session_id: str) -> list[OfficeHoursContactView]:
    ids = session.scalars(select(OfficeHoursContact.id).where(
        OfficeHoursContact.session_id == session_id, OfficeHoursContact.deleted.is_(False))
        .order_by(OfficeHoursContact.created_at))
    return _contacts(session, list(ids))


def _contacts(session: Session, ids: list[str]) -> list[OfficeHoursContactView]:
    if not ids:
        return []
    query = (select(OfficeHoursContact, CaseFile.household_id, Household.name)
             .outerjoin(CaseFile, CaseFile.id == OfficeHoursContact.case_id)
             .outerjoin(Household, Household.id == CaseFile.household_id)
             .where(OfficeHoursContact.id.in_(ids)).order_by(OfficeHoursContact.created_at))
    return [OfficeHoursContactView(
        id=c.id, session_id=c.session_id, case_id=c.case_id, household_id=household_id,
        who=name or c.visitor, quick_question=c.quick_question, theme=c.theme,
        referred_to=c.referred_to, summary=c.summary)
        for c, household_id, name in session.execute(query)]


CONTACT_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This office-hours contact was not found.")


def _check_session(place: str, held_on: object, start_minute: int, end_minute: int) -> None:
    rec.require_code(place, OFFICE_HOURS_PLACES, QT_TRANSLATE_NOOP(
        "errors", "Choose where the office hours are held."))
    if not isinstance(held_on, date):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the day of the session."))
    if _minutes(end_minute) <= _minutes(start_minute):
        raise ValidationError(BAD_TIMES)


def update_session(session: Session, *, session_id: str, place: str, held_on: date,
                   start_minute: int, end_minute: int, actor_id: str
                   ) -> OfficeHoursSessionView:
    """Correct a session's place, day or hours (its contacts stay with it)."""
    row = rec.get_live(session, OfficeHoursSession, session_id, SESSION_NOT_FOUND)
    _check_session(place, held_on, start_minute, end_minute)
    if (row.place, row.held_on, row.start_minute, row.end_minute) != (
            place, held_on, start_minute, end_minute):
        row.place, row.held_on = place, held_on
        row.start_minute, row.end_minute = start_minute, end_minute
        rec.touch(session, row, actor_id=actor_id)
    return next(v for v in list_sessions(session, site_id=row.site_id, limit=100_000)
                if v.id == row.id)


def reschedule_session(session: Session, *, session_id: str, held_on: date,
                       start_minute: int | None, duration_minutes: int | None,
                       actor_id: str) -> OfficeHoursSessionView:
    """Moved from the agenda: another day and start; as long as before unless a duration
    is given."""
    row = rec.get_live(session, OfficeHoursSession, session_id, SESSION_NOT_FOUND)
    start = row.start_minute if start_minute is None else start_minute
    length = duration_minutes or (row.end_minute - row.start_minute)
    return update_session(session, session_id=row.id, place=row.place, held_on=held_on,
                          start_minute=start, end_minute=start + length, actor_id=actor_id)


def delete_session(session: Session, *, session_id: str, actor_id: str) -> None:
    """Entered by mistake: the session and its contacts become tombstones (their text
    blanked), which reach the other laptops at the next sync."""
    row = rec.get_live(session, OfficeHoursSession, session_id, SESSION_NOT_FOUND)
    for contact in session.scalars(select(OfficeHoursContact).where(
            OfficeHoursContact.session_id == row.id, OfficeHoursContact.deleted.is_(False))):
        _tombstone(session, contact, actor_id)
    row.deleted = True
    rec.touch(session, row, actor_id=actor_id)


def _tombstone(session: Session, contact: OfficeHoursContact, actor_id: str) -> None:
    contact.deleted = True  # who came and the summary are blanked by rec.touch
    rec.touch(session, contact, actor_id=actor_id)


def update_contact(session: Session, *, contact_id: str, actor_id: str, theme: str,
                   case_id: str | None = None, visitor: str = "",
                   quick_question: bool = False, referred_to: str = "none",
                   summary: str = "") -> OfficeHoursContactView:
    """Correct a contact: the same checks as when it was added."""
    row = rec.get_live(session, OfficeHoursContact, contact_id, CONTACT_NOT_FOUND)
    sitting = rec.get_live(session, OfficeHoursSession, row.session_id, SESSION_NOT_FOUND)
    rec.require_code(theme, THEMES, QT_TRANSLATE_NOOP("errors", "Choose the theme."))
    rec.require_code(referred_to, OFFICE_HOURS_REFERRED, QT_TRANSLATE_NOOP(
        "errors", "Choose where the person was referred to."))
    visitor = (visitor or "").strip()[:160] if isinstance(visitor, str) else ""
    summary = summary.strip() if isinstance(summary, str) else ""
    if len(summary) > 2_000:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "This text is too long: at most {max_len} characters."), max_len=2_000)
    if case_id:
        case = get_live_case(session, case_id)
        if case.site_id != sitting.site_id:
            raise ValidationError(OTHER_SITE)
        visitor = ""
    elif not visitor:
        raise ValidationError(NOBODY)
    new = (case_id or None, visitor, bool(quick_question), theme, referred_to, summary)
    if (row.case_id, row.visitor, row.quick_question, row.theme, row.referred_to,
            row.summary) != new:
        (row.case_id, row.visitor, row.quick_question, row.theme, row.referred_to,
         row.summary) = new
        rec.touch(session, row, actor_id=actor_id)
    return _contacts(session, [row.id])[0]


def delete_contact(session: Session, *, contact_id: str, actor_id: str) -> None:
    """Entered by mistake: a tombstone, its text blanked."""
    _tombstone(session, rec.get_live(session, OfficeHoursContact, contact_id,
                                     CONTACT_NOT_FOUND), actor_id)

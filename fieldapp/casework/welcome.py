"""The monthly welcome session of new tenants, and who attended."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.casework.appointments import check_day, check_time, clean_place
from fieldapp.casework.models import WelcomeAttendee, WelcomeSession
from fieldapp.casework.views import NewTenant, WelcomeSessionView
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.registry.households import HOUSEHOLD_NOT_FOUND, SITE_NOT_FOUND, address_line
from fieldapp.registry.models import Building, Dwelling, Household, Site


def _view(w: WelcomeSession) -> WelcomeSessionView:
    return WelcomeSessionView(
        id=w.id, site_id=w.site_id, held_on=w.held_on, notes=w.notes,
        attendee_household_ids=tuple(a.household_id for a in w.attendees if not a.deleted),
        status=w.status, start_minute=w.start_minute, duration_minutes=w.duration_minutes,
        place=w.place,
    )


def record_welcome_session(
    session: Session, *, site_id: str, held_on: date, attendee_household_ids: Iterable[str],
    actor_id: str, notes: str = "",
) -> WelcomeSessionView:
    site = rec.get_live(session, Site, site_id, SITE_NOT_FOUND)
    ids = list(dict.fromkeys(attendee_household_ids))
    if not ids:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Tick at least one household that attended."))
    for household_id in ids:
        rec.get_live(session, Household, household_id, HOUSEHOLD_NOT_FOUND)
    collection = rec.casework_collection(site.id)
    welcome = rec.create(session, WelcomeSession(site_id=site.id, held_on=held_on,
                                                 notes=(notes or "").strip(), status="held",
                                                 place="", cancel_reason=""),
                         actor_id=actor_id, collection_id=collection)
    for household_id in ids:
        rec.create(session, WelcomeAttendee(session_id=welcome.id, household_id=household_id),
                   actor_id=actor_id, collection_id=collection)
    session.refresh(welcome)
    return _view(welcome)


def list_welcome_sessions(
    session: Session, *, site_id: str | None = None
) -> list[WelcomeSessionView]:
    query = select(WelcomeSession).where(WelcomeSession.deleted.is_(False))
    if site_id:
        query = query.where(WelcomeSession.site_id == site_id)
    return [_view(w) for w in session.scalars(query.order_by(WelcomeSession.held_on.desc()))]


# -- planned ahead, with the new tenants it invites (issue 16 items 4 and 5) ---------------

NEW_TENANT_DAYS = 92  # "moved in within the last three months" unless the setting says else
SESSION_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This welcome session was not found.")


def plan_welcome_session(
    session: Session, *, site_id: str, held_on: date, start_minute: int, actor_id: str,
    today: date, duration_minutes: int = 90, place: str = "", worker_id: str | None = None,
) -> WelcomeSessionView:
    """A welcome session on the agenda: day, start (minutes after midnight, Brussels),
    duration and place; attendance is recorded on it afterwards."""
    site = rec.get_live(session, Site, site_id, SITE_NOT_FOUND)
    check_day(held_on, today)
    check_time(start_minute, duration_minutes)
    welcome = rec.create(
        session, WelcomeSession(site_id=site.id, held_on=held_on, notes="", status="planned",
                                start_minute=start_minute, duration_minutes=duration_minutes,
                                place=clean_place(place), worker_id=worker_id or actor_id,
                                cancel_reason=""),
        actor_id=actor_id, collection_id=rec.casework_collection(site.id))
    return _view(welcome)


def record_attendance(
    session: Session, *, session_id: str, attendee_household_ids: Iterable[str],
    actor_id: str, notes: str = "",
) -> WelcomeSessionView:
    """The planned session took place: who came (it leaves the planned ones)."""
    welcome = rec.get_live(session, WelcomeSession, session_id, SESSION_NOT_FOUND)
    ids = list(dict.fromkeys(attendee_household_ids))
    if not ids:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Tick at least one household that attended."))
    known = {a.household_id for a in welcome.attendees if not a.deleted}
    for household_id in ids:
        rec.get_live(session, Household, household_id, HOUSEHOLD_NOT_FOUND)
        if household_id not in known:
            rec.create(session, WelcomeAttendee(session_id=welcome.id,
                                                household_id=household_id),
                       actor_id=actor_id, collection_id=welcome.collection_id)
    welcome.status = "held"
    if notes.strip():
        welcome.notes = notes.strip()
    rec.touch(session, welcome, actor_id=actor_id)
    session.refresh(welcome)
    return _view(welcome)


def planned_welcome_sessions(session: Session, *, site_id: str,
                             from_day: date) -> list[WelcomeSessionView]:
    rows = session.scalars(select(WelcomeSession).where(
        WelcomeSession.deleted.is_(False), WelcomeSession.site_id == site_id,
        WelcomeSession.status == "planned", WelcomeSession.held_on >= from_day)
        .order_by(WelcomeSession.held_on, WelcomeSession.start_minute))
    return [_view(w) for w in rows]


def new_tenants(session: Session, *, site_id: str, today: date,
                within_days: int = NEW_TENANT_DAYS) -> list[NewTenant]:
    """Households of the site that moved in within `within_days` (and still live there)
    and have attended no welcome session yet, by name then address."""
    welcomed = (select(WelcomeAttendee.household_id)
                .join(WelcomeSession, WelcomeSession.id == WelcomeAttendee.session_id)
                .where(WelcomeAttendee.deleted.is_(False), WelcomeSession.deleted.is_(False),
                       WelcomeSession.status == "held"))
    rows = session.execute(
        select(Household, Dwelling, Building)
        .outerjoin(Dwelling, Dwelling.id == Household.dwelling_id)
        .outerjoin(Building, Building.id == Dwelling.building_id)
        .where(Household.site_id == site_id, Household.deleted.is_(False),
               Household.moved_in_on.is_not(None),
               Household.moved_in_on >= today - timedelta(days=within_days),
               Household.moved_in_on <= today,
               (Household.moved_out_on.is_(None)) | (Household.moved_out_on > today),
               Household.id.not_in(welcomed))).all()
    found = [NewTenant(household_id=h.id, name=h.name, address=address_line(b),
                       building_name=b.name if b else "", dwelling_label=d.label if d else "",
                       moved_in_on=h.moved_in_on or today,
                       language=h.language or "")
             for h, d, b in rows]
    return sorted(found, key=lambda t: (rec.fold(t.name), t.address, t.dwelling_label))

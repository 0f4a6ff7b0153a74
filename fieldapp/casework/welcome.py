"""The monthly welcome session of new tenants, and who attended."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.casework.models import WelcomeAttendee, WelcomeSession
from fieldapp.casework.views import WelcomeSessionView
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.registry.households import HOUSEHOLD_NOT_FOUND, SITE_NOT_FOUND
from fieldapp.registry.models import Household, Site


def _view(w: WelcomeSession) -> WelcomeSessionView:
    return WelcomeSessionView(
        id=w.id, site_id=w.site_id, held_on=w.held_on, notes=w.notes,
        attendee_household_ids=tuple(a.household_id for a in w.attendees if not a.deleted),
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
                                                 notes=(notes or "").strip()),
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

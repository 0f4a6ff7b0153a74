"""The register of common rooms (issue 18, item 4): bike storage, gardens, meeting rooms of
the sites, with their house rules, bookings and the keys lent out. A key holder's name is
kept only while the key is out: when it comes back the name is erased."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.collective.field_models import CommonRoom, RoomBooking, RoomIncident, RoomKey
from fieldapp.collective.labels import ROOM_KINDS
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.registry.models import Site

ROOM_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This room no longer exists.")
BOOKING_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This booking no longer exists.")
KEY_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This key is no longer listed.")
INCIDENT_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This incident no longer exists.")


@dataclass(frozen=True)
class RoomRow:
    id: str
    site_id: str
    site_name: str
    name: str
    kind: str
    house_rules: str
    keys_out: int
    next_booking: date | None


@dataclass(frozen=True)
class BookingRow:
    id: str
    room_id: str
    booked_on: date
    start_minute: int | None
    duration_minutes: int | None
    purpose: str
    cancelled: bool


@dataclass(frozen=True)
class KeyRow:
    id: str
    room_id: str
    holder: str  # "" once the key is back
    given_on: date
    returned_on: date | None


@dataclass(frozen=True)
class IncidentRow:
    id: str
    room_id: str
    happened_on: date
    what: str
    resolved_on: date | None


def save_room(session: Session, *, site_id: str, name: str, kind: str, house_rules: str,
              actor_id: str, room_id: str | None = None) -> RoomRow:
    rec.get_live(session, Site, site_id, QT_TRANSLATE_NOOP(
        "errors", "Choose the site of the room."))
    name = rec.clean_text(name, max_len=120, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Give the room a name."))
    rec.require_code(kind, ROOM_KINDS, QT_TRANSLATE_NOOP("errors", "Choose the kind of room."))
    rules = (house_rules or "").strip()[:20_000]
    if room_id:
        room = rec.get_live(session, CommonRoom, room_id, ROOM_NOT_FOUND)
        room.site_id, room.name, room.kind, room.house_rules = site_id, name, kind, rules
        rec.touch(session, room, actor_id=actor_id)
    else:
        room = rec.create(session, CommonRoom(site_id=site_id, name=name, kind=kind,
                                              house_rules=rules),
                          actor_id=actor_id, collection_id=rec.collective_collection(session))
    return _room_row(session, room, None)


def book_room(session: Session, *, room_id: str, booked_on: date, start_minute: int | None,
              duration_minutes: int | None, purpose: str, actor_id: str) -> BookingRow:
    room = rec.get_live(session, CommonRoom, room_id, ROOM_NOT_FOUND)
    if not isinstance(booked_on, date):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the day of the booking."))
    if start_minute is not None and not 0 <= start_minute < 24 * 60:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the start as a time of day."))
    if duration_minutes is not None and not 0 < duration_minutes <= 24 * 60:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "A booking lasts between a few minutes and a day."))
    purpose = rec.clean_text(purpose, max_len=200, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Say what the room is booked for (a group or an activity, not a name)."))
    if start_minute is not None:
        end = start_minute + (duration_minutes or 60)
        for other in _bookings(session, room.id):
            if other.booked_on != booked_on or other.cancelled or other.start_minute is None:
                continue
            other_end = other.start_minute + (other.duration_minutes or 60)
            if start_minute < other_end and other.start_minute < end:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "The room is already booked at that time."))
    booking = rec.create(session, RoomBooking(room_id=room.id, booked_on=booked_on,
                                              start_minute=start_minute,
                                              duration_minutes=duration_minutes,
                                              purpose=purpose, cancelled=False),
                         actor_id=actor_id, collection_id=room.collection_id)
    return _booking_row(booking)


def cancel_booking(session: Session, *, booking_id: str, actor_id: str) -> BookingRow:
    booking = rec.get_live(session, RoomBooking, booking_id, BOOKING_NOT_FOUND)
    booking.cancelled = True
    rec.touch(session, booking, actor_id=actor_id)
    return _booking_row(booking)


def lend_key(session: Session, *, room_id: str, holder: str, given_on: date,
             actor_id: str) -> KeyRow:
    room = rec.get_live(session, CommonRoom, room_id, ROOM_NOT_FOUND)
    holder = rec.clean_text(holder, max_len=160, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Say who holds the key."))
    if not isinstance(given_on, date):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the day the key was given."))
    key = rec.create(session, RoomKey(room_id=room.id, holder=holder, given_on=given_on,
                                      returned_on=None),
                     actor_id=actor_id, collection_id=room.collection_id)
    return _key_row(key)


def key_returned(session: Session, *, key_id: str, returned_on: date, actor_id: str) -> KeyRow:
    """The key is back: the holder's name is erased (only the dates stay)."""
    key = rec.get_live(session, RoomKey, key_id, KEY_NOT_FOUND)
    if not isinstance(returned_on, date) or returned_on < key.given_on:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "A key cannot come back before it was given."))
    key.returned_on, key.holder = returned_on, ""
    rec.touch(session, key, actor_id=actor_id)
    return _key_row(key)


def record_incident(session: Session, *, room_id: str, happened_on: date, what: str,
                    actor_id: str) -> IncidentRow:
    room = rec.get_live(session, CommonRoom, room_id, ROOM_NOT_FOUND)
    if not isinstance(happened_on, date):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the day of the incident."))
    what = rec.clean_text(what, max_len=2_000, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Say what happened (not who)."))
    row = rec.create(session, RoomIncident(room_id=room.id, happened_on=happened_on,
                                           what=what, resolved_on=None),
                     actor_id=actor_id, collection_id=room.collection_id)
    return _incident_row(row)


def resolve_incident(session: Session, *, incident_id: str, resolved_on: date | None,
                     actor_id: str) -> IncidentRow:
    """Dealt with on `resolved_on`, or open again (None)."""
    row = rec.get_live(session, RoomIncident, incident_id, INCIDENT_NOT_FOUND)
    if resolved_on is not None and resolved_on < row.happened_on:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "An incident cannot be dealt with before it happened."))
    row.resolved_on = resolved_on
    rec.touch(session, row, actor_id=actor_id)
    return _incident_row(row)


# -- reading ------------------------------------------------------------------------------


def _bookings(session: Session, room_id: str) -> list[RoomBooking]:
    return list(session.scalars(select(RoomBooking).where(
        RoomBooking.room_id == room_id, RoomBooking.deleted.is_(False)).order_by(
        RoomBooking.booked_on, RoomBooking.start_minute)))


def _booking_row(b: RoomBooking) -> BookingRow:
    return BookingRow(id=b.id, room_id=b.room_id, booked_on=b.booked_on,
                      start_minute=b.start_minute, duration_minutes=b.duration_minutes,
                      purpose=b.purpose, cancelled=b.cancelled)


def _key_row(k: RoomKey) -> KeyRow:
    return KeyRow(id=k.id, room_id=k.room_id, holder=k.holder, given_on=k.given_on,
                  returned_on=k.returned_on)


def _room_row(session: Session, room: CommonRoom, today: date | None) -> RoomRow:
    site = session.get(Site, room.site_id)
    keys = session.scalars(select(RoomKey).where(
        RoomKey.room_id == room.id, RoomKey.deleted.is_(False), RoomKey.returned_on.is_(None)))
    upcoming = [b.booked_on for b in _bookings(session, room.id)
                if not b.cancelled and (today is None or b.booked_on >= today)]
    return RoomRow(id=room.id, site_id=room.site_id, site_name=site.name if site else "",
                   name=room.name, kind=room.kind, house_rules=room.house_rules,
                   keys_out=len(list(keys)), next_booking=min(upcoming, default=None))


def list_rooms(session: Session, *, today: date, site_ids: list[str] | None = None
               ) -> list[RoomRow]:
    query = select(CommonRoom).where(CommonRoom.deleted.is_(False))
    if site_ids is not None:
        query = query.where(CommonRoom.site_id.in_(site_ids))
    return [_room_row(session, r, today) for r in session.scalars(query.order_by(
        CommonRoom.name))]


def bookings_of(session: Session, room_id: str) -> list[BookingRow]:
    rec.get_live(session, CommonRoom, room_id, ROOM_NOT_FOUND)
    return [_booking_row(b) for b in _bookings(session, room_id)]


def keys_of(session: Session, room_id: str) -> list[KeyRow]:
    """Keys out first, then those returned (without a name)."""
    rec.get_live(session, CommonRoom, room_id, ROOM_NOT_FOUND)
    rows = session.scalars(select(RoomKey).where(
        RoomKey.room_id == room_id, RoomKey.deleted.is_(False)))
    return sorted((_key_row(k) for k in rows),
                  key=lambda k: (k.returned_on is not None, k.given_on))


def _incident_row(i: RoomIncident) -> IncidentRow:
    return IncidentRow(id=i.id, room_id=i.room_id, happened_on=i.happened_on, what=i.what,
                       resolved_on=i.resolved_on)


def incidents_of(session: Session, room_id: str) -> list[IncidentRow]:
    """Open incidents first, newest first."""
    rec.get_live(session, CommonRoom, room_id, ROOM_NOT_FOUND)
    rows = [_incident_row(i) for i in session.scalars(select(RoomIncident).where(
        RoomIncident.room_id == room_id, RoomIncident.deleted.is_(False)))]
    rows.sort(key=lambda i: (i.resolved_on is not None, -i.happened_on.toordinal()))
    return rows


def delete_room(session: Session, *, room_id: str, actor_id: str) -> None:
    """A room entered by mistake goes, with its bookings, keys and incidents: tombstones
    that keep none of their words (names, rules, key holders) and reach every laptop."""
    room = rec.get_live(session, CommonRoom, room_id, ROOM_NOT_FOUND)
    children: list[RoomBooking | RoomKey | RoomIncident] = [
        *session.scalars(select(RoomBooking).where(RoomBooking.room_id == room.id)),
        *session.scalars(select(RoomKey).where(RoomKey.room_id == room.id)),
        *session.scalars(select(RoomIncident).where(RoomIncident.room_id == room.id))]
    for child in children:
        if not child.deleted:
            child.deleted = True
            rec.touch(session, child, actor_id=actor_id)
    room.deleted = True
    rec.touch(session, room, actor_id=actor_id)

"""The monthly tenants' meeting of a neighbourhood (issue 18): plan it, collect its topics
with their source, record on the day who came and what was said, decided and who acts, issue
the minutes and log their distribution. Open actions carry over to the next meeting of the
same neighbourhood.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.collective.labels import CHANNELS, TOPIC_SOURCES
from fieldapp.collective.models import (
    MeetingAction,
    MeetingAttendee,
    MeetingTopic,
    MinutesDelivery,
    TenantMeeting,
)
from fieldapp.collective.views import (
    ActionRow,
    AttendeeRow,
    HouseholdLine,
    MeetingDetail,
    MeetingRow,
    TopicRow,
)
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.registry.households import address_line
from fieldapp.registry.models import Building, Dwelling, Household
from fieldapp.registry.neighbourhoods import (
    NEIGHBOURHOOD_NOT_FOUND,
    Neighbourhood,
    household_count,
    households_of,
)

MEETING_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This meeting no longer exists.")
TOPIC_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This topic no longer exists.")
ACTION_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This action no longer exists.")
ATTENDEE_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This participant is no longer listed.")
NOT_HELD = QT_TRANSLATE_NOOP(
    "errors", "Record who came first: minutes are issued for a meeting that was held.")
CANCELLED = QT_TRANSLATE_NOOP("errors", "This meeting was cancelled.")


def collective_collection(session: Session) -> str:
    return rec.collective_collection(session)


def _meeting(session: Session, meeting_id: str) -> TenantMeeting:
    return rec.get_live(session, TenantMeeting, meeting_id, MEETING_NOT_FOUND)


def _minute(value: int | None) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or not 0 <= value < 24 * 60:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Give the start of the meeting as a time of day."))
    return value


def plan_meeting(session: Session, *, neighbourhood_id: str, held_on: date,
                 start_minute: int | None, duration_minutes: int | None, place: str,
                 actor_id: str) -> MeetingRow:
    rec.get_live(session, Neighbourhood, neighbourhood_id, NEIGHBOURHOOD_NOT_FOUND)
    if not isinstance(held_on, date):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the day of the meeting."))
    place = rec.clean_text(place, max_len=200, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Say where the meeting takes place."))
    if duration_minutes is not None and not 0 < duration_minutes <= 8 * 60:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "A meeting lasts between a few minutes and eight hours."))
    meeting = TenantMeeting(neighbourhood_id=neighbourhood_id, held_on=held_on,
                            start_minute=_minute(start_minute),
                            duration_minutes=duration_minutes, place=place, status="planned")
    rec.create(session, meeting, actor_id=actor_id,
               collection_id=collective_collection(session))
    return meeting_row(session, meeting)


def cancel_meeting(session: Session, *, meeting_id: str, actor_id: str) -> MeetingRow:
    meeting = _meeting(session, meeting_id)
    if meeting.minutes_issued_on is not None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "The minutes of this meeting are issued: it took place."))
    meeting.status = "cancelled"
    rec.touch(session, meeting, actor_id=actor_id)
    return meeting_row(session, meeting)


def reopen_meeting(session: Session, *, meeting_id: str, actor_id: str) -> MeetingRow:
    """Undo a cancellation: planned again, or held if who came was already recorded."""
    meeting = _meeting(session, meeting_id)
    if meeting.status == "cancelled":
        present = session.scalar(select(func.count()).select_from(MeetingAttendee).where(
            MeetingAttendee.meeting_id == meeting.id, MeetingAttendee.kind == "household",
            MeetingAttendee.deleted.is_(False)))
        meeting.status = "held" if present else "planned"
        rec.touch(session, meeting, actor_id=actor_id)
    return meeting_row(session, meeting)


def add_topic(session: Session, *, meeting_id: str, title: str, source_kind: str,
              source: str, actor_id: str) -> TopicRow:
    meeting = _meeting(session, meeting_id)
    title = rec.clean_text(title, max_len=200, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Give the topic a title."))
    rec.require_code(source_kind, TOPIC_SOURCES, QT_TRANSLATE_NOOP(
        "errors", "Say where the topic comes from."))
    source = (source or "").strip()[:160]
    if source_kind != "tenants" and not source:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Name the department or colleague the topic comes from."))
    last = session.scalar(select(func.max(MeetingTopic.position)).where(
        MeetingTopic.meeting_id == meeting.id, MeetingTopic.deleted.is_(False)))
    topic = MeetingTopic(meeting_id=meeting.id, position=(last or 0) + 1, title=title,
                         source_kind=source_kind, source=source, said="", decided="")
    rec.create(session, topic, actor_id=actor_id, collection_id=meeting.collection_id)
    return _topic_row(topic)


def edit_topic(session: Session, *, topic_id: str, title: str, source_kind: str,
               source: str, actor_id: str) -> TopicRow:
    """Correct a topic of the agenda: its title and where it comes from."""
    topic = rec.get_live(session, MeetingTopic, topic_id, TOPIC_NOT_FOUND)
    topic.title = rec.clean_text(title, max_len=200, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Give the topic a title."))
    rec.require_code(source_kind, TOPIC_SOURCES, QT_TRANSLATE_NOOP(
        "errors", "Say where the topic comes from."))
    source = (source or "").strip()[:160]
    if source_kind != "tenants" and not source:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Name the department or colleague the topic comes from."))
    topic.source_kind, topic.source = source_kind, source
    rec.touch(session, topic, actor_id=actor_id)
    return _topic_row(topic)


def remove_topic(session: Session, *, topic_id: str, actor_id: str) -> None:
    """Take a topic off the agenda; the topics after it move up."""
    topic = rec.get_live(session, MeetingTopic, topic_id, TOPIC_NOT_FOUND)
    topic.deleted = True
    rec.touch(session, topic, actor_id=actor_id)
    later = session.scalars(select(MeetingTopic).where(
        MeetingTopic.meeting_id == topic.meeting_id, MeetingTopic.deleted.is_(False),
        MeetingTopic.position > topic.position).order_by(MeetingTopic.position))
    for t in later:
        t.position -= 1
        rec.touch(session, t, actor_id=actor_id)


def record_topic(session: Session, *, topic_id: str, said: str, decided: str,
                 actor_id: str) -> TopicRow:
    """On the day: what was said and what was decided on a topic."""
    topic = rec.get_live(session, MeetingTopic, topic_id, TOPIC_NOT_FOUND)
    topic.said = (said or "").strip()[:20_000]
    topic.decided = (decided or "").strip()[:20_000]
    rec.touch(session, topic, actor_id=actor_id)
    return _topic_row(topic)


def set_households_present(session: Session, *, meeting_id: str, household_ids: list[str],
                           actor_id: str) -> MeetingRow:
    """The households present (ticked on the list, offline): the meeting counts as held."""
    meeting = _meeting(session, meeting_id)
    if meeting.status == "cancelled":
        raise ValidationError(CANCELLED)
    concerned = {h.id for h in households_of(session, meeting.neighbourhood_id)}
    wanted = [h for h in dict.fromkeys(household_ids) if h in concerned]
    rows = {a.household_id: a for a in session.scalars(select(MeetingAttendee).where(
        MeetingAttendee.meeting_id == meeting.id, MeetingAttendee.kind == "household",
        MeetingAttendee.deleted.is_(False)))}
    for household_id, row in rows.items():
        if household_id not in wanted:
            row.deleted = True
            rec.touch(session, row, actor_id=actor_id)
    for household_id in wanted:
        if household_id not in rows:
            rec.create(session, MeetingAttendee(meeting_id=meeting.id, kind="household",
                                                household_id=household_id, present=True),
                       actor_id=actor_id, collection_id=meeting.collection_id)
    if meeting.status != "held":
        meeting.status = "held"
        rec.touch(session, meeting, actor_id=actor_id)
    return meeting_row(session, meeting)


def add_staff(session: Session, *, meeting_id: str, function: str, person_id: str | None,
              named_as: str, agreed_to_be_named: bool, actor_id: str) -> AttendeeRow:
    """A member of staff present (their function; a name only if they agree to be named
    in the minutes)."""
    meeting = _meeting(session, meeting_id)
    function = rec.clean_text(function, max_len=120, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Give the function or department of the member of staff."))
    named = (named_as or "").strip()[:160] if agreed_to_be_named else ""
    row = MeetingAttendee(meeting_id=meeting.id, kind="staff", person_id=person_id,
                          function=function, present=True,
                          agreed_to_be_named=bool(agreed_to_be_named and named), named_as=named)
    rec.create(session, row, actor_id=actor_id, collection_id=meeting.collection_id)
    return _attendee_row(session, row)


def _staff(session: Session, attendee_id: str) -> MeetingAttendee:
    row = rec.get_live(session, MeetingAttendee, attendee_id, ATTENDEE_NOT_FOUND)
    if row.kind != "staff":
        raise ValidationError(ATTENDEE_NOT_FOUND)
    return row


def edit_staff(session: Session, *, attendee_id: str, function: str, named_as: str,
               agreed_to_be_named: bool, actor_id: str) -> AttendeeRow:
    """Correct a member of staff present: function, and a name only with their agreement."""
    row = _staff(session, attendee_id)
    row.function = rec.clean_text(function, max_len=120, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Give the function or department of the member of staff."))
    named = (named_as or "").strip()[:160] if agreed_to_be_named else ""
    row.agreed_to_be_named, row.named_as = bool(agreed_to_be_named and named), named
    rec.touch(session, row, actor_id=actor_id)
    return _attendee_row(session, row)


def remove_staff(session: Session, *, attendee_id: str, actor_id: str) -> None:
    row = _staff(session, attendee_id)
    row.deleted = True
    rec.touch(session, row, actor_id=actor_id)


def name_speaker(session: Session, *, meeting_id: str, household_id: str, named_as: str,
                 agreed: bool, actor_id: str) -> None:
    """A tenant who spoke and agreed to be named in the minutes (or withdrew it)."""
    meeting = _meeting(session, meeting_id)
    row = session.scalar(select(MeetingAttendee).where(
        MeetingAttendee.meeting_id == meeting.id, MeetingAttendee.household_id == household_id,
        MeetingAttendee.deleted.is_(False)))
    if row is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Tick the household as present before naming a speaker."))
    named = (named_as or "").strip()[:160]
    row.agreed_to_be_named = bool(agreed and named)
    row.named_as = named if row.agreed_to_be_named else ""
    rec.touch(session, row, actor_id=actor_id)


def add_action(session: Session, *, meeting_id: str, topic_id: str | None, text: str,
               owner: str, due_on: date | None, actor_id: str) -> ActionRow:
    meeting = _meeting(session, meeting_id)
    if topic_id:
        rec.get_live(session, MeetingTopic, topic_id, TOPIC_NOT_FOUND)
    text = rec.clean_text(text, max_len=2_000, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Say what will be done."))
    owner = rec.clean_text(owner, max_len=160, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Say who will do it (a department or a function)."))
    action = MeetingAction(meeting_id=meeting.id, topic_id=topic_id or None,
                           neighbourhood_id=meeting.neighbourhood_id, text=text, owner=owner,
                           due_on=due_on, done_on=None)
    rec.create(session, action, actor_id=actor_id, collection_id=meeting.collection_id)
    return _action_row(action, meeting.held_on)


def close_action(session: Session, *, action_id: str, done_on: date | None,
                 actor_id: str) -> ActionRow:
    """Mark an action done (`done_on`) or open again (None)."""
    action = rec.get_live(session, MeetingAction, action_id, ACTION_NOT_FOUND)
    action.done_on = done_on
    rec.touch(session, action, actor_id=actor_id)
    meeting = session.get(TenantMeeting, action.meeting_id)
    return _action_row(action, meeting.held_on if meeting else done_on or date.min)


def log_distribution(session: Session, *, meeting_id: str, household_ids: list[str],
                     channel: str, sent_on: date, actor_id: str) -> int:
    """The minutes went to these households by `channel` on `sent_on`; returns how many
    were logged (a household already logged for that channel is not logged twice)."""
    meeting = _meeting(session, meeting_id)
    if meeting.minutes_issued_on is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Issue the minutes before logging their distribution."))
    rec.require_code(channel, CHANNELS, QT_TRANSLATE_NOOP(
        "errors", "Choose how the minutes were distributed."))
    if not isinstance(sent_on, date) or sent_on < meeting.held_on:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "The minutes cannot be sent before the meeting."))
    concerned = {h.id for h in households_of(session, meeting.neighbourhood_id)}
    done = set(session.scalars(select(MinutesDelivery.household_id).where(
        MinutesDelivery.meeting_id == meeting.id, MinutesDelivery.channel == channel,
        MinutesDelivery.deleted.is_(False))))
    count = 0
    for household_id in dict.fromkeys(household_ids):
        if household_id in concerned and household_id not in done:
            rec.create(session, MinutesDelivery(meeting_id=meeting.id, household_id=household_id,
                                                channel=channel, sent_on=sent_on),
                       actor_id=actor_id, collection_id=meeting.collection_id)
            count += 1
    if not count and not done:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Tick the households the minutes went to."))
    return count


def undo_distribution(session: Session, *, meeting_id: str, household_ids: list[str],
                      channel: str, actor_id: str) -> int:
    """A distribution logged by mistake: the minutes did not go to these households by
    `channel`. Returns how many lines were taken back."""
    meeting = _meeting(session, meeting_id)
    rec.require_code(channel, CHANNELS, QT_TRANSLATE_NOOP(
        "errors", "Choose how the minutes were distributed."))
    rows = list(session.scalars(select(MinutesDelivery).where(
        MinutesDelivery.meeting_id == meeting.id, MinutesDelivery.channel == channel,
        MinutesDelivery.household_id.in_(list(household_ids)),
        MinutesDelivery.deleted.is_(False))))
    if not rows:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Tick households whose distribution by this channel was logged."))
    for row in rows:
        row.deleted = True
        rec.touch(session, row, actor_id=actor_id)
    return len(rows)


# ---------------------------------------------------------------------------- reading


def _topic_row(t: MeetingTopic) -> TopicRow:
    return TopicRow(id=t.id, position=t.position, title=t.title, source_kind=t.source_kind,
                    source=t.source, said=t.said, decided=t.decided)


def _attendee_row(session: Session, a: MeetingAttendee) -> AttendeeRow:
    label = a.function
    if a.kind == "household" and a.household_id:
        household = session.get(Household, a.household_id)
        label = household.name if household is not None else ""
    return AttendeeRow(id=a.id, kind=a.kind, household_id=a.household_id, label=label,
                       agreed_to_be_named=a.agreed_to_be_named, named_as=a.named_as)


def _action_row(a: MeetingAction, meeting_on: date) -> ActionRow:
    return ActionRow(id=a.id, meeting_id=a.meeting_id, meeting_on=meeting_on,
                     topic_id=a.topic_id, text=a.text, owner=a.owner, due_on=a.due_on,
                     done_on=a.done_on)


def meeting_row(session: Session, m: TenantMeeting) -> MeetingRow:
    hood = session.get(Neighbourhood, m.neighbourhood_id)

    def count(*where: object) -> int:
        return int(session.scalar(select(func.count()).select_from(MeetingAttendee).where(
            MeetingAttendee.meeting_id == m.id, MeetingAttendee.deleted.is_(False),
            *where)) or 0)  # type: ignore[arg-type]

    topics = session.scalar(select(func.count()).select_from(MeetingTopic).where(
        MeetingTopic.meeting_id == m.id, MeetingTopic.deleted.is_(False))) or 0
    delivered = session.scalar(select(func.count(func.distinct(MinutesDelivery.household_id)))
                               .where(MinutesDelivery.meeting_id == m.id,
                                      MinutesDelivery.deleted.is_(False))) or 0
    concerned = household_count(session, m.neighbourhood_id)
    return MeetingRow(
        id=m.id, neighbourhood_id=m.neighbourhood_id,
        neighbourhood_name=hood.name if hood else "", held_on=m.held_on,
        start_minute=m.start_minute, duration_minutes=m.duration_minutes, place=m.place,
        status=m.status, topics=int(topics),
        households_present=count(MeetingAttendee.kind == "household"),
        staff_present=count(MeetingAttendee.kind == "staff"),
        households_concerned=concerned, minutes_issued_on=m.minutes_issued_on,
        delivered=int(delivered))


def list_meetings(session: Session, *, neighbourhood_ids: list[str] | None = None
                  ) -> list[MeetingRow]:
    """Meetings, newest first (of the given neighbourhoods, or all)."""
    query = select(TenantMeeting).where(TenantMeeting.deleted.is_(False))
    if neighbourhood_ids is not None:
        query = query.where(TenantMeeting.neighbourhood_id.in_(neighbourhood_ids))
    meetings = session.scalars(query.order_by(TenantMeeting.held_on.desc()))
    return [meeting_row(session, m) for m in meetings]


def carried_actions(session: Session, *, neighbourhood_id: str, before: date) -> list[ActionRow]:
    """Open actions of earlier meetings of the neighbourhood: the next meeting takes them up."""
    rows = session.execute(select(MeetingAction, TenantMeeting.held_on).join(
        TenantMeeting, TenantMeeting.id == MeetingAction.meeting_id).where(
        MeetingAction.neighbourhood_id == neighbourhood_id, MeetingAction.deleted.is_(False),
        MeetingAction.done_on.is_(None), TenantMeeting.deleted.is_(False),
        TenantMeeting.held_on < before).order_by(TenantMeeting.held_on, MeetingAction.due_on))
    return [_action_row(a, held) for a, held in rows]


def _household_lines(session: Session, neighbourhood_id: str
                     ) -> list[tuple[Household, str]]:
    """The neighbourhood's households with "address · dwelling", in one query."""
    ids = [h.id for h in households_of(session, neighbourhood_id)]
    rows = session.execute(select(Household, Building, Dwelling.label).outerjoin(
        Dwelling, Dwelling.id == Household.dwelling_id).outerjoin(
        Building, Building.id == Dwelling.building_id).where(Household.id.in_(ids))
        .order_by(Household.name))
    return [(h, " · ".join(x for x in (address_line(b), label or "") if x))
            for h, b, label in rows]


def meeting_detail(session: Session, meeting_id: str) -> MeetingDetail:
    m = _meeting(session, meeting_id)
    topics = session.scalars(select(MeetingTopic).where(
        MeetingTopic.meeting_id == m.id, MeetingTopic.deleted.is_(False)).order_by(
        MeetingTopic.position))
    attendees = list(session.scalars(select(MeetingAttendee).where(
        MeetingAttendee.meeting_id == m.id, MeetingAttendee.deleted.is_(False))))
    present = {a.household_id for a in attendees if a.kind == "household"}
    deliveries: dict[str, list[tuple[str, date]]] = {}
    for d in session.scalars(select(MinutesDelivery).where(
            MinutesDelivery.meeting_id == m.id, MinutesDelivery.deleted.is_(False)).order_by(
            MinutesDelivery.sent_on)):
        deliveries.setdefault(d.household_id, []).append((d.channel, d.sent_on))
    households = tuple(
        HouseholdLine(id=h.id, name=h.name, language=h.language or "", address=address,
                      present=h.id in present, delivered=tuple(deliveries.get(h.id, ())))
        for h, address in _household_lines(session, m.neighbourhood_id))
    actions = session.scalars(select(MeetingAction).where(
        MeetingAction.meeting_id == m.id, MeetingAction.deleted.is_(False)).order_by(
        MeetingAction.created_at))
    return MeetingDetail(
        meeting=meeting_row(session, m), topics=tuple(_topic_row(t) for t in topics),
        staff=tuple(_attendee_row(session, a) for a in attendees if a.kind == "staff"),
        households=households,
        actions=tuple(_action_row(a, m.held_on) for a in actions),
        carried=tuple(carried_actions(session, neighbourhood_id=m.neighbourhood_id,
                                      before=m.held_on)))


def topics_and_actions(session: Session, meeting_id: str
                       ) -> tuple[list[TopicRow], list[ActionRow]]:
    """What the minutes say, without the rest of the meeting (for the privacy check)."""
    m = _meeting(session, meeting_id)
    topics = session.scalars(select(MeetingTopic).where(
        MeetingTopic.meeting_id == m.id, MeetingTopic.deleted.is_(False)))
    actions = session.scalars(select(MeetingAction).where(
        MeetingAction.meeting_id == m.id, MeetingAction.deleted.is_(False)))
    return [_topic_row(t) for t in topics], [_action_row(a, m.held_on) for a in actions]


def speakers(session: Session, meeting_id: str) -> list[AttendeeRow]:
    """Tenants and staff who agreed to be named in the minutes."""
    rows = session.scalars(select(MeetingAttendee).where(
        MeetingAttendee.meeting_id == meeting_id, MeetingAttendee.deleted.is_(False),
        MeetingAttendee.agreed_to_be_named.is_(True)))
    return [_attendee_row(session, a) for a in rows]

"""The collective social assistant's work (issue 18), in `collective:<org>` (collective
assistants write, supervisors manage): the monthly tenants' meeting of a neighbourhood —
its topics, attendance, actions and the distribution of its minutes — and, in
`signal:<org>`, the collective signals site assistants send (a theme and a building, never a
name or case content).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldapp.records.base import Base, Synced


class TenantMeeting(Synced, Base):
    """A tenants' meeting of one neighbourhood: planned, held or cancelled."""

    __tablename__ = "cm_meetings"

    neighbourhood_id: Mapped[str] = mapped_column(String(36), index=True)
    held_on: Mapped[date] = mapped_column(index=True)
    start_minute: Mapped[int | None] = mapped_column(Integer)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(12), default="planned")  # planned|held|cancelled
    minutes_issued_on: Mapped[date | None]


class MeetingTopic(Synced, Base):
    """A point of the agenda with its source, and on the day what was said and decided."""

    __tablename__ = "cm_topics"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("cm_meetings.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(200))
    source_kind: Mapped[str] = mapped_column(String(20))  # department | colleague | tenants
    source: Mapped[str] = mapped_column(String(160), default="")
    said: Mapped[str] = mapped_column(Text, default="")
    decided: Mapped[str] = mapped_column(Text, default="")


class MeetingAttendee(Synced, Base):
    """Who came: a household of the neighbourhood or a member of staff. A name reaches the
    minutes only as a speaker who agreed to be named (`named_as`)."""

    __tablename__ = "cm_attendees"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("cm_meetings.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # household | staff
    household_id: Mapped[str | None] = mapped_column(String(36), index=True)
    person_id: Mapped[str | None] = mapped_column(String(36))  # staff: an account
    function: Mapped[str] = mapped_column(String(120), default="")  # staff: e.g. technical dept
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    agreed_to_be_named: Mapped[bool] = mapped_column(Boolean, default=False)
    named_as: Mapped[str] = mapped_column(String(160), default="")


class MeetingAction(Synced, Base):
    """What someone will do after a meeting; open actions carry over to the next one."""

    __tablename__ = "cm_actions"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("cm_meetings.id"), index=True)
    topic_id: Mapped[str | None] = mapped_column(String(36))
    neighbourhood_id: Mapped[str] = mapped_column(String(36), index=True)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(160))
    due_on: Mapped[date | None]
    done_on: Mapped[date | None] = mapped_column(index=True)


class MinutesDelivery(Synced, Base):
    """The minutes reached a household of the neighbourhood: how and when."""

    __tablename__ = "cm_deliveries"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("cm_meetings.id"), index=True)
    household_id: Mapped[str] = mapped_column(String(36), index=True)
    channel: Mapped[str] = mapped_column(String(20))  # letterbox | email | hall_notice
    sent_on: Mapped[date]


class CollectiveSignal(Synced, Base):
    """A theme noticed in casework in one building, sent by a site assistant to the
    collective assistants. It carries no name, no household and no case text."""

    __tablename__ = "cm_signals"

    site_id: Mapped[str] = mapped_column(String(36), index=True)
    building_id: Mapped[str | None] = mapped_column(String(36))
    theme: Mapped[str] = mapped_column(String(30))
    sent_on: Mapped[date]
    taken_up_on: Mapped[date | None]

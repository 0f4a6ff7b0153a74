"""Frozen rows the collective assistant's use cases return (no ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class MeetingRow:
    id: str
    neighbourhood_id: str
    neighbourhood_name: str
    held_on: date
    start_minute: int | None
    duration_minutes: int | None
    place: str
    status: str
    topics: int
    households_present: int
    staff_present: int
    households_concerned: int
    minutes_issued_on: date | None
    delivered: int


@dataclass(frozen=True)
class TopicRow:
    id: str
    position: int
    title: str
    source_kind: str
    source: str
    said: str
    decided: str


@dataclass(frozen=True)
class AttendeeRow:
    id: str
    kind: str  # household | staff
    household_id: str | None
    label: str  # the household's name or the staff member's function (screen only)
    agreed_to_be_named: bool
    named_as: str


@dataclass(frozen=True)
class ActionRow:
    id: str
    meeting_id: str
    meeting_on: date
    topic_id: str | None
    text: str
    owner: str
    due_on: date | None
    done_on: date | None


@dataclass(frozen=True)
class HouseholdLine:
    """A household concerned by a meeting, for the attendance and distribution lists."""

    id: str
    name: str
    language: str
    address: str
    present: bool
    delivered: tuple[tuple[str, date], ...]  # (channel, sent_on)


@dataclass(frozen=True)
class MeetingDetail:
    meeting: MeetingRow
    topics: tuple[TopicRow, ...]
    staff: tuple[AttendeeRow, ...]
    households: tuple[HouseholdLine, ...]
    actions: tuple[ActionRow, ...]
    carried: tuple[ActionRow, ...]  # open actions of earlier meetings of the neighbourhood


@dataclass(frozen=True)
class SignalRow:
    id: str
    site_id: str
    site_name: str
    building_id: str | None
    building_name: str
    theme: str
    sent_on: date
    taken_up_on: date | None


@dataclass(frozen=True)
class SignalReceipt:
    """What the sender gets back: that it left, nothing else."""

    id: str
    sent_on: date

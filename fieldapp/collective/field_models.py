"""The collective assistant's work beyond the monthly meeting (issue 18, items 3, 4 and 6),
all in `collective:<org>`:

- an awareness **campaign** (theme, neighbourhood, buildings, period, posters, findings) and
  its **door-to-door round**: one line per door (a dwelling), its outcome and remarks — a
  door, never a name: the round works from the building's doors, not from the tenants;
- the **common rooms** (bike storage, gardens, meeting rooms) with their house rules,
  **bookings**, **key holders** (the holder's name is erased when the key comes back) and
  **incidents**;
- **tenant participation**: the yearly **call for projects** and its **applications**
  (association, social cohesion project, tenant group; selection and amount granted), and
  the **meetings of the tenants' council (ARHUU) or a tenants' committee** with their advice,
  and the **tenants' own initiatives** with the **support** the collective assistant gave;
- the **ARHUU election** every four years: its electoral roll (the company's households,
  who voted), the candidates and their votes, and the validation, which purges the roll
  (only its size and the turnout stay).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldapp.records.base import Base, Synced


class Campaign(Synced, Base):
    """An awareness campaign in some buildings of a neighbourhood."""

    __tablename__ = "cm_campaigns"

    neighbourhood_id: Mapped[str] = mapped_column(String(36), index=True)
    theme: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(200))
    starts_on: Mapped[date] = mapped_column(index=True)
    ends_on: Mapped[date | None]
    building_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    posters: Mapped[int] = mapped_column(Integer, default=0)
    findings: Mapped[str] = mapped_column(Text, default="")


class DoorVisit(Synced, Base):
    """One door of the round: met / absent / refused / leaflet left. A door, not a person."""

    __tablename__ = "cm_doors"

    campaign_id: Mapped[str] = mapped_column(ForeignKey("cm_campaigns.id"), index=True)
    dwelling_id: Mapped[str] = mapped_column(String(36), index=True)
    outcome: Mapped[str] = mapped_column(String(12))
    visited_on: Mapped[date]
    remarks: Mapped[str] = mapped_column(Text, default="")


class CommonRoom(Synced, Base):
    """A common room of a site: bike storage, garden, meeting room…"""

    __tablename__ = "cm_rooms"

    site_id: Mapped[str] = mapped_column(String(36), index=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(20))
    house_rules: Mapped[str] = mapped_column(Text, default="")


class RoomBooking(Synced, Base):
    """A common room booked for a day (a tenants' group, an activity, a meeting)."""

    __tablename__ = "cm_bookings"

    room_id: Mapped[str] = mapped_column(ForeignKey("cm_rooms.id"), index=True)
    booked_on: Mapped[date] = mapped_column(index=True)
    start_minute: Mapped[int | None] = mapped_column(Integer)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    purpose: Mapped[str] = mapped_column(String(200))
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)


class RoomKey(Synced, Base):
    """A key of a common room lent out; the holder's name is erased when it comes back."""

    __tablename__ = "cm_room_keys"

    room_id: Mapped[str] = mapped_column(ForeignKey("cm_rooms.id"), index=True)
    holder: Mapped[str] = mapped_column(String(160), default="")
    given_on: Mapped[date]
    returned_on: Mapped[date | None]


class RoomIncident(Synced, Base):
    """Something that went wrong in a common room (damage, a lock forced, misuse): what
    happened, never who; closed when it is dealt with."""

    __tablename__ = "cm_room_incidents"

    room_id: Mapped[str] = mapped_column(ForeignKey("cm_rooms.id"), index=True)
    happened_on: Mapped[date]
    what: Mapped[str] = mapped_column(Text)
    resolved_on: Mapped[date | None]


class ProjectCall(Synced, Base):
    """The yearly call for projects that supports collective projects near the sites."""

    __tablename__ = "cm_calls"

    year: Mapped[int] = mapped_column(Integer, index=True)
    title: Mapped[str] = mapped_column(String(200))
    deadline: Mapped[date | None]
    call_text: Mapped[str] = mapped_column(Text, default="")


class ProjectApplication(Synced, Base):
    """An application to a call: who applies (a group, never a tenant's name), the project,
    what is asked, and the selection with the amount granted (whole euros)."""

    __tablename__ = "cm_applications"

    call_id: Mapped[str] = mapped_column(ForeignKey("cm_calls.id"), index=True)
    applicant_kind: Mapped[str] = mapped_column(String(20))
    applicant: Mapped[str] = mapped_column(String(160))
    title: Mapped[str] = mapped_column(String(200))
    amount_requested: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(12), default="received")
    amount_granted: Mapped[int] = mapped_column(Integer, default=0)
    # the final report of a granted project: when it came in, what it says, what was spent
    report_received_on: Mapped[date | None]
    report_summary: Mapped[str] = mapped_column(Text, default="")
    amount_spent: Mapped[int | None] = mapped_column(Integer)


class ProjectCoaching(Synced, Base):
    """A coaching contact with the group behind an application: when, and what was
    discussed (the project, never a tenant's private situation)."""

    __tablename__ = "cm_coaching"

    application_id: Mapped[str] = mapped_column(ForeignKey("cm_applications.id"), index=True)
    held_on: Mapped[date]
    discussed: Mapped[str] = mapped_column(Text, default="")


class CouncilMeeting(Synced, Base):
    """A meeting of the tenants' advisory council (ARHUU) or of a tenants' committee, and
    the advice it gave."""

    __tablename__ = "cm_council_meetings"

    body: Mapped[str] = mapped_column(String(20))
    held_on: Mapped[date] = mapped_column(index=True)
    subject: Mapped[str] = mapped_column(String(200))
    advice: Mapped[str] = mapped_column(Text, default="")
    # the ARHUU council (the validated election whose elected candidates sit on it)
    election_id: Mapped[str | None] = mapped_column(String(36))


class TenantInitiative(Synced, Base):
    """Something tenants started themselves (a neighbourhood party, a vegetable garden, a
    homework club): who carries it is a group, never a tenant's name."""

    __tablename__ = "cm_initiatives"

    neighbourhood_id: Mapped[str] = mapped_column(String(36), index=True)
    title: Mapped[str] = mapped_column(String(200))
    carried_by: Mapped[str] = mapped_column(String(160))
    started_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(12), default="running")  # running | ended


class InitiativeSupport(Synced, Base):
    """Support given to an initiative: logistics, a room, coaching, a grant, a contact."""

    __tablename__ = "cm_initiative_support"

    initiative_id: Mapped[str] = mapped_column(ForeignKey("cm_initiatives.id"), index=True)
    given_on: Mapped[date]
    kind: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")


class ArhuuElection(Synced, Base):
    """The election of the tenants' advisory council (ARHUU), every four years."""

    __tablename__ = "cm_elections"

    vote_on: Mapped[date] = mapped_column(index=True)
    seats: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default="preparing")  # |held|validated
    roll_size: Mapped[int] = mapped_column(Integer, default=0)
    voters: Mapped[int] = mapped_column(Integer, default=0)
    validated_on: Mapped[date | None]
    # how to vote, as printed on the notice: the polling station and its hours
    polling_place: Mapped[str] = mapped_column(String(200), default="")
    polling_hours: Mapped[str] = mapped_column(String(60), default="")


class ElectionVoter(Synced, Base):
    """A household on the electoral roll, and whether it voted; purged at validation."""

    __tablename__ = "cm_election_roll"
    # blanked when the line is purged (fieldapp.records.blanks): no household stays behind
    __private__ = ("household_id", "voted")

    election_id: Mapped[str] = mapped_column(ForeignKey("cm_elections.id"), index=True)
    household_id: Mapped[str] = mapped_column(String(36), index=True)
    voted: Mapped[bool] = mapped_column(Boolean, default=False)


class ElectionCandidate(Synced, Base):
    """A candidate (named as on the public notice), the votes, and whether elected."""

    __tablename__ = "cm_candidates"

    election_id: Mapped[str] = mapped_column(ForeignKey("cm_elections.id"), index=True)
    name: Mapped[str] = mapped_column(String(160))
    votes: Mapped[int] = mapped_column(Integer, default=0)
    elected: Mapped[bool] = mapped_column(Boolean, default=False)
    # a council member's mandate: from the validation to four years later, or earlier if
    # the member steps down
    mandate_from: Mapped[date | None]
    mandate_until: Mapped[date | None]

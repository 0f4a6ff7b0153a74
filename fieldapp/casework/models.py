"""A household's case file and what happens in it (`casework:<site>` collections).

A restricted note lives in its author's `casework-restricted:<site>:<author>` (issue 14),
with the author's shares of that collection (RestrictedShare).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fieldapp.records.base import Base, Synced


class CaseFile(Synced, Base):
    __tablename__ = "case_files"

    household_id: Mapped[str] = mapped_column(ForeignKey("households.id"), index=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    themes: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The worker's account (fieldapp/people). `assigned_worker` keeps a free-text name from
    # before accounts (shown as former until a supervisor maps it), else the account's name.
    worker_id: Mapped[str | None] = mapped_column(String(36), index=True, default=None)
    assigned_worker: Mapped[str] = mapped_column(String(120), default="")
    opened_on: Mapped[date]
    closed_on: Mapped[date | None]

    notes: Mapped[list[CaseNote]] = relationship(back_populates="case")


class CaseNote(Synced, Base):
    __tablename__ = "case_notes"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_files.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    occurred_on: Mapped[date] = mapped_column(index=True)
    text: Mapped[str] = mapped_column(Text)
    confidentiality: Mapped[str] = mapped_column(String(12), default="team")
    objective: Mapped[str | None] = mapped_column(String(4))
    author_id: Mapped[str] = mapped_column(String(36))

    case: Mapped[CaseFile] = relationship(back_populates="notes")


class FollowUp(Synced, Base):
    __tablename__ = "follow_ups"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_files.id"), index=True)
    due_on: Mapped[date] = mapped_column(index=True)
    text: Mapped[str] = mapped_column(Text)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[date | None]
    assignee_id: Mapped[str | None] = mapped_column(String(36), index=True, default=None)
    # the agenda (issue 16 item 4): cancelled with a reason, kept in the timeline
    cancelled_on: Mapped[date | None]
    cancel_reason: Mapped[str] = mapped_column(Text, default="")


class Referral(Synced, Base):
    __tablename__ = "referrals"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_files.id"), index=True)
    destination: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="proposed")
    outcome: Mapped[str] = mapped_column(Text, default="")
    referred_on: Mapped[date]
    # a named partner of the social map (`partners:<org>`, issue 19); `destination` stays
    partner_id: Mapped[str | None] = mapped_column(String(36), default=None)


class HomeVisit(Synced, Base):
    __tablename__ = "home_visits"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_files.id"), index=True)
    planned_on: Mapped[date] = mapped_column(index=True)
    purpose: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="planned")
    done_on: Mapped[date | None]
    note_id: Mapped[str | None] = mapped_column(ForeignKey("case_notes.id"))
    worker_id: Mapped[str | None] = mapped_column(String(36), index=True, default=None)
    # the agenda (issue 16 item 4): start in minutes after midnight, Brussels time
    start_minute: Mapped[int | None] = mapped_column(Integer)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(200), default="")
    cancel_reason: Mapped[str] = mapped_column(Text, default="")


class OfficeAppointment(Synced, Base):
    """A household comes to the office (or meets the worker elsewhere): planned on the
    agenda like a visit, then held, or cancelled with a reason (issue 16 item 4)."""

    __tablename__ = "office_appointments"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_files.id"), index=True)
    on_day: Mapped[date] = mapped_column(index=True)
    start_minute: Mapped[int] = mapped_column(Integer)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    place: Mapped[str] = mapped_column(String(200), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    worker_id: Mapped[str | None] = mapped_column(String(36), index=True)
    status: Mapped[str] = mapped_column(String(12), default="planned")
    cancel_reason: Mapped[str] = mapped_column(Text, default="")


class WelcomeSession(Synced, Base):
    __tablename__ = "welcome_sessions"

    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), index=True)
    held_on: Mapped[date]
    notes: Mapped[str] = mapped_column(Text, default="")
    # the agenda (issue 16 item 4): planned ahead with time and place, then held
    status: Mapped[str] = mapped_column(String(12), default="held")
    start_minute: Mapped[int | None] = mapped_column(Integer)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(200), default="")
    worker_id: Mapped[str | None] = mapped_column(String(36), index=True)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")

    attendees: Mapped[list[WelcomeAttendee]] = relationship(back_populates="session")


class WelcomeAttendee(Synced, Base):
    __tablename__ = "welcome_attendees"

    session_id: Mapped[str] = mapped_column(ForeignKey("welcome_sessions.id"), index=True)
    household_id: Mapped[str] = mapped_column(ForeignKey("households.id"), index=True)

    session: Mapped[WelcomeSession] = relationship(back_populates="attendees")


class RestrictedShare(Synced, Base):
    """The author of restricted notes names a colleague who may read them (issue 14).

    Kept in the author's restricted collection of the site, so the supervisors (members of
    it) see every share; a tombstone ends the share (the author's laptop removes the
    colleague and rotates the key)."""

    __tablename__ = "restricted_shares"

    site_id: Mapped[str] = mapped_column(String(36), index=True)
    author_id: Mapped[str] = mapped_column(String(36))
    colleague_id: Mapped[str] = mapped_column(String(36))
    colleague_name: Mapped[str] = mapped_column(String(200), default="")
    shared_on: Mapped[date]

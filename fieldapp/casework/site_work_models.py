"""The rest of the site assistant's work (issue 17): office hours, the intake analysis and
support plan, requests to the company's departments, and the right-to-housing outcome.

All in `casework:<site>`, except a restricted support plan (and its goals), which lives in
its author's `casework-restricted:<site>:<author>` like a restricted note.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldapp.records.base import Base, Synced


class OfficeHoursSession(Synced, Base):
    """One office-hours session ("permanence"): at head office, a branch or by phone."""

    __tablename__ = "office_hours_sessions"

    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), index=True)
    place: Mapped[str] = mapped_column(String(20))  # labels.OFFICE_HOURS_PLACES
    held_on: Mapped[date] = mapped_column(index=True)
    start_minute: Mapped[int] = mapped_column(Integer)
    end_minute: Mapped[int] = mapped_column(Integer)
    worker_id: Mapped[str | None] = mapped_column(String(36), index=True)


class OfficeHoursContact(Synced, Base):
    """Someone who came (or called) during a session, with or without a case file."""

    __tablename__ = "office_hours_contacts"

    session_id: Mapped[str] = mapped_column(ForeignKey("office_hours_sessions.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case_files.id"), index=True)
    visitor: Mapped[str] = mapped_column(String(160), default="")  # without a case file
    quick_question: Mapped[bool] = mapped_column(Boolean, default=False)
    theme: Mapped[str] = mapped_column(String(20))  # labels.THEMES
    referred_to: Mapped[str] = mapped_column(String(20), default="none")
    summary: Mapped[str] = mapped_column(Text, default="")


class SupportPlan(Synced, Base):
    """The first analysis of a situation and the rights checked, one per case file."""

    __tablename__ = "support_plans"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_files.id"), index=True)
    analysed_on: Mapped[date]
    analysis: Mapped[str] = mapped_column(Text, default="")
    # right code (labels.RIGHTS) -> status code (labels.RIGHT_STATUSES)
    rights: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    confidentiality: Mapped[str] = mapped_column(String(12), default="team")
    author_id: Mapped[str] = mapped_column(String(36))


class SupportGoal(Synced, Base):
    """A goal of the support plan, reviewed on a date (a follow-up carries the review)."""

    __tablename__ = "support_goals"

    plan_id: Mapped[str] = mapped_column(ForeignKey("support_plans.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    review_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(12), default="open")  # labels.GOAL_STATUSES
    followup_id: Mapped[str | None] = mapped_column(String(36))


class InternalRequest(Synced, Base):
    """A request to one of the company's departments: facts only, an answer, a due date."""

    __tablename__ = "internal_requests"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_files.id"), index=True)
    department: Mapped[str] = mapped_column(String(20))  # labels.DEPARTMENTS
    facts: Mapped[str] = mapped_column(Text)
    asked_on: Mapped[date]
    due_on: Mapped[date] = mapped_column(index=True)
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_on: Mapped[date | None]


class ArrearsPlan(Synced, Base):
    """A payment plan for rent arrears (amounts in euro cents)."""

    __tablename__ = "arrears_plans"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_files.id"), index=True)
    agreed_on: Mapped[date] = mapped_column(index=True)
    debt_cents: Mapped[int] = mapped_column(Integer)
    monthly_cents: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default="running")  # ARREARS_STATUSES


class HousingStep(Synced, Base):
    """A step of an eviction procedure, or the outcome for the right to housing."""

    __tablename__ = "housing_steps"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_files.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # "eviction" | "outcome"
    code: Mapped[str] = mapped_column(String(24))  # EVICTION_STEPS | HOUSING_OUTCOMES
    on_day: Mapped[date] = mapped_column(index=True)
    remark: Mapped[str] = mapped_column(Text, default="")

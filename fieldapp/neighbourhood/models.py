"""Neighbourhood agents' work: requests, interventions, defect reports (`neighbourhood:<org>`),
and hand-offs to a site's social assistant (`casework:<site>`, written by the agent, read by
the assistant only).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldapp.records.base import Base, Synced


class NeighbourhoodRequest(Synced, Base):
    """A request logged by an agent: a phone call, a colleague's message, an observation."""

    __tablename__ = "nb_requests"
    __table_args__ = (Index("ix_nb_requests_status_round", "status", "round_day"),)

    source: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(30))
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), index=True)
    building_id: Mapped[str | None] = mapped_column(ForeignKey("buildings.id"))
    entrance: Mapped[str] = mapped_column(String(20), default="")
    floor: Mapped[str] = mapped_column(String(10), default="")
    dwelling_id: Mapped[str | None] = mapped_column(ForeignKey("dwellings.id"))
    reporter: Mapped[str] = mapped_column(String(160), default="")
    urgency: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(12), default="open")  # open | closed
    # hand ranking: a sort key in the same space as the automatic one (see triage)
    rank_key: Mapped[float | None] = mapped_column(Float)
    round_day: Mapped[date | None] = mapped_column(index=True)
    closed_on: Mapped[date | None] = mapped_column(index=True)
    closed_by: Mapped[str | None] = mapped_column(String(36))
    handed_off_on: Mapped[date | None]
    defect_report_id: Mapped[str | None] = mapped_column(String(36))


class Intervention(Synced, Base):
    """What the agent did on the spot."""

    __tablename__ = "nb_interventions"

    request_id: Mapped[str | None] = mapped_column(ForeignKey("nb_requests.id"), index=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), index=True)
    occurred_at: Mapped[datetime] = mapped_column(index=True)
    met: Mapped[str] = mapped_column(Text, default="")
    actions: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(20))
    photos: Mapped[list[str]] = mapped_column(JSON, default=list)
    follow_up_needed: Mapped[bool] = mapped_column(Boolean, default=False)


class DefectReport(Synced, Base):
    """A technical defect passed on to the technical department."""

    __tablename__ = "nb_defect_reports"

    request_id: Mapped[str | None] = mapped_column(ForeignKey("nb_requests.id"), index=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"))
    building_id: Mapped[str | None] = mapped_column(ForeignKey("buildings.id"))
    entrance: Mapped[str] = mapped_column(String(20), default="")
    floor: Mapped[str] = mapped_column(String(10), default="")
    dwelling_id: Mapped[str | None] = mapped_column(ForeignKey("dwellings.id"))
    description: Mapped[str] = mapped_column(Text)
    urgency: Mapped[str] = mapped_column(String(20))
    photos: Mapped[list[str]] = mapped_column(JSON, default=list)
    reported_on: Mapped[date]


class Handoff(Synced, Base):
    """A situation needing social support, handed to the site's social assistant.

    Lives in `casework:<site>`: the agent writes it and gets a receipt back; only the
    assistant's follow-ups read it (fieldapp.casework.followups).
    """

    __tablename__ = "handoffs"

    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), index=True)
    building_id: Mapped[str | None] = mapped_column(ForeignKey("buildings.id"))
    dwelling_id: Mapped[str | None] = mapped_column(ForeignKey("dwellings.id"))
    household_id: Mapped[str | None] = mapped_column(ForeignKey("households.id"))
    request_ref: Mapped[str | None] = mapped_column(String(36))
    summary: Mapped[str] = mapped_column(Text)
    urgency: Mapped[str] = mapped_column(String(20))
    handed_on: Mapped[date]
    due_on: Mapped[date] = mapped_column(index=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[date | None]
    # who handed it on: "neighbourhood" (an agent) or "renovation" (the renovation-site
    # assistant's open items at a project's close-out, issue 17 item 7)
    origin: Mapped[str] = mapped_column(String(20), default="neighbourhood")


class AgentVisitRequest(Synced, Base):
    """The site's social assistant asks a neighbourhood agent along on a home visit.

    Lives in `handoff:<site>` beside the hand-offs (the agents hold that key, never the
    case files'): a day, a time and an address, no case content. An agent answers in the
    same record (accepted or declined, with a word), which the assistant reads back.
    """

    __tablename__ = "agent_visit_requests"

    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), index=True)
    dwelling_id: Mapped[str | None] = mapped_column(ForeignKey("dwellings.id"), index=True)
    on_day: Mapped[date] = mapped_column(index=True)
    start_minute: Mapped[int] = mapped_column(Integer)
    address: Mapped[str] = mapped_column(String(200))
    asked_by: Mapped[str] = mapped_column(String(36))
    # asked | accepted | declined (the agent) | cancelled (the assistant, with a reason)
    status: Mapped[str] = mapped_column(String(12), default="asked")
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[str | None] = mapped_column(String(36))
    cancel_reason: Mapped[str] = mapped_column(Text, default="")

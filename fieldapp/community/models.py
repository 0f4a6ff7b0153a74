"""Community work (issue 19): the social cohesion project (PSC) with its local diagnosis,
yearly action plan, activity log, local follow-up committee and yearly self-evaluation
(`community:<org>`), and the partner directory — the social map — (`partners:<org>`).

Nothing here points into the registry or a case file: a community worker of the
non-profit holds neither key. Sites of the perimeter are kept by name and reference.
Participants are counted; a name is kept only for a person who agreed to it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldapp.records.base import Base, Synced


class PscProject(Synced, Base):
    """The project and its agreement: who signed, where, who to call."""

    __tablename__ = "psc_projects"

    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(2), default="nl")  # of its documents
    agreement_start: Mapped[date | None]
    agreement_end: Mapped[date | None]
    # [{"name": ..., "kind": slrb|housing_company|non_profit|municipality}]
    cosignatories: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    # [{"name": ..., "reference": ...}] — sites by name, no registry key
    perimeter: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    referent: Mapped[str] = mapped_column(String(200), default="")  # the housing company's
    coordinator: Mapped[str] = mapped_column(String(200), default="")  # the non-profit's
    # The premises lent, as words for now; the collective issue's common-room register
    # will replace it with references.
    premises: Mapped[str] = mapped_column(Text, default="")
    local_objectives: Mapped[list[str]] = mapped_column(JSON, default=list)
    diagnosis: Mapped[str] = mapped_column(Text, default="")
    diagnosis_on: Mapped[date | None]
    # [{"on": iso date, "role": referent|coordinator, "old": ..., "new": ...}]
    contact_changes: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)


class PscAction(Synced, Base):
    """An action of the yearly plan, tied to a PSC objective and a sector objective."""

    __tablename__ = "psc_actions"

    project_id: Mapped[str] = mapped_column(ForeignKey("psc_projects.id"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    psc_objective: Mapped[str] = mapped_column(String(20))  # common:1..4 | local:<n>
    sector_objective: Mapped[str] = mapped_column(String(10), default="")  # 1.1 … 4.4, T
    target: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="planned")


class PscActivity(Synced, Base):
    """A permanence, a coffee moment, an event, or a workshop series with its sessions."""

    __tablename__ = "psc_activities"

    project_id: Mapped[str] = mapped_column(ForeignKey("psc_projects.id"), index=True)
    action_id: Mapped[str | None] = mapped_column(ForeignKey("psc_actions.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # permanence|coffee|event|workshop
    title: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[date] = mapped_column(index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    participants: Mapped[int] = mapped_column(Integer, default=0)
    named_participants: Mapped[list[str]] = mapped_column(JSON, default=list)  # consent only
    notes: Mapped[str] = mapped_column(Text, default="")
    trainer: Mapped[str] = mapped_column(String(200), default="")
    facilitators: Mapped[list[str]] = mapped_column(JSON, default=list)
    # [{"on": iso date, "topic": ..., "participants": n}]
    sessions: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    closing_session_on: Mapped[date | None]
    closing_participants: Mapped[int] = mapped_column(Integer, default=0)
    feedback: Mapped[str] = mapped_column(Text, default="")
    new_questions: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")


class PscMeeting(Synced, Base):
    """A meeting of the local follow-up committee."""

    __tablename__ = "psc_meetings"

    project_id: Mapped[str] = mapped_column(ForeignKey("psc_projects.id"), index=True)
    held_on: Mapped[date] = mapped_column(index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    # [{"name": ..., "organisation": ...}]
    attendees: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    apologies: Mapped[list[str]] = mapped_column(JSON, default=list)
    minutes: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")


class PscEvaluation(Synced, Base):
    """The self-evaluation of one objective (or `overall`) for one year."""

    __tablename__ = "psc_evaluations"

    project_id: Mapped[str] = mapped_column(ForeignKey("psc_projects.id"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    objective: Mapped[str] = mapped_column(String(20))  # common:n | local:n | overall
    text: Mapped[str] = mapped_column(Text, default="")


class Partner(Synced, Base):
    """A service of the area on the social map."""

    __tablename__ = "partners"

    name: Mapped[str] = mapped_column(String(200), index=True)
    category: Mapped[str] = mapped_column(String(20))
    services: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)  # nl, fr, en, ar, …
    notes: Mapped[str] = mapped_column(Text, default="")


class PremisesLoan(Synced, Base):
    """A common room of the collective area's register lent to the PSC (issue 19, item 1).

    Written by whoever holds both keys (a collective assistant or a supervisor) into
    `community:<org>`: the room is named as the register showed it, so the community
    worker, who holds no collective key, sees which rooms their PSC may use."""

    __tablename__ = "psc_premises_loans"

    project_id: Mapped[str] = mapped_column(ForeignKey("psc_projects.id"), index=True)
    room_id: Mapped[str] = mapped_column(String(36), index=True)  # in collective:<org>
    room_name: Mapped[str] = mapped_column(String(120))
    room_kind: Mapped[str] = mapped_column(String(20), default="")
    site_name: Mapped[str] = mapped_column(String(200), default="")
    lent_from: Mapped[date]
    lent_to: Mapped[date | None]

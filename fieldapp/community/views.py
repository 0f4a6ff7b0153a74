"""Frozen views of community work returned by the use cases (never ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Cosignatory:
    name: str
    kind: str


@dataclass(frozen=True)
class PerimeterSite:
    name: str
    reference: str = ""


@dataclass(frozen=True)
class ContactChange:
    on: date
    role: str  # referent | coordinator
    old: str
    new: str


@dataclass(frozen=True)
class ProjectView:
    id: str
    name: str
    language: str
    agreement_start: date | None
    agreement_end: date | None
    cosignatories: tuple[Cosignatory, ...]
    perimeter: tuple[PerimeterSite, ...]
    referent: str
    coordinator: str
    premises: str
    local_objectives: tuple[str, ...]
    diagnosis: str
    diagnosis_on: date | None
    contact_changes: tuple[ContactChange, ...]

    def objectives(self) -> list[str]:
        """Codes of every objective: the four common ones, then local:1, local:2 …"""
        from fieldapp.community.labels import COMMON_OBJECTIVES

        return list(COMMON_OBJECTIVES) + [f"local:{i}" for i in
                                          range(1, len(self.local_objectives) + 1)]


@dataclass(frozen=True)
class ActionView:
    id: str
    project_id: str
    year: int
    title: str
    description: str
    psc_objective: str
    sector_objective: str
    target: str
    status: str


@dataclass(frozen=True)
class WorkshopSession:
    on: date
    topic: str
    participants: int


@dataclass(frozen=True)
class ActivityView:
    id: str
    project_id: str
    action_id: str | None
    kind: str
    title: str
    held_on: date
    place: str
    participants: int
    named_participants: tuple[str, ...]
    notes: str
    trainer: str
    facilitators: tuple[str, ...]
    sessions: tuple[WorkshopSession, ...]
    closing_session_on: date | None
    closing_participants: int
    feedback: str
    new_questions: str
    follow_up: str


@dataclass(frozen=True)
class Attendee:
    name: str
    organisation: str = ""


@dataclass(frozen=True)
class MeetingView:
    id: str
    project_id: str
    held_on: date
    place: str
    attendees: tuple[Attendee, ...]
    apologies: tuple[str, ...]
    minutes: str
    decisions: str


@dataclass(frozen=True)
class PartnerView:
    id: str
    name: str
    category: str
    services: str
    contact_name: str
    phone: str
    email: str
    address: str
    languages: tuple[str, ...]
    notes: str

"""Frozen dataclasses returned by the renovation use cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from fieldapp.attachments.files import AttachmentView


@dataclass(frozen=True)
class ProjectView:
    id: str
    name: str
    site_id: str | None
    description: str
    starts_on: date | None
    ends_on: date | None
    project_manager: str
    contractor: str
    surveyor: str
    status: str
    dwelling_count: int
    works_ended_on: date | None = None
    archived_on: date | None = None

    @property
    def archived(self) -> bool:
        return self.status == "archived"


@dataclass(frozen=True)
class DwellingStatusRow:
    """Where things stand for one dwelling of a project."""

    id: str  # the project-dwelling id
    project_id: str
    dwelling_id: str
    household_id: str | None
    household_name: str
    language: str
    building_name: str
    address: str
    dwelling_label: str
    access_status: str
    next_appointment: datetime | None
    pre_inventory_id: str | None
    pre_inventory_state: str  # "none" | "draft" | "signed"
    post_inventory_id: str | None
    post_inventory_state: str
    help_needed: int  # checklist items needed or arranged
    open_contacts: int
    open_questions: str
    open_question_count: int = 0  # contact-log entries of kind "question" still open


@dataclass(frozen=True)
class InfoSessionView:
    id: str
    project_id: str
    held_on: date
    place: str
    attendee_household_ids: tuple[str, ...]
    questions: str


@dataclass(frozen=True)
class AppointmentView:
    id: str
    project_dwelling_id: str
    planned_at: datetime
    purpose: str
    status: str
    refusal_reason: str
    follow_up: str
    worker: str = ""  # who goes: a name from the people directory (list_appointments)


@dataclass(frozen=True)
class ElementView:
    id: str
    room_id: str
    position: int
    element_type: str
    condition: str
    remarks: str
    photos: tuple[AttachmentView, ...]


@dataclass(frozen=True)
class RoomView:
    id: str
    position: int
    room_type: str
    name: str
    elements: tuple[ElementView, ...]
    photos: tuple[AttachmentView, ...]


@dataclass(frozen=True)
class PartyView:
    id: str
    position: int
    role: str
    name: str
    status: str
    refusal_reason: str
    signed_at: datetime | None
    signature_id: str | None
    signed_fingerprint: str | None


@dataclass(frozen=True)
class AddendumView:
    id: str
    element_id: str | None
    written_on: date
    condition: str
    text: str


@dataclass(frozen=True)
class InventoryView:
    id: str
    project_id: str
    project_dwelling_id: str
    kind: str
    held_on: date
    language: str
    template: str
    general_remarks: str
    fingerprint: str | None
    frozen_at: datetime | None
    rooms: tuple[RoomView, ...]
    parties: tuple[PartyView, ...]
    addenda: tuple[AddendumView, ...]

    @property
    def frozen(self) -> bool:
        return self.fingerprint is not None

    @property
    def photo_count(self) -> int:
        return sum(len(r.photos) + sum(len(e.photos) for e in r.elements) for r in self.rooms)


@dataclass(frozen=True)
class HelpItemView:
    id: str
    project_dwelling_id: str
    item: str
    status: str
    note: str


@dataclass(frozen=True)
class ContactView:
    id: str
    project_dwelling_id: str
    occurred_on: date
    category: str
    text: str
    follow_up: str
    status: str


@dataclass(frozen=True)
class ElementChange:
    room_name: str
    room_type: str
    element_type: str
    before: str  # condition code, "" when not assessed or absent
    after: str
    before_remarks: str
    after_remarks: str
    changed: bool
    worse: bool


@dataclass(frozen=True)
class ComparisonView:
    pre_id: str
    post_id: str
    rows: tuple[ElementChange, ...]  # every element, in the pre-works order

    @property
    def changes(self) -> tuple[ElementChange, ...]:
        return tuple(r for r in self.rows if r.changed)


@dataclass(frozen=True)
class DwellingChoice:
    """A registry dwelling that can be put in a project's scope."""

    dwelling_id: str
    site_name: str
    building_name: str
    dwelling_label: str
    household_name: str


@dataclass(frozen=True)
class PhaseView:
    """A phase of the works schedule; `scope` "project" | "building" | "dwelling" and,
    for the last two, the building's name or the dwelling's label in `place`."""

    id: str
    project_id: str
    kind: str
    description: str
    starts_on: date
    ends_on: date
    access_needed: bool
    scope: str
    building_id: str | None
    project_dwelling_id: str | None
    place: str


@dataclass(frozen=True)
class LetterView:
    id: str
    project_dwelling_id: str
    kind: str
    language: str
    issued_on: date
    info_session_id: str | None


@dataclass(frozen=True)
class InfoQuestionView:
    id: str
    info_session_id: str
    position: int
    household_id: str | None
    household_name: str
    question: str
    answer: str
    answered_by: str  # a role of PARTY_ROLES, or ""


@dataclass(frozen=True)
class InfoSessionDetail:
    """An information session with everything the invitations and the minutes print."""

    id: str
    project_id: str
    held_on: date
    start_minute: int | None
    place: str
    status: str  # "planned" | "held"
    invited_household_ids: tuple[str, ...]
    attendee_household_ids: tuple[str, ...]
    staff_present: tuple[tuple[str, str], ...]  # (role, name)
    questions: tuple[InfoQuestionView, ...]
    minutes: str
    notes: str  # the free text of a session recorded before questions were rows


@dataclass(frozen=True)
class PlacementView:
    id: str
    project_dwelling_id: str
    household_name: str
    person_id: str | None
    person_name: str
    job: str
    employer: str
    offered_on: date
    starts_on: date | None
    ends_on: date | None
    outcome: str
    note: str


@dataclass(frozen=True)
class AccompanimentView:
    id: str
    project_dwelling_id: str
    on_day: date
    minutes: int
    activity: str
    note: str


@dataclass(frozen=True)
class HouseholdEffort:
    """Accompaniment time of one household of a project, and its placements."""

    project_dwelling_id: str
    dwelling_label: str
    household_name: str
    minutes: int
    placements: int

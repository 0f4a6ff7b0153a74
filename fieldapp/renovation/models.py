"""Renovation projects and their pre/post-works inventories (`renovation:<project>` collections).

A project holds dwellings in scope; per dwelling: access appointments, inventories (rooms ->
elements with a condition, remarks and photos), the parties present and their signatures,
addenda after signing, the help-needed checklist and the contact log during the works.
Photos and signatures are `Attachment` rows: the encrypted file lies beside the vault and the
row keeps its random key (DESIGN §3, §5.4)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldapp.records.base import Base, Synced


class RenovationProject(Synced, Base):
    __tablename__ = "renovation_projects"

    name: Mapped[str] = mapped_column(String(160))
    site_id: Mapped[str | None] = mapped_column(ForeignKey("sites.id"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    project_manager: Mapped[str] = mapped_column(String(160), default="")
    contractor: Mapped[str] = mapped_column(String(160), default="")
    surveyor: Mapped[str] = mapped_column(String(160), default="")
    status: Mapped[str] = mapped_column(String(20), default="preparation")
    # the close-out (issue 17 item 7): the day the works ended and the day the project was
    # archived (read-only from then on; the retention clock runs from it)
    works_ended_on: Mapped[date | None]
    archived_on: Mapped[date | None]


class ProjectDwelling(Synced, Base):
    """A dwelling in a project's scope, with the household living there when it was added."""

    __tablename__ = "renovation_dwellings"

    project_id: Mapped[str] = mapped_column(ForeignKey("renovation_projects.id"), index=True)
    dwelling_id: Mapped[str] = mapped_column(ForeignKey("dwellings.id"), index=True)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("households.id"))
    access_status: Mapped[str] = mapped_column(String(20), default="to_plan")
    open_questions: Mapped[str] = mapped_column(Text, default="")


class InfoSession(Synced, Base):
    __tablename__ = "renovation_info_sessions"

    project_id: Mapped[str] = mapped_column(ForeignKey("renovation_projects.id"), index=True)
    held_on: Mapped[date]
    place: Mapped[str] = mapped_column(String(160), default="")
    attendee_household_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    questions: Mapped[str] = mapped_column(Text, default="")
    # issue 17 item 7: planned, then held; who is invited; staff and contractors present
    # ([role, name] pairs, roles of PARTY_ROLES); the minutes. Questions and answers are
    # InfoQuestion rows (`questions` above is the free text of sessions recorded before).
    status: Mapped[str] = mapped_column(String(12), default="held")
    start_minute: Mapped[int | None] = mapped_column(Integer)
    invited_household_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    staff_present: Mapped[list[list[str]]] = mapped_column(JSON, default=list)
    minutes: Mapped[str] = mapped_column(Text, default="")


class InfoQuestion(Synced, Base):
    """A question asked at an information session, by a household or anonymously, and the
    answer given (by the project manager, the contractor, the assistant)."""

    __tablename__ = "renovation_info_questions"

    info_session_id: Mapped[str] = mapped_column(
        ForeignKey("renovation_info_sessions.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("households.id"))
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[str] = mapped_column(String(20), default="")


class AccessAppointment(Synced, Base):
    __tablename__ = "renovation_appointments"

    project_dwelling_id: Mapped[str] = mapped_column(
        ForeignKey("renovation_dwellings.id"), index=True)
    planned_at: Mapped[datetime] = mapped_column(index=True)
    purpose: Mapped[str] = mapped_column(String(20), default="inventory")
    status: Mapped[str] = mapped_column(String(20), default="planned")
    refusal_reason: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")
    # the agenda (issue 16 item 4)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(200), default="")
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    # who goes (an account of fieldapp/people): on that worker's agenda; None for the
    # appointments planned before there was one and whose author is unknown (issue 16)
    worker_id: Mapped[str | None] = mapped_column(String(36), index=True, default=None)


class Inventory(Synced, Base):
    """A room-by-room inventory; `kind` "pre" (before the works) or "post" (the check after).

    Once the first party signs or refuses, `fingerprint` (SHA-256 of the canonical JSON of
    the content) is fixed and the inventory is frozen: later changes are addenda.
    """

    __tablename__ = "renovation_inventories"

    project_dwelling_id: Mapped[str] = mapped_column(
        ForeignKey("renovation_dwellings.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8), default="pre")
    held_on: Mapped[date]
    language: Mapped[str] = mapped_column(String(4), default="nl")
    template: Mapped[str] = mapped_column(String(40), default="standard")
    general_remarks: Mapped[str] = mapped_column(Text, default="")
    fingerprint: Mapped[str | None] = mapped_column(String(64))
    frozen_at: Mapped[datetime | None]


class InventoryRoom(Synced, Base):
    __tablename__ = "renovation_rooms"

    inventory_id: Mapped[str] = mapped_column(
        ForeignKey("renovation_inventories.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    room_type: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(120), default="")


class InventoryElement(Synced, Base):
    __tablename__ = "renovation_elements"

    room_id: Mapped[str] = mapped_column(ForeignKey("renovation_rooms.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    element_type: Mapped[str] = mapped_column(String(30))
    condition: Mapped[str] = mapped_column(String(20), default="")
    remarks: Mapped[str] = mapped_column(Text, default="")


class InventoryParty(Synced, Base):
    """Someone present at the inventory, and their signature or refusal to sign."""

    __tablename__ = "renovation_parties"

    inventory_id: Mapped[str] = mapped_column(
        ForeignKey("renovation_inventories.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    role: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(160))
    status: Mapped[str] = mapped_column(String(12), default="pending")  # signed / refused
    signature_id: Mapped[str | None] = mapped_column(String(36))
    refusal_reason: Mapped[str] = mapped_column(Text, default="")
    signed_at: Mapped[datetime | None]
    signed_fingerprint: Mapped[str | None] = mapped_column(String(64))


class InventoryAddendum(Synced, Base):
    __tablename__ = "renovation_addenda"

    inventory_id: Mapped[str] = mapped_column(
        ForeignKey("renovation_inventories.id"), index=True)
    element_id: Mapped[str | None] = mapped_column(String(36))
    written_on: Mapped[date]
    condition: Mapped[str] = mapped_column(String(20), default="")
    text: Mapped[str] = mapped_column(Text)


class HelpItem(Synced, Base):
    __tablename__ = "renovation_help_items"

    project_dwelling_id: Mapped[str] = mapped_column(
        ForeignKey("renovation_dwellings.id"), index=True)
    item: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(20), default="to_assess")
    note: Mapped[str] = mapped_column(Text, default="")


class ContactEntry(Synced, Base):
    __tablename__ = "renovation_contacts"

    project_dwelling_id: Mapped[str] = mapped_column(
        ForeignKey("renovation_dwellings.id"), index=True)
    occurred_on: Mapped[date] = mapped_column(index=True)
    category: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    follow_up: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="open")


class WorksPhase(Synced, Base):
    """A phase of the works schedule: for the whole project, one building of it, or one
    dwelling (issue 17 item 7); `access_needed` when the workers come inside."""

    __tablename__ = "renovation_phases"

    project_id: Mapped[str] = mapped_column(ForeignKey("renovation_projects.id"), index=True)
    building_id: Mapped[str | None] = mapped_column(ForeignKey("buildings.id"))
    project_dwelling_id: Mapped[str | None] = mapped_column(
        ForeignKey("renovation_dwellings.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    access_needed: Mapped[bool] = mapped_column(Boolean, default=False)


class TenantLetter(Synced, Base):
    """A letter printed for a household: a notice of the works or an invitation to an
    information session, with the language it was printed in and when."""

    __tablename__ = "renovation_letters"

    project_id: Mapped[str] = mapped_column(ForeignKey("renovation_projects.id"), index=True)
    project_dwelling_id: Mapped[str] = mapped_column(
        ForeignKey("renovation_dwellings.id"), index=True)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("households.id"))
    kind: Mapped[str] = mapped_column(String(20))  # "works_notice" | "invitation"
    info_session_id: Mapped[str | None] = mapped_column(String(36))
    language: Mapped[str] = mapped_column(String(4), default="nl")
    issued_on: Mapped[date]


class JobPlacement(Synced, Base):
    """A job offered to a tenant under the project's social clause: the job, the employer
    (often the contractor), when, and how it turned out (issue 17 item 7)."""

    __tablename__ = "renovation_placements"

    project_id: Mapped[str] = mapped_column(ForeignKey("renovation_projects.id"), index=True)
    project_dwelling_id: Mapped[str] = mapped_column(
        ForeignKey("renovation_dwellings.id"), index=True)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("households.id"))
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
    job: Mapped[str] = mapped_column(String(160))
    employer: Mapped[str] = mapped_column(String(160))
    offered_on: Mapped[date]
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    outcome: Mapped[str] = mapped_column(String(20), default="offered")
    note: Mapped[str] = mapped_column(Text, default="")


class AccompanimentTime(Synced, Base):
    """Time spent accompanying one household through the works (minutes on a day)."""

    __tablename__ = "renovation_accompaniment"

    project_id: Mapped[str] = mapped_column(ForeignKey("renovation_projects.id"), index=True)
    project_dwelling_id: Mapped[str] = mapped_column(
        ForeignKey("renovation_dwellings.id"), index=True)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("households.id"))
    on_day: Mapped[date] = mapped_column(index=True)
    minutes: Mapped[int] = mapped_column(Integer)
    activity: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")

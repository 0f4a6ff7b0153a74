"""SQLAlchemy 2.0 ORM classes, one module per area (DESIGN.md §2)."""

from fieldapp.models import sync_state  # noqa: F401  (device-local sync tables)
from fieldapp.models.audit import AccessLogEntry
from fieldapp.models.base import Base, Synced, new_id
from fieldapp.models.casework import (
    CaseFile,
    CaseNote,
    FollowUp,
    HomeVisit,
    Referral,
    WelcomeAttendee,
    WelcomeSession,
)
from fieldapp.models.local import Draft, LocalProfile, Setting
from fieldapp.models.neighbourhood import (
    DefectReport,
    Handoff,
    Intervention,
    NeighbourhoodRequest,
)
from fieldapp.models.registry import Building, Dwelling, Household, Person, Site
from fieldapp.models.renovation import (
    AccessAppointment,
    Attachment,
    ContactEntry,
    HelpItem,
    InfoSession,
    Inventory,
    InventoryAddendum,
    InventoryElement,
    InventoryParty,
    InventoryRoom,
    ProjectDwelling,
    RenovationProject,
)
from fieldapp.models.supervision import Reassignment, ReviewNote

SYNCED_MODELS = (
    Site, Building, Dwelling, Household, Person,
    CaseFile, CaseNote, FollowUp, Referral, HomeVisit, WelcomeSession, WelcomeAttendee,
    AccessLogEntry,
    RenovationProject, ProjectDwelling, InfoSession, AccessAppointment, Inventory,
    InventoryRoom, InventoryElement, InventoryParty, InventoryAddendum, Attachment, HelpItem,
    ContactEntry,
    NeighbourhoodRequest, Intervention, DefectReport, Handoff,
    ReviewNote, Reassignment,
)

__all__ = [
    "SYNCED_MODELS",
    "AccessAppointment",
    "AccessLogEntry",
    "Attachment",
    "Base",
    "Building",
    "CaseFile",
    "CaseNote",
    "ContactEntry",
    "DefectReport",
    "Draft",
    "Dwelling",
    "FollowUp",
    "Handoff",
    "HelpItem",
    "HomeVisit",
    "Household",
    "InfoSession",
    "Intervention",
    "Inventory",
    "InventoryAddendum",
    "InventoryElement",
    "InventoryParty",
    "InventoryRoom",
    "LocalProfile",
    "NeighbourhoodRequest",
    "Person",
    "ProjectDwelling",
    "Reassignment",
    "Referral",
    "RenovationProject",
    "ReviewNote",
    "Setting",
    "Site",
    "Synced",
    "WelcomeAttendee",
    "WelcomeSession",
    "new_id",
]

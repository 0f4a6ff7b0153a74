"""SQLAlchemy 2.0 ORM classes, one module per area (DESIGN.md §2)."""

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
from fieldapp.models.registry import Building, Dwelling, Household, Person, Site

SYNCED_MODELS = (
    Site, Building, Dwelling, Household, Person,
    CaseFile, CaseNote, FollowUp, Referral, HomeVisit, WelcomeSession, WelcomeAttendee,
    AccessLogEntry,
)

__all__ = [
    "SYNCED_MODELS",
    "AccessLogEntry",
    "Base",
    "Building",
    "CaseFile",
    "CaseNote",
    "Draft",
    "Dwelling",
    "FollowUp",
    "HomeVisit",
    "Household",
    "LocalProfile",
    "Person",
    "Referral",
    "Setting",
    "Site",
    "Synced",
    "WelcomeAttendee",
    "WelcomeSession",
    "new_id",
]

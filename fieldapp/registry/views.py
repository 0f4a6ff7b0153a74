"""Frozen rows of the registry: sites, households, people."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class SiteRow:
    id: str
    code: str
    name: str
    municipality: str
    latitude: float | None
    longitude: float | None
    household_count: int


@dataclass(frozen=True)
class HouseholdRow:
    id: str
    name: str
    site_id: str
    site_name: str
    building_name: str
    address: str
    dwelling_label: str
    member_count: int
    case_id: str | None
    case_status: str | None


@dataclass(frozen=True)
class PersonView:
    id: str
    first_name: str
    last_name: str
    relation: str
    birth_date: date | None
    phone: str
    email: str
    national_register_number: str | None
    health_notes: str | None

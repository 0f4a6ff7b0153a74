"""Frozen rows the neighbourhood agents' use cases return (no ORM rows, no case data)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Place:
    site_id: str
    site_name: str
    building_id: str | None
    building_name: str
    address: str
    entrance: str
    floor: str
    dwelling_id: str | None
    dwelling_label: str

    def short(self) -> str:
        """'Site · Building · entrance · floor · dwelling', empty parts left out."""
        parts = [self.site_name, self.building_name, self.entrance, self.floor,
                 self.dwelling_label]
        return " · ".join(p for p in parts if p)


@dataclass(frozen=True)
class RequestRow:
    id: str
    source: str
    category: str
    place: Place
    reporter: str
    urgency: str
    description: str
    received_at: datetime
    due_at: datetime
    overdue: bool
    status: str
    round_day: date | None
    hand_ranked: bool
    interventions: int
    last_intervention_at: datetime | None
    handed_off_on: date | None
    defect_report_id: str | None
    closed_on: date | None


@dataclass(frozen=True)
class RoundBuilding:
    building_id: str | None
    building_name: str
    address: str
    requests: tuple[RequestRow, ...]


@dataclass(frozen=True)
class RoundSite:
    site_id: str
    site_name: str
    latitude: float | None
    longitude: float | None
    buildings: tuple[RoundBuilding, ...]


@dataclass(frozen=True)
class RoundPlan:
    day: date
    sites: tuple[RoundSite, ...]
    distance_km: float

    def requests(self) -> list[RequestRow]:
        """Every request in visiting order."""
        return [r for site in self.sites for b in site.buildings for r in b.requests]


@dataclass(frozen=True)
class InterventionView:
    id: str
    request_id: str | None
    site_id: str
    occurred_at: datetime
    met: str
    actions: str
    outcome: str
    photos: tuple[str, ...]
    follow_up_needed: bool


@dataclass(frozen=True)
class DefectReportView:
    id: str
    request_id: str | None
    place: Place
    category: str
    description: str
    urgency: str
    photos: tuple[str, ...]
    reported_on: date
    reported_by: str


@dataclass(frozen=True)
class HandoffReceipt:
    """All the agent gets back from a hand-off: that it was written, when and for which site."""

    id: str
    site_id: str
    handed_on: date
    due_on: date


@dataclass(frozen=True)
class WeekCount:
    key: str  # category code or site name
    open: int
    closed: int


@dataclass(frozen=True)
class WeekSummary:
    week_start: date
    week_end: date
    logged: int
    closed: int
    open_now: int
    interventions: int
    by_category: tuple[WeekCount, ...]
    by_site: tuple[WeekCount, ...]

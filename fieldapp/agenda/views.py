"""Frozen rows of the agenda."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class AgendaItem:
    """One thing on a worker's agenda.

    `kind`: "visit" | "office" | "welcome" | "access" | "followup"; `start_minute`: minutes
    after midnight in Europe/Brussels, None for what has a day only (a follow-up due);
    `status`: "planned" | "done" | "cancelled" (an access appointment: its outcome);
    `overlaps`: it shares time with another planned item of the same worker that day.
    `purpose` is what the worker typed; the day sheet never prints it.
    """

    kind: str
    id: str
    day: date
    start_minute: int | None
    duration_minutes: int | None
    place: str
    address: str
    dwelling: str
    household_id: str
    household_name: str
    case_id: str
    site_id: str
    worker_id: str
    worker_name: str
    status: str
    purpose: str
    cancel_reason: str
    overlaps: bool = False

    @property
    def end_minute(self) -> int | None:
        if self.start_minute is None:
            return None
        return self.start_minute + (self.duration_minutes or DEFAULT_DURATION)

    @property
    def where(self) -> str:
        """The place typed for it, else the household's address."""
        return self.place or self.address


DEFAULT_DURATION = 30  # an item planned without a duration counts as half an hour


@dataclass(frozen=True)
class WorkerChoice:
    id: str
    name: str


@dataclass(frozen=True)
class CaseChoice:
    """A case file something can be planned in; address and dwelling tell namesakes apart."""

    case_id: str
    household_name: str
    address: str
    dwelling: str

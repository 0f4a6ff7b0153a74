"""Frozen rows the supervisor's use cases return (the UI shows these, never ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CaseloadRow:
    """One worker (key = account id, "former:<name>" for a free-text name from before
    accounts, "" = nobody) or one site (key = site id)."""

    key: str
    label: str
    open_cases: int
    notes_30d: int
    overdue_followups: int
    open_referrals: int
    visits_planned: int
    visits_done: int
    inventories_open: int | None  # per site only (renovation is not assigned to a worker)
    requests_open: int | None  # per site only
    former: bool = False  # a free-text name from before accounts, to map to an account


@dataclass(frozen=True)
class CaseloadCase:
    case_id: str
    household_id: str
    household_name: str
    site_id: str
    site_name: str
    worker: str  # the worker's name ("" = nobody)
    status: str
    opened_on: date
    last_note_on: date | None
    notes_30d: int
    overdue_followups: int
    open_referrals: int
    visits_planned: int
    worker_key: str = ""  # see fieldapp.supervision.caseload.WORKER_KEY


@dataclass(frozen=True)
class ReviewNoteView:
    id: str
    case_id: str
    written_on: date
    text: str
    author_id: str


@dataclass(frozen=True)
class ReassignmentView:
    id: str
    case_id: str
    from_worker: str
    to_worker: str
    reason: str
    reassigned_on: date
    until: date | None
    from_worker_id: str | None = None
    to_worker_id: str | None = None


@dataclass(frozen=True)
class IndicatorFact:
    """`count` actions of `indicator` in `category`, attributed to operational `objective`
    ("-" when a note names none)."""

    indicator: str
    category: str
    objective: str
    count: int


@dataclass(frozen=True)
class IndicatorReport:
    start: date
    end: date
    site_id: str | None
    site_name: str
    facts: tuple[IndicatorFact, ...]

    def total(self, indicator: str) -> int:
        return sum(f.count for f in self.facts if f.indicator == indicator)

    def by_category(self, indicator: str) -> dict[str, int]:
        out: dict[str, int] = {}
        for f in self.facts:
            if f.indicator == indicator:
                out[f.category] = out.get(f.category, 0) + f.count
        return out

    def by_objective(self, indicator: str | None = None) -> dict[str, int]:
        out: dict[str, int] = {}
        for f in self.facts:
            if indicator is None or f.indicator == indicator:
                out[f.objective] = out.get(f.objective, 0) + f.count
        return out

    def by_axis(self, indicator: str | None = None) -> dict[str, int]:
        out: dict[str, int] = {}
        for objective, count in self.by_objective(indicator).items():
            axis = objective.split(".", 1)[0]
            out[axis] = out.get(axis, 0) + count
        return out

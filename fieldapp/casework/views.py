"""The frozen dataclasses the use cases return; the UI shows these, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from fieldapp.registry.views import PersonView, SiteRow


@dataclass(frozen=True)
class CaseView:
    id: str
    household_id: str
    household_name: str
    site_id: str
    status: str
    themes: tuple[str, ...]
    assigned_worker: str  # the worker's name: the account's, or a former free-text name
    opened_on: date
    closed_on: date | None
    worker_id: str | None = None  # the worker's account; None: a former name or nobody


@dataclass(frozen=True)
class NoteView:
    id: str
    case_id: str
    kind: str
    occurred_on: date
    text: str
    confidentiality: str
    objective: str | None
    author_id: str
    updated_at: datetime


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a case's history. `kind`: note|followup|referral|visit|office|welcome|
    reassignment.

    `subkind`: the note kind, referral destination, "followup", "visit" or "welcome";
    `status`: follow-up "open"/"done"/"cancelled", referral status (or "cancelled"), visit
    status, "" otherwise. A reassignment: `text` is the reason, `from_worker`/`to_worker`
    the names ("" for nobody), `until` the end of a cover, `author` the supervisor.
    """

    kind: str
    id: str
    on: date
    subkind: str
    text: str
    status: str
    done: bool
    confidentiality: str
    objective: str | None
    author: str = ""  # who wrote it: a name from the people directory ("" when unknown)
    from_worker: str = ""
    to_worker: str = ""
    until: date | None = None


@dataclass(frozen=True)
class FollowUpView:
    id: str
    case_id: str
    household_id: str
    household_name: str
    due_on: date
    text: str
    done: bool
    done_on: date | None
    origin: str = "case"  # "case" | "handoff" (from a neighbourhood agent; case_id may be "")
    # | "request" (a request to a department waiting for its answer)
    handed_by: str = ""  # a hand-off's origin: "neighbourhood" | "renovation" (close-out);
    # a request's department (labels.DEPARTMENTS)


@dataclass(frozen=True)
class FollowUpOverview:
    today: tuple[FollowUpView, ...]
    overdue: tuple[FollowUpView, ...]
    this_week: tuple[FollowUpView, ...]


@dataclass(frozen=True)
class ReferralView:
    id: str
    case_id: str
    household_name: str
    destination: str
    reason: str
    status: str
    outcome: str
    referred_on: date
    partner_id: str | None = None  # a partner of the social map (issue 19)
    partner_name: str = ""


@dataclass(frozen=True)
class VisitView:
    id: str
    case_id: str
    household_name: str
    planned_on: date
    purpose: str
    status: str
    done_on: date | None
    note_id: str | None


@dataclass(frozen=True)
class WelcomeSessionView:
    id: str
    site_id: str
    held_on: date
    notes: str
    attendee_household_ids: tuple[str, ...]
    status: str = "held"  # planned | held | cancelled (issue 16 item 4)
    start_minute: int | None = None
    duration_minutes: int | None = None
    place: str = ""


@dataclass(frozen=True)
class SearchHit:
    note_id: str
    case_id: str
    household_id: str
    household_name: str
    site_id: str
    kind: str
    occurred_on: date
    confidentiality: str
    snippet: str


@dataclass(frozen=True)
class HouseholdDetail:
    id: str
    name: str
    site: SiteRow
    building_name: str
    address: str
    dwelling_label: str
    floor: int | None
    bedrooms: int | None
    moved_in_on: date | None
    language: str
    people: tuple[PersonView, ...]
    case: CaseView | None
    candidate: bool = False  # no dwelling yet (issue 17 item 5): a candidate tenant


@dataclass(frozen=True)
class OfficeAppointmentView:
    id: str
    case_id: str
    household_name: str
    on_day: date
    start_minute: int  # minutes after midnight, Europe/Brussels
    duration_minutes: int
    place: str
    purpose: str
    worker_id: str | None
    status: str  # planned | done | cancelled
    cancel_reason: str


@dataclass(frozen=True)
class NewTenant:
    """A household that moved in within the period and has not attended a welcome session
    yet: whom the next one invites (issue 16 item 5). Address and dwelling tell namesakes
    apart."""

    household_id: str
    name: str
    address: str
    building_name: str
    dwelling_label: str
    moved_in_on: date
    language: str


@dataclass(frozen=True)
class NewlyAssigned:
    """A case file a supervisor gave to this worker, not opened by them since."""

    case_id: str
    household_id: str
    household_name: str
    from_worker: str  # "" when the case had nobody
    reassigned_on: date

"""The close-out of a renovation project when its works end (issue 17 item 7).

What is still open — contacts of the contact log and help items needed or arranged — goes
to the site's social assistant through the existing hand-off path: one `Handoff` per item
in ``handoff:<site>`` (origin "renovation"), the collection the renovation assistant may
write and the site's assistant reads; the renovation assistant never holds the key of
``casework:<site>`` and nothing here reads a case file. Each handed item is marked
"handed_on"; the project is archived (read-only from then on) and its retention clock
starts on the day of the archive (fieldapp.gdpr.retention, kind "renovation_project").
Its members leave the project's collection on the supervisor's next round, the key
rotating (sync.engine.closeout).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.local.profile import get_profile
from fieldapp.local.sync_state import SyncAccount, SyncCollection
from fieldapp.neighbourhood.labels import HANDOFF_DAYS
from fieldapp.neighbourhood.models import Handoff
from fieldapp.records import common as rec
from fieldapp.registry.models import Building, Dwelling, Household
from fieldapp.renovation.labels import OPEN_HELP_STATUSES
from fieldapp.renovation.models import ContactEntry, HelpItem, ProjectDwelling
from fieldapp.renovation.pdf_texts import code
from fieldapp.renovation.projects import get_live_project, require_open_project

END_IN_FUTURE = QT_TRANSLATE_NOOP("errors", "The works cannot have ended after today.")
END_BEFORE_START = QT_TRANSLATE_NOOP("errors", "The works cannot end before they start.")
NO_HANDOFF_ACCESS = QT_TRANSLATE_NOOP(
    "errors", "This laptop may not yet pass items on to the site's social assistant. Ask a "
              "supervisor to grant you the site's hand-offs, sync, then close out again: "
              "nothing was changed.")
NO_SITE = QT_TRANSLATE_NOOP("errors", "A dwelling of the project has no site in the "
                                      "register: its open items cannot be handed on.")


@dataclass(frozen=True)
class OpenItem:
    """Something still open at the close-out, as the hand-over dialog lists it."""

    kind: str  # "contact" | "help"
    record_id: str
    project_dwelling_id: str
    dwelling_label: str
    household_name: str
    label: str  # the contact's category or the help item, as a code
    text: str


@dataclass(frozen=True)
class CloseOutResult:
    project_id: str
    archived_on: date
    handed_on: int
    site_ids: tuple[str, ...]


def _dwellings(session: Session, project_id: str) -> list[ProjectDwelling]:
    return list(session.scalars(select(ProjectDwelling).where(
        ProjectDwelling.project_id == project_id, ProjectDwelling.deleted.is_(False))))


def open_items(session: Session, *, project_id: str) -> list[OpenItem]:
    """Every open contact and every help item needed or arranged, dwelling by dwelling."""
    project = get_live_project(session, project_id)
    out: list[OpenItem] = []
    for pd in _dwellings(session, project.id):
        dwelling = session.get(Dwelling, pd.dwelling_id)
        household = session.get(Household, pd.household_id) if pd.household_id else None
        label, name = dwelling.label if dwelling else "", household.name if household else ""
        for c in session.scalars(select(ContactEntry).where(
                ContactEntry.project_dwelling_id == pd.id, ContactEntry.deleted.is_(False),
                ContactEntry.status == "open").order_by(ContactEntry.occurred_on)):
            text = c.text + (f"\n{c.follow_up}" if c.follow_up else "")
            out.append(OpenItem("contact", c.id, pd.id, label, name, c.category, text))
        for h in session.scalars(select(HelpItem).where(
                HelpItem.project_dwelling_id == pd.id, HelpItem.deleted.is_(False),
                HelpItem.status.in_(OPEN_HELP_STATUSES)).order_by(HelpItem.item)):
            out.append(OpenItem("help", h.id, pd.id, label, name, h.item, h.note))
    return sorted(out, key=lambda i: (i.dwelling_label, i.kind, i.label))


def _summary(item: OpenItem, *, project_name: str, language: str) -> str:
    kind = "contact_category" if item.kind == "contact" else "help_item"
    what = code(kind, language, item.label)
    body = f"«{project_name}» — {what}" + (f": {item.text}" if item.text else "")
    return body[:2_000]


def _require_handoff_access(session: Session, site_ids: set[str]) -> None:
    """On a laptop connected to a server, each site's hand-off collection must be one it may
    write, or the hand-offs would wait in the outbox while the project's key goes away."""
    if not site_ids or session.get(SyncAccount, 1) is None:
        return  # a vault not connected (yet): everything goes up once it is granted
    if get_profile(session).role == "supervisor":
        return  # their engine creates every site's hand-off collection at the next push
    for site_id in site_ids:
        known = session.get(SyncCollection, rec.handoff_collection(site_id))
        if known is None or known.access not in ("write", "manage"):
            raise ValidationError(NO_HANDOFF_ACCESS)


def close_out(session: Session, *, project_id: str, works_ended_on: date, actor_id: str,
              today: date, language: str = "nl") -> CloseOutResult:
    """Hand every open item to the site's assistant, archive the project, start its
    retention clock. `language`: the one the hand-offs are written in (the app's)."""
    project = require_open_project(session, project_id)
    if works_ended_on > today:
        raise ValidationError(END_IN_FUTURE)
    if project.starts_on and works_ended_on < project.starts_on:
        raise ValidationError(END_BEFORE_START)
    items = open_items(session, project_id=project.id)
    places: dict[str, tuple[str, str, str, str | None]] = {}
    for pd in _dwellings(session, project.id):
        dwelling = session.get(Dwelling, pd.dwelling_id)
        building = session.get(Building, dwelling.building_id) if dwelling else None
        site_id = building.site_id if building else project.site_id
        if site_id is None:
            if any(i.project_dwelling_id == pd.id for i in items):
                raise ValidationError(NO_SITE)
            continue
        places[pd.id] = (site_id, building.id if building else "", pd.dwelling_id,
                         pd.household_id)
    _require_handoff_access(session, {places[i.project_dwelling_id][0] for i in items})
    sites: set[str] = set()
    for item in items:
        site_id, building_id, dwelling_id, household_id = places[item.project_dwelling_id]
        handoff = Handoff(site_id=site_id, building_id=building_id or None,
                          dwelling_id=dwelling_id, household_id=household_id,
                          request_ref=None, origin="renovation",
                          summary=_summary(item, project_name=project.name, language=language),
                          urgency="this_week", handed_on=today,
                          due_on=today + timedelta(days=HANDOFF_DAYS["this_week"]), done=False)
        rec.create(session, handoff, actor_id=actor_id,
                   collection_id=rec.handoff_collection(site_id))
        source: ContactEntry | HelpItem | None = (
            session.get(ContactEntry, item.record_id) if item.kind == "contact"
            else session.get(HelpItem, item.record_id))
        assert source is not None
        source.status = "handed_on"
        rec.touch(session, source, actor_id=actor_id)
        sites.add(site_id)
    project.works_ended_on = works_ended_on
    if project.ends_on is None or project.ends_on != works_ended_on:
        project.ends_on = works_ended_on
    project.status, project.archived_on = "archived", today
    rec.touch(session, project, actor_id=actor_id)
    return CloseOutResult(project.id, today, len(items), tuple(sorted(sites)))

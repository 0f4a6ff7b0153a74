"""Awareness campaigns and their door-to-door rounds (issue 18, item 3).

A campaign names a theme, a neighbourhood, the buildings it covers and a period; the round
lists the doors (dwellings) of those buildings — building and door label, never a tenant's
name — and records per door what happened (met, absent, refused, leaflet left) with a short
remark. Everything is saved in the vault at once: the round works offline in the stairwell.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.collective.field_models import Campaign, DoorVisit
from fieldapp.collective.labels import DOOR_OUTCOMES, SIGNAL_THEMES
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.registry.models import Building, Dwelling
from fieldapp.registry.neighbourhoods import NEIGHBOURHOOD_NOT_FOUND, Neighbourhood

CAMPAIGN_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This campaign no longer exists.")


@dataclass(frozen=True)
class CampaignRow:
    id: str
    neighbourhood_id: str
    theme: str
    title: str
    starts_on: date
    ends_on: date | None
    building_ids: tuple[str, ...]
    posters: int
    findings: str
    doors: int  # doors of its buildings
    visited: int  # doors with an outcome


@dataclass(frozen=True)
class DoorLine:
    """A door of the round: where it is and what happened there."""

    dwelling_id: str
    building_name: str
    door: str
    outcome: str  # "" while not visited
    visited_on: date | None
    remarks: str


def buildings_of(session: Session, neighbourhood_id: str) -> list[tuple[str, str]]:
    """(id, name) of the buildings of a neighbourhood's sites, by name."""
    hood = rec.get_live(session, Neighbourhood, neighbourhood_id, NEIGHBOURHOOD_NOT_FOUND)
    rows = session.scalars(select(Building).where(
        Building.site_id.in_(list(hood.site_ids or [])), Building.deleted.is_(False))
        .order_by(Building.name))
    return [(b.id, b.name) for b in rows]


def _doors(session: Session, building_ids: list[str]) -> list[tuple[Dwelling, str]]:
    rows = session.execute(select(Dwelling, Building.name).join(
        Building, Building.id == Dwelling.building_id).where(
        Dwelling.building_id.in_(building_ids), Dwelling.deleted.is_(False))
        .order_by(Building.name, Dwelling.label))
    return [(d, name) for d, name in rows]


def _visits(session: Session, campaign_id: str) -> dict[str, DoorVisit]:
    return {v.dwelling_id: v for v in session.scalars(select(DoorVisit).where(
        DoorVisit.campaign_id == campaign_id, DoorVisit.deleted.is_(False)))}


def _row(session: Session, c: Campaign) -> CampaignRow:
    doors = {d.id for d, _ in _doors(session, list(c.building_ids or []))}
    visited = sum(1 for dwelling in _visits(session, c.id) if dwelling in doors)
    return CampaignRow(id=c.id, neighbourhood_id=c.neighbourhood_id, theme=c.theme,
                       title=c.title, starts_on=c.starts_on, ends_on=c.ends_on,
                       building_ids=tuple(c.building_ids or []), posters=c.posters,
                       findings=c.findings, doors=len(doors), visited=visited)


def save_campaign(session: Session, *, neighbourhood_id: str, theme: str, title: str,
                  starts_on: date, ends_on: date | None, building_ids: list[str],
                  posters: int, actor_id: str, campaign_id: str | None = None
                  ) -> CampaignRow:
    """Start a campaign, or change one (`campaign_id`)."""
    rec.get_live(session, Neighbourhood, neighbourhood_id, NEIGHBOURHOOD_NOT_FOUND)
    rec.require_code(theme, SIGNAL_THEMES, QT_TRANSLATE_NOOP(
        "errors", "Choose the theme of the campaign."))
    title = rec.clean_text(title, max_len=200, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Give the campaign a title."))
    if not isinstance(starts_on, date):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the start of the campaign."))
    if ends_on is not None and ends_on < starts_on:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "The campaign cannot end before it starts."))
    known = {b for b, _ in buildings_of(session, neighbourhood_id)}
    buildings = [b for b in dict.fromkeys(building_ids) if b in known]
    if not buildings:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Tick the buildings the campaign covers."))
    if not isinstance(posters, int) or not 0 <= posters <= 10_000:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Give the number of posters hung (0 if none)."))
    if campaign_id:
        c = rec.get_live(session, Campaign, campaign_id, CAMPAIGN_NOT_FOUND)
        c.neighbourhood_id, c.theme, c.title = neighbourhood_id, theme, title
        c.starts_on, c.ends_on, c.building_ids, c.posters = (starts_on, ends_on, buildings,
                                                             posters)
        rec.touch(session, c, actor_id=actor_id)
    else:
        c = rec.create(session, Campaign(neighbourhood_id=neighbourhood_id, theme=theme,
                                         title=title, starts_on=starts_on, ends_on=ends_on,
                                         building_ids=buildings, posters=posters,
                                         findings=""),
                       actor_id=actor_id, collection_id=rec.collective_collection(session))
    return _row(session, c)


def record_findings(session: Session, *, campaign_id: str, findings: str,
                    actor_id: str) -> CampaignRow:
    c = rec.get_live(session, Campaign, campaign_id, CAMPAIGN_NOT_FOUND)
    c.findings = (findings or "").strip()[:20_000]
    rec.touch(session, c, actor_id=actor_id)
    return _row(session, c)


def record_door(session: Session, *, campaign_id: str, dwelling_id: str, outcome: str,
                remarks: str, visited_on: date, actor_id: str) -> DoorLine:
    """What happened at one door (a second visit replaces the first: the round's state)."""
    c = rec.get_live(session, Campaign, campaign_id, CAMPAIGN_NOT_FOUND)
    doors = {d.id: (d, name) for d, name in _doors(session, list(c.building_ids or []))}
    if dwelling_id not in doors:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Choose a door of the campaign's buildings."))
    rec.require_code(outcome, DOOR_OUTCOMES, QT_TRANSLATE_NOOP(
        "errors", "Say what happened at the door."))
    if not isinstance(visited_on, date):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the day of the visit."))
    remarks = (remarks or "").strip()[:2_000]
    visit = _visits(session, c.id).get(dwelling_id)
    if visit is None:
        visit = rec.create(session, DoorVisit(campaign_id=c.id, dwelling_id=dwelling_id,
                                              outcome=outcome, visited_on=visited_on,
                                              remarks=remarks),
                           actor_id=actor_id, collection_id=c.collection_id)
    else:
        visit.outcome, visit.visited_on, visit.remarks = outcome, visited_on, remarks
        rec.touch(session, visit, actor_id=actor_id)
    dwelling, building = doors[dwelling_id]
    return DoorLine(dwelling_id=dwelling_id, building_name=building, door=dwelling.label,
                    outcome=outcome, visited_on=visited_on, remarks=remarks)


def list_campaigns(session: Session, *, neighbourhood_ids: list[str] | None = None
                   ) -> list[CampaignRow]:
    """Campaigns, newest first."""
    query = select(Campaign).where(Campaign.deleted.is_(False))
    if neighbourhood_ids is not None:
        query = query.where(Campaign.neighbourhood_id.in_(neighbourhood_ids))
    return [_row(session, c) for c in session.scalars(query.order_by(
        Campaign.starts_on.desc(), Campaign.created_at.desc()))]


def round_of(session: Session, campaign_id: str) -> list[DoorLine]:
    """Every door of the campaign's buildings, by building and door, with its outcome."""
    c = rec.get_live(session, Campaign, campaign_id, CAMPAIGN_NOT_FOUND)
    visits = _visits(session, c.id)
    out = []
    for dwelling, building in _doors(session, list(c.building_ids or [])):
        v = visits.get(dwelling.id)
        out.append(DoorLine(dwelling_id=dwelling.id, building_name=building,
                            door=dwelling.label, outcome=v.outcome if v else "",
                            visited_on=v.visited_on if v else None,
                            remarks=v.remarks if v else ""))
    return out


def delete_campaign(session: Session, *, campaign_id: str, actor_id: str) -> None:
    """A campaign entered by mistake goes, with its round: tombstones that keep none of
    their words (title, findings, remarks) and reach every laptop."""
    campaign = rec.get_live(session, Campaign, campaign_id, CAMPAIGN_NOT_FOUND)
    for visit in _visits(session, campaign.id).values():
        visit.deleted = True
        rec.touch(session, visit, actor_id=actor_id)
    campaign.deleted = True
    rec.touch(session, campaign, actor_id=actor_id)

"""Places an agent can choose when logging a request: sites, their buildings and dwellings
(registry data shared with every field role; no household or case data)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.neighbourhood.requests import address
from fieldapp.registry.models import Building, Dwelling, Site


@dataclass(frozen=True)
class SiteChoice:
    id: str
    code: str
    name: str


@dataclass(frozen=True)
class DwellingChoice:
    id: str
    label: str
    floor: int | None


@dataclass(frozen=True)
class BuildingChoice:
    id: str
    name: str
    address: str
    dwellings: tuple[DwellingChoice, ...]


def list_sites(session: Session) -> list[SiteChoice]:
    query = select(Site).where(Site.deleted.is_(False)).order_by(Site.name, Site.code)
    return [SiteChoice(id=s.id, code=s.code, name=s.name) for s in session.scalars(query)]


def site_places(session: Session, *, site_id: str) -> list[BuildingChoice]:
    """The site's buildings (by name) with their dwellings (by floor, label)."""
    buildings = list(session.scalars(
        select(Building).where(Building.site_id == site_id, Building.deleted.is_(False))
        .order_by(Building.name, Building.id)))
    dwellings: dict[str, list[DwellingChoice]] = {}
    query = (select(Dwelling).where(Dwelling.building_id.in_([b.id for b in buildings]),
                                    Dwelling.deleted.is_(False))
             .order_by(Dwelling.floor, Dwelling.label))
    for d in session.scalars(query):
        dwellings.setdefault(d.building_id, []).append(
            DwellingChoice(id=d.id, label=d.label, floor=d.floor))
    return [BuildingChoice(id=b.id, name=b.name, address=address(b.street, b.number),
                           dwellings=tuple(dwellings.get(b.id, ()))) for b in buildings]

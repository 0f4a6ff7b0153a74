"""Neighbourhoods (wijken / quartiers): the company's sites grouped as the collective social
assistants work them (issue 18). A neighbourhood lives in the registry (`registry:<org>`):
supervisors define it; collective assistants read it and plan their tenants' meetings per
neighbourhood.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import JSON, String, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.records.base import Base, Synced
from fieldapp.registry.models import Household, Site

NEIGHBOURHOOD_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This neighbourhood no longer exists.")


class Neighbourhood(Synced, Base):
    """A named group of sites and the collective assistants who work it."""

    __tablename__ = "neighbourhoods"

    name: Mapped[str] = mapped_column(String(120))
    site_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    assistant_ids: Mapped[list[str]] = mapped_column(JSON, default=list)


@dataclass(frozen=True)
class NeighbourhoodRow:
    id: str
    name: str
    site_ids: tuple[str, ...]
    site_names: tuple[str, ...]
    assistant_ids: tuple[str, ...]
    households: int


def define_neighbourhood(session: Session, *, name: str, site_ids: list[str],
                         assistant_ids: list[str], actor_id: str,
                         neighbourhood_id: str | None = None) -> NeighbourhoodRow:
    """Create or change a neighbourhood (the supervisor's registry work)."""
    name = rec.clean_text(name, max_len=120, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Give the neighbourhood a name."))
    known = set(session.scalars(select(Site.id).where(Site.deleted.is_(False))))
    sites = [s for s in dict.fromkeys(site_ids) if s in known]
    if not sites:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "A neighbourhood needs at least one site."))
    if neighbourhood_id:
        row = rec.get_live(session, Neighbourhood, neighbourhood_id, NEIGHBOURHOOD_NOT_FOUND)
        row.name, row.site_ids = name, sites
        row.assistant_ids = list(dict.fromkeys(assistant_ids))
        rec.touch(session, row, actor_id=actor_id)
    else:
        row = rec.create(session, Neighbourhood(name=name, site_ids=sites,
                                                assistant_ids=list(dict.fromkeys(assistant_ids))),
                         actor_id=actor_id, collection_id=rec.registry_collection(session))
    return _row(session, row)


def _row(session: Session, row: Neighbourhood) -> NeighbourhoodRow:
    sites = {s.id: s.name for s in session.scalars(
        select(Site).where(Site.id.in_(row.site_ids or []), Site.deleted.is_(False)))}
    count = household_count(session, row.id)
    return NeighbourhoodRow(
        id=row.id, name=row.name, site_ids=tuple(s for s in row.site_ids if s in sites),
        site_names=tuple(sites[s] for s in row.site_ids if s in sites),
        assistant_ids=tuple(row.assistant_ids or ()), households=count)


def list_neighbourhoods(session: Session, *, assistant_id: str | None = None
                        ) -> list[NeighbourhoodRow]:
    """Every neighbourhood, or those `assistant_id` works (all of them when none names
    anyone: a small company has one collective assistant for everything)."""
    rows = list(session.scalars(select(Neighbourhood).where(
        Neighbourhood.deleted.is_(False)).order_by(Neighbourhood.name)))
    if assistant_id is not None:
        mine = [r for r in rows if assistant_id in (r.assistant_ids or [])]
        rows = mine or [r for r in rows if not r.assistant_ids]
    return [_row(session, r) for r in rows]


def get_neighbourhood(session: Session, neighbourhood_id: str) -> NeighbourhoodRow:
    return _row(session, rec.get_live(session, Neighbourhood, neighbourhood_id,
                                      NEIGHBOURHOOD_NOT_FOUND))


def household_count(session: Session, neighbourhood_id: str) -> int:
    """How many households live on the neighbourhood's sites (a count, no rows loaded)."""
    row = session.get(Neighbourhood, neighbourhood_id)
    if row is None or row.deleted:
        return 0
    return int(session.scalar(select(func.count()).select_from(Household).where(
        Household.site_id.in_(row.site_ids or []), Household.deleted.is_(False),
        Household.moved_out_on.is_(None))) or 0)


def households_of(session: Session, neighbourhood_id: str) -> list[Household]:
    """The households living on the neighbourhood's sites (moved-out ones left out)."""
    row = rec.get_live(session, Neighbourhood, neighbourhood_id, NEIGHBOURHOOD_NOT_FOUND)
    return list(session.scalars(select(Household).where(
        Household.site_id.in_(row.site_ids or []), Household.deleted.is_(False),
        Household.moved_out_on.is_(None)).order_by(Household.name)))

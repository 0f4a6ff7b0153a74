"""Today's round: the chosen requests grouped by site and building, sites in a short
visiting order (nearest neighbour from a start point, then 2-opt; deterministic).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.neighbourhood.models import NeighbourhoodRequest
from fieldapp.neighbourhood.requests import load_rows, rows_query
from fieldapp.neighbourhood.triage import auto_key
from fieldapp.neighbourhood.views import (
    RequestRow,
    RoundBuilding,
    RoundPlan,
    RoundSite,
)
from fieldapp.registry.models import Site

Point = tuple[float, float]  # (latitude, longitude) in degrees
EARTH_KM = 6371.0


def distance_km(a: Point, b: Point) -> float:
    """Equirectangular approximation: plenty at the scale of a city."""
    lat = math.radians((a[0] + b[0]) / 2)
    dx = math.radians(b[1] - a[1]) * math.cos(lat)
    dy = math.radians(b[0] - a[0])
    return EARTH_KM * math.hypot(dx, dy)


def path_km(points: Sequence[Point]) -> float:
    return sum(distance_km(points[i], points[i + 1]) for i in range(len(points) - 1))


def order_points(start: Point, points: Sequence[Point]) -> list[int]:
    """Indexes of `points` in visiting order of an open path from `start`."""
    left = list(range(len(points)))
    order: list[int] = []
    here = start
    while left:  # nearest neighbour; ties go to the lower index
        nxt = min(left, key=lambda i: (distance_km(here, points[i]), i))
        order.append(nxt)
        left.remove(nxt)
        here = points[nxt]
    path = [start] + [points[i] for i in order]
    improved = True
    while improved:  # 2-opt on the open path; the start stays first
        improved = False
        for i in range(1, len(path) - 1):
            for j in range(i + 1, len(path)):
                a, b, c = path[i - 1], path[i], path[j]
                old = distance_km(a, b) + (distance_km(c, path[j + 1]) if j + 1 < len(path)
                                           else 0.0)
                new = distance_km(a, c) + (distance_km(b, path[j + 1]) if j + 1 < len(path)
                                           else 0.0)
                if new < old - 1e-9:
                    path[i:j + 1] = reversed(path[i:j + 1])
                    order[i - 1:j] = reversed(order[i - 1:j])
                    improved = True
    return order


def _point(site: Site) -> Point | None:
    if site.latitude is None or site.longitude is None:
        return None
    return (site.latitude, site.longitude)


def _natural(text: str) -> tuple[int | str, ...]:
    return tuple(int(p) if p.isdigit() else p.casefold() for p in re.split(r"(\d+)", text))


def _group(rows: list[RequestRow]) -> tuple[RoundBuilding, ...]:
    by_building: dict[str | None, list[RequestRow]] = {}
    for row in rows:
        by_building.setdefault(row.place.building_id, []).append(row)
    buildings = []
    for building_id, items in by_building.items():
        items.sort(key=lambda r: (_natural(r.place.entrance), _natural(r.place.floor),
                                  _natural(r.place.dwelling_label), auto_key(r), r.id))
        first = items[0].place
        buildings.append(RoundBuilding(building_id=building_id,
                                       building_name=first.building_name,
                                       address=first.address, requests=tuple(items)))
    buildings.sort(key=lambda b: (b.building_id is not None, _natural(b.building_name),
                                  b.building_id or ""))
    return tuple(buildings)


def plan_round(session: Session, *, day: date, now: datetime,
               start: Point | None = None) -> RoundPlan:
    """The round of `day`. Without `start`, the round begins at the site of its most
    pressing request. Sites without coordinates come last, by name."""
    query = rows_query().where(NeighbourhoodRequest.round_day == day)
    rows = load_rows(session, query, now)
    by_site: dict[str, list[RequestRow]] = {}
    for row in sorted(rows, key=lambda r: (auto_key(r), r.id)):
        by_site.setdefault(row.place.site_id, []).append(row)
    sites = {s.id: s for s in session.scalars(select(Site).where(Site.id.in_(by_site)))}
    coordinates = {sid: point for sid in by_site if (point := _point(sites[sid])) is not None}
    located = sorted(coordinates, key=lambda sid: sites[sid].code)
    unlocated = sorted((sid for sid in by_site if sid not in coordinates),
                       key=lambda sid: (_natural(sites[sid].name), sid))
    points = [coordinates[sid] for sid in located]
    distance = 0.0
    if located:
        if start is None:
            first = next(sid for sid in by_site if sid in located)  # most pressing
            start = points[located.index(first)]
        order = order_points(start, points)
        located = [located[i] for i in order]
        distance = path_km([start] + [points[i] for i in order])
    plan = tuple(
        RoundSite(site_id=sid, site_name=sites[sid].name, latitude=sites[sid].latitude,
                  longitude=sites[sid].longitude, buildings=_group(by_site[sid]))
        for sid in located + unlocated
    )
    return RoundPlan(day=day, sites=plan, distance_km=round(distance, 2))

"""Logging a neighbourhood request in seconds, reading it back, closing it.

Records live in `neighbourhood:<org>`. Nothing here reads case files or notes.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.neighbourhood.labels import ALLOWANCE, CATEGORIES, SOURCES, URGENCIES
from fieldapp.neighbourhood.models import Intervention, NeighbourhoodRequest
from fieldapp.neighbourhood.views import Place, RequestRow
from fieldapp.records import common as rec
from fieldapp.registry.models import Building, Dwelling, Site

REQUEST_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This request was not found.")
LOCAL_TZ = ZoneInfo("Europe/Brussels")


def collection(session: Session) -> str:
    return rec.neighbourhood_collection(session)


def due_at(urgency: str, received_at: datetime) -> datetime:
    """When a request becomes overdue: received + allowance; "today" = 23:59 that day."""
    allowance = ALLOWANCE.get(urgency)
    if allowance is not None:
        return received_at + allowance
    local_day = received_at.astimezone(LOCAL_TZ).date()
    return datetime.combine(local_day, time(23, 59), LOCAL_TZ).astimezone(UTC)


def resolve_place(session: Session, *, site_id: Any, building_id: Any = None,
                  dwelling_id: Any = None) -> tuple[Site, Building | None, Dwelling | None]:
    site = rec.get_live(session, Site, site_id,
                        QT_TRANSLATE_NOOP("errors", "Choose the site of the request."))
    building = dwelling = None
    if dwelling_id:
        dwelling = rec.get_live(session, Dwelling, dwelling_id,
                                QT_TRANSLATE_NOOP("errors", "This dwelling was not found."))
        building_id = building_id or dwelling.building_id
    if building_id:
        building = rec.get_live(session, Building, building_id,
                                QT_TRANSLATE_NOOP("errors", "This building was not found."))
        if building.site_id != site.id or (dwelling and dwelling.building_id != building.id):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "The building and dwelling must belong to the chosen site."))
    return site, building, dwelling


def _short(value: Any, max_len: int) -> str:
    text = value.strip() if isinstance(value, str) else ""
    if len(text) > max_len:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This text is too long: at most {max_len} characters."),
            max_len=max_len)
    return text


def log_request(
    session: Session, *, source: str, category: str, site_id: str, urgency: str,
    description: str, actor_id: str, now: datetime, building_id: str | None = None,
    entrance: str = "", floor: str = "", dwelling_id: str | None = None, reporter: str = "",
) -> RequestRow:
    rec.require_code(source, SOURCES,
                     QT_TRANSLATE_NOOP("errors", "Choose where the request came from."))
    rec.require_code(category, CATEGORIES, QT_TRANSLATE_NOOP("errors", "Choose a category."))
    rec.require_code(urgency, URGENCIES, QT_TRANSLATE_NOOP("errors", "Choose an urgency."))
    description = rec.clean_text(description, max_len=2_000, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Describe the request in a few words."))
    site, building, dwelling = resolve_place(session, site_id=site_id, building_id=building_id,
                                             dwelling_id=dwelling_id)
    request = NeighbourhoodRequest(
        source=source, category=category, site_id=site.id,
        building_id=building.id if building else None, entrance=_short(entrance, 20),
        floor=_short(floor, 10), dwelling_id=dwelling.id if dwelling else None,
        reporter=_short(reporter, 160), urgency=urgency, description=description,
        received_at=now, status="open",
    )
    rec.create(session, request, actor_id=actor_id, collection_id=collection(session))
    return get_request(session, request_id=request.id, now=now)


def get_live_request(session: Session, request_id: str) -> NeighbourhoodRequest:
    return rec.get_live(session, NeighbourhoodRequest, request_id, REQUEST_NOT_FOUND)


def close_request(session: Session, *, request_id: str, actor_id: str, today: date,
                  now: datetime) -> RequestRow:
    request = get_live_request(session, request_id)
    if request.status != "closed":
        request.status, request.closed_on, request.closed_by = "closed", today, actor_id
        rec.touch(session, request, actor_id=actor_id)
    return get_request(session, request_id=request_id, now=now)


def reopen_request(session: Session, *, request_id: str, actor_id: str,
                   now: datetime) -> RequestRow:
    request = get_live_request(session, request_id)
    if request.status == "closed":
        request.status, request.closed_on, request.closed_by = "open", None, None
        rec.touch(session, request, actor_id=actor_id)
    return get_request(session, request_id=request_id, now=now)


# A request, its site's name, its building's name, street and number, its dwelling's label
# (the building and dwelling columns are None where the outer joins find nothing).
RowsQuery = Select[NeighbourhoodRequest, str, str | None, str | None, str | None, str | None]


def rows_query() -> RowsQuery:
    """Requests with their place names (outer joins); filter it, then `load_rows`."""
    b, d = aliased(Building), aliased(Dwelling)
    return (
        select(NeighbourhoodRequest, Site.name, b.name, b.street, b.number, d.label)
        .join(Site, Site.id == NeighbourhoodRequest.site_id)
        .outerjoin(b, b.id == NeighbourhoodRequest.building_id)
        .outerjoin(d, d.id == NeighbourhoodRequest.dwelling_id)
        .where(NeighbourhoodRequest.deleted.is_(False))
    )


def load_rows(session: Session, query: RowsQuery, now: datetime) -> list[RequestRow]:
    """Run a rows_query() and add intervention count / last date of just those requests
    (one grouped query over the request_id index, never the whole history)."""
    results = session.execute(query).all()
    ids = [r[0].id for r in results]
    stats: dict[str | None, tuple[int, Any]] = {}
    for start in range(0, len(ids), 900):  # stay far below SQLite's bound-parameter limit
        chunk = ids[start:start + 900]
        stats.update((rid, (n, last)) for rid, n, last in session.execute(
            select(Intervention.request_id, func.count(), func.max(Intervention.occurred_at))
            .where(Intervention.request_id.in_(chunk), Intervention.deleted.is_(False))
            .group_by(Intervention.request_id)))
    return [to_row(r, now, *stats.get(r[0].id, (0, None))) for r in results]


def address(street: str | None, number: str | None) -> str:
    return " ".join(p for p in (street or "", number or "") if p)


def to_row(result: Any, now: datetime, n: int = 0, last: Any = None) -> RequestRow:
    r, site_name, b_name, street, number, d_label = result
    if last is not None and last.tzinfo is None:  # aggregate bypasses the column type
        last = datetime.fromisoformat(str(last)).replace(tzinfo=UTC)
    due = due_at(r.urgency, r.received_at)
    place = Place(site_id=r.site_id, site_name=site_name, building_id=r.building_id,
                  building_name=b_name or "", address=address(street, number),
                  entrance=r.entrance, floor=r.floor, dwelling_id=r.dwelling_id,
                  dwelling_label=d_label or "")
    return RequestRow(
        id=r.id, source=r.source, category=r.category, place=place, reporter=r.reporter,
        urgency=r.urgency, description=r.description, received_at=r.received_at, due_at=due,
        overdue=r.status == "open" and due < now, status=r.status, round_day=r.round_day,
        hand_ranked=r.rank_key is not None, interventions=n or 0, last_intervention_at=last,
        handed_off_on=r.handed_off_on, defect_report_id=r.defect_report_id,
        closed_on=r.closed_on,
    )


def get_request(session: Session, *, request_id: str, now: datetime) -> RequestRow:
    get_live_request(session, request_id)
    [row] = load_rows(session, rows_query().where(NeighbourhoodRequest.id == request_id), now)
    return row

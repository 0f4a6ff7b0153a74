"""The agent's morning triage: open requests ranked by urgency and age, overdue marked,
re-ranked by hand (persisted), and picked for today's round.

Ranking: "immediate" requests first, then every other request by when it falls due
(received + allowance of its urgency), so urgency and age both count and the overdue ones
come first. A hand-moved request keeps a `rank_key` in the same space (seconds since the
epoch of its due time), placed between its new neighbours: only the moved record changes,
and later requests still slot in by their own due time.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.neighbourhood.models import NeighbourhoodRequest
from fieldapp.neighbourhood.requests import (
    get_live_request,
    load_rows,
    rows_query,
)
from fieldapp.neighbourhood.views import RequestRow
from fieldapp.records import common as rec

IMMEDIATE_OFFSET = -1e11  # every immediate request before every other one
STEP = 60.0  # a moved request at either end sits one minute beyond its neighbour


def auto_key(row: RequestRow) -> float:
    key = row.due_at.timestamp()
    return key + IMMEDIATE_OFFSET if row.urgency == "immediate" else key


def _keyed(session: Session, now: datetime) -> list[tuple[float, RequestRow]]:
    query = rows_query().where(NeighbourhoodRequest.status == "open")
    rank_keys = dict(session.execute(
        select(NeighbourhoodRequest.id, NeighbourhoodRequest.rank_key)
        .where(NeighbourhoodRequest.status == "open",
               NeighbourhoodRequest.rank_key.is_not(None))).all())
    keyed = []
    for row in load_rows(session, query, now):
        rank_key = rank_keys.get(row.id)
        keyed.append((rank_key if rank_key is not None else auto_key(row), row))
    keyed.sort(key=lambda kr: (kr[0], kr[1].received_at, kr[1].id))
    return keyed


def triage(session: Session, *, now: datetime) -> list[RequestRow]:
    """Open requests, most pressing first; `overdue` set against `now` (the caller's clock)."""
    return [row for _key, row in _keyed(session, now)]


def rerank(session: Session, *, request_id: str, to_index: int, actor_id: str,
           now: datetime) -> list[RequestRow]:
    """Move one request to position `to_index` of the triage list; returns the new list."""
    request = get_live_request(session, request_id)
    everything = _keyed(session, now)
    keyed = [kr for kr in everything if kr[1].id != request_id]
    index = max(0, min(int(to_index), len(keyed)))
    before = keyed[index - 1][0] if index > 0 else None
    after = keyed[index][0] if index < len(keyed) else None
    if before is None and after is None:
        return [row for _key, row in everything]
    if before is None:
        key = after - STEP  # type: ignore[operator]
    elif after is None:
        key = before + STEP
    else:
        key = (before + after) / 2
    request.rank_key = key
    rec.touch(session, request, actor_id=actor_id)
    moved = [row for _key, row in everything if row.id == request_id]
    rows = [row for _key, row in keyed]
    if moved:  # the list as it now reads, without asking the database again
        rows.insert(index, dataclasses.replace(moved[0], hand_ranked=True))
    return rows


def clear_rank(session: Session, *, request_id: str, actor_id: str,
               now: datetime) -> list[RequestRow]:
    """Back to the automatic place."""
    request = get_live_request(session, request_id)
    if request.rank_key is not None:
        request.rank_key = None
        rec.touch(session, request, actor_id=actor_id)
    return triage(session, now=now)


def set_in_round(session: Session, *, request_id: str, day: date | None, actor_id: str) -> None:
    """Put a request into the round of `day`, or take it out (day=None)."""
    request = get_live_request(session, request_id)
    if request.status == "closed":
        day = None
    if request.round_day != day:
        request.round_day = day
        rec.touch(session, request, actor_id=actor_id)

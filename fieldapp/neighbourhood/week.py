"""The agent's own week: requests logged, closed and still open, by category and by site."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.neighbourhood.labels import CATEGORIES
from fieldapp.neighbourhood.models import Intervention, NeighbourhoodRequest
from fieldapp.neighbourhood.requests import LOCAL_TZ
from fieldapp.neighbourhood.views import WeekCount, WeekSummary
from fieldapp.registry.models import Site


def _utc(day: date) -> datetime:
    return datetime.combine(day, time(0), LOCAL_TZ).astimezone(UTC)


def week_summary(session: Session, *, today: date, actor_id: str) -> WeekSummary:
    """Monday to Sunday of `today`'s week. Closed = closed by the agent that week; open =
    requests the agent logged that are still open (whenever logged)."""
    start = today - timedelta(days=today.weekday())
    end = start + timedelta(days=6)
    r = NeighbourhoodRequest
    base = (select(r.category, Site.name, r.status).join(Site, Site.id == r.site_id)
            .where(r.deleted.is_(False)))
    rows = list(session.execute(base.where(r.status == "open", r.created_by == actor_id)).all())
    # closed_on is set only while closed: its index finds the week (not the status index)
    rows += session.execute(base.where(r.closed_on.between(start, end),
                                       r.closed_by == actor_id)).all()
    logged = session.scalar(
        select(func.count()).select_from(r)
        .where(r.deleted.is_(False), r.created_by == actor_id,
               r.received_at >= _utc(start), r.received_at < _utc(end + timedelta(days=1))))
    interventions = session.scalar(
        select(func.count()).select_from(Intervention)
        .where(Intervention.deleted.is_(False), Intervention.created_by == actor_id,
               Intervention.occurred_at >= _utc(start),
               Intervention.occurred_at < _utc(end + timedelta(days=1))))
    open_by: dict[str, Counter[str]] = {"category": Counter(), "site": Counter()}
    closed_by: dict[str, Counter[str]] = {"category": Counter(), "site": Counter()}
    for category, site_name, status in rows:  # status "closed" for the second query
        target = closed_by if status == "closed" else open_by
        target["category"][category] += 1
        target["site"][site_name] += 1
    categories = tuple(
        WeekCount(key=code, open=open_by["category"][code], closed=closed_by["category"][code])
        for code in CATEGORIES
        if open_by["category"][code] or closed_by["category"][code])
    site_names = sorted(set(open_by["site"]) | set(closed_by["site"]), key=str.casefold)
    sites = tuple(WeekCount(key=name, open=open_by["site"][name],
                            closed=closed_by["site"][name]) for name in site_names)
    return WeekSummary(week_start=start, week_end=end, logged=logged or 0,
                       closed=sum(closed_by["category"].values()),
                       open_now=sum(open_by["category"].values()),
                       interventions=interventions or 0, by_category=categories,
                       by_site=sites)

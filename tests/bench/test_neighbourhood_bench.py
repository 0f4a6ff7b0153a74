"""Neighbourhood agents' budgets: the triage view and today's round over 20,000 historical
interventions and 500 open requests — opening the view and re-ranking (aim: < 100 ms, no
visible wait).

Run: .venv/bin/pytest -m bench tests/bench/test_neighbourhood_bench.py -s

Each measurement is what the UI does for one user action: a fresh session on the vault
(SQLCipher), the use case, and for writes the commit.
"""

from __future__ import annotations

import random
import statistics
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import insert

from fieldapp.local.profile import get_profile
from fieldapp.neighbourhood.models import Intervention, NeighbourhoodRequest
from fieldapp.neighbourhood.rounds import plan_round
from fieldapp.neighbourhood.triage import rerank, set_in_round, triage
from fieldapp.neighbourhood.week import week_summary
from fieldapp.registry.models import Building, Dwelling, Site
from tests.factories import make_vault

pytestmark = pytest.mark.bench

TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
HISTORY, OPEN, SITES, IN_ROUND = 20_000, 500, 24, 40
AIM_MS = 100.0
CATEGORIES = ("neighbour_conflict", "noise", "bulky_waste", "squatters", "vandalism",
              "safety", "technical_defect", "youth_prevention", "accompanying_staff", "other")
URGENCIES = ("immediate", "today", "this_week", "when_possible")
FIGURES: list[tuple[str, float, float]] = []


def _meta(rng: random.Random, actor: str, collection: str, at: datetime) -> dict:
    return dict(id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                collection_id=collection, rev=str(uuid.uuid4()), base_rev=None, dirty=False,
                deleted=False, created_by=actor, updated_by=actor, created_at=at,
                updated_at=at)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):
    vault = make_vault(tmp_path_factory.mktemp("nbbench") / "vault")
    rng = random.Random(6)
    started = time.perf_counter()
    with vault.session() as s:
        actor = get_profile(s).id
        coll, reg = "neighbourhood:test-org", "registry:test-org"
        naive = NOW  # aware UTC, as the column type wants
        sites = [dict(_meta(rng, actor, reg, naive), code=f"s{i}", name=f"Site {i}",
                      municipality="Brussel", latitude=50.80 + rng.random() * 0.1,
                      longitude=4.28 + rng.random() * 0.15) for i in range(SITES)]
        s.execute(insert(Site), sites)
        buildings = [dict(_meta(rng, actor, reg, naive), site_id=site["id"], name=f"Blok {b}",
                          street="Straat", number=str(b), postcode="1000",
                          municipality="Brussel") for site in sites for b in range(5)]
        s.execute(insert(Building), buildings)
        dwellings = [dict(_meta(rng, actor, reg, naive), building_id=b["id"],
                          label=f"{f}{c}", floor=f, bedrooms=2)
                     for b in buildings for f in range(8) for c in "AB"]
        s.execute(insert(Dwelling), dwellings)
        site_of = {b["id"]: b["site_id"] for b in buildings}
        requests, interventions = [], []
        for i in range(HISTORY + OPEN):
            d = rng.choice(dwellings)
            is_open = i >= HISTORY
            received = naive - timedelta(hours=rng.randint(1, 24 * (14 if is_open else 700)))
            req = dict(_meta(rng, actor, coll, received), source="tenant_call",
                       category=rng.choice(CATEGORIES), site_id=site_of[d["building_id"]],
                       building_id=d["building_id"], entrance="A", floor=str(d["floor"]),
                       dwelling_id=d["id"], reporter="", urgency=rng.choice(URGENCIES),
                       description=f"Request {i}", received_at=received,
                       status="open" if is_open else "closed", rank_key=None, round_day=None,
                       closed_on=None if is_open else (received + timedelta(days=1)).date(),
                       closed_by=None if is_open else actor, handed_off_on=None,
                       defect_report_id=None)
            requests.append(req)
            if not is_open or rng.random() < 0.3:
                interventions.append(dict(
                    _meta(rng, actor, coll, received), request_id=req["id"],
                    site_id=req["site_id"], occurred_at=received + timedelta(hours=3),
                    met="", actions="Visit", outcome="resolved", photos=[],
                    follow_up_needed=False))
        s.execute(insert(NeighbourhoodRequest), requests)
        s.execute(insert(Intervention), interventions)
    open_ids = [r["id"] for r in requests[HISTORY:]]
    with vault.session() as s:
        for rid in open_ids[:IN_ROUND]:
            set_in_round(s, request_id=rid, day=TODAY, actor_id=actor)
    print(f"\nbuilt {len(requests)} requests, {len(interventions)} interventions in "
          f"{time.perf_counter() - started:.1f} s")
    yield vault, actor, open_ids
    vault.lock()
    print("\nneighbourhood bench (ms)        p50      p95")
    for name, p50, p95 in FIGURES:
        print(f"  {name:<28} {p50:7.1f}  {p95:7.1f}")


def _measure(name: str, fn: Callable[[int], object], runs: int = 30) -> tuple[float, float]:
    fn(0)  # warm-up (statement cache, pages)
    samples = []
    for i in range(runs):
        started = time.perf_counter()
        fn(i)
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    p50, p95 = statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]
    FIGURES.append((name, p50, p95))
    return p50, p95


def test_open_triage_view(world):
    vault, _actor, _ids = world

    def open_view(_i: int) -> None:
        with vault.session(read_only=True) as s:
            rows = triage(s, now=NOW)
        assert len(rows) == OPEN

    p50, _p95 = _measure("open triage (500 open)", open_view)
    assert p50 < AIM_MS


def test_rerank(world):
    vault, actor, ids = world
    rng = random.Random(7)

    def move(_i: int) -> None:
        with vault.session() as s:
            rows = rerank(s, request_id=rng.choice(ids), to_index=rng.randrange(OPEN),
                          actor_id=actor, now=NOW)
        assert len(rows) == OPEN

    p50, _p95 = _measure("re-rank + new list + commit", move)
    assert p50 < AIM_MS


def test_open_round(world):
    vault, _actor, _ids = world

    def open_round(_i: int) -> None:
        with vault.session(read_only=True) as s:
            plan = plan_round(s, day=TODAY, now=NOW)
        assert len(plan.requests()) == IN_ROUND

    p50, _p95 = _measure(f"open round ({IN_ROUND} requests)", open_round)
    assert p50 < AIM_MS


def test_week(world):
    vault, actor, _ids = world

    def week(_i: int) -> None:
        with vault.session(read_only=True) as s:
            week_summary(s, today=TODAY, actor_id=actor)

    p50, _p95 = _measure("my week", week)
    assert p50 < AIM_MS



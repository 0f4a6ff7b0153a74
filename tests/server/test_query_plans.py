"""The hot queries of push and pull use the indexes whatever plan PostgreSQL has cached and
whatever the statistics (issue 13, flat cost).

A push with every kind of item (new, update, duplicate of the current and of an older
revision, conflict) and a pull page run against two collections of 20,000 revisions each;
every SELECT they sent to `revisions` or `items` is then prepared and run again under
EXPLAIN ANALYZE with `plan_cache_mode` forced to the generic and to the custom plan, first
with no statistics at all and then after ANALYZE. No plan may scan the tables or filter
more rows than the batch holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from sqlalchemy import event

from tests.harness.postgres import libpq_url
from tests.harness.server import LiveServer
from tests.server.server_factories import World, seed_revisions

pytestmark = pytest.mark.postgres

SEEDED = 20_000
SCANNED_TABLES = {"revisions", "items"}


def _nodes(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield plan
    for child in plan.get("Plans", ()):
        yield from _nodes(child)


def explain(conn: psycopg.Connection, statement: str, params: dict[str, Any], mode: str) -> Any:
    """EXPLAIN ANALYZE of `statement` run as a prepared statement under `mode`."""
    names: list[str] = []

    def placeholder(match: re.Match[str]) -> str:
        if match.group(1) not in names:
            names.append(match.group(1))
        return f"${names.index(match.group(1)) + 1}"

    sql = re.sub(r"%\((\w+)\)s", placeholder, statement)
    conn.execute("DEALLOCATE ALL")
    conn.execute(f"SET plan_cache_mode = {mode}")
    conn.execute(f"PREPARE hot AS {sql}")
    mogrify = psycopg.ClientCursor(conn).mogrify
    args = ", ".join(mogrify("%s", [params[n]]) for n in names)
    row = conn.execute(f"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) EXECUTE hot({args})").fetchone()
    assert row is not None
    conn.rollback()
    return row[0][0]["Plan"]


def _check(plan: dict[str, Any], limit: int, label: str) -> None:
    for node in _nodes(plan):
        if node.get("Relation Name") not in SCANNED_TABLES:
            continue
        assert node["Node Type"] != "Seq Scan", f"{label}: {node['Node Type']}"
        removed = node.get("Rows Removed by Filter", 0) + node.get(
            "Rows Removed by Index Recheck", 0
        )
        assert removed <= limit, f"{label}: {removed} rows filtered on {node['Relation Name']}"
        blocks = node.get("Shared Hit Blocks", 0) + node.get("Shared Read Blocks", 0)
        assert blocks <= 20 * limit, f"{label}: {blocks} blocks read"


def test_hot_queries_use_the_indexes_under_any_plan(
    world: World, live_server: LiveServer, pg_url: str
) -> None:
    sup = world.person("supervisor")
    writer = world.person()
    cid, key = world.collection(sup)
    other, _ = world.collection(sup)
    world.share(sup, cid, key, writer, "write")
    with psycopg.connect(libpq_url(pg_url)) as conn:
        for collection in (other, cid):
            sample = seed_revisions(
                conn,
                collection_id=collection,
                organisation_id=world.org_id,
                author_id=writer.id,
                device_id=writer.device_id,
                count=SEEDED,
                revisions_per_item=2,
            )
        conn.commit()
    with psycopg.connect(libpq_url(pg_url), autocommit=True) as conn:
        conn.execute(
            "DELETE FROM pg_statistic WHERE starelid IN ('revisions'::regclass, 'items'::regclass)"
        )

    # What the seeded items look like to a client: current rev, and the one before.
    old = {item_id: revs for item_id, revs in sample}
    ids = list(old)
    batch = [writer.seal(cid, key, {"n": i}) for i in range(40)]  # new items
    batch += [
        writer.seal(cid, key, {"u": i}, item_id=i_id, base_rev=old[i_id][1])
        for i, i_id in enumerate(ids[:40])
    ]  # updates
    batch += [
        writer.seal(cid, key, {"c": i}, item_id=i_id, base_rev=old[i_id][0])
        for i, i_id in enumerate(ids[40:60])
    ]  # conflicts
    statements: list[tuple[str, dict[str, Any]]] = []
    engine = live_server.app.state.engine

    def capture(_conn: Any, _cursor: Any, statement: str, params: Any, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and isinstance(params, dict):
            if re.search(r"\b(revisions|items)\b", statement):
                statements.append((statement, dict(params)))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        r = writer.push(cid, batch)
        assert r.status_code == 200, r.text
        statuses = [x["status"] for x in r.json()["results"]]
        assert statuses == ["accepted"] * 80 + ["conflict"] * 20
        again = writer.push(cid, batch[:80])  # duplicates of the current revisions
        assert {x["status"] for x in again.json()["results"]} == {"duplicate"}
        page = writer.get(f"/v1/collections/{cid}/changes?since={SEEDED - 300}&limit=500")
        assert page.status_code == 200 and len(page.json()["items"]) == 300 + 80
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    # an old revision of an item that moved on: found through the history lookup
    dup = writer.push(cid, batch[40:41])
    assert dup.json()["results"][0]["status"] == "duplicate"

    hot = [s for s in statements if "FROM collections" not in s[0] or "revisions" in s[0]]
    assert len(hot) >= 4, [s for s, _ in hot]
    with psycopg.connect(libpq_url(pg_url)) as conn:
        for stats in ("no statistics", "after ANALYZE"):
            if stats == "after ANALYZE":
                conn.execute("ANALYZE revisions")
                conn.execute("ANALYZE items")
                conn.commit()
            for mode in ("force_generic_plan", "force_custom_plan"):
                for statement, params in hot:
                    plan = explain(conn, statement, params, mode)
                    label = f"{stats}, {mode}: {' '.join(statement.split())[:120]}"

                    _check(plan, limit=len(batch) + 500, label=label)


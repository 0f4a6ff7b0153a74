"""Operating the server: /healthz, /readyz, Prometheus /metrics, JSON logs without personal
data."""

from __future__ import annotations

import io
import json
import logging
import shutil
from pathlib import Path

import requests
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import create_engine

from sync.server.blobstore import DirectoryBlobStore
from sync.server.db import alembic_config
from sync.server.ops.health import head_revision, readiness
from sync.server.ops.logs import JsonFormatter, scrub
from tests.server.server_factories import World


def test_healthz_and_readyz(world: World) -> None:
    alive = requests.get(world.base_url + "/healthz", timeout=10)
    assert alive.status_code == 200 and alive.json() == {"status": "ok"}
    ready = requests.get(world.base_url + "/readyz", timeout=10)
    assert ready.status_code == 200, ready.text
    assert ready.json()["checks"] == {"database": "ok", "migrations": "ok", "blob_store": "ok"}


def test_readiness_says_what_is_wrong(pg_url: str, tmp_path: Path) -> None:
    from alembic import command

    store = DirectoryBlobStore(tmp_path / "blobs")
    engine = create_engine(pg_url)
    try:
        assert readiness(engine, store) == (
            True,
            {"database": "ok", "migrations": "ok", "blob_store": "ok"},
        )
        shutil.rmtree(tmp_path / "blobs" / "partial")
        (tmp_path / "blobs" / "partial").write_text("not a folder")
        assert readiness(engine, store)[1]["blob_store"] == "not_writable"
    finally:
        engine.dispose()
    # A database one migration behind the code.
    old = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    command.upgrade(alembic_config(old), "head")
    command.downgrade(alembic_config(old), "-1")
    engine = create_engine(old)
    try:
        ok, checks = readiness(engine, DirectoryBlobStore(tmp_path / "b2"))
        assert not ok and checks["migrations"] == "behind" and checks["database"] == "ok"
    finally:
        engine.dispose()
    gone = create_engine("postgresql+psycopg://nobody@127.0.0.1:9/none?connect_timeout=2")
    ok, checks = readiness(gone, DirectoryBlobStore(tmp_path / "b3"))
    assert not ok and checks["database"] == "unreachable"
    assert len(head_revision()) > 0


def _metrics(base_url: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    text = requests.get(base_url + "/metrics", timeout=10).text
    values = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            values[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return values


def _delta(before: dict, after: dict, name: str, **labels: str) -> float:  # type: ignore[type-arg]
    key = (name, tuple(sorted(labels.items())))
    return after.get(key, 0.0) - before.get(key, 0.0)


def test_metrics_count_by_route_template(world: World) -> None:
    sup = world.person("supervisor")
    cid, key = world.collection(sup)
    before = _metrics(world.base_url)
    first = sup.seal(cid, key, {"note": "a"})
    second = sup.seal(cid, key, {"note": "b"})
    assert sup.push(cid, [first, second]).status_code == 200
    assert sup.push(cid, [first]).json()["results"][0]["status"] == "duplicate"
    rival = sup.seal(cid, key, {"note": "c"}, item_id=first.item_id)  # base_rev None: conflict
    assert sup.push(cid, [rival]).json()["results"][0]["status"] == "conflict"
    assert len(sup.get(f"/v1/collections/{cid}/changes?since=0").json()["items"]) == 2
    assert sup.get("/v1/me", token="not-a-token").status_code == 401
    assert sup.get(f"/v1/collections/{world.org_id}/changes").status_code == 404  # denied
    text = requests.get(world.base_url + "/metrics", timeout=10).text
    after = _metrics(world.base_url)
    push_route = "/v1/collections/{collection_id}/push"
    changes_route = "/v1/collections/{collection_id}/changes"
    assert _delta(before, after, "fieldapp_push_records_total", outcome="accepted") == 2
    assert _delta(before, after, "fieldapp_push_records_total", outcome="duplicate") == 1
    assert _delta(before, after, "fieldapp_push_records_total", outcome="conflict") == 1
    assert _delta(before, after, "fieldapp_conflicts_total") == 1
    assert _delta(before, after, "fieldapp_pull_records_total") == 2
    assert (
        _delta(
            before,
            after,
            "fieldapp_http_requests_total",
            route=push_route,
            method="POST",
            status="200",
        )
        == 3
    )
    assert (
        _delta(
            before,
            after,
            "fieldapp_http_request_duration_seconds_count",
            route=changes_route,
            method="GET",
        )
        == 2
    )
    assert _delta(before, after, "fieldapp_auth_failures_total", route="/v1/me") == 1
    assert _delta(before, after, "fieldapp_authorisation_denied_total", action="changes") == 1
    assert ("fieldapp_db_pool_connections_in_use", ()) in after
    # No id, address or e-mail in any label: only route templates.
    assert cid not in text and world.org_id not in text and sup.email not in text
    assert "/v1/me" in text


def test_json_logs_carry_no_personal_data(world: World) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    server_log = logging.getLogger("fieldapp.server")
    server_log.addHandler(handler)
    try:
        sup = world.person("supervisor")
        cid, _key = world.collection(sup)
        other = world.person()
        assert other.get(f"/v1/collections/{cid}/changes").status_code == 404  # denied, logged
        logging.getLogger("fieldapp.server.test").warning(
            "tried %s for %s, blob %s", sup.email, cid, "ab" * 32
        )
    finally:
        server_log.removeHandler(handler)
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert lines and all({"ts", "level", "logger", "message"} <= set(line) for line in lines)
    text = stream.getvalue()
    for secret in (sup.email, other.email, cid, sup.id, other.id, "ab" * 32):
        assert secret not in text
    assert any("denied" in line["message"] for line in lines)


def test_scrub_and_exception_format() -> None:
    assert scrub("mail an.peeters@example.be now") == "mail <email> now"
    assert scrub("id 0f8fad5b-d9cb-469f-a165-70867728950e") == "id <id>"
    try:
        raise ValueError("secret payload jan@example.be")
    except ValueError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "boom", None, None)
        import sys

        record.exc_info = sys.exc_info()
    entry = json.loads(JsonFormatter().format(record))
    assert entry["exception"] == "ValueError"
    assert "secret payload" not in json.dumps(entry)

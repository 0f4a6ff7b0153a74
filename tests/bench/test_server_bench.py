"""Server budgets (DESIGN.md §8): 20 concurrent pushing clients, ≥ 1,000 revisions/s accepted,
compared with the same rows inserted by raw psycopg in the same run; p95 of `changes` pages.

The server runs as its own process (`fieldapp-server serve`, real uvicorn) on PostgreSQL.

    .venv/bin/pytest -m bench tests/bench/test_server_bench.py -s
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import psycopg
import pytest
import requests

from fieldapp.crypto import aead
from sync.protocol import SealedRecordModel, b64decode
from sync.server.cli import create_org, create_user
from tests.harness.postgres import throwaway_database
from tests.server.server_factories import Person, enrol_person

pytestmark = [pytest.mark.bench, pytest.mark.postgres]

CLIENTS = 20
BATCHES = int(os.environ.get("FIELDAPP_BENCH_BATCHES", "10"))
BATCH = 100
WORKERS = int(os.environ.get("FIELDAPP_BENCH_WORKERS", "1"))
BUDGET_PER_SECOND = 1000.0
SQL_COLLECTION = (
    "insert into collections (id, organisation_id, kind, key_version, needs_rotation,"
    " last_seq, created_by, created_at) values (%s, %s, 'casework', 1, false, 0, %s, 0)"
)
SQL_REVISION = (
    "insert into revisions (collection_id, seq, organisation_id, item_id, rev, base_rev,"
    " key_version, author_id, device_id, deleted, ciphertext, signature, received_at)"
    " values (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
)
SQL_ITEM = (
    "insert into items (collection_id, item_id, organisation_id, current_rev, current_seq)"
    " values (%s, %s, %s, %s, %s)"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    with throwaway_database("fieldapp_srvbench") as url:
        yield from _serve(url, tmp_path_factory)


def _serve(url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    port = _free_port()
    env = dict(os.environ, FIELDAPP_LOG_LEVEL="WARNING")
    subprocess.run(
        [sys.executable, "-m", "sync.server.cli", "init-db", "--database-url", url],
        check=True,
        capture_output=True,
        env=env,
    )
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sync.server.cli",
            "serve",
            "--database-url",
            url,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--blob-dir",
            str(tmp_path_factory.mktemp("bench-blobs")),
            "--workers",
            str(WORKERS),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if requests.get(base + "/v1/health", timeout=1).status_code == 200:
                    break
            except (requests.ConnectionError, requests.Timeout):  # still starting
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.1)
        yield base, url
    finally:
        proc.terminate()
        proc.wait(10)


def _people(base: str, url: str) -> tuple[Person, list[Person]]:
    org = create_org(url, "Bench Woningen")

    def make(i: int, role: str) -> Person:
        email = f"{role}-{i}-{uuid.uuid4().hex[:6]}@bench.test"
        user_id, code = create_user(url, org=org, email=email, role=role)
        return enrol_person(base, user_id, email, role, code)

    sup = make(0, "supervisor")
    with ThreadPoolExecutor(8) as pool:
        writers = list(pool.map(lambda i: make(i, "social_assistant"), range(1, CLIENTS + 1)))
    return sup, writers


def _collection(sup: Person, members: list[Person]) -> tuple[str, bytes]:
    cid, key = str(uuid.uuid4()), aead.new_key()
    r = sup.post(
        "/v1/collections",
        {
            "id": cid,
            "kind": "casework",
            "key_version": 1,
            "wrapped_key": sup.wrap_for(key, collection_id=cid, version=1, member=sup),
        },
    )
    assert r.status_code == 201, r.text
    for m in members:
        r = sup.put(
            f"/v1/collections/{cid}/members/{m.id}",
            {
                "access": "write",
                "wrapped_keys": [sup.wrap_for(key, collection_id=cid, version=1, member=m)],
            },
        )
        assert r.status_code == 200, r.text
    return cid, key


def _bodies(person: Person, cid: str, key: bytes) -> list[bytes]:
    bodies = []
    for b in range(BATCHES):
        records = [
            person.seal(cid, key, {"note": f"home visit {b}-{i}", "text": "x" * 300})
            for i in range(BATCH)
        ]
        items = [SealedRecordModel.from_crypto(r).model_dump(mode="json") for r in records]
        bodies.append(json.dumps({"items": items}).encode())
    return bodies


def test_push_throughput_and_changes_latency(server: tuple[str, str]) -> None:
    base, url = server
    sup, writers = _people(base, url)
    cid, key = _collection(sup, writers)
    prepared = {w.id: _bodies(w, cid, key) for w in writers}
    total = CLIENTS * BATCHES * BATCH
    latencies: list[float] = []
    lock = threading.Lock()

    def push_all(person: Person) -> int:
        accepted = 0
        for body in prepared[person.id]:
            t0 = time.perf_counter()
            r = person.call(
                "POST",
                f"/v1/collections/{cid}/push",
                data=body,
                headers={"Content-Type": "application/json"},
            )
            with lock:
                latencies.append(time.perf_counter() - t0)
            assert r.status_code == 200, r.text
            accepted += sum(1 for x in r.json()["results"] if x["status"] == "accepted")
        return accepted

    start = time.perf_counter()
    with ThreadPoolExecutor(CLIENTS) as pool:
        accepted = sum(pool.map(push_all, writers))
    api_seconds = time.perf_counter() - start
    assert accepted == total
    api_rate = total / api_seconds

    raw_rate = _raw_psycopg_rate(url, writers, prepared)

    # p95 latency of `changes` pages (limit 500 and 1000), a supervisor paging everything.
    page_times: dict[int, list[float]] = {500: [], 1000: []}
    for limit in page_times:
        for _ in range(2):
            since = 0
            while True:
                t0 = time.perf_counter()
                r = sup.get(f"/v1/collections/{cid}/changes?since={since}&limit={limit}")
                page_times[limit].append(time.perf_counter() - t0)
                page = r.json()
                since = page["last_seq"]
                if page["done"]:
                    break
            assert since == total

    def p95(values: list[float]) -> float:
        return statistics.quantiles(values, n=20)[-1] * 1000

    print()
    print(
        f"server bench: {CLIENTS} clients x {BATCHES} batches x {BATCH} revisions = {total},"
        f" {WORKERS} uvicorn worker(s)"
    )
    print(f"  API push: {api_rate:,.0f} revisions/s ({api_seconds:.2f} s)")
    print(f"  push p95 {p95(latencies):.0f} ms per {BATCH}-item batch")
    print(f"  raw psycopg, same rows, same lock pattern: {raw_rate:,.0f} rows/s")
    print(f"  ratio API / raw: {api_rate / raw_rate:.2f}")
    for limit, values in page_times.items():
        median = statistics.median(values) * 1000
        print(
            f"  changes page limit={limit}: p95 {p95(values):.0f} ms,"
            f" median {median:.0f} ms ({len(values)} pages)"
        )
    assert api_rate >= BUDGET_PER_SECOND


def _raw_psycopg_rate(url: str, writers: list[Person], prepared: dict[str, list[bytes]]) -> float:
    """The same revisions inserted by 20 threads with raw psycopg, each batch in one
    transaction under the same per-collection row lock the API takes: the floor."""
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as conn:
        row = conn.execute("select organisation_id, id from users limit 1").fetchone()
        assert row is not None
        org_id, author = row
        cid = str(uuid.uuid4())
        conn.execute(
            SQL_COLLECTION,
            (cid, org_id, author),
        )
        conn.commit()

    def insert_all(person: Person) -> None:
        with psycopg.connect(dsn) as conn:
            for body in prepared[person.id]:
                items = json.loads(body)["items"]
                with conn.transaction():
                    (last,) = conn.execute(
                        "select last_seq from collections where id = %s for update", (cid,)
                    ).fetchone()  # type: ignore[misc]
                    rows = [
                        (
                            cid,
                            last + n + 1,
                            org_id,
                            it["item_id"],
                            it["rev"],
                            it["base_rev"],
                            1,
                            author,
                            person.device_id,
                            False,
                            b64decode(it["ciphertext"]),
                            b64decode(it["signature"]),
                            0.0,
                        )
                        for n, it in enumerate(items)
                    ]
                    with conn.cursor() as cur:
                        cur.executemany(
                            SQL_REVISION,
                            rows,
                        )
                        cur.executemany(
                            SQL_ITEM,
                            [(cid, r[3], org_id, r[4], r[1]) for r in rows],
                        )
                    conn.execute(
                        "update collections set last_seq = %s where id = %s",
                        (last + len(rows), cid),
                    )

    start = time.perf_counter()
    with ThreadPoolExecutor(len(writers)) as pool:
        list(pool.map(insert_all, writers))
    seconds = time.perf_counter() - start
    return sum(len(v) for v in prepared.values()) * BATCH / seconds

"""Flat cost at scale (issue 13, item 1; DESIGN.md §8): push into a server that already
holds 1k, 50k and 500k revisions (and 500 collections), on the real PostgreSQL.

Each size is a server process of its own on a database of its own, seeded with COPY
straight into the tables (random ciphertexts under the bench writer's name, half in the
bench collection, half over 499 others), then checkpointed; autovacuum is off for the sync
tables and nothing is analyzed: the push must stay flat whatever the statistics. Then:

- per-batch push time: one client per size, pre-sealed batches of 500 (400 new items, 100
  updates of stored ones), after enough warm-up batches that psycopg has prepared the
  statements (generic plans in play), the sizes taking turns batch by batch so that the
  machine's other load falls on all alike; the median at 500k must be within 1.25x of the
  one at 1k (the server's and the database's CPU per batch is reported beside it);
- push records/s: the project's own client (`SyncClient`, sealing and signing) pushing
  batches of 500, PUSH_CLIENTS clients at once;
- pull records/s: a fresh device of another member pulls what was pushed, pages of 1000,
  every signature verified and every record decrypted by the client.

    .venv/bin/python -m pytest -m bench tests/bench/test_server_scale_bench.py -s

FIELDAPP_BENCH_SIZES (default 1000,50000,500000), FIELDAPP_BENCH_WORKERS (uvicorn
workers, default 1), FIELDAPP_BENCH_PUSH_RECORDS (default 10000 per size).
"""

from __future__ import annotations

import os
import statistics
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
import requests

from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from sync.client import Change, SyncClient
from sync.server.db import make_engine, make_sessionmaker, upgrade
from sync.server.models import Organisation
from sync.server.services.accounts import create_user
from sync.server.settings import Settings
from tests.harness.postgres import libpq_url, require_postgres, throwaway_database
from tests.harness.server import ServerProcess
from tests.server.server_factories import new_id

pytestmark = [pytest.mark.bench, pytest.mark.postgres, pytest.mark.timeout(1800)]

SIZES = [int(s) for s in os.environ.get("FIELDAPP_BENCH_SIZES", "1000,50000,500000").split(",")]
WORKERS = int(os.environ.get("FIELDAPP_BENCH_WORKERS", "1"))
PUSH_RECORDS = int(os.environ.get("FIELDAPP_BENCH_PUSH_RECORDS", "10000"))
PUSH_CLIENTS = 2
COLLECTIONS = 500
BATCH = 500
UPDATES = 100
WARMUP_BATCHES = 6
TIMED_BATCHES = 10
CIPHERTEXT = 600  # bytes, about what a case note seals to
FLAT_RATIO = 1.25
PUSH_BUDGET = 5_000.0
PULL_BUDGET = 15_000.0
PASSPHRASE = "bench passphrase"


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _tree_cpu_seconds(pid: int) -> float:
    """CPU seconds of a process and its children (uvicorn's workers)."""
    total = _cpu_seconds(pid)
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    for child in children:
        try:
            total += _tree_cpu_seconds(int(child))
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def _postgres_cpu(dsn: str) -> float:
    """CPU seconds of the PostgreSQL backends serving the bench database."""
    with psycopg.connect(dsn) as conn:
        pids = [
            r[0]
            for r in conn.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                " AND pid <> pg_backend_pid()"
            )
        ]
    total = 0.0
    for pid in pids:
        try:
            total += _cpu_seconds(pid)
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


@dataclass
class Bench:
    server_pid: int
    url: str
    dsn: str
    org_id: str
    writers: list[SyncClient]
    reader_login: tuple[str, str]
    writer_id: str
    device_id: str
    cid: str
    timed_writer: SyncClient


def _note(i: int) -> dict[str, object]:
    return {
        "kind": "office_interview",
        "case_file": str(uuid.UUID(int=i)),
        "date": "2026-11-20",
        "text": f"Gesprek over huurachterstand en schuldbemiddeling, afspraak OCMW. Nr {i}. " * 4,
        "confidentiality": "team",
    }


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Bench]]:
    """One server process and database per size, so that their batches can be timed in
    turn (the machine's other load then falls on every size alike)."""
    require_postgres()
    with ExitStack() as stack:
        yield [
            stack.enter_context(_site(f"{size}", tmp_path_factory.mktemp(f"blobs{size}")))
            for size in SIZES
        ]


@contextmanager
def _site(tag: str, blob_dir: Path) -> Iterator[Bench]:
    with throwaway_database(f"fieldapp_scale_bench_{tag}") as url:
        yield from _serve(url, blob_dir)


def _serve(url: str, blob_dir: Path) -> Iterator[Bench]:
    dsn = libpq_url(url)
    upgrade(url)
    with psycopg.connect(dsn, autocommit=True) as conn:
        for table in ("revisions", "items", "collections"):
            conn.execute(f"ALTER TABLE {table} SET (autovacuum_enabled = false)")
    engine = make_engine(url, pool_size=2)
    sessions = make_sessionmaker(engine)
    settings = Settings(database_url=url)
    org_id = new_id()
    codes: dict[str, tuple[str, str]] = {}
    with sessions() as s, s.begin():
        s.add(Organisation(id=org_id, name="Bench Woningen", created_at=time.time()))
        s.flush()
        for role in ["supervisor", *[f"writer{i}" for i in range(PUSH_CLIENTS)], "reader"]:
            email = f"{role}@bench.example.org"
            made = create_user(
                s,
                settings,
                organisation_id=org_id,
                email=email,
                role="supervisor" if role in ("supervisor", "reader") else "social_assistant",
                now=time.time(),
            )
            codes[role] = (email, made.enrolment_code)
    engine.dispose()
    with ServerProcess(url, blob_dir, workers=WORKERS) as server:
        clients = {
            role: _enrol(server.url, email, code) for role, (email, code) in codes.items()
        }
        sup = clients.pop("supervisor")
        reader = clients.pop("reader")
        writers = list(clients.values())
        cid = sup.create_collection("casework").id
        for client in [*writers, reader]:
            sup.add_member(
                cid,
                client.user.id,
                access="write",
                verified_fingerprint=client.my_fingerprint(),
            )
        for client in [*writers, reader]:
            client.collections()
        reader.close()
        timed = writers[0]
        try:
            yield Bench(
                server_pid=server.pid,
                url=server.url,
                dsn=dsn,
                org_id=org_id,
                writers=writers,
                reader_login=codes["reader"][0],
                writer_id=timed.user.id,
                device_id=timed.device_id or "",
                cid=cid,
                timed_writer=timed,
            )
        finally:
            for client in [*writers, sup]:
                client.close()


def _enrol(url: str, email: str, code: str) -> SyncClient:
    client = SyncClient(url)
    client.enrol(
        email=email,
        enrolment_code=code,
        passphrase=PASSPHRASE,
        device_name="bench",
        kdf_params=TEST_KDF_PARAMS,
    )
    return client


def _seed_to(bench: Bench, size: int, others: list[str]) -> None:
    """Top the server up to `size` revisions: half in the bench collection, half spread
    over the other collections; COPY, no statistics refreshed."""
    from tests.server.server_factories import seed_revisions

    with psycopg.connect(bench.dsn) as conn:
        (have,) = conn.execute("SELECT count(*) FROM revisions").fetchone()  # type: ignore[misc]
        missing = size - have
        if missing <= 0:
            return
        mine = missing // 2
        if mine:
            seed_revisions(
                conn,
                collection_id=bench.cid,
                organisation_id=bench.org_id,
                author_id=bench.writer_id,
                device_id=bench.device_id,
                count=mine,
                revisions_per_item=2,
                ciphertext_size=CIPHERTEXT,
            )
        rest = missing - mine
        share, extra = divmod(rest, len(others))
        for i, other in enumerate(others):
            count = share + (1 if i < extra else 0)
            if count:
                seed_revisions(
                    conn,
                    collection_id=other,
                    organisation_id=bench.org_id,
                    author_id=bench.writer_id,
                    device_id=bench.device_id,
                    count=count,
                    ciphertext_size=CIPHERTEXT,
                )
        conn.commit()


def _other_collections(bench: Bench) -> list[str]:
    ids = [new_id() for _ in range(COLLECTIONS - 1)]
    with psycopg.connect(bench.dsn) as conn:
        with conn.cursor().copy(
            "COPY collections (id, organisation_id, kind, key_version, needs_rotation,"
            " last_seq, created_by, created_at) FROM STDIN"
        ) as copy:
            for cid in ids:
                copy.write_row((cid, bench.org_id, "casework", 1, False, 0, bench.writer_id, 0.0))
        conn.commit()
    return ids


def _timed_bodies(bench: Bench, count: int) -> list[bytes]:
    """Pre-sealed push bodies: 400 new items and 100 updates of stored items each."""
    with psycopg.connect(bench.dsn) as conn:
        stored = conn.execute(
            "SELECT item_id, current_rev FROM items WHERE collection_id = %s"
            " ORDER BY random() LIMIT %s",
            (bench.cid, count * UPDATES),
        ).fetchall()
    records = bench.timed_writer.records
    version = next(c for c in bench.timed_writer.collections() if c.id == bench.cid).key_version
    bodies = []
    for b in range(count):
        updates = stored[b * UPDATES : (b + 1) * UPDATES]
        changes = [Change(new_id(), _note(i)).with_rev() for i in range(BATCH - len(updates))]
        changes += [
            Change(item_id, _note(i), base_rev=rev).with_rev()
            for i, (item_id, rev) in enumerate(updates)
        ]
        # One manifest signs the batch, as the client sends it.
        bodies.append(
            records.sealed_batch(bench.cid, changes, key_version=version).model_dump_json().encode()
        )
    return bodies


def _push_batch(bench: Bench, http: requests.Session, body: bytes) -> tuple[float, float]:
    """Wall seconds of one pre-sealed batch, and the CPU seconds it cost the server process
    and the database backends together (which the machine's other load inflates little)."""
    token = bench.timed_writer.auth.tokens.access_token  # type: ignore[union-attr]
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    cpu = _tree_cpu_seconds(bench.server_pid) + _postgres_cpu(bench.dsn)
    t0 = time.perf_counter()
    r = http.post(f"{bench.url}/v1/collections/{bench.cid}/push", data=body, headers=headers,
                  timeout=120)  # fmt: skip
    wall = time.perf_counter() - t0
    cpu = _tree_cpu_seconds(bench.server_pid) + _postgres_cpu(bench.dsn) - cpu
    assert r.status_code == 200, r.text[:300]
    statuses = {x["status"] for x in r.json()["results"]}
    assert statuses == {"accepted"}, statuses
    return wall, cpu


def _settle(bench: Bench) -> None:
    """What a server that grew over months has done long since: dirty pages written out."""
    with psycopg.connect(bench.dsn, autocommit=True) as conn:
        conn.execute("CHECKPOINT")


@dataclass
class CpuMeter:
    """CPU seconds of the bench process (the clients), the server's processes and the
    database's backends over a stretch: per record, what the two cores must do whatever
    else runs on them (records/s on idle cores is at most cores / their sum)."""

    bench: Bench
    start: tuple[float, float, float] = (0.0, 0.0, 0.0)

    def now(self) -> tuple[float, float, float]:
        return (time.process_time(), _tree_cpu_seconds(self.bench.server_pid),
                _postgres_cpu(self.bench.dsn))  # fmt: skip

    def __enter__(self) -> CpuMeter:
        self.start = self.now()
        return self

    def __exit__(self, *exc: object) -> None:
        end = self.now()
        self.used = tuple(b - a for a, b in zip(self.start, end, strict=True))

    def per_record(self, records: int) -> str:
        client, server, db = (1e6 * x / max(1, records) for x in self.used)
        return f"client {client:.0f} + server {server:.0f} + db {db:.0f} µs"


def _client_push_rate(bench: Bench) -> tuple[float, int]:
    """records/s of PUSH_CLIENTS SyncClients sealing and pushing batches of 500."""
    per_client = PUSH_RECORDS // len(bench.writers)

    def run(client: SyncClient) -> int:
        changes = [Change(new_id(), _note(i)) for i in range(per_client)]
        outcomes = client.push(bench.cid, changes)
        assert {o.status for o in outcomes} == {"accepted"}
        return len(outcomes)

    t0 = time.perf_counter()
    with ThreadPoolExecutor(len(bench.writers)) as pool:
        pushed = sum(pool.map(run, bench.writers))
    return pushed / (time.perf_counter() - t0), pushed


def _pull_rate(bench: Bench, since: int) -> tuple[float, int]:
    """records/s of a fresh device pulling everything after `since`: every signature
    verified, every record decrypted, pages of 1000."""
    reader = SyncClient(bench.url)
    try:
        reader.login(email=bench.reader_login, passphrase=PASSPHRASE, device_name="fresh")
        reader.collections()
        t0 = time.perf_counter()
        count = sum(len(p.revisions) for p in reader.pull(bench.cid, since=since, limit=1000))
        return count / (time.perf_counter() - t0), count
    finally:
        reader.close()


def _last_seq(bench: Bench) -> int:
    with psycopg.connect(bench.dsn) as conn:
        row = conn.execute("SELECT last_seq FROM collections WHERE id = %s", (bench.cid,))
        return int(row.fetchone()[0])  # type: ignore[index]


def test_push_stays_flat_from_1k_to_500k(sites: list[Bench]) -> None:
    for site, size in zip(sites, SIZES, strict=True):
        t0 = time.perf_counter()
        _seed_to(site, size, _other_collections(site))
        _settle(site)
        print(f"\n[scale bench] {size:,} revisions seeded in {time.perf_counter() - t0:.1f} s")
    bodies = [_timed_bodies(site, WARMUP_BATCHES + TIMED_BATCHES) for site in sites]
    walls: list[list[float]] = [[] for _ in sites]
    cpus: list[list[float]] = [[] for _ in sites]
    https = [requests.Session() for _ in sites]
    for site in sites:
        site.timed_writer.refresh_session()  # a fresh 15-minute access token
    try:
        for n in range(WARMUP_BATCHES + TIMED_BATCHES):
            order = list(range(len(sites)))
            order = order[n % len(order) :] + order[: n % len(order)]  # each size first in turn
            for k in order:
                wall, cpu = _push_batch(sites[k], https[k], bodies[k][n])
                if n >= WARMUP_BATCHES:
                    walls[k].append(wall)
                    cpus[k].append(cpu)
    finally:
        for http in https:
            http.close()
    rows: list[tuple[int, float, float, float, float, float]] = []
    for k, site in enumerate(sites):
        before_push = _last_seq(site)
        with CpuMeter(site) as push_cpu:
            push_rate, pushed = _client_push_rate(site)
        with CpuMeter(site) as pull_cpu:
            pull_rate, pulled = _pull_rate(site, before_push)
        print(f"\n[scale bench] {SIZES[k]:,}: CPU per record, push"
              f" {push_cpu.per_record(pushed)}; pull {pull_cpu.per_record(pulled)}")
        assert pulled == pushed
        batch_ms = statistics.median(walls[k]) * 1000
        cpu_ms = statistics.median(cpus[k]) * 1000
        rows.append((SIZES[k], batch_ms, cpu_ms, BATCH * 1000 / batch_ms, push_rate, pull_rate))
    print(
        f"\n[scale bench] {WORKERS} uvicorn worker(s) per server, {COLLECTIONS} collections,"
        f" batches of {BATCH} ({UPDATES} updates), {TIMED_BATCHES} timed per size in turn"
    )
    print("    stored  batch ms  CPU ms  batch rec/s  client push rec/s  pull+verify rec/s")
    for size, batch_ms, cpu_ms, batch_rate, push_rate, pull_rate in rows:
        print(
            f"  {size:>8,}  {batch_ms:>8.0f}  {cpu_ms:>6.0f}  {batch_rate:>11,.0f}"
            f"  {push_rate:>17,.0f}  {pull_rate:>17,.0f}"
        )
    ratio = rows[-1][1] / rows[0][1]
    cpu_ratio = rows[-1][2] / rows[0][2]
    print(
        f"  flat cost at {rows[-1][0]:,} / at {rows[0][0]:,}: batch time {ratio:.2f},"
        f" server+db CPU {cpu_ratio:.2f} (limit {FLAT_RATIO}); load average"
        f" {os.getloadavg()[0]:.1f}"
    )
    push_best = max(r[4] for r in rows)
    pull_best = max(r[5] for r in rows)
    print(
        f"  budgets: push >= {PUSH_BUDGET:,.0f}/s (best {push_best:,.0f}),"
        f" pull >= {PULL_BUDGET:,.0f}/s (best {pull_best:,.0f}) — reported, not asserted"
    )
    assert ratio <= FLAT_RATIO

"""Pull-and-verify throughput (DESIGN.md §8: first sync of a supervisor's organisation < 60 s).

50,000 records pushed through the API, then pulled by a fresh device of another member:
every signature verified against the pinned author key, every ciphertext decrypted.
The server runs as its own process (`fieldapp-server serve`, real uvicorn) on PostgreSQL.

    .venv/bin/pytest -m bench tests/bench/test_sync_bench.py -s
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from sync.client import Change, SyncClient
from tests.harness.postgres import throwaway_database

pytestmark = [pytest.mark.bench, pytest.mark.postgres]

RECORDS = int(os.environ.get("FIELDAPP_BENCH_RECORDS", "50000"))
BUDGET_SECONDS = 60.0
ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with throwaway_database("fieldapp_sync_bench") as url:
        yield from _serve(url, tmp_path_factory)


def _serve(url: str, tmp_path_factory):  # type: ignore[no-untyped-def]
    from sync.server import cli

    cli.init_db(url)
    org = cli.create_org(url, "Bench housing company")
    codes = {}
    for role in ("admin", "supervisor", "social_assistant"):
        email = f"{role}@bench.example.org"
        codes[role] = (email, cli.create_user(url, org=org, email=email, role=role)[1])
    port = _free_port()
    blob_dir = tmp_path_factory.mktemp("bench-blobs")
    proc = subprocess.Popen(
        [sys.executable, "-m", "sync.server.cli", "serve", "--database-url", url,
         "--host", "127.0.0.1", "--port", str(port), "--blob-dir", str(blob_dir)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if requests.get(base + "/v1/health", timeout=1).ok:
                    break
            except (requests.ConnectionError, requests.Timeout):  # still starting
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("the sync server did not start")
            time.sleep(0.1)
        yield base, codes
    finally:
        proc.terminate()
        proc.wait(timeout=10)


_ENROLLED: set[str] = set()


def _session(base: str, codes: dict, role: str, device_name: str) -> SyncClient:
    """A logged-in client of `role` (enrolled first if no test of this module did yet)."""
    email, code = codes[role]
    if email not in _ENROLLED:
        return _enrol(base, email, code)
    client = SyncClient(base)
    client.login(email=email, passphrase="bench passphrase " + email, device_name=device_name)
    return client


def _enrol(base: str, email: str, code: str) -> SyncClient:
    _ENROLLED.add(email)
    client = SyncClient(base)
    client.enrol(
        email=email,
        enrolment_code=code,
        passphrase="bench passphrase " + email,
        device_name="bench",
        kdf_params=TEST_KDF_PARAMS,
    )
    return client


def _note(i: int) -> dict[str, object]:
    return {
        "kind": "office_interview",
        "case_file": str(uuid.UUID(int=i)),
        "date": "2026-11-20",
        "text": f"Gesprek over huurachterstand en schuldbemiddeling, afspraak OCMW. Nr {i}. " * 4,
        "confidentiality": "team",
        "objective": "OD3",
    }


def test_pull_and_verify_50k_records(server) -> None:
    base, codes = server
    sup = _enrol(base, *codes["supervisor"])
    worker = _enrol(base, *codes["social_assistant"])
    cid = sup.create_collection("casework").id
    sup.add_member(cid, worker.user.id, access="read", verified_fingerprint=worker.my_fingerprint())

    # Seed through the API in 500-item batches from a few threads (not timed for the budget).
    batches = [
        [Change(str(uuid.uuid4()), _note(i)) for i in range(s, min(s + 500, RECORDS))]
        for s in range(0, RECORDS, 500)
    ]
    pushers = [sup] + [SyncClient(base) for _ in range(3)]
    for p in pushers[1:]:
        p.login(
            email=codes["supervisor"][0],
            passphrase="bench passphrase " + codes["supervisor"][0],
            device_name="bench",
        )
    t0 = time.perf_counter()
    with ThreadPoolExecutor(len(pushers)) as pool:
        results = list(
            pool.map(lambda ib: pushers[ib[0] % len(pushers)].push(cid, ib[1]), enumerate(batches))
        )
    push_seconds = time.perf_counter() - t0
    assert sum(len(r) for r in results) == RECORDS

    # A fresh device of the worker: log in, unwrap keys, pull everything, verify, decrypt.
    fresh = SyncClient(base)
    t0 = time.perf_counter()
    fresh.login(
        email=codes["social_assistant"][0],
        passphrase="bench passphrase " + codes["social_assistant"][0],
        device_name="new laptop",
    )
    fresh.collections()
    count, pages, last = 0, 0, 0
    page_times = []
    t_page = time.perf_counter()
    for page in fresh.pull(cid, since=0, limit=1000):
        count += len(page.revisions)
        pages += 1
        last = page.last_seq
        now = time.perf_counter()
        page_times.append(now - t_page)
        t_page = now
    pull_seconds = time.perf_counter() - t0
    assert count == RECORDS and last >= RECORDS

    page_times.sort()
    p95 = page_times[int(0.95 * (len(page_times) - 1))]
    print(
        f"\n[sync bench] seeded {RECORDS} records via push in {push_seconds:.1f} s "
        f"({RECORDS / push_seconds:,.0f} rev/s, 4 clients, batches of 500)"
        f"\n[sync bench] pull+verify+decrypt {count} records in {pull_seconds:.1f} s = "
        f"{count / pull_seconds:,.0f} records/s ({pages} pages of 1000; page p95 "
        f"{p95 * 1000:.0f} ms incl. client verification); budget {BUDGET_SECONDS:.0f} s"
    )
    assert pull_seconds < BUDGET_SECONDS


VERIFY_RECORDS = int(os.environ.get("FIELDAPP_BENCH_VERIFY_RECORDS", "20000"))
VERIFY_SHARE = 0.80  # issue 13: pull verifies at >= 80 % of the cores' verify ceiling


def _verify_rate(key, jobs) -> float:  # type: ignore[no-untyped-def]
    """Ed25519 verifies/s of the real records on this thread: key object built once,
    messages already built — nothing but the signature check."""
    t0 = time.perf_counter()
    for signature, message in jobs:
        key.verify(signature, message)
    return len(jobs) / (time.perf_counter() - t0)


def test_push_pull_throughput_and_verify_ceiling(server) -> None:
    """Push and pull records/s with every signature checked, and the pull's verify stage
    against the verify ceiling of the cores it uses (issue 13, item 2)."""
    from sync.client.records import verify_workers

    base, codes = server
    sup = _session(base, codes, "supervisor", "bench")
    cid = sup.create_collection("casework").id
    changes = [Change(str(uuid.uuid4()), _note(i)) for i in range(VERIFY_RECORDS)]
    t0 = time.perf_counter()
    for start in range(0, len(changes), 500):
        sup.push(cid, changes[start:start + 500])
    push_s = time.perf_counter() - t0

    reader = _session(base, codes, "supervisor", "reader")
    reader.collections()
    t0 = time.perf_counter()
    count = sum(len(p.revisions) for p in reader.pull(cid, since=0, limit=1000))
    pull_s = time.perf_counter() - t0
    assert count == VERIFY_RECORDS

    # The verify stage alone, on pages already fetched: parallel against one thread.
    raw = []
    since = 0
    while True:
        page = reader.records.fetch_page(cid, since=since, limit=1000)
        raw.append(page)
        since = page.last_seq
        if page.done:
            break
    stored = [s for p in raw for s in p.items]
    cores = verify_workers()
    load_before = os.getloadavg()[0]
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    # Records pushed in a batch carry no signature of their own (one manifest signs the
    # batch): the ceiling is what verifying each of them one by one would cost, with a key
    # of the bench's own over the records' real signed messages.
    signer = Ed25519PrivateKey.generate()
    key = signer.public_key()
    messages = [s.record.to_crypto(cid).signed_message() for s in stored[:3000]]
    jobs = [(signer.sign(m), m) for m in messages]
    # Interleaved, best of five: other processes share the cores, and each figure is
    # taken as close in time to the others as possible.
    one_core = 0.0
    rates = {1: 0.0, cores: 0.0}
    for _ in range(5):
        one_core = max(one_core, _verify_rate(key, jobs))
        for workers in rates:
            reader.records.close()
            reader.records.workers = workers
            t0 = time.perf_counter()
            opened = sum(len(reader.records.open_page(cid, p).revisions) for p in raw)
            rates[workers] = max(rates[workers], opened / (time.perf_counter() - t0))
    ceiling = one_core * cores
    share = rates[cores] / ceiling
    print(
        f"\n[verify bench] push {VERIFY_RECORDS} records, 1 client, batches of 500: "
        f"{VERIFY_RECORDS / push_s:,.0f} records/s (sealed and signed)"
        f"\n[verify bench] pull with every signature verified and decrypted: "
        f"{count / pull_s:,.0f} records/s (pages of 1000)"
        f"\n[verify bench] verify ceiling {one_core:,.0f}/s on one core × {cores} = "
        f"{ceiling:,.0f}/s; verify+decrypt stage {rates[1]:,.0f}/s on 1 thread, "
        f"{rates[cores]:,.0f}/s on {cores} = {share:.0%} of the ceiling"
    )
    for c in (sup, reader):
        c.close()
    # The ceiling assumes idle cores: with other processes runnable (load average at or
    # above the cores, e.g. other test runs) threads get a fraction of a core each.
    busy = load_before > cores - 0.5
    if busy:
        print(f"[verify bench] share not asserted: load average {load_before:.1f} on "
              f"{cores} cores before the measurement (the cores were not free)")
    if cores > 1 and not busy:
        assert share >= VERIFY_SHARE, f"verify stage at {share:.0%} of the ceiling"

"""Desktop sync engine benchmarks (DESIGN.md §8), real uvicorn server process on PostgreSQL.

- First sync of a supervisor-sized organisation onto a fresh laptop: 5,000 households,
  50,000 notes (``seed_demo``), pushed from one vault, then pulled by a fresh vault of the
  same supervisor with ``SyncEngine.run_once`` (progress callbacks counted): < 60 s.
- Incremental sync of 100 changes: 100 notes edited on one laptop, pushed (one round),
  pulled by the other (one round): each < 1 s on loopback.

    .venv/bin/pytest -m bench tests/bench/test_desktop_sync_bench.py -s
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from demo.seed import ORGANISATION, seed_demo
from fieldapp.casework import cases as casework
from fieldapp.casework.models import CaseNote
from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.local.profile import get_profile
from fieldapp.vault import MemorySecretStore, Vault
from sync.engine import SyncEngine, attach_account, login_new_device

pytestmark = [pytest.mark.bench, pytest.mark.postgres, pytest.mark.timeout(1800)]

HOUSEHOLDS = int(os.environ.get("FIELDAPP_BENCH_HOUSEHOLDS", "5000"))
FIRST_SYNC_BUDGET = 60.0
INCREMENTAL_BUDGET = 1.0
PASS = "bench passphrase supervisor"


def _maybe_profiled(name: str, fn, **kwargs):  # type: ignore[no-untyped-def]
    """FIELDAPP_PROFILE=<name> prints a cProfile of that step (push, first, inc, pull)."""
    if os.environ.get("FIELDAPP_PROFILE") != name:
        return fn(**kwargs)
    import cProfile
    import pstats

    prof = cProfile.Profile()
    result = prof.runcall(fn, **kwargs)
    sort = os.environ.get("FIELDAPP_PROFILE_SORT", "tottime")
    pstats.Stats(prof).sort_stats(sort).print_stats(30)
    return result


@pytest.fixture(scope="module")
def server(tmp_path_factory):  # type: ignore[no-untyped-def]
    from tests.bench.test_sync_bench import server as make_server

    yield from make_server.__wrapped__(tmp_path_factory)


def test_first_sync_and_incremental_sync(server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base, codes = server
    email, code = codes["supervisor"]
    store = MemorySecretStore()
    t0 = time.perf_counter()
    stats = seed_demo(tmp_path / "one", PASS, households=HOUSEHOLDS, notes_per_household=10,
                      kdf_params=TEST_KDF_PARAMS, secret_store=store,
                      enrol=lambda vault: attach_account(
                          vault, server_url=base, email=email, passphrase=PASS,
                          device_name="one", enrolment_code=code,
                          organisation_key=ORGANISATION, kdf_params=TEST_KDF_PARAMS))
    seed_s = time.perf_counter() - t0
    one = Vault.unlock(tmp_path / "one", PASS, secret_store=store)
    e1 = SyncEngine(one, secret_store=store)
    t0 = time.perf_counter()
    pushed = _maybe_profiled("push", e1.run_once)
    push_s = time.perf_counter() - t0
    assert pushed.outcome == "ok" and e1.status().waiting == 0, pushed

    two = login_new_device(tmp_path / "two", server_url=base, email=email, passphrase=PASS,
                           device_name="two", kdf_params=TEST_KDF_PARAMS, secret_store=store,
                           organisation_key=ORGANISATION)
    e2 = SyncEngine(two, secret_store=store)
    ticks: list[int] = []
    t0 = time.perf_counter()
    first = _maybe_profiled("first", e2.run_once, progress=lambda p: ticks.append(p.done))
    first_s = time.perf_counter() - t0
    assert first.outcome == "ok", first
    with two.session(read_only=True) as s:
        assert s.scalar(select(func.count()).select_from(CaseNote)) == stats.notes

    with one.session() as s:
        actor = get_profile(s).id
        ids = list(s.scalars(select(CaseNote.id).limit(100)))
        for i, note_id in enumerate(ids):
            casework.edit_note(s, note_id=note_id, actor_id=actor, text=f"Bijgewerkt {i}.")
    t0 = time.perf_counter()
    up = _maybe_profiled("inc", e1.run_once)
    inc_push_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    down = _maybe_profiled("pull", e2.run_once)
    inc_pull_s = time.perf_counter() - t0
    assert up.pushed == 100 and down.pulled >= 100, (up, down)
    print(
        f"\n[desktop sync bench] seeded {stats.households} households, {stats.notes} notes "
        f"in {seed_s:.1f} s; first push of {pushed.pushed} records in {push_s:.1f} s "
        f"({pushed.pushed / push_s:,.0f}/s)"
        f"\n[desktop sync bench] first sync onto a fresh vault: {first.pulled} records in "
        f"{first_s:.1f} s ({first.pulled / first_s:,.0f}/s), {len(ticks)} progress callbacks; "
        f"budget {FIRST_SYNC_BUDGET:.0f} s"
        f"\n[desktop sync bench] incremental 100 changes: push round {inc_push_s * 1000:.0f} ms, "
        f"pull round {inc_pull_s * 1000:.0f} ms; budget {INCREMENTAL_BUDGET * 1000:.0f} ms each"
    )
    for e, v in ((e1, one), (e2, two)):
        e.close()
        v.lock()
    assert first_s < FIRST_SYNC_BUDGET
    assert len(ticks) >= first.pulled // 1000
    assert inc_push_s < INCREMENTAL_BUDGET and inc_pull_s < INCREMENTAL_BUDGET

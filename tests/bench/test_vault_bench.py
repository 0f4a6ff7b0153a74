"""Vault budgets of DESIGN.md §8 on a demo vault of 5,000 households and 50,000 notes.

Run: .venv/bin/pytest -m bench tests/bench/test_vault_bench.py -s

Measured: unlock to a ready main window beyond the KDF (engine + migration check + the
first household list, site list and follow-up overview), full-text search p50/p95 over
realistic queries, saving a note p50/p95 (one session + commit each, as the UI does), and
the same save + search workload on a plain SQLite copy of the same database (same SQLite
build, exported with sqlcipher_export) to report what encryption costs.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from demo.seed import seed_demo
from fieldapp.casework import cases as casework
from fieldapp.casework import followups, household_list, search
from fieldapp.casework.models import CaseFile
from fieldapp.crypto.kdf import TEST_KDF_PARAMS, KdfParams, derive_master, new_salt
from fieldapp.registry import households as registry
from fieldapp.vault import MemorySecretStore, Vault
from fieldapp.vault.engine import KeyHolder, connect_raw, make_engine

pytestmark = pytest.mark.bench

HOUSEHOLDS, NOTES_PER_HOUSEHOLD = 5_000, 10
PASSPHRASE = "demo-veilig-2026"
TODAY = date(2026, 11, 20)
QUERIES = [
    "huur", "huurachterstand", "afbetalingsplan", "OCMW", "CPAS", "humidité", "humidite",
    "schulden", "dettes huissier", "mutatie", "visite domicile", "leefloon", "énergie",
    "facture d'energie", "psychische", "santé mentale", "burenconflict", "voisinage",
    "CAW afspr", "inscription scol", "technische dienst", "Budget In Zicht", "verblijfsvergunning",
    "plan d'apurement", "huisb",
]
BUDGET_READY_S, BUDGET_SEARCH_MS, BUDGET_SAVE_MS, AIM_RATIO = 1.5, 50.0, 20.0, 1.3
FIGURES: list[tuple[str, str, str]] = []


def pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, MemorySecretStore, Path]:
    folder = tmp_path_factory.mktemp("bench") / "vault"
    store = MemorySecretStore()
    started = time.perf_counter()
    stats = seed_demo(folder, PASSPHRASE, households=HOUSEHOLDS,
                      notes_per_household=NOTES_PER_HOUSEHOLD, kdf_params=TEST_KDF_PARAMS,
                      secret_store=store, today=TODAY)
    FIGURES.append(("seed-demo 5,000 households / 50,000 notes",
                    f"{time.perf_counter() - started:.1f} s", "~120 s target"))
    assert stats.notes == HOUSEHOLDS * NOTES_PER_HOUSEHOLD
    plain = folder.parent / "plain.db"
    vault = Vault.unlock(folder, PASSPHRASE, secret_store=store)
    conn = connect_raw(vault.db_path, vault._keys)
    conn.execute(f"ATTACH DATABASE '{plain}' AS plaintext KEY ''")
    conn.execute("SELECT sqlcipher_export('plaintext')")
    conn.execute("DETACH DATABASE plaintext")
    conn.close()
    vault.lock()
    return folder, store, plain


def _ready(vault: Vault) -> None:
    with vault.session() as s:
        sites = registry.list_sites(s)
        household_list.search_households(s, site_id=sites[0].id, limit=200)
        household_list.count_households(s, site_id=sites[0].id)
        followups.followup_overview(s, today=TODAY)


def test_unlock_to_ready_beyond_kdf(demo) -> None:
    folder, store, _ = demo
    real_kdf = []
    for _ in range(2):
        t = time.perf_counter()
        derive_master(PASSPHRASE, new_salt(), KdfParams())
        real_kdf.append(time.perf_counter() - t)
    times = []
    for _ in range(5):
        t = time.perf_counter()
        vault = Vault.unlock(folder, PASSPHRASE, secret_store=store)  # test KDF: ~1 ms
        _ready(vault)
        times.append(time.perf_counter() - t)
        vault.lock()
    FIGURES.append(("KDF alone (Argon2id 64 MiB, t=3, p=4)",
                    f"{statistics.median(real_kdf) * 1000:.0f} ms", "(excluded)"))
    FIGURES.append(("unlock to ready, beyond KDF (median / max of 5)",
                    f"{statistics.median(times) * 1000:.0f} / {max(times) * 1000:.0f} ms",
                    f"< {BUDGET_READY_S * 1000:.0f} ms"))
    assert max(times) < BUDGET_READY_S


def _search_times(sessions: Callable[[], Iterator[Session]], rounds: int = 8) -> list[float]:
    samples = []
    with sessions() as s:
        for q in QUERIES:  # warm the page cache once, as a user's first searches do
            search.search_notes(s, query=q)
        for _ in range(rounds):
            for q in QUERIES:
                t = time.perf_counter()
                hits = search.search_notes(s, query=q)
                samples.append((time.perf_counter() - t) * 1000)
                assert hits, q
    return samples


def _save_times(sessions: Callable[[], Iterator[Session]], n: int = 200) -> list[float]:
    with sessions() as s:
        case_ids = list(s.scalars(select(CaseFile.id).limit(n)))
        actor = s.scalar(select(CaseFile.created_by).limit(1))
    samples = []
    for i in range(n):
        t = time.perf_counter()
        with sessions() as s:
            casework.add_note(s, case_id=case_ids[i % len(case_ids)], kind="phone_call",
                              text=f"Telefoon {i}: afspraak bevestigd voor het afbetalingsplan "
                                   "en de documenten voor het OCMW besproken.",
                              occurred_on=TODAY, actor_id=actor)
        samples.append((time.perf_counter() - t) * 1000)
    return samples


@contextmanager
def _plain_sessions(path: Path) -> Iterator[Callable[[], Iterator[Session]]]:
    engine = make_engine(path, KeyHolder(bytearray()), plain=True)
    factory = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session() -> Iterator[Session]:
        with factory() as s, s.begin():
            yield s

    try:
        yield session
    finally:
        engine.dispose()


def test_search_save_and_plain_sqlite_ratio(demo) -> None:
    folder, store, plain = demo
    vault = Vault.unlock(folder, PASSPHRASE, secret_store=store)
    try:
        enc_search = _search_times(vault.session)
        enc_save = _save_times(vault.session)
    finally:
        vault.lock()
    with _plain_sessions(plain) as sessions:
        plain_search = _search_times(sessions)
        plain_save = _save_times(sessions)

    def row(name: str, samples: list[float], budget: str) -> None:
        FIGURES.append((name, f"{pct(samples, 50):.1f} / {pct(samples, 95):.1f} ms", budget))

    row("full-text search p50 / p95 (SQLCipher)", enc_search, f"< {BUDGET_SEARCH_MS:.0f} ms")
    row("save a note p50 / p95 (SQLCipher)", enc_save, f"< {BUDGET_SAVE_MS:.0f} ms")
    row("full-text search p50 / p95 (plain SQLite)", plain_search, "")
    row("save a note p50 / p95 (plain SQLite)", plain_save, "")
    work_enc = pct(enc_search, 50) + pct(enc_save, 50)
    work_plain = pct(plain_search, 50) + pct(plain_save, 50)
    ratios = (pct(enc_search, 50) / pct(plain_search, 50), pct(enc_save, 50) / pct(plain_save, 50))
    FIGURES.append(("SQLCipher / plain: search, save, workload (p50)",
                    f"{ratios[0]:.2f}x, {ratios[1]:.2f}x, {work_enc / work_plain:.2f}x",
                    f"aim <= {AIM_RATIO}x"))
    _print_table()
    assert pct(enc_search, 95) < BUDGET_SEARCH_MS
    assert pct(enc_save, 95) < BUDGET_SAVE_MS


def _print_table() -> None:
    width = max(len(name) for name, _, _ in FIGURES)
    print("\n\nFieldApp vault benchmark (5,000 households, 50,000 notes)")
    for name, value, budget in FIGURES:
        print(f"  {name:<{width}}  {value:>22}  {budget}")

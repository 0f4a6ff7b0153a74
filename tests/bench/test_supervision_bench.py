"""Supervisor's budgets (issue 7): the caseload view and a year of indicators on a
5,000-household, 50,000-note organisation (aim: < 1 s each; DESIGN §8).

Run: .venv/bin/pytest -m bench tests/bench/test_supervision_bench.py -s

The organisation is made by demo.seed.seed_demo (5,000 households, 10 notes
each, with follow-ups, referrals, visits, welcome sessions, a renovation project and the
neighbourhood agents' requests and interventions); the vault's user is then a supervisor.
Each measurement is one user action: a fresh read session on the SQLCipher vault and the
use case (median of 5 runs; the first, cold, run is reported too).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from demo.seed import seed_demo
from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.local.models import LocalProfile
from fieldapp.registry import households as registry
from fieldapp.supervision.caseload import case_list, caseload
from fieldapp.supervision.indicators import indicators
from fieldapp.supervision.indicators_anonymised import anonymise
from fieldapp.supervision.indicators_csv import anonymised_csv, indicators_csv
from fieldapp.supervision.indicators_pdf import indicators_pdf
from fieldapp.vault import MemorySecretStore, Vault

pytestmark = pytest.mark.bench

TODAY = date(2026, 11, 20)
YEAR = (TODAY - timedelta(days=364), TODAY)
HOUSEHOLDS, NOTES_EACH = 5_000, 10
AIM_S = 1.0
FIGURES: list[tuple[str, float, float]] = []


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("svbench") / "vault"
    store = MemorySecretStore()
    stats = seed_demo(folder, "bench-passphrase-2026", households=HOUSEHOLDS,
                      notes_per_household=NOTES_EACH, kdf_params=TEST_KDF_PARAMS,
                      secret_store=store, today=TODAY)
    print(f"\nseeded {stats.households} households, {stats.notes} notes in {stats.seconds} s")
    v = Vault.unlock(folder, "bench-passphrase-2026", secret_store=store)
    with v.session() as s:
        s.query(LocalProfile).one().role = "supervisor"
    yield v
    v.lock()
    print("\nsupervisor budgets (cold / median of 5, seconds):")
    for name, cold, median in FIGURES:
        print(f"  {name:<44} {cold:7.3f} {median:7.3f}")


def measure(vault: Vault, name: str, fn: Callable[[object], object]) -> object:
    times, result = [], None
    for _ in range(6):
        started = time.perf_counter()
        with vault.session(read_only=True) as s:
            result = fn(s)
        times.append(time.perf_counter() - started)
    cold, median = times[0], statistics.median(times[1:])
    FIGURES.append((name, cold, median))
    assert median < AIM_S, f"{name}: {median:.3f} s"
    return result


def test_caseload_views(vault):
    rows = measure(vault, "caseload per worker", lambda s: caseload(s, today=TODAY))
    assert sum(r.open_cases for r in rows) > 2_500
    sites = measure(vault, "caseload per site (+ inventories, requests)",
                    lambda s: caseload(s, today=TODAY, group_by="site"))
    assert len(sites) >= 8
    worker = max(rows, key=lambda r: r.open_cases).key
    cases = measure(vault, "case files of the busiest worker",
                    lambda s: case_list(s, today=TODAY, worker=worker))
    assert len(cases) > 500


def test_a_year_of_indicators(vault):
    report = measure(vault, "indicators, one year, all sites",
                     lambda s: indicators(s, start=YEAR[0], end=YEAR[1]))
    assert report.total("notes") > 10_000
    with vault.session(read_only=True) as s:
        site = registry.list_sites(s)[0].id
    measure(vault, "indicators, one year, one site",
            lambda s: indicators(s, start=YEAR[0], end=YEAR[1], site_id=site))
    measure(vault, "… + anonymised table and both CSVs",
            lambda s: (anonymised_csv(report, anonymise(report)), indicators_csv(report)))
    measure(vault, "… + PDF report",
            lambda s: indicators_pdf(report, printed_on=TODAY, language="nl"))

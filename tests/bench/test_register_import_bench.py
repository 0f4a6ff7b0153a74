"""Tenant-register import budget of DESIGN.md §8: 5,000 households (~12,000 person lines,
Windows-1252 CSV in the sample's shape) into a real SQLCipher vault in < 30 s, read +
check + reconcile + commit, as the dialog and `fieldapp register-import` do; then the same
file again (nothing to change) and the preview.

Run: .venv/bin/pytest -m bench tests/bench/test_register_import_bench.py -s
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from fieldapp.registry.register_import import import_register, preview_import, read_register
from tests.factories import make_vault
from tests.unit.services.register_files import line, write_csv

pytestmark = pytest.mark.bench

HOUSEHOLDS = 5_000
BUDGET_S = 30.0
LAST = ["Peeters", "Janssens", "Maes", "Claes", "El Amrani", "Öztürk", "Diallo", "Mukendi",
        "Ndiaye", "Wouters", "Dubois", "Lambert", "Haddad", "Benali", "Goossens", "Fontaine"]
FIRST = ["An", "Els", "Noël", "Inès", "Jean", "Sofie", "Moussa", "Fatima", "Ward", "Lotte",
         "Koen", "Chloé", "Emre", "Hélène", "Piotr", "Aminata", "Thijs", "Nadia"]
RELATIONS = ["Conjoint", "Enfant", "Enfant", "Cohabitant"]
SIZES = [1, 1, 1, 2, 2, 2, 3, 3, 4, 5]  # 2.4 people a household: ~12,000 lines


def _lines(rng: random.Random) -> list[list[str]]:
    rows: list[list[str]] = []
    for h in range(HOUSEHOLDS):
        site = f"S{h // 250:02d}"
        last = rng.choice(LAST)
        common = {"site": site, "site_name": f"Site {site}", "building": f"Bloc {h // 25 % 10}",
                  "dwelling": f"{h % 25}.{h}", "moved_in": f"{rng.randint(1, 28):02d}/"
                  f"{rng.randint(1, 12):02d}/{rng.randint(1990, 2026)}",
                  "moved_out": "30/09/2026" if h % 97 == 0 else ""}
        size = rng.choice(SIZES)
        for p in range(size):
            rows.append(line(f"M{h:05d}", last, rng.choice(FIRST),
                             relation="Titulaire" if p == 0 else rng.choice(RELATIONS),
                             birth=f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/"
                                   f"{rng.randint(1940, 2024)}",
                             phone="0470 00 00 00" if p == 0 else "", **common))
    return rows


def test_import_5000_households_under_budget(tmp_path: Path) -> None:
    rows = _lines(random.Random(2026))
    path = write_csv(tmp_path / "register.csv", rows, encoding="cp1252")
    vault = make_vault(tmp_path / "vault")
    try:
        t0 = time.perf_counter()
        parsed = read_register(path)
        t_read = time.perf_counter() - t0
        with vault.session() as s:
            report = import_register(s, parsed, actor_id="bench")
        first = time.perf_counter() - t0
        t1 = time.perf_counter()
        with vault.session() as s:
            preview = preview_import(s, read_register(path))
        t_preview = time.perf_counter() - t1
        t2 = time.perf_counter()
        with vault.session() as s:
            again = import_register(s, read_register(path), actor_id="bench")
        second = time.perf_counter() - t2
    finally:
        vault.lock()
    print(f"\nregister import: {len(rows)} person lines, {HOUSEHOLDS} households: "
          f"first import {first:.2f} s (read + check {t_read:.2f} s), preview of the same "
          f"file {t_preview:.2f} s, second import {second:.2f} s; {report.summary()}")
    assert report.refused == []
    assert report.households_added + report.households_moved_out == HOUSEHOLDS
    assert report.people_added == len(rows) > 11_000
    assert again.households_unchanged == preview.households_unchanged == HOUSEHOLDS
    assert first < BUDGET_S and second < BUDGET_S

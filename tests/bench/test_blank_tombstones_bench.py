"""Vault migration 1497 (old tombstones lose their words) on a vault of 20,000 case notes, of
which 2,000 deleted before tombstones were blanked: the one-off cost at the first unlock.

Run: .venv/bin/pytest -m bench tests/bench/test_blank_tombstones_bench.py -s

Measured: the whole upgrade as the unlock runs it (the pre-migration copy included), and,
after it, the two note search rebuilds it ends with, run again on their own.
"""

from __future__ import annotations

import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import insert, text

from fieldapp.casework.models import CaseNote
from fieldapp.local.sync_state import SyncBase
from fieldapp.vault import migrate
from tests.factories import make_vault, make_world

pytestmark = pytest.mark.bench

NOTES, DELETED = 20_000, 2_000
WORDS = ("huurachterstand afbetalingsplan OCMW humidité schulden huisbezoek leefloon "
         "énergie burenconflict budgetbegeleiding verblijfsvergunning technische dienst").split()
BUDGET_S = 10.0  # once, at the first unlock after the update


def _text(i: int) -> str:
    return " ".join(WORDS[(i + k) % len(WORDS)] for k in range(40)) + f" nota{i}"


def test_blank_old_tombstones_20000_notes(tmp_path: Path) -> None:
    vault = make_vault(tmp_path)
    try:
        world = make_world(vault)
        migrate.downgrade(vault.engine, "1496_premises_loans")
        at = datetime(2026, 11, 20, tzinfo=UTC)
        rows, bases = [], []
        for i in range(NOTES):
            item_id, deleted = str(uuid.uuid4()), i % (NOTES // DELETED) == 0
            rows.append({
                "id": item_id, "collection_id": "casework:bench", "rev": str(uuid.uuid4()),
                "base_rev": None, "dirty": False, "deleted": deleted, "case_id": world.case_id,
                "kind": "phone_call", "occurred_on": date(2026, 11, 2), "text": _text(i),
                "confidentiality": "team", "objective": None, "author_id": world.actor_id,
                "created_by": world.actor_id, "updated_by": world.actor_id,
                "created_at": at, "updated_at": at})
            if deleted:
                bases.append({"item_id": item_id, "table_name": "case_notes",
                              "collection_key": "casework:bench", "rev": rows[-1]["rev"],
                              "seq": i, "author_id": world.actor_id, "received_at": 0.0,
                              "payload": {"text": rows[-1]["text"], "_table": "case_notes"}})
        with vault.engine.begin() as conn:
            conn.execute(insert(CaseNote.__table__), rows)
            conn.execute(insert(SyncBase.__table__), bases)

        started = time.perf_counter()
        migrate.upgrade(vault.engine, vault.db_path)
        total = time.perf_counter() - started
        with vault.engine.begin() as conn:
            started = time.perf_counter()
            conn.exec_driver_sql("INSERT INTO note_fts(note_fts) VALUES ('rebuild')")
            conn.exec_driver_sql("INSERT INTO note_trigram(note_trigram) VALUES ('rebuild')")
            rebuild = time.perf_counter() - started
            left = conn.execute(text(
                "SELECT count(*) FROM case_notes WHERE deleted IS 1 AND text != ''")).scalar()
        print(f"\nmigration 1497 on {NOTES} notes ({DELETED} deleted): {total:.2f} s in all "
              f"(pre-migration copy included); the two search rebuilds alone {rebuild:.2f} s")
        assert left == 0
        assert total < BUDGET_S
    finally:
        vault.lock()

"""The engine is used from worker threads, one session per action (ui/tasks runs them)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from fieldapp.casework import cases as casework
from fieldapp.casework import search
from tests.factories import TODAY, make_vault, make_world


def test_sessions_from_worker_threads(tmp_path: Path) -> None:
    vault = make_vault(tmp_path)
    world = make_world(vault)

    def write(i: int) -> str:
        with vault.session() as s:
            return casework.add_note(s, case_id=world.case_id, kind="phone_call",
                                     text=f"Draadnotitie nummer{i}", occurred_on=TODAY,
                                     actor_id=world.actor_id).id

    with ThreadPoolExecutor(max_workers=4) as pool:
        ids = list(pool.map(write, range(40)))
    assert len(set(ids)) == 40
    with vault.session() as s:
        assert len(search.search_notes(s, query="draadnotitie", limit=100)) == 40
    vault.lock()


def test_read_only_session_runs_beside_a_writer(tmp_path: Path) -> None:
    vault = make_vault(tmp_path)
    world = make_world(vault)
    with vault.session() as writer:
        casework.add_note(writer, case_id=world.case_id, kind="phone_call",
                          text="Nog niet vastgelegd", occurred_on=TODAY, actor_id=world.actor_id)
        with vault.session(read_only=True) as reader:  # sees the last committed state
            assert search.search_notes(reader, query="vastgelegd") == []
    with vault.session(read_only=True) as reader:
        assert len(search.search_notes(reader, query="vastgelegd")) == 1
    vault.lock()

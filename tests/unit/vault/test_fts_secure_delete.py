"""Deleted means gone, in the note search too (issue 14): a word deleted or edited out of
a note is found nowhere in the vault afterwards — not in the note, not in the search
indexes' segments (vault migration 1499 turns on FTS5's secure-delete). Markers are
asserted on, never printed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fieldapp.casework import cases as casework
from fieldapp.casework.search import search_notes
from fieldapp.local.profile import get_profile
from fieldapp.vault import migrate
from tests.factories import make_vault, make_world
from tests.integration.gdpr.scan import scan_engine

GONE, EDITED, KEPT = "Zqverwijderdxq", "Zqweggeschrevenxq", "Zqblijftxq"


def test_deleted_and_edited_words_leave_the_search_index(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "v")
    world = make_world(vault)
    with vault.session() as s:
        me = get_profile(s).id
        gone = casework.add_note(s, case_id=world.case_id, kind="phone_call",
                                 text=f"{GONE} over de huur", occurred_on=date(2026, 11, 19),
                                 actor_id=me)
        edited = casework.add_note(s, case_id=world.case_id, kind="phone_call",
                                   text=f"{EDITED} en {KEPT}", occurred_on=date(2026, 11, 19),
                                   actor_id=me)
    with vault.session() as s:
        casework.delete_note(s, note_id=gone.id, actor_id=me)
        casework.edit_note(s, note_id=edited.id, actor_id=me, text=f"Alleen {KEPT}")
    assert scan_engine(vault.engine, [GONE]) == []
    assert scan_engine(vault.engine, [EDITED]) == []
    assert "note_fts_data" in scan_engine(vault.engine, [KEPT])  # search still finds it
    with vault.session(read_only=True) as s:
        assert [h.note_id for h in search_notes(s, query=KEPT.lower())] == [edited.id]
    vault.lock()


def test_the_migration_turns_it_on_and_drops_what_was_left(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "v")
    world = make_world(vault)
    migrate.downgrade(vault.engine, "1498_staff_names")
    with vault.session() as s:  # before: the index kept the deleted word
        me = get_profile(s).id
        note = casework.add_note(s, case_id=world.case_id, kind="phone_call",
                                 text=f"{GONE} over de huur", occurred_on=date(2026, 11, 19),
                                 actor_id=me)
    with vault.session() as s:
        casework.delete_note(s, note_id=note.id, actor_id=me)
    assert "note_fts_data" in scan_engine(vault.engine, [GONE])
    migrate.upgrade(vault.engine, vault.db_path)
    assert scan_engine(vault.engine, [GONE]) == []
    vault.lock()

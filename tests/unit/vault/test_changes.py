"""The vault's unit of work records what it committed as a typed change set (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, insert, update

from fieldapp.casework import cases as casework
from fieldapp.casework.models import CaseNote
from fieldapp.local import drafts
from fieldapp.local import profile as local
from fieldapp.local.models import Draft, Setting
from fieldapp.vault import ChangeSet, committed_changes
from fieldapp.vault.changes import EMPTY, record_types, synced_types
from tests.factories import TODAY, make_vault, make_world


@pytest.fixture
def vault(tmp_path: Path):  # type: ignore[no-untyped-def]
    made = make_vault(tmp_path)
    yield made
    made.lock()


def _note(s, world, text: str = "Belde over de huur"):  # type: ignore[no-untyped-def]
    return casework.add_note(s, case_id=world.case_id, kind="phone_call", text=text,
                             occurred_on=TODAY, actor_id=world.actor_id)


def test_a_committed_save_names_its_records_their_collection_and_says_synced(vault) -> None:  # type: ignore[no-untyped-def]
    world = make_world(vault)
    vault.run(lambda s: drafts.save_draft(s, key=f"note:{world.case_id}", text="Belde"))

    def save(s):  # type: ignore[no-untyped-def]
        note = _note(s, world)
        drafts.discard_draft(s, key=f"note:{world.case_id}")  # saved: the draft goes
        return note

    note, changes = vault.run(save)
    assert isinstance(changes, ChangeSet)
    assert changes.types == {"case_notes", "drafts"}
    assert changes.ids("case_notes") == {note.id}
    assert changes.touches("case_notes", "follow_ups") and not changes.touches("follow_ups")
    assert changes.touches_record("case_notes", note.id)
    assert not changes.touches_record("case_notes", "another-id")
    assert changes.collections == {f"casework:{world.site_id}"}
    assert changes.synced and changes.synced_types == {"case_notes"}  # the draft is local
    assert changes.origin == "local"
    assert changes.unknown_ids == frozenset()


def test_edit_and_delete_are_changes_a_read_is_none(vault) -> None:  # type: ignore[no-untyped-def]
    world = make_world(vault)
    note, _ = vault.run(lambda s: _note(s, world))
    _, edited = vault.run(lambda s: casework.edit_note(s, note_id=note.id,
                                                       actor_id=world.actor_id, text="Anders"))
    assert edited.ids("case_notes") == {note.id} and edited.synced
    _, read = vault.run(lambda s: casework.timeline(s, case_id=world.case_id))
    assert read == EMPTY and not read and not read.synced
    _, removed = vault.run(lambda s: casework.delete_note(s, note_id=note.id,
                                                         actor_id=world.actor_id))
    assert removed.ids("case_notes") == {note.id}


def test_a_rolled_back_session_announces_nothing(vault) -> None:  # type: ignore[no-untyped-def]
    world = make_world(vault)
    with pytest.raises(RuntimeError), vault.session() as s:
        _note(s, world)
        s.flush()
        raise RuntimeError("the use case failed after writing")
    assert committed_changes(s) == EMPTY

    def failing(s):  # type: ignore[no-untyped-def]
        _note(s, world)
        raise RuntimeError("no")

    with pytest.raises(RuntimeError):
        vault.run(failing)
    with vault.session(read_only=True) as s:
        assert s.query(CaseNote).count() == 0


def test_a_rolled_back_savepoint_is_forgotten_the_outer_work_is_kept(vault) -> None:  # type: ignore[no-untyped-def]
    world = make_world(vault)
    with vault.session() as s:
        kept = _note(s, world, "kept")
        savepoint = s.begin_nested()
        dropped = _note(s, world, "dropped")
        savepoint.rollback()
        inner = s.begin_nested()
        released = _note(s, world, "released")
        inner.commit()
    changes = committed_changes(s)
    assert changes.ids("case_notes") == {kept.id, released.id}
    assert dropped.id not in changes.ids("case_notes")


def test_local_only_tables_are_changes_that_are_not_synced(vault) -> None:  # type: ignore[no-untyped-def]
    _, draft = vault.run(lambda s: drafts.save_draft(s, key="note:x", text="half a sentence"))
    assert draft.types == {"drafts"} and draft.ids("drafts") == {"note:x"}
    assert not draft.synced and draft.collections == frozenset()
    _, setting = vault.run(lambda s: local.set_setting(s, key="language", value="nl"))
    assert setting.types == {"settings"} and not setting.synced
    _, gone = vault.run(lambda s: drafts.discard_draft(s, key="note:x"))
    assert gone.ids("drafts") == {"note:x"} and not gone.synced


def test_bulk_statements_are_recorded_with_the_ids_they_show(vault) -> None:  # type: ignore[no-untyped-def]
    with vault.session() as s:
        s.execute(insert(Draft.__table__), [
            {"key": "a", "text": "x", "updated_at": vault.clock()},
            {"key": "b", "text": "y", "updated_at": vault.clock()},
        ])
    inserted = committed_changes(s)
    assert inserted.ids("drafts") == {"a", "b"} and not inserted.touches_record("drafts", "c")
    with vault.session() as s:
        s.execute(update(CaseNote).where(CaseNote.text == "nothing").values(text="x"))
        s.execute(delete(Setting).where(Setting.key == "nothing"))
    bulk = committed_changes(s)
    assert bulk.types == {"case_notes", "settings"}
    assert bulk.unknown_ids == {"case_notes", "settings"}
    assert bulk.touches_record("case_notes", "any-id")  # which rows were hit is not known
    assert bulk.synced and bulk.synced_types == {"case_notes"}


def test_a_session_that_commits_twice_keeps_both(vault) -> None:  # type: ignore[no-untyped-def]
    with vault.session() as s:
        drafts.save_draft(s, key="one", text="1")
        s.commit()
        drafts.save_draft(s, key="two", text="2")
    assert committed_changes(s).ids("drafts") == {"one", "two"}


def test_a_record_moved_to_another_collection_names_both(vault) -> None:  # type: ignore[no-untyped-def]
    world = make_world(vault)
    note, _ = vault.run(lambda s: _note(s, world))
    _, moved = vault.run(lambda s: casework.edit_note(
        s, note_id=note.id, actor_id=world.actor_id, confidentiality="restricted"))
    assert moved.collections == {f"casework:{world.site_id}",
                                 f"casework-restricted:{world.site_id}:{world.actor_id}"}


def test_change_sets_are_immutable_values_that_merge() -> None:
    a = ChangeSet.of([("case_notes", "n1")], collections=["casework:s"])
    b = ChangeSet.of([("case_notes", "n2"), ("drafts", "k")], origin="local")
    merged = a | b
    assert merged.ids("case_notes") == {"n1", "n2"} and merged.types == {"case_notes", "drafts"}
    assert merged.synced_types == {"case_notes"} and merged.collections == {"casework:s"}
    with pytest.raises(TypeError):
        merged.ids_by_type["x"] = frozenset()  # type: ignore[index]
    with pytest.raises(AttributeError):
        merged.origin = "sync"  # type: ignore[misc]
    pulled = ChangeSet.of([("nb_requests", "r")], origin="sync")
    assert pulled.origin == "sync" and (pulled | a).origin == "local"
    assert pulled.with_origin("local").origin == "local"
    assert ChangeSet.of([("drafts", "k")]) == ChangeSet.of([("drafts", "k")])
    assert hash(a) == hash(ChangeSet.of([("case_notes", "n1")], collections=["casework:s"]))
    assert not EMPTY and EMPTY.types == frozenset()


def test_record_types_are_the_tables_and_synced_types_the_synced_models() -> None:
    from fieldapp.catalogue import SYNCED_MODELS

    assert synced_types() == {m.__tablename__ for m in SYNCED_MODELS}
    assert {"drafts", "settings", "local_profile", "sync_base"} <= record_types() - synced_types()
    assert synced_types() <= record_types()

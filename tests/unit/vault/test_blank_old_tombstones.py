"""Vault migration 1497 (issue 14, deleted means gone): tombstones written before a deleted
record's words were blanked lose them — row, merge base and note search — in every synced
table, on a real SQLCipher vault; live records keep theirs."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import ModuleType

from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select, text

from fieldapp.casework import cases as casework
from fieldapp.casework.models import CaseNote
from fieldapp.local.profile import get_profile
from fieldapp.local.sync_state import SyncBase, SyncInflight
from fieldapp.records import common as rec
from fieldapp.records.blanks import private_blanks
from fieldapp.records.payload import synced_models, to_payload
from fieldapp.registry.models import Person
from fieldapp.vault import migrate
from tests.factories import make_vault, make_world
from tests.integration.gdpr.scan import scan_engine

BEFORE = "1496_premises_loans"
REVISION = "1497_blank_old_tombstones"
# one token each, so the note search's segments would keep them whole
TEAM, RESTRICTED, LIVE = "Zyxwvteamtomb", "Zyxwvrestrictedtomb", "Zyxwvlivenote"
NAME, PHONE = "Qwxzyperson", "0499 55 66 77"


def _migration() -> ModuleType:
    """The migration's module as Alembic loads it."""
    script = ScriptDirectory.from_config(migrate.config()).get_revision(REVISION)
    assert script is not None
    return script.module


def test_old_tombstones_keep_no_words(tmp_path: Path) -> None:
    vault = make_vault(tmp_path)
    try:
        world = make_world(vault)
        migrate.downgrade(vault.engine, BEFORE)  # a vault of the version before
        day = date(2026, 11, 2)
        with vault.session() as s:
            actor = get_profile(s).id
            team = casework.add_note(s, case_id=world.case_id, kind="phone_call",
                                     text=f"Belde over {TEAM}", occurred_on=day,
                                     actor_id=actor)
            restricted = casework.add_note(s, case_id=world.case_id, kind="phone_call",
                                           text=f"Vertelde {RESTRICTED}", occurred_on=day,
                                           actor_id=actor, confidentiality="restricted")
            casework.add_note(s, case_id=world.case_id, kind="phone_call",
                              text=f"Nog {LIVE}", occurred_on=day, actor_id=actor)
            # straight in: the register import that deletes people rebuilds the
            # household's search key from the lines it keeps, which is not this migration's
            person = rec.create(s, Person(household_id=world.household_id, first_name=NAME,
                                          last_name=NAME, phone=PHONE,
                                          birth_date=date(1980, 3, 4),
                                          national_register_number="80.03.04-123.45"),
                                actor_id=actor, collection_id=rec.registry_collection(s)).id
            # their merge bases, as the last sync left them
            for model, item_id in ((CaseNote, team.id), (CaseNote, restricted.id),
                                   (Person, person)):
                row = s.get(model, item_id)
                assert row is not None
                s.add(SyncBase(item_id=item_id, table_name=model.__tablename__,
                               collection_key=row.collection_id, rev=row.rev,
                               payload=to_payload(model, row)))
            # an edit of the restricted note sent, never acknowledged, then deleted
            note = s.get(CaseNote, restricted.id)
            assert note is not None
            s.add(SyncInflight(rev="r-sent-before", item_id=note.id, table_name="case_notes",
                               collection_key=note.collection_id,
                               payload=to_payload(CaseNote, note)))
        with vault.engine.begin() as conn:  # deleted the way the version before did
            conn.execute(text("UPDATE case_notes SET deleted = 1, dirty = 0 WHERE id = :i"),
                         {"i": team.id})  # a tombstone pulled and settled
            conn.execute(text("UPDATE case_notes SET deleted = 1, dirty = 1 WHERE id = :i"),
                         {"i": restricted.id})  # deleted here, not pushed yet
            conn.execute(text("UPDATE people SET deleted = 1, dirty = 0 WHERE id = :i"),
                         {"i": person})
        tombs = [TEAM, RESTRICTED, NAME, PHONE]
        assert set(scan_engine(vault.engine, tombs)) >= {
            "case_notes", "people", "sync_base", "sync_inflight", "note_fts_data"}

        migrate.upgrade(vault.engine, vault.db_path)

        assert scan_engine(vault.engine, tombs) == []
        assert "case_notes" in scan_engine(vault.engine, [LIVE])
        with vault.session(read_only=True) as s:
            gone = s.get(Person, person)
            assert gone is not None and gone.deleted
            assert (gone.first_name, gone.last_name, gone.phone) == ("", "", "")
            assert gone.birth_date is None and gone.national_register_number is None
            assert gone.household_id == world.household_id  # keys stay: it still syncs
            settled, pending = s.get(SyncBase, team.id), s.get(SyncBase, restricted.id)
            assert settled is not None and settled.payload is None
            assert pending is not None and pending.payload is not None
            assert pending.payload["text"] == ""
            assert pending.payload["case_id"] == world.case_id
            sent = s.get(SyncInflight, "r-sent-before")
            assert sent is not None and sent.payload is not None
            assert sent.payload["text"] == "" and sent.payload["_table"] == "case_notes"
            hits = s.execute(text("SELECT rowid FROM note_fts WHERE note_fts MATCH :q"),
                             {"q": LIVE}).all()
            assert len(hits) == 1  # the search index was rebuilt, not emptied
        migrate.downgrade(vault.engine, BEFORE)  # nothing comes back, nothing fails
        assert scan_engine(vault.engine, tombs) == []
    finally:
        vault.lock()


def test_the_rule_on_the_live_tables_is_private_blanks(tmp_path: Path) -> None:
    """At this revision the migration, reading the tables as they are, blanks exactly what
    `private_blanks` blanks for every synced model (a difference means the rule changed:
    old tombstones may then need a migration of their own)."""
    module = _migration()
    vault = make_vault(tmp_path)
    try:
        with vault.engine.connect() as conn:
            found = inspect(conn)
            for model in synced_models():
                name = model.__tablename__
                assert module.table_blanks(found, name, model) == dict(private_blanks(model)), name
            assert conn.execute(select(CaseNote.id)).first() is None
    finally:
        vault.lock()


def test_the_copies_made_before_it_keep_no_words_either(tmp_path: Path) -> None:
    """The copy the upgrade makes first (and older ones) held the same old words: opening
    the vault runs the same pass over them, so a scan of the vault and its copies finds a
    tombstone's words nowhere, while the copies still hold the live records."""
    from fieldapp.vault import Vault
    from tests.factories import PASSPHRASE, MemorySecretStore
    from tests.integration.gdpr.scan import scan_vault

    store = MemorySecretStore()
    vault = make_vault(tmp_path / "v", store=store)
    world = make_world(vault)
    migrate.downgrade(vault.engine, BEFORE)
    with vault.session() as s:
        actor = get_profile(s).id
        day = date(2026, 11, 2)
        team = casework.add_note(s, case_id=world.case_id, kind="phone_call",
                                 text=f"Belde over {TEAM}", occurred_on=day, actor_id=actor)
        casework.add_note(s, case_id=world.case_id, kind="phone_call", text=f"Nog {LIVE}",
                          occurred_on=day, actor_id=actor)
    with vault.engine.begin() as conn:  # deleted the way the version before did
        conn.execute(text("UPDATE case_notes SET deleted = 1, dirty = 0 WHERE id = :i"),
                     {"i": team.id})
    vault.lock()

    vault = Vault.unlock(tmp_path / "v", PASSPHRASE, secret_store=store)
    try:
        assert vault.migration_backup is not None  # the copy made before the upgrade
        assert scan_vault(vault, [TEAM]) == []
        assert "backup:case_notes" in scan_vault(vault, [LIVE])
    finally:
        vault.lock()

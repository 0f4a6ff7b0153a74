"""Nothing readable on disk; migrations at unlock with a copy taken first."""

from __future__ import annotations

import os
from pathlib import Path

from fieldapp.casework import cases as casework
from fieldapp.casework import search
from fieldapp.local import drafts
from fieldapp.registry import households as registry
from fieldapp.vault import MemorySecretStore, Vault, migrate
from tests.factories import PASSPHRASE, TODAY, make_vault, make_world

MARKERS = ["Zanzibarmarker", "Quetzalcoatlmark", "Xylofoonkenmerk", "Draftmarkeurvert"]


def _all_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _assert_no_markers(folder: Path) -> None:
    files = _all_bytes(folder)
    assert "vault.db" in files
    for name, raw in files.items():
        for marker in MARKERS:
            for form in (marker, marker.lower(), marker.upper()):
                assert form.encode("utf-8") not in raw, f"{form} readable in {name}"
                assert form.encode("utf-16-le") not in raw, f"{form} readable in {name}"


def test_folder_holds_no_plaintext_open_and_locked(tmp_path: Path) -> None:
    vault = make_vault(tmp_path)
    world = make_world(vault)
    with vault.session() as s:
        casework.add_note(s, case_id=world.case_id, kind="office_interview",
                          text=f"Gesprek over {MARKERS[0]} en schulden", occurred_on=TODAY,
                          actor_id=world.actor_id)
        registry.add_person(s, household_id=world.household_id, first_name=MARKERS[1],
                            last_name="Testperson", actor_id=world.actor_id)
        registry.add_household(s, dwelling_id=world.dwelling_id, name=MARKERS[2],
                               actor_id=world.actor_id)
        drafts.save_draft(s, key=f"note:{world.case_id}", text=f"unsaved {MARKERS[3]} text")
    with vault.session() as s:  # the data is there and searchable
        assert search.search_notes(s, query=MARKERS[0].lower())
    assert (tmp_path / "vault.db-wal").exists()  # WAL mode: the WAL is checked too
    _assert_no_markers(tmp_path)
    vault.lock()
    _assert_no_markers(tmp_path)


def test_migration_runs_at_unlock_with_a_backup_first(tmp_path: Path) -> None:
    store = MemorySecretStore()
    vault = make_vault(tmp_path, store=store)
    world = make_world(vault)
    with vault.session() as s:
        casework.add_note(s, case_id=world.case_id, kind="phone_call",
                          text="Afspraak met de schuldbemiddelaar", occurred_on=TODAY,
                          actor_id=world.actor_id)
    migrate.downgrade(vault.engine, "0001")  # an older-schema vault: no search index yet
    assert migrate.current(vault.engine) == "0001"
    vault.lock()

    again = Vault.unlock(tmp_path, PASSPHRASE, secret_store=store)
    assert migrate.current_heads(again.engine) == migrate.heads()
    backup = again.migration_backup
    assert backup is not None and backup.is_file()
    assert backup.parent == tmp_path and "before-0001" in backup.name
    with again.session() as s:  # the migrated index covers the notes written before it
        hits = search.search_notes(s, query="schuldbemiddel")
    assert [h.case_id for h in hits] == [world.case_id]
    again.lock()
    assert b"schuldbemiddelaar" not in backup.read_bytes()
    # the copy is a working vault database under the same key
    (tmp_path / "vault.db").unlink()
    backup.rename(tmp_path / "vault.db")
    old = Vault.unlock(tmp_path, PASSPHRASE, secret_store=store)
    assert old.migration_backup is not None  # it was at 0001, so it migrated again
    old.lock()


def test_unlock_of_a_current_vault_takes_no_backup(tmp_path: Path) -> None:
    store = MemorySecretStore()
    make_vault(tmp_path, store=store).lock()
    vault = Vault.unlock(tmp_path, PASSPHRASE, secret_store=store)
    assert vault.migration_backup is None
    assert not list(tmp_path.glob("*.bak"))
    vault.lock()


def test_only_the_last_two_migration_backups_are_kept(tmp_path: Path) -> None:
    """Each pre-migration copy is the whole vault as it was (erased data included): three
    migrations later, only the two newest copies are left."""
    store = MemorySecretStore()
    vault = make_vault(tmp_path, store=store)
    vault.lock()
    made = []
    for _ in range(3):
        again = Vault.unlock(tmp_path, PASSPHRASE, secret_store=store)
        migrate.downgrade(again.engine, "0001")
        again.lock()
        again = Vault.unlock(tmp_path, PASSPHRASE, secret_store=store)
        made.append(again.migration_backup)
        again.lock()
        for path in tmp_path.glob("vault.db.before-*.bak"):  # distinct, ordered copies
            os.utime(path, (path.stat().st_atime - 10, path.stat().st_mtime - 10))
    left = sorted(tmp_path.glob("vault.db.before-*.bak"))
    assert len(left) == 2
    assert made[0] not in left and made[-1] in left

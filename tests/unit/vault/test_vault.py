"""The encrypted vault on real SQLCipher files (DESIGN.md §3)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from fieldapp.casework import cases as casework
from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.local import drafts
from fieldapp.vault import (
    KEYRING_WARNING,
    DeviceSecretMissing,
    KeyringSecretStore,
    KeyringUnavailable,
    MemorySecretStore,
    Vault,
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultLocked,
    WeakPassphrase,
    WrongPassphrase,
)
from tests.factories import PASSPHRASE, TODAY, make_vault, make_world


def test_round_trip(tmp_path: Path) -> None:
    store = MemorySecretStore()
    vault = make_vault(tmp_path, store=store)
    world = make_world(vault)
    with vault.session() as s:
        casework.add_note(s, case_id=world.case_id, kind="phone_call", text="Belde over huur",
                          occurred_on=TODAY, actor_id=world.actor_id)
    vault.lock()
    assert Vault.exists(tmp_path)
    again = Vault.unlock(tmp_path, PASSPHRASE, secret_store=store)
    with again.session() as s:
        notes = [e.text for e in casework.timeline(s, case_id=world.case_id) if e.kind == "note"]
    assert notes == ["Belde over huur"]
    assert again.keyring_warning is None
    assert again.migration_backup is None
    again.lock()


def test_pragmas_are_set(tmp_path: Path) -> None:
    vault = make_vault(tmp_path)
    with vault.session() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA secure_delete")).scalar() == 1
        assert s.execute(text("PRAGMA temp_store")).scalar() == 2  # MEMORY
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
    vault.lock()


def test_wrong_passphrase_fails_closed_with_a_clear_message(tmp_path: Path) -> None:
    store = MemorySecretStore()
    make_vault(tmp_path, store=store).lock()
    with pytest.raises(WrongPassphrase) as err:
        Vault.unlock(tmp_path, "not the passphrase", secret_store=store)
    assert str(err.value) == (
        "The passphrase is not correct. Check Caps Lock and the keyboard layout, then try again."
    )


def test_copy_without_the_device_keyring_secret_fails(tmp_path: Path) -> None:
    store = MemorySecretStore()
    make_vault(tmp_path / "laptop", store=store).lock()
    shutil.copytree(tmp_path / "laptop", tmp_path / "stolen")
    with pytest.raises(DeviceSecretMissing) as err:
        Vault.unlock(tmp_path / "stolen", PASSPHRASE, secret_store=MemorySecretStore())
    assert "copied vault can't be opened on another device" in str(err.value)
    # a keyring holding a different secret under the same name is no better
    other = MemorySecretStore()
    header = (tmp_path / "stolen" / "vault.header.json").read_text()
    vault_id = header.split('"vault_id":"')[1].split('"')[0]
    other.set(f"vault:{vault_id}:device-secret", b"\x00" * 32)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(tmp_path / "stolen", PASSPHRASE, secret_store=other)
    # the original device still opens it
    Vault.unlock(tmp_path / "stolen", PASSPHRASE, secret_store=store).lock()


def test_every_flipped_header_byte_fails(tmp_path: Path) -> None:
    store = MemorySecretStore()
    make_vault(tmp_path, store=store).lock()
    path = tmp_path / "vault.header.json"
    original = path.read_bytes()
    for i in range(len(original)):
        flipped = bytearray(original)
        flipped[i] ^= 0x01
        path.write_bytes(bytes(flipped))
        # a changed vault id names another keyring entry: DeviceSecretMissing
        with pytest.raises((VaultCorrupt, WrongPassphrase, DeviceSecretMissing)):
            Vault.unlock(tmp_path, PASSPHRASE, secret_store=store)
    path.write_bytes(original)
    Vault.unlock(tmp_path, PASSPHRASE, secret_store=store).lock()


def test_database_from_another_vault_fails_closed(tmp_path: Path) -> None:
    store = MemorySecretStore()
    make_vault(tmp_path / "a", store=store).lock()
    make_vault(tmp_path / "b", store=store).lock()
    shutil.copy(tmp_path / "b" / "vault.db", tmp_path / "a" / "vault.db")
    with pytest.raises(VaultCorrupt) as err:
        Vault.unlock(tmp_path / "a", PASSPHRASE, secret_store=store)
    assert "does not match its header" in str(err.value)


def test_lock_drops_the_engine(tmp_path: Path) -> None:
    vault = make_vault(tmp_path)
    vault.lock()
    assert vault.is_locked
    with pytest.raises(VaultLocked) as err:
        with vault.session():
            pass
    assert str(err.value) == "The vault is locked. Unlock it with your passphrase first."
    with pytest.raises(VaultLocked):
        _ = vault.engine
    assert not vault._keys.present
    vault.lock()  # idempotent


def test_session_rolls_back_on_error(tmp_path: Path) -> None:
    vault = make_vault(tmp_path)
    with pytest.raises(RuntimeError):
        with vault.session() as s:
            drafts.save_draft(s, key="note:x", text="half a sentence")
            raise RuntimeError("boom")
    with vault.session() as s:
        assert drafts.load_draft(s, key="note:x") is None
    vault.lock()


def test_change_passphrase(tmp_path: Path) -> None:
    store = MemorySecretStore()
    vault = make_vault(tmp_path, store=store)
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("wrong one!", "a new passphrase")
    with pytest.raises(WeakPassphrase):
        vault.change_passphrase(PASSPHRASE, "short")
    vault.change_passphrase(PASSPHRASE, "a new passphrase")
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(tmp_path, PASSPHRASE, secret_store=store)
    Vault.unlock(tmp_path, "a new passphrase", secret_store=store).lock()


def test_create_refuses_an_existing_vault_and_a_short_passphrase(tmp_path: Path) -> None:
    make_vault(tmp_path).lock()
    with pytest.raises(VaultExists):
        make_vault(tmp_path)
    with pytest.raises(WeakPassphrase) as err:
        Vault.create(tmp_path / "new", "short", kdf_params=TEST_KDF_PARAMS,
                     secret_store=MemorySecretStore())
    assert str(err.value) == "Choose a passphrase of at least 8 characters."


def test_without_a_keyring_the_vault_warns_and_never_stores_a_plain_secret(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """A headless machine: keyring has only its fail backend (set here, so the test runs
    the same on a desktop with a real keyring)."""
    import keyring
    from keyring.backends import fail

    request.addfinalizer(lambda previous=keyring.get_keyring(): keyring.set_keyring(previous))
    keyring.set_keyring(fail.Keyring())
    assert not KeyringSecretStore().available()
    vault = Vault.create(tmp_path, PASSPHRASE, kdf_params=TEST_KDF_PARAMS)
    assert vault.keyring_warning == KEYRING_WARNING
    vault.lock()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault.db", "vault.header.json"]
    again = Vault.unlock(tmp_path, PASSPHRASE)
    assert again.keyring_warning == KEYRING_WARNING
    again.lock()
    with pytest.raises(KeyringUnavailable) as err:
        Vault.unlock(tmp_path, PASSPHRASE, require_device_secret=True)
    assert "requires one" in str(err.value)
    with pytest.raises(KeyringUnavailable):
        Vault.create(tmp_path / "strict", PASSPHRASE, kdf_params=TEST_KDF_PARAMS,
                     require_device_secret=True)
    assert not Vault.exists(tmp_path / "strict")


def test_errors_are_vault_errors() -> None:
    for cls in (WrongPassphrase, VaultCorrupt, VaultLocked, DeviceSecretMissing):
        assert issubclass(cls, VaultError)

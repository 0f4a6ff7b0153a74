"""Safety numbers (issue 14, item 7): both people's screens show the same number, and any
other key on either side gives another one."""

from __future__ import annotations

from pathlib import Path

from fieldapp.crypto.keys import AccountKeys
from fieldapp.crypto.safety import digits, safety_number
from sync.client.pins_store import VaultPinnedKeys
from tests.factories import make_vault


def test_the_number_is_the_same_on_both_screens_and_changes_with_either_key() -> None:
    ann, bob, mallory = (AccountKeys.generate().public for _ in range(3))
    number = safety_number(ann, bob)
    assert number == safety_number(bob, ann)  # order-independent
    assert len(digits(number)) == 60 and len(number.split()) == 12
    assert safety_number(ann, mallory) != number  # a key slipped in for Bob
    assert safety_number(mallory, bob) != number  # or for Ann
    assert safety_number(ann, bob) == number  # deterministic


def test_a_verification_is_kept_in_the_vault_and_tied_to_the_exact_keys(
        tmp_path: Path) -> None:
    vault = make_vault(tmp_path)
    try:
        bob, other = AccountKeys.generate().public, AccountKeys.generate().public
        pins = VaultPinnedKeys(vault)
        assert pins.verified_keys("bob") == []
        pins.mark_verified("bob", bob, "safety_number")
        pins.mark_verified("bob", bob, "safety_number")  # once is enough
        again = VaultPinnedKeys(vault)  # after a restart
        assert again.verified_keys("bob") == [bob]
        assert other not in again.verified_keys("bob")
    finally:
        vault.lock()


def test_the_note_editor_knows_whose_key_is_not_verified_here(tmp_path: Path) -> None:
    """Only a colleague whose current pinned key was verified here counts; a key the
    server changed since (the engine's warning) does not."""
    from fieldapp.local.key_checks import CHANGED_META, unverified
    from fieldapp.local.sync_state import SyncMeta

    vault = make_vault(tmp_path)
    try:
        old, new = AccountKeys.generate().public, AccountKeys.generate().public
        pins = VaultPinnedKeys(vault)
        pins.pin("ann", old)
        pins.mark_verified("ann", old, "safety_number")
        pins.pin("bob", old)
        with vault.session(read_only=True) as s:
            assert unverified(s, ["ann", "bob", "cas"]) == {"bob", "cas"}
        pins.pin("ann", new)  # accepted a new key without comparing it
        with vault.session(read_only=True) as s:
            assert unverified(s, ["ann"]) == {"ann"}
        pins.mark_verified("ann", new, "safety_number")
        with vault.session() as s:
            s.add(SyncMeta(key=CHANGED_META, value={"ann": "1234"}))
        with vault.session(read_only=True) as s:
            assert unverified(s, ["ann"]) == {"ann"}
    finally:
        vault.lock()

"""Vault migration 1460 (issue 14): a colleague's key an older version accepted on first
sight counts as not verified, and is named for the gentle message and the one-time
withdrawal of what was shared on it; a key verified since stays verified."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from fieldapp.local import key_checks
from fieldapp.local.sync_state import SyncKeyCheck, SyncMeta, SyncPin
from fieldapp.vault import migrate
from tests.factories import make_vault

TRUSTED, CHECKED, NEW = "u-trusted-on-sight", "u-checked", "u-never-seen"


def test_keys_accepted_before_checks_are_named_and_not_verified(tmp_path: Path) -> None:
    vault = make_vault(tmp_path)
    try:
        migrate.downgrade(vault.engine, "1400_renovation_project")  # before this version
        with vault.session() as s:
            for uid in (TRUSTED, CHECKED):
                s.add(SyncPin(user_id=uid, kind="accepted", wrap_public=b"w" * 32,
                              sign_public=b"s" * 32))
            s.add(SyncKeyCheck(user_id=CHECKED, wrap_public=b"w" * 32, sign_public=b"s" * 32,
                               checked_at=1.0, how="safety_number"))
        migrate.upgrade(vault.engine, vault.db_path)
        with vault.session(read_only=True) as s:
            assert key_checks.unverified(s, [TRUSTED, CHECKED, NEW]) == {TRUSTED, NEW}
            assert key_checks.trusted_earlier(s) == {TRUSTED}
            todo = s.get(SyncMeta, key_checks.WITHDRAW_META)
            assert todo is not None and todo.value == [TRUSTED]
            assert s.scalars(select(SyncKeyCheck.user_id)).all() == [CHECKED]  # untouched
        migrate.downgrade(vault.engine, "1400_renovation_project")
        with vault.session(read_only=True) as s:
            assert key_checks.trusted_earlier(s) == set()
    finally:
        vault.lock()

"""The demo seed writes as the account it is enrolled to, like the product's first run: a
second laptop of that account receives every record of the seed, restricted notes included
(they live in `casework-restricted:<site>:<author>`, named after the account)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from demo.seed import seed_demo
from fieldapp.casework.models import CaseNote
from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.vault import Vault
from sync.engine import SyncEngine, WrittenBeforeAccount, attach_account
from tests.factories import TODAY, NoSecretStore, make_vault, make_world
from tests.harness.server import admin_create_user
from tests.integration.desktop_sync.desktop_helpers import Member, Team, fast_client, snapshot


def _notes(vault: Vault) -> tuple[int, int]:
    with vault.session(read_only=True) as s:
        every = s.scalar(select(func.count()).select_from(CaseNote))
        restricted = s.scalar(select(func.count()).select_from(CaseNote).where(
            CaseNote.confidentiality == "restricted"))
    return int(every or 0), int(restricted or 0)


def test_a_second_laptop_of_the_seeded_account_receives_every_note(
        team: Team, tmp_path: Path) -> None:
    assert team.server.admin is not None
    email = f"seeded-{uuid.uuid4().hex[:8]}@example.org"
    code = admin_create_user(team.server.admin, email=email, role="supervisor", name="Seeded")
    passphrase = f"passphrase of {email}"
    account = dict(server_url=team.server.base_url, email=email, passphrase=passphrase,
                   device_name="first-laptop", organisation_key=team.org,
                   kdf_params=TEST_KDF_PARAMS, client_factory=fast_client)
    seed = dict(households=8, notes_per_household=4, kdf_params=TEST_KDF_PARAMS,
                secret_store=NoSecretStore(), today=TODAY, organisation=team.org)

    # writing first and enrolling afterwards is refused, before the code is spent
    early = make_vault(tmp_path / "early")
    make_world(early)
    with pytest.raises(WrittenBeforeAccount):
        attach_account(early, enrolment_code=code, **account)  # type: ignore[arg-type]
    early.lock()

    folder = tmp_path / "first"
    stats = seed_demo(folder, passphrase, **seed,  # type: ignore[arg-type]
                      enrol=lambda vault: attach_account(vault, enrolment_code=code,
                                                         **account))  # type: ignore[arg-type]
    vault = Vault.unlock(folder, passphrase, secret_store=NoSecretStore())
    first = Member(email, passphrase, folder, vault,
                   SyncEngine(vault, client_factory=fast_client, secret_store=NoSecretStore()))
    team.members.append(first)
    first.sync()
    assert first.engine.status().waiting == 0

    second = team.open_new(email=email, code=None, name="second", passphrase=passphrase)
    second.sync()
    every, restricted = _notes(second.vault)
    assert (every, restricted) == _notes(first.vault)
    assert every == stats.notes and restricted > 0
    assert snapshot(second.vault) == snapshot(first.vault)

"""A DMBSH social worker seconded to two housing companies (issue 19 item 4): one profile
folder on the laptop, one vault per organisation under it, each enrolled with its own
server account of that organisation. She works in both on the real server; no record, key
or search hit crosses from one to the other, and the server refuses her account of one
organisation the other's collections."""

from __future__ import annotations

import uuid
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from fieldapp.casework.search import search
from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.local import organisations as orgs
from fieldapp.local.sync_state import SyncCollection
from fieldapp.vault import Vault
from fieldapp.vault.vault import DB_NAME, HEADER_NAME
from sync.client.errors import NotFound
from sync.engine import SyncEngine, enrol_new_vault
from sync.protocol import AdminUserListResponse, CreateUserRequest, EnrolmentCodeResponse
from sync.server import cli
from tests.factories import NoSecretStore, make_world
from tests.harness.server import ADMIN_EMAIL, passphrase_for
from tests.integration.desktop_sync.desktop_helpers import Member, Team, add_note, fast_client

pytestmark = pytest.mark.postgres
ONE_PASSPHRASE = "tram canal brique 2026 detachering"


def _second_organisation(sync_server, tmp_path: Path) -> Team:  # type: ignore[no-untyped-def]
    """Another housing company on the same server, with its own admin."""
    org_id = cli.create_org(sync_server.database_url, "Second housing company")
    email = f"admin-{uuid.uuid4().hex[:6]}-{ADMIN_EMAIL}"
    _, code = cli.create_user(sync_server.database_url, org=org_id, email=email, role="admin")
    admin = sync_server.client()
    admin.enrol(email=email, enrolment_code=code, passphrase=passphrase_for(email),
                device_name="admin-b-desk", kdf_params=TEST_KDF_PARAMS)
    server = SimpleNamespace(base_url=sync_server.base_url, admin=admin)
    return Team(server, tmp_path / "org-b", org="ovm-b")


def _seconded(team: Team, profile: Path, org: str) -> Member:
    """The worker's vault of `org` under her one profile folder, with her account there."""
    email = f"k.benali+{org}-{uuid.uuid4().hex[:6]}@dmbsh.example"
    code = team.server.admin.http.call(
        "POST", "/v1/admin/users", EnrolmentCodeResponse,
        CreateUserRequest(email=email,  # type: ignore[arg-type]
                          role="social_assistant", employer="dmbsh")).enrolment_code
    folder = orgs.vault_folder(profile, org)
    vault = enrol_new_vault(folder, server_url=team.server.base_url, email=email,
                            enrolment_code=code, passphrase=ONE_PASSPHRASE,
                            display_name="Karim Benali", device_name="karim-laptop",
                            organisation_key=org, kdf_params=TEST_KDF_PARAMS,
                            secret_store=NoSecretStore(), client_factory=fast_client)
    member = Member(email, ONE_PASSPHRASE, folder, vault,
                    SyncEngine(vault, client_factory=fast_client, secret_store=NoSecretStore()))
    team.members.append(member)
    return member


def _collections(member: Member) -> dict[str, str]:
    with member.vault.session(read_only=True) as s:
        return {c.local_key: c.server_id for c in s.scalars(select(SyncCollection))}


def _ids(member: Member) -> set[str]:
    from tests.integration.desktop_sync.desktop_helpers import snapshot

    return set(snapshot(member.vault))


def test_a_seconded_worker_works_in_two_organisations_kept_apart(
        team, sync_server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert orgs.VAULT_FILE == DB_NAME
    team.org = "ovm-a"
    team_b = _second_organisation(sync_server, tmp_path)
    try:
        profile = tmp_path / "karim-profile"
        boss_a, boss_b = team.enrol("supervisor", "boss-a"), team_b.enrol("supervisor", "boss-b")
        world_a, world_b = make_world(boss_a.vault), make_world(boss_b.vault)
        boss_a.sync()
        boss_b.sync()
        karim_a = _seconded(team, profile, "ovm-a")
        karim_b = _seconded(team_b, profile, "ovm-b")
        team.grant(boss_a, karim_a)
        team_b.grant(boss_b, karim_b)
        karim_a.sync()
        karim_b.sync()

        # one profile, two vaults, chosen by organisation at unlock
        assert orgs.organisations(profile) == ["ovm-a", "ovm-b"]
        for member in (karim_a, karim_b):  # the one passphrase opens each, on its own
            member.engine.close()
            member.vault.lock()
            member.vault = Vault.unlock(member.folder, ONE_PASSPHRASE,
                                        secret_store=NoSecretStore())
            member.engine = SyncEngine(member.vault, client_factory=fast_client,
                                       secret_store=NoSecretStore())
        note_a = add_note(karim_a, world_a.case_id, "Afbetalingsplan Anneessens besproken")
        note_b = add_note(karim_b, world_b.case_id, "Schuldbemiddeling Peterbos gestart")
        karim_a.sync()
        karim_b.sync()
        boss_a.sync()
        boss_b.sync()

        # she works in both: each supervisor receives her note of their organisation only
        assert note_a in _ids(boss_a) and note_b not in _ids(boss_a)
        assert note_b in _ids(boss_b) and note_a not in _ids(boss_b)
        # no record crosses: the two vaults share no record at all
        assert not _ids(karim_a) & _ids(karim_b)
        assert note_a in _ids(karim_a) and note_b in _ids(karim_b)
        # no search hit crosses
        with karim_a.vault.session(read_only=True) as s:
            assert search(s, query="Schuldbemiddeling").total == 0
            assert search(s, query="Afbetalingsplan").total == 1
        with karim_b.vault.session(read_only=True) as s:
            assert search(s, query="Afbetalingsplan").total == 0
            assert search(s, query="Schuldbemiddeling").total == 1
        # no key crosses: two device key pairs, two vault keys, disjoint collections
        client_a, client_b = karim_a.engine.client(), karim_b.engine.client()
        assert client_a is not None and client_b is not None
        assert client_a.user.id != client_b.user.id
        # each account records who employs her: the DMBSH, which seconds her to both
        assert client_a.user.employer == client_b.user.employer == "dmbsh"
        listed = team_b.server.admin.http.call("GET", "/v1/admin/users", AdminUserListResponse)
        assert {u.email: u.employer for u in listed.users}[karim_b.email] == "dmbsh"
        assert {u.email: u.employer for u in listed.users}[boss_b.email] == "housing_company"
        assert client_a.my_fingerprint() != client_b.my_fingerprint()
        headers = [(m.folder / HEADER_NAME).read_text() for m in (karim_a, karim_b)]
        assert headers[0] != headers[1]  # own salt, own wrapped raw key
        cols_a, cols_b = _collections(karim_a), _collections(karim_b)
        assert cols_a and cols_b
        assert not set(cols_a.values()) & set(cols_b.values())
        assert all(key.endswith(("ovm-a", world_a.site_id, world_a.other_site_id))
                   or ":ovm-a:" in key for key in cols_a)
        # and the server refuses her account of A every collection of B
        for server_id in cols_b.values():  # as if they did not exist
            with pytest.raises(NotFound):
                client_a.pull_all(server_id)
        assert not {c.id for c in client_a.collections()} & set(cols_b.values())
    finally:
        team_b.close()

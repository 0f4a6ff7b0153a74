"""A team of desktop vaults enrolled on the test server, each with its own sync engine."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.records.payload import content_hash, synced_models, to_payload
from fieldapp.vault import Vault
from sync.client import RetryPolicy, SyncClient
from sync.engine import SyncEngine, enrol_new_vault
from sync.engine.team import grant_all
from tests.factories import NoSecretStore
from tests.harness.server import admin_create_user

FAST_RETRY = RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.05, max_retry_after=1.0)




def fast_client(url: str, pins: Any) -> SyncClient:
    return SyncClient(url, pins=pins, retry=FAST_RETRY, timeout=(2.0, 10.0))


@dataclass
class Member:
    email: str
    passphrase: str
    folder: Path
    vault: Vault
    engine: SyncEngine

    @property
    def user_id(self) -> str:
        client = self.engine.client()
        assert client is not None
        return client.user.id

    def sync(self) -> Any:
        report = self.engine.run_once()
        assert report.outcome in ("ok", "clock_skew"), report
        return report


class Team:
    def __init__(self, server: Any, root: Path, *, org: str) -> None:
        self.server, self.root, self.org = server, root, org
        self.members: list[Member] = []

    def enrol(self, role: str, name: str, *, display_name: str | None = None) -> Member:
        """`name` makes the e-mail address and folder; `display_name` (else `name`) is
        what the person types as their name when they enrol."""
        email = f"{name}-{uuid.uuid4().hex[:8]}@example.org"
        code = admin_create_user(self.server.admin, email=email, role=role, name=name)
        return self.open_new(email=email, code=code, name=name, display_name=display_name)

    def open_new(self, *, email: str, code: str | None, name: str,
                 passphrase: str | None = None, display_name: str | None = None) -> Member:
        from sync.engine import login_new_device

        folder = self.root / f"{name}-{uuid.uuid4().hex[:6]}"
        passphrase = passphrase or f"passphrase of {email}"
        common = dict(server_url=self.server.base_url, email=email, passphrase=passphrase,
                      device_name=f"{name}-laptop", organisation_key=self.org,
                      kdf_params=TEST_KDF_PARAMS, secret_store=NoSecretStore(),
                      client_factory=fast_client)
        if code is not None:
            vault = enrol_new_vault(folder, enrolment_code=code,
                                    display_name=display_name or name, **common)
        else:
            vault = login_new_device(folder, display_name=display_name or "", **common)
        member = Member(email, passphrase, folder, vault,
                        SyncEngine(vault, client_factory=fast_client,
                                   secret_store=NoSecretStore()))
        self.members.append(member)
        return member

    def grant(self, supervisor: Member, *members: Member) -> None:
        """The enrolment in person: the supervisor types the code the member reads aloud
        (a verification on the supervisor's laptop), and the member checks the safety
        number the supervisor's screen shows (one on theirs)."""
        for m in members:
            grant_all(supervisor.engine, m.user_id, fingerprint=_own_fingerprint(m))
            verify(m, supervisor)


    def close(self) -> None:
        for m in self.members:
            m.engine.close()
            if not m.vault.is_locked:
                m.vault.lock()


def verify(me: Member, colleague: Member) -> None:
    """`me` compared safety numbers with `colleague` and pressed "The numbers match"
    (the number read from the colleague's screen, computed there)."""
    mine, theirs = me.engine.client(), colleague.engine.client()
    assert mine is not None and theirs is not None
    mine.confirm_safety_number(colleague.user_id, theirs.safety_number(me.user_id)[0])


def _own_fingerprint(m: Member) -> str:
    client = m.engine.client()
    assert client is not None
    return client.my_fingerprint()


def snapshot(vault: Vault) -> dict[str, str]:
    """item id -> content hash of every live synced record the team shares (to compare
    replicas). Access-log entries are left out: each person's log is read by them and
    the supervisors only (issue 14), so replicas differ there by design."""
    out: dict[str, str] = {}
    with vault.session(read_only=True) as s:
        for model in synced_models():
            table = model.__table__
            if table.name == "access_log":
                continue
            for row in s.execute(select(table)).mappings():
                if not row["deleted"]:
                    out[row["id"]] = content_hash(to_payload(model, dict(row)))
    return out


def add_note(member: Member, case_id: str, text: str) -> str:
    """A phone-call note written on `member`'s laptop; returns its id."""
    from datetime import date

    from fieldapp.casework import cases as casework
    from fieldapp.local.profile import get_profile

    with member.vault.session() as s:
        actor = get_profile(s).id
        return casework.add_note(s, case_id=case_id, kind="phone_call", text=text,
                                 occurred_on=date(2026, 11, 19), actor_id=actor).id


def team_of_three(team: Team) -> tuple[Member, Member, Member, Any]:
    """A supervisor with a small world, two assistants granted it, everyone synced."""
    from tests.factories import make_world

    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    boss.sync()
    a = team.enrol("social_assistant", "ann")
    b = team.enrol("social_assistant", "bob")
    team.grant(boss, a, b)
    for m in (a, b, boss, a):  # names go round too: each wrote theirs (issue 14)
        m.sync()
    return boss, a, b, world

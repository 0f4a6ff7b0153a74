"""The organisation's names, sealed (issue 14, item 9): the server keeps none.

On the real server, with real vaults: each person types their name when they enrol; their
laptop writes it into `people:<org>` once the supervisor granted it; colleagues' laptops
show it, a second laptop of the same person takes it; a colleague cannot rename someone,
a supervisor can; the names a supervisor knew from before the server dropped them are
written once. A dump of the server's database holds none of the names. Markers are
asserted on, never printed."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import create_engine, select

from fieldapp.local.profile import get_profile
from fieldapp.local.sync_state import SyncUser
from fieldapp.people import directory, names
from sync.engine.people import refresh_people
from tests.harness.server import admin_create_user
from tests.integration.desktop_sync.desktop_helpers import Member, Team
from tests.integration.gdpr.scan import scan_engine

pytestmark = pytest.mark.postgres

BOSS, KARIM, SOFIE = "Zqannpeetersxq", "Zqkarimbenalixq", "Zqsofiejanssensxq"


def _names(m: Member) -> dict[str, str]:
    with m.vault.session(read_only=True) as s:
        return directory.names(s)


def _rounds(*members: Member) -> None:
    for m in members:
        m.sync()


def test_names_reach_colleagues_and_never_the_server(team: Team, sync_server: Any) -> None:
    boss = team.enrol("supervisor", "boss", display_name=BOSS)
    boss.sync()  # the supervisor makes the organisation's collections, `people:` among them
    karim = team.enrol("social_assistant", "karim", display_name=KARIM)
    sofie = team.enrol("social_assistant", "sofie", display_name=SOFIE)
    team.grant(boss, karim, sofie)
    _rounds(karim, sofie, boss, karim, sofie)

    for m in (boss, karim, sofie):
        shown = _names(m)
        assert shown[karim.user_id] == KARIM and shown[sofie.user_id] == SOFIE, m.email
        assert shown[boss.user_id] == BOSS
    with karim.vault.session(read_only=True) as s:  # the choice lists read the directory
        assert SOFIE in {p.display_name for p in directory.list_people(s)}

    # Karim's second laptop: no name typed there; it comes with the directory
    second = team.open_new(email=karim.email, code=None, name="karim-second")
    second.sync()
    with second.vault.session(read_only=True) as s:
        assert get_profile(s).display_name == KARIM
        assert directory.names(s)[sofie.user_id] == SOFIE

    engine = create_engine(sync_server.database_url)
    try:
        assert scan_engine(engine, [BOSS, KARIM, SOFIE]) == []
    finally:
        engine.dispose()


def test_a_colleague_cannot_rename_someone_a_supervisor_can(team: Team) -> None:
    boss = team.enrol("supervisor", "boss", display_name=BOSS)
    boss.sync()
    karim = team.enrol("social_assistant", "karim", display_name=KARIM)
    sofie = team.enrol("social_assistant", "sofie", display_name=SOFIE)
    team.grant(boss, karim, sofie)
    _rounds(karim, sofie, boss, karim, sofie)

    with sofie.vault.session() as s:  # Sofie holds write access: the server takes it ...
        assert names.set_name(s, account_id=karim.user_id, name="Zqfakexq",
                              actor_id=sofie.user_id)
    _rounds(sofie, boss, karim)
    # ... but no laptop takes a name someone else than the person or a supervisor wrote
    assert _names(boss)[karim.user_id] == KARIM
    with karim.vault.session(read_only=True) as s:
        assert get_profile(s).display_name == KARIM

    with boss.vault.session() as s:  # the supervisor corrects the spelling
        names.set_name(s, account_id=karim.user_id, name="Zqkarim benali-elxq",
                       actor_id=boss.user_id)
    _rounds(boss, karim, sofie)
    assert _names(sofie)[karim.user_id] == "Zqkarim benali-elxq"
    with karim.vault.session(read_only=True) as s:  # his own laptop takes it, keeps it
        assert get_profile(s).display_name == "Zqkarim benali-elxq"
    karim.sync()
    sofie.sync()
    assert _names(sofie)[karim.user_id] == "Zqkarim benali-elxq"


def test_a_newcomer_shows_by_email_and_a_name_from_before_is_written_once(
        team: Team, sync_server: Any) -> None:
    boss = team.enrol("supervisor", "boss", display_name=BOSS)
    boss.sync()
    karim = team.enrol("social_assistant", "karim", display_name=KARIM)
    team.grant(boss, karim)
    _rounds(karim, boss, karim)

    # an account the administrator made, not enrolled yet: shown by its e-mail address
    email = "newcomer-zq@example.org"
    admin_create_user(sync_server.admin, email=email, role="social_assistant")
    client = boss.engine.client()
    assert client is not None
    refresh_people(boss.vault, client)
    with boss.vault.session() as s:
        row = s.scalar(select(SyncUser).where(SyncUser.email == email))
        assert row is not None and row.display_name == email
        # the name this laptop knew before the server dropped names (server migration 0080)
        row.display_name = "Zqoldnamexq"
        newcomer = row.id
    _rounds(boss, boss, karim)  # written after the pull, up with the next round's push
    client = karim.engine.client()
    assert client is not None
    refresh_people(karim.vault, client)
    assert _names(karim)[newcomer] == "Zqoldnamexq"
    with boss.vault.session(read_only=True) as s:  # written once, not every round
        rev = s.get(names.StaffName, names.record_id(newcomer)).rev  # type: ignore[union-attr]
    boss.sync()
    with boss.vault.session(read_only=True) as s:
        assert s.get(names.StaffName, names.record_id(newcomer)).rev == rev  # type: ignore[union-attr]


def test_a_read_only_grant_still_lets_the_person_write_their_name(team: Team) -> None:
    """The code check grants what the supervisor chose, read only here; the names'
    collection comes with it, writable, as grant_all gives it (sync.protocol
    .granted_access): the person's laptop writes their name."""
    from sync.team import Team as SupervisorTeam

    boss = team.enrol("supervisor", "boss", display_name=BOSS)
    boss.sync()
    karim = team.enrol("social_assistant", "karim", display_name=KARIM)
    client = boss.engine.client()
    assert client is not None
    code = karim.engine.client().my_fingerprint()  # type: ignore[union-attr]
    registry = [c.id for c in client.collections() if c.kind == "registry"]
    SupervisorTeam(client).grant(karim.user_id, typed_code=code, collections=registry,
                                 access="read")
    people = next(c.id for c in client.collections() if c.kind == "people")
    access = {m.user_id: m.access for m in client.list_members(people).members}
    assert access[karim.user_id] == "write"
    _rounds(karim, boss)
    assert _names(boss)[karim.user_id] == KARIM

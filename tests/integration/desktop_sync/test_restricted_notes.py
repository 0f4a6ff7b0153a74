"""Issue 14, "restricted means restricted", on the real server: two assistants of one site
and a supervisor. B never receives a key or a plaintext of A's restricted note, by any
path (sync pull, search, timeline, history, export); the supervisor does; a colleague A
names explicitly does. Old per-site restricted notes move, their revisions are purged and
the old collection is retired."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select, text

from fieldapp.audit import access_log
from fieldapp.audit.models import AccessLogEntry
from fieldapp.casework import cases as casework
from fieldapp.casework import restricted
from fieldapp.casework.models import CaseNote
from fieldapp.casework.search import search
from fieldapp.casework.timeline import timeline
from fieldapp.local.profile import get_profile
from fieldapp.records import common as rec
from sync.client.errors import ApiError, NotFound
from sync.engine import purge as engine_purge
from sync.engine import push, state
from tests.factories import make_world
from tests.integration.desktop_sync.desktop_helpers import (
    Member,
    Team,
    _own_fingerprint,
    verify,
)

pytestmark = pytest.mark.postgres

SECRET = "Zorgvertrouwelijk-Quokka-7731"  # a marker string, nothing personal


def _team(team: Team) -> tuple[Member, Member, Member, Member, Any]:
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    boss.sync()
    a = team.enrol("social_assistant", "ann")
    b = team.enrol("social_assistant", "bob")
    c = team.enrol("social_assistant", "cas")
    team.grant(boss, a, b, c)
    for m in (a, b, c, boss):
        m.sync()
    return boss, a, b, c, world


def _restricted_note(member: Member, case_id: str, words: str) -> str:
    with member.vault.session() as s:
        return casework.add_note(s, case_id=case_id, kind="phone_call", text=words,
                                 occurred_on=date(2026, 11, 19), actor_id=get_profile(s).id,
                                 confidentiality="restricted").id


def _vault_holds(member: Member, marker: str) -> bool:
    """Whether any text column of any table of the (opened) vault holds `marker`."""
    with member.vault.session(read_only=True) as s:
        tables = [r[0] for r in s.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table'"))]
        for table in tables:
            cols = [r[1] for r in s.execute(text(f'PRAGMA table_info("{table}")'))]
            for col in cols:
                found = s.execute(text(
                    f'SELECT 1 FROM "{table}" WHERE CAST("{col}" AS TEXT) LIKE :m LIMIT 1'),
                    {"m": f"%{marker}%"}).first()
                if found is not None:
                    return True
    return False


def _sees(member: Member, note_id: str) -> bool:
    with member.vault.session(read_only=True) as s:
        note = s.get(CaseNote, note_id)
        return note is not None and not note.deleted and SECRET in note.text


def _server_collection(member: Member, local_key: str) -> str | None:
    with member.vault.session(read_only=True) as s:
        row = state.collection_by_key(s, local_key)
        return row.server_id if row is not None else None


def test_a_restricted_note_reaches_its_author_the_supervisor_and_named_colleagues_only(
        team: Team) -> None:
    boss, a, b, c, world = _team(team)
    note_id = _restricted_note(a, world.case_id, f"{SECRET} gesprek")
    key = rec.casework_collection(world.site_id, restricted=True, author_id=a.user_id)

    with a.vault.session(read_only=True) as s:  # the editor says who will read it
        readers = restricted.readers(s, site_id=world.site_id, author_id=a.user_id)
    assert readers.author == "ann" and readers.colleagues == ()

    a.sync()
    for m in (b, c, boss):
        m.sync()
    with a.vault.session(read_only=True) as s:
        readers = restricted.readers(s, site_id=world.site_id, author_id=a.user_id)
    assert readers.supervisors == ("boss",)

    server_id = _server_collection(a, key)
    assert server_id is not None
    members = {m.user_id: m.access for m in a.engine.client().list_members(server_id).members}
    assert members == {a.user_id: "manage", boss.user_id: "manage"}

    # the supervisor reads it
    assert _sees(boss, note_id)
    # B: no collection, no key, no row, no text anywhere in the vault
    b_client = b.engine.client()
    assert server_id not in {i.id for i in b_client.collections()}
    assert b_client.keyring.versions(server_id) == {}
    with pytest.raises(NotFound):
        b_client.records.fetch_page(server_id, since=0, limit=10)
    with pytest.raises(NotFound):
        b_client.history(server_id, note_id)
    assert b.engine.history("case_notes", note_id) == []
    with b.vault.session(read_only=True) as s:
        assert s.get(CaseNote, note_id) is None
        assert search(s, query=SECRET).hits == []
        assert all(e.id != note_id for e in timeline(s, case_id=world.case_id))
    assert not _vault_holds(b, SECRET)
    assert not _vault_holds(c, SECRET)

    # A names C: C reads it (a recorded share, in the collection the supervisor reads)
    with a.vault.session() as s:
        restricted.share_with(s, site_id=world.site_id, colleague_id=c.user_id,
                              actor_id=a.user_id, today=date(2026, 11, 20))
        readers = restricted.readers(s, site_id=world.site_id, author_id=a.user_id)
    assert readers.colleagues == ("cas",)
    a.sync()
    c.sync()
    assert not _sees(c, note_id)  # A has not verified C's key yet: nothing is shared
    assert a.engine.status().key_waiting == ("cas",)
    verify(a, c)  # they compared safety numbers
    a.sync()
    c.sync()
    b.sync()
    boss.sync()
    assert _sees(c, note_id)
    assert a.engine.status().key_waiting == ()
    with boss.vault.session(read_only=True) as s:
        shares = restricted.list_shares(s, site_id=world.site_id, author_id=a.user_id)
    assert [sh.colleague_id for sh in shares] == [c.user_id]
    assert not _vault_holds(b, SECRET)
    with b.vault.session(read_only=True) as s:
        assert s.get(CaseNote, note_id) is None

    # the supervisor granting a newcomer everything they manage never includes A's notes
    dan = team.enrol("social_assistant", "dan")
    team.grant(boss, dan)
    dan.sync()
    assert server_id not in {i.id for i in dan.engine.client().collections()}
    assert not _vault_holds(dan, SECRET)

    # A ends the share: C is removed (the key rotates) and C's laptop drops the notes
    with a.vault.session() as s:
        restricted.end_share(s, share_id=shares[0].id, actor_id=a.user_id)
    a.sync()
    c.sync()
    assert not _vault_holds(c, SECRET)
    members = {m.user_id for m in a.engine.client().list_members(server_id).members}
    assert members == {a.user_id, boss.user_id}


def test_b_cannot_forge_a_collection_named_after_a(team: Team) -> None:
    """A collection B creates with A's restricted local key sealed in it is refused by A's
    laptop (the last part of an owned key must be its creator)."""
    _boss, a, b, _c, world = _team(team)
    forged_key = rec.casework_collection(world.site_id, restricted=True, author_id=a.user_id)
    b_client = b.engine.client()
    info = b_client.create_collection("casework-restricted",
                                      meta={"local_key": forged_key, "name": forged_key})
    b_client.add_member(info.id, a.user_id, access="write",
                        verified_fingerprint=_own_fingerprint(a))
    a.sync()
    with a.vault.session(read_only=True) as s:
        row = state.collection_by_key(s, forged_key)
    assert row is None or row.server_id != info.id
    # and a field worker may create only their own kinds
    with pytest.raises(ApiError) as refused:
        b_client.create_collection("casework", meta={"local_key": "casework:x"})
    assert refused.value.status == 403


def test_old_per_site_restricted_notes_move_are_purged_and_the_old_key_retired(
        team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    boss, a, b, _c, world = _team(team)
    legacy = f"casework-restricted:{world.site_id}"
    # The old scheme: one restricted collection per site, held by every assistant.
    boss_client = boss.engine.client()
    legacy_id = push._server_collection(boss.vault, boss_client, legacy, role="supervisor")
    assert legacy_id is not None
    for m in (a, b):
        boss_client.add_member(legacy_id, m.user_id, access="write",
                               verified_fingerprint=_own_fingerprint(m))
    monkeypatch.setattr(engine_purge, "migrate", lambda vault, *, me: 0)  # an old laptop
    note_id = _restricted_note(a, world.case_id, f"{SECRET} oud")
    with a.vault.session() as s:
        s.get(CaseNote, note_id).collection_id = legacy
    for m in (a, b, boss):
        m.sync()
    assert _sees(b, note_id)  # the bug of issue 14, before the migration

    monkeypatch.undo()  # the new version: A's laptop moves the note, purges, B forgets
    a.sync()
    new_key = rec.casework_collection(world.site_id, restricted=True, author_id=a.user_id)
    with a.vault.session(read_only=True) as s:
        assert s.get(CaseNote, note_id).collection_id == new_key
    # no revision with content of the note is left in the old collection
    revisions = a.engine.client().history(legacy_id, note_id)
    assert all(r.deleted for r in revisions)
    b.sync()  # the move's tombstone reaches B: no word of the note is left there
    with b.vault.session(read_only=True) as s:
        row = s.get(CaseNote, note_id)
        assert row is None or (row.deleted and row.text == "")
    assert not _vault_holds(b, SECRET)
    boss.sync()  # the supervisor sees it moved, nothing left: the old collection retires
    assert _sees(boss, note_id)
    assert legacy_id not in {i.id for i in boss.engine.client().collections()}
    b.sync()
    assert not _vault_holds(b, SECRET)
    with b.vault.session(read_only=True) as s:
        assert state.collection_by_key(s, legacy) is None


def test_access_log_entries_go_to_the_authors_own_collection(team: Team) -> None:
    boss, a, b, _c, world = _team(team)
    with a.vault.session() as s:
        casework.find_case_file(s, household_id=world.household_id, actor_id=a.user_id)
    a.sync()
    b.sync()
    boss.sync()
    with b.vault.session(read_only=True) as s:
        assert not s.scalars(select(AccessLogEntry).where(
            AccessLogEntry.actor_id == a.user_id)).first()
    with boss.vault.session(read_only=True) as s:
        entries = access_log.list_access(s, actor_id=a.user_id)
    assert [e.action for e in entries] == ["open"]
    assert entries[0].actor_name == "ann"


def test_an_access_log_entry_cannot_be_edited_or_deleted_by_anyone(team: Team) -> None:
    """The supervisor (a member of A's log) edits and deletes an entry on their laptop: the
    server refuses, the round says so in words, the change is dropped and the next round
    is clean. A colleague, no member of A's log, is refused like a stranger."""
    boss, a, b, _c, world = _team(team)
    with a.vault.session() as s:
        casework.find_case_file(s, household_id=world.household_id, actor_id=a.user_id)
        [entry_id] = [e.id for e in access_log.list_access(s, actor_id=a.user_id)]
    a.sync()
    boss.sync()
    for change in ("edit", "delete"):
        with boss.vault.session() as s:
            row = s.get(AccessLogEntry, entry_id)
            if change == "edit":
                row.action = "print"
            else:
                row.deleted = True
            rec.touch(s, row, actor_id=boss.user_id)
        report = boss.engine.run_once()
        assert report.outcome == "server_error" and report.error_kind == "append_only"
        assert "access log can only be added to" in report.message
        boss.sync()  # the refused change was dropped: nothing blocks the next round
        with boss.vault.session(read_only=True) as s:
            row = s.get(AccessLogEntry, entry_id)
            assert (row.action, row.deleted, row.dirty) == ("open", False, False)
    key = f"audit:{team.org}:{a.user_id}"
    server_id = _server_collection(a, key)
    assert server_id is not None
    with pytest.raises(NotFound):
        b.engine.client().records.fetch_page(server_id, since=0, limit=10)
    history = a.engine.client().history(server_id, entry_id)
    assert [r.deleted for r in history] == [False]

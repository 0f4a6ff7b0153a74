"""People are accounts, on the real server (issue 16): the supervisor reassigns a case file
from one assistant to the other; after a sync the second finds it among their case files,
the first no longer does, and the timeline names the three people who wrote in it. Both
assistants read the reassignment in words in the timeline ("from ann to bob by boss",
with the reason), and the one who gets the file is told so until they open it."""

from __future__ import annotations

import pytest

from fieldapp.casework import cases, household_list
from fieldapp.casework import timeline as case_timeline
from fieldapp.casework.reassigned import newly_assigned
from fieldapp.local.profile import get_profile
from fieldapp.people.directory import list_people
from fieldapp.supervision.review import reassign_cases
from sync.engine.people import refresh_people
from tests.factories import TODAY
from tests.integration.desktop_sync.desktop_helpers import Member, add_note, team_of_three

pytestmark = pytest.mark.postgres


def _my_households(member: Member) -> list[str]:
    with member.vault.session(read_only=True) as s:
        me = get_profile(s).id
        return [r.name for r in household_list.search_households(s, worker=me)]


def _reassign(boss: Member, case_id: str, to: Member) -> None:
    with boss.vault.session() as s:
        reassign_cases(s, case_ids=[case_id], to_worker_id=to.user_id,
                       actor_id=get_profile(s).id, today=TODAY, reason="verlof")


def _told(member: Member) -> list[str]:
    """The households of the notice on my cases / my day."""
    with member.vault.session(read_only=True) as s:
        return [a.household_name for a in newly_assigned(s, worker_id=get_profile(s).id)]


def _open(member: Member, household_id: str) -> None:
    """The worker opens the case file (access-logged, as the case view does)."""
    with member.vault.session() as s:
        assert cases.find_case_file(s, household_id=household_id,
                                    actor_id=get_profile(s).id) is not None


def _moves(member: Member, case_id: str) -> set[tuple[str, str, str, str]]:
    with member.vault.session(read_only=True) as s:
        return {(e.from_worker, e.to_worker, e.author, e.text)
                for e in case_timeline.timeline(s, case_id=case_id)
                if e.kind == "reassignment"}


def _refresh(*members: Member) -> None:
    """What a round does when the directory is older than an hour."""
    for m in members:
        client = m.engine.client()
        assert client is not None
        refresh_people(m.vault, client)


def test_a_reassigned_case_file_moves_to_the_colleagues_case_files(team) -> None:  # type: ignore[no-untyped-def]
    boss, ann, bob, world = team_of_three(team)
    _refresh(boss, ann, bob)
    with boss.vault.session(read_only=True) as s:
        on_site = {p.display_name for p in list_people(s, site_id=world.site_id)}
    assert {"ann", "bob"} <= on_site  # both hold the site's key: both can take the case

    _reassign(boss, world.case_id, ann)
    boss.sync()
    for m in (ann, bob):
        m.sync()
    assert _my_households(ann) == ["Famille Lefèvre"]
    assert _my_households(bob) == []
    assert _told(ann) == ["Famille Lefèvre"] and _told(bob) == []
    _open(ann, world.household_id)
    assert _told(ann) == []  # opened: the notice has said enough

    add_note(boss, world.case_id, "Boss: overleg")
    add_note(ann, world.case_id, "Ann: huisbezoek gepland")
    for m in (boss, ann):
        m.sync()
    _reassign(boss, world.case_id, bob)  # leave cover
    boss.sync()
    bob.sync()
    add_note(bob, world.case_id, "Bob: neemt over")
    bob.sync()
    ann.sync()

    assert _my_households(bob) == ["Famille Lefèvre"]
    assert _my_households(ann) == []
    assert _told(bob) == ["Famille Lefèvre"] and _told(ann) == []
    # both read it in words in the timeline: from whom, to whom, by whom, why
    for m in (ann, bob):
        assert ("ann", "bob", "boss", "verlof") in _moves(m, world.case_id)
        assert any(to == "ann" and by == "boss" for _f, to, by, _r in _moves(m, world.case_id))
    _open(bob, world.household_id)
    assert _told(bob) == []
    for m in (ann, bob):
        with m.vault.session(read_only=True) as s:
            by = {e.text.split(":")[0]: e.author
                  for e in case_timeline.timeline(s, case_id=world.case_id)
                  if e.kind == "note"}
        assert by == {"Boss": "boss", "Ann": "ann", "Bob": "bob"}

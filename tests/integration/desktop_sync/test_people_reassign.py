"""People are accounts, on the real server (issue 16): the supervisor reassigns a case file
from one assistant to the other; after a sync the second finds it among their case files,
the first no longer does, and the timeline names the three people who wrote in it."""

from __future__ import annotations

import pytest

from fieldapp.casework import household_list
from fieldapp.casework import timeline as case_timeline
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
    for m in (ann, bob):
        with m.vault.session(read_only=True) as s:
            by = {e.text.split(":")[0]: e.author
                  for e in case_timeline.timeline(s, case_id=world.case_id)
                  if e.kind == "note"}
        assert by == {"Boss": "boss", "Ann": "ann", "Bob": "bob"}

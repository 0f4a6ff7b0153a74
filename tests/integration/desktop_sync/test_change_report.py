"""A sync round reports what it wrote locally as the vault's ChangeSet type (issue 12): the
records pulled, replaced, merged or in conflict, their collections, origin "sync"."""

from __future__ import annotations

from datetime import date

import pytest

from fieldapp.casework import cases as casework
from fieldapp.casework import followups
from fieldapp.local.profile import get_profile
from fieldapp.vault import ChangeSet
from tests.factories import make_world

pytestmark = pytest.mark.postgres


def _team(team):  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    boss.sync()
    a = team.enrol("social_assistant", "ann")
    b = team.enrol("social_assistant", "bob")
    team.grant(boss, a, b)
    a.sync()
    b.sync()
    return a, b, world


def test_a_round_reports_the_records_it_brought_in(team) -> None:  # type: ignore[no-untyped-def]
    a, b, world = _team(team)
    note, saved = a.vault.run(lambda s: casework.add_note(
        s, case_id=world.case_id, kind="phone_call", text="Belde over de huur.",
        occurred_on=date(2026, 11, 19), actor_id=get_profile(s).id))
    followup, _ = a.vault.run(lambda s: followups.add_followup(
        s, case_id=world.case_id, due_on=date(2026, 11, 30), text="Terugbellen",
        actor_id=get_profile(s).id, today=date(2026, 11, 20)))
    sent = a.sync()
    assert sent.changes.ids("case_notes") == frozenset()  # nothing came back but our own
    report = b.sync()
    changes = report.changes
    assert isinstance(changes, ChangeSet) and changes.origin == "sync"
    assert changes.ids("case_notes") == {note.id}
    assert changes.ids("follow_ups") == {followup.id}
    assert changes.collections == saved.collections == {f"casework:{world.site_id}"}
    assert changes.synced and changes.touches("case_notes", "households")
    assert b.sync().changes == ChangeSet(origin="sync")  # nothing new: nothing to re-read


def test_a_merged_and_a_replaced_record_are_reported(team) -> None:  # type: ignore[no-untyped-def]
    a, b, world = _team(team)
    note, _ = a.vault.run(lambda s: casework.add_note(
        s, case_id=world.case_id, kind="phone_call", text="Eerste gesprek.",
        occurred_on=date(2026, 11, 19), actor_id=get_profile(s).id))
    a.sync()
    b.sync()
    a.vault.run(lambda s: casework.edit_note(s, note_id=note.id, actor_id=get_profile(s).id,
                                             text="Eerste gesprek, lang."))
    b.vault.run(lambda s: casework.edit_note(s, note_id=note.id, actor_id=get_profile(s).id,
                                             kind="home_visit"))
    a.sync()
    merged = b.sync()
    assert merged.merged >= 1 and merged.changes.ids("case_notes") == {note.id}
    replaced = a.sync()  # b's merged revision comes back to a: a plain replace there
    assert replaced.changes.touches_record("case_notes", note.id)

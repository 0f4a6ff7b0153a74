"""A reassignment said in words (issue 16): the case's timeline reads "Reassigned from A to
B by C", with the reason, from the case's own collection (both workers read it); the new
worker is told of the case files given to them until they open each one."""

from __future__ import annotations

from datetime import date

from fieldapp.audit import access_log
from fieldapp.casework.reassigned import newly_assigned
from fieldapp.casework.timeline import timeline
from fieldapp.people import directory
from fieldapp.supervision.review import reassign_cases
from tests.factories import TODAY

KARIM = "0000000a-0000-4000-8000-00000000000a"
SOPHIE = "0000000b-0000-4000-8000-00000000000b"


def test_the_timeline_and_the_new_worker_are_told(vault, world):
    boss = world.actor_id
    with vault.session() as s:
        directory.remember(s, complete=True, people=[
            (boss, "Test Supervisor", ["supervisor"]),
            (KARIM, "Karim Benali", ["social_assistant"]),
            (SOPHIE, "Sophie Dubois", ["social_assistant"])])
        directory.remember_sites(s, {world.site_id: [boss, KARIM, SOPHIE]})
        reassign_cases(s, case_ids=[world.case_id], to_worker_id=KARIM, actor_id=boss,
                       today=TODAY)
        [told] = newly_assigned(s, worker_id=KARIM)
        assert (told.case_id, told.household_name) == (world.case_id, "Famille Lefèvre")
        assert newly_assigned(s, worker_id=SOPHIE) == []
        reassign_cases(s, case_ids=[world.case_id], to_worker_id=SOPHIE, actor_id=boss,
                       today=TODAY, reason="verlof", until=date(2026, 12, 18))
        assert newly_assigned(s, worker_id=KARIM) == []  # no longer his
        [told] = newly_assigned(s, worker_id=SOPHIE)
        assert told.from_worker == "Karim Benali"
    with vault.session(read_only=True) as s:
        moves = [e for e in timeline(s, case_id=world.case_id) if e.kind == "reassignment"]
    assert {(e.from_worker, e.to_worker, e.author, e.text, e.until) for e in moves} == {
        ("Karim Benali", "Sophie Dubois", "Test Supervisor", "verlof", date(2026, 12, 18)),
        ("Test Supervisor", "Karim Benali", "Test Supervisor", "", None)}  # opened by boss
    with vault.session() as s:  # Sophie opens the case file: the notice ends
        access_log.record_access(s, actor_id=SOPHIE, action="open", object_type="case_file",
                                 object_id=world.case_id)
        assert newly_assigned(s, worker_id=SOPHIE) == []

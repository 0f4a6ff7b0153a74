"""A follow-up or a visit is for the person who plans it or for a colleague holding the
case file's site key; anyone else is refused with a sentence saying what to do."""

from __future__ import annotations

from datetime import timedelta

import pytest

from fieldapp.casework import followups, visits
from fieldapp.casework.models import FollowUp, HomeVisit
from fieldapp.errors import ValidationError
from fieldapp.people import directory
from tests.factories import TODAY, World

KARIM = "0000000a-0000-4000-8000-00000000000a"
SOPHIE = "0000000b-0000-4000-8000-00000000000b"


def _team(s, world: World) -> None:
    directory.remember(s, complete=True, people=[
        (world.actor_id, "Test Assistant", ["social_assistant"]),
        (KARIM, "Karim Benali", ["social_assistant"]),
        (SOPHIE, "Sophie Dubois", ["social_assistant"])])
    directory.remember_sites(s, {world.site_id: [world.actor_id, KARIM],
                                 world.other_site_id: [SOPHIE]})


def test_a_follow_up_and_a_visit_for_a_colleague_of_the_site(s, world: World) -> None:
    _team(s, world)
    due = TODAY + timedelta(days=3)
    mine = followups.add_followup(s, case_id=world.case_id, due_on=due, text="Bellen",
                                  actor_id=world.actor_id, today=TODAY)
    his = followups.add_followup(s, case_id=world.case_id, due_on=due, text="OCMW",
                                 actor_id=world.actor_id, today=TODAY, assignee_id=KARIM)
    assert s.get(FollowUp, mine.id).assignee_id == world.actor_id
    assert s.get(FollowUp, his.id).assignee_id == KARIM
    visit = visits.plan_visit(s, case_id=world.case_id, planned_on=due, purpose="",
                              actor_id=world.actor_id, today=TODAY, worker_id=KARIM)
    assert s.get(HomeVisit, visit.id).worker_id == KARIM


def test_nobody_without_the_sites_key(s, world: World) -> None:
    _team(s, world)
    due = TODAY + timedelta(days=3)
    with pytest.raises(ValidationError) as refused:
        followups.add_followup(s, case_id=world.case_id, due_on=due, text="OCMW",
                               actor_id=world.actor_id, today=TODAY, assignee_id=SOPHIE)
    assert "no access to this site" in str(refused.value)
    with pytest.raises(ValidationError):
        visits.plan_visit(s, case_id=world.case_id, planned_on=due, purpose="",
                          actor_id=world.actor_id, today=TODAY, worker_id="no-such-person")

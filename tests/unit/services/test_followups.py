from __future__ import annotations

from datetime import timedelta

import pytest

from fieldapp.casework import followups
from fieldapp.casework.models import FollowUp
from fieldapp.errors import NotFound, ValidationError
from tests.factories import TODAY, World


def _add(s, world: World, days: int, text: str = "Bellen over de huur", today=TODAY):
    return followups.add_followup(s, case_id=world.case_id, due_on=TODAY + timedelta(days=days),
                                  text=text, actor_id=world.actor_id, today=today)


def test_follow_up_in_the_past_is_refused(s, world: World) -> None:
    with pytest.raises(ValidationError) as err:
        _add(s, world, -1)
    assert str(err.value) == (
        "The due date 2026-11-19 is in the past. Choose today or a later date."
    )
    assert err.value.message == (
        "The due date {due_on} is in the past. Choose today or a later date."
    )
    assert err.value.params == {"due_on": "2026-11-19"}


def test_follow_up_needs_text_and_a_case(s, world: World) -> None:
    with pytest.raises(ValidationError) as err:
        _add(s, world, 1, text=" ")
    assert str(err.value) == "Say what needs to be followed up."
    with pytest.raises(NotFound):
        followups.add_followup(s, case_id="missing", due_on=TODAY, text="x",
                               actor_id=world.actor_id, today=TODAY)


def test_overview_groups_today_overdue_and_this_week(s, world: World) -> None:
    due_today = _add(s, world, 0, "Vandaag")
    overdue = _add(s, world, -5, "Te laat", today=TODAY - timedelta(days=10))
    soon = _add(s, world, 3, "Over drie dagen")
    edge = _add(s, world, 6, "Einde week")
    _add(s, world, 7, "Volgende week")
    view = followups.followup_overview(s, today=TODAY)
    assert [f.id for f in view.today] == [due_today.id]
    assert [f.id for f in view.overdue] == [overdue.id]
    assert [f.id for f in view.this_week] == [soon.id, edge.id]
    assert view.today[0].household_name == "Famille Lefèvre"
    assert followups.followup_overview(s, today=TODAY, site_id=world.other_site_id).today == ()


def test_complete_and_reopen(s, world: World) -> None:
    item = _add(s, world, 0)
    done = followups.complete_followup(s, followup_id=item.id, actor_id=world.actor_id,
                                       today=TODAY)
    assert (done.done, done.done_on) == (True, TODAY)
    assert s.get(FollowUp, item.id).dirty
    assert followups.followup_overview(s, today=TODAY).today == ()
    again = followups.reopen_followup(s, followup_id=item.id, actor_id=world.actor_id)
    assert not again.done and again.done_on is None
    with pytest.raises(NotFound) as err:
        followups.complete_followup(s, followup_id="nope", actor_id=world.actor_id, today=TODAY)
    assert str(err.value) == "This follow-up was not found."

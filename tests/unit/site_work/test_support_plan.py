"""The intake analysis and support plan: rights, goals reviewed as follow-ups, restricted."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from fieldapp.casework import followups, support_plan
from fieldapp.casework.support_plan import NewGoal
from fieldapp.casework.timeline import timeline
from fieldapp.errors import ValidationError
from fieldapp.supervision.indicators import indicators
from tests.factories import TODAY

NEUTRAL = "Review of the support plan (restricted)"


def _save(s, world, **kw):  # type: ignore[no-untyped-def]
    values = dict(case_id=world.case_id, analysis="Huurachterstand na jobverlies.",
                  rights={"ocmw_cpas": "to_apply", "social_tariffs": "has",
                          "income": "unchecked"},
                  confidentiality="team", actor_id=world.actor_id, today=TODAY,
                  neutral_review_text=NEUTRAL)
    values.update(kw)
    return support_plan.save_plan(s, **values)


def test_goals_are_reviewed_as_follow_ups(s, world):
    review = TODAY + timedelta(days=3)
    plan = _save(s, world, new_goals=[NewGoal("Leefloon aanvragen", review)])
    assert plan.rights == {"ocmw_cpas": "to_apply", "social_tariffs": "has"}
    assert [(g.text, g.review_on, g.status) for g in plan.goals] == [
        ("Leefloon aanvragen", review, "open")]
    week = followups.followup_overview(s, today=TODAY)
    assert [f.text for f in week.this_week] == ["Leefloon aanvragen"]
    assert any(e.kind == "plan" for e in timeline(s, case_id=world.case_id))
    facts = {(f.indicator, f.category): (f.objective, f.count) for f in indicators(
        s, start=TODAY, end=TODAY + timedelta(days=7)).facts}
    assert facts[("support_plans", "team")] == ("2.3", 1)
    assert facts[("support_goals", "open")] == ("2.3", 1)
    # reached: the review follow-up is done
    plan = _save(s, world, goal_statuses={plan.goals[0].id: "reached"})
    assert plan.goals[0].status == "reached"
    assert followups.followup_overview(s, today=TODAY).this_week == ()


def test_a_restricted_plan_tells_the_team_nothing(s, world):
    plan = _save(s, world, confidentiality="restricted",
                 new_goals=[NewGoal("Schuldbemiddeling starten", TODAY)])
    assert plan.confidentiality == "restricted"
    from fieldapp.casework.site_work_models import SupportGoal, SupportPlan

    row = s.get(SupportPlan, plan.id)
    assert row.collection_id == f"casework-restricted:{world.site_id}:{world.actor_id}"
    assert s.get(SupportGoal, plan.goals[0].id).collection_id == row.collection_id
    assert [f.text for f in followups.followup_overview(s, today=TODAY).today] == [NEUTRAL]
    # someone else reads a restricted plan shared with them, but cannot change it
    seen = support_plan.get_plan(s, case_id=world.case_id, actor_id="someone-else")
    assert seen is not None and not seen.editable
    with pytest.raises(ValidationError, match="restricted to its author"):
        _save(s, world, actor_id="someone-else")


def test_a_goal_in_the_past_is_refused(s, world):
    with pytest.raises(ValidationError, match="review date"):
        _save(s, world, new_goals=[NewGoal("Te laat", date(2020, 1, 1))])

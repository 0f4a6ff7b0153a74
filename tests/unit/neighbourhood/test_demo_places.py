from __future__ import annotations

from demo.neighbourhood import seed_neighbourhood_demo
from fieldapp.casework import followups
from fieldapp.neighbourhood.places import list_sites, site_places
from fieldapp.neighbourhood.rounds import plan_round
from fieldapp.neighbourhood.triage import triage
from tests.factories import TODAY

from .conftest import NOW


def test_places_for_the_request_form(s, agent):
    assert [site.name for site in list_sites(s)][:2] == ["Anneessens", "East"]
    [building] = site_places(s, site_id=agent.world.site_id)
    assert (building.name, building.address) == ("Blok A", "Anneessensplein 12")
    assert [d.label for d in building.dwellings] == ["3B"]
    assert site_places(s, site_id=agent.sites["north"]) == []


def test_demo_requests(s, agent):
    made = seed_neighbourhood_demo(s, today=TODAY, open_requests=10, history_days=3)
    assert made >= 10 + 9
    assert len(triage(s, now=NOW)) == 10
    assert len(plan_round(s, day=TODAY, now=NOW).requests()) == 6
    handoffs = [f for f in followups.followup_overview(s, today=TODAY).today
                + followups.followup_overview(s, today=TODAY).this_week
                if f.origin == "handoff"]
    assert len(handoffs) == 1

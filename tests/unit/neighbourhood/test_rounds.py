from __future__ import annotations

from fieldapp.neighbourhood.rounds import order_points, path_km, plan_round
from fieldapp.neighbourhood.triage import set_in_round
from fieldapp.registry import households as registry
from tests.factories import TODAY

from .conftest import NOW, add


def test_order_points_nearest_neighbour_then_two_opt():
    # points on a line, shuffled: the open path from the west end visits them in order
    xs = [4.30, 4.36, 4.32, 4.40, 4.31]
    points = [(50.85, x) for x in xs]
    order = order_points((50.85, 4.29), points)
    assert [xs[i] for i in order] == sorted(xs)


def test_two_opt_improves_on_nearest_neighbour():
    # nearest neighbour alone goes 4, 2, 5, 1, 3, 0 (14.1 km); 2-opt uncrosses it (13.2 km)
    start = (50.8, 4.3)
    points = [(50.807, 4.385), (50.838, 4.326), (50.825, 4.345), (50.833, 4.379),
              (50.805, 4.303), (50.842, 4.343)]
    order = order_points(start, points)
    assert order == [4, 1, 5, 2, 3, 0]
    assert round(path_km([start, *(points[i] for i in order)]), 1) == 13.2
    assert round(path_km([start, *(points[i] for i in (4, 2, 5, 1, 3, 0))]), 1) == 14.1
    assert order == order_points(start, points)  # deterministic


def test_round_groups_by_site_and_building_in_visiting_order(s, agent):
    w = agent.world
    b2 = registry.add_building(s, site_id=w.site_id, name="Blok B", actor_id=w.actor_id)
    ids = {
        "peter": add(s, agent, site="peterbos", urgency="immediate"),
        "north": add(s, agent, site="north"),
        "east": add(s, agent, site="east"),
        "nowhere": add(s, agent, site="nowhere"),
        "ann_b": add(s, agent, building_id=b2),
        "ann_a2": add(s, agent, building_id=w.building_id, floor="5"),
        "ann_a1": add(s, agent, building_id=w.building_id, floor="2"),
        "ann_site": add(s, agent, urgency="this_week"),
        "not_today": add(s, agent, site="north"),
    }
    for key, rid in ids.items():
        if key != "not_today":
            set_in_round(s, request_id=rid, day=TODAY, actor_id=w.actor_id)
    plan = plan_round(s, day=TODAY, now=NOW)
    # starts at Peterbos (the immediate request), then east along the known coordinates
    assert [site.site_name for site in plan.sites] == [
        "Peterbos", "Anneessens", "North", "East", "Nowhere"]
    ann = plan.sites[1]
    assert [b.building_name for b in ann.buildings] == ["", "Blok A", "Blok B"]
    assert [r.id for r in ann.buildings[1].requests] == [ids["ann_a1"], ids["ann_a2"]]
    assert ids["not_today"] not in [r.id for r in plan.requests()]
    assert len(plan.requests()) == 8
    assert 10 < plan.distance_km < 20
    # from a start point in the east, the order runs the other way
    plan = plan_round(s, day=TODAY, now=NOW, start=(50.845, 4.42))
    assert [site.site_name for site in plan.sites][:2] == ["East", "North"]
    assert [site.site_name for site in plan.sites][-2:] == ["Peterbos", "Nowhere"]


def test_empty_round(s, agent):
    plan = plan_round(s, day=TODAY, now=NOW)
    assert plan.sites == () and plan.distance_km == 0

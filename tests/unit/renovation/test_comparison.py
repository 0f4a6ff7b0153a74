"""The post-works check against the pre-works inventory finds exactly the changed elements."""

from __future__ import annotations

import pytest

from fieldapp.errors import ValidationError
from fieldapp.renovation import comparison as cmp
from fieldapp.renovation import inventory as inv
from tests.factories import TODAY


def _fill(s, view, conditions, actor):
    for room in view.rooms:
        for element in room.elements:
            condition = conditions.get((room.name, element.element_type), "good")
            inv.set_element(s, element_id=element.id, condition=condition, actor_id=actor)


def test_comparison_finds_exactly_the_changed_elements(s, project, world):
    actor = world.actor_id
    pre = inv.start_inventory(s, project_dwelling_id=project.pd_id, held_on=TODAY,
                              actor_id=actor, room_types=["living", "kitchen", "bedroom"])
    inv.add_room(s, inventory_id=pre.id, room_type="bedroom", actor_id=actor)
    pre = inv.get_inventory(s, inventory_id=pre.id)
    _fill(s, pre, {("Séjour", "floor"): "worn", ("Cuisine", "sanitary"): "good"}, actor)

    post = inv.start_inventory(s, project_dwelling_id=project.pd_id, held_on=TODAY,
                               actor_id=actor, kind="post")
    assert [r.name for r in post.rooms] == ["Séjour", "Cuisine", "Chambre", "Chambre 2"]
    _fill(s, post, {
        ("Séjour", "floor"): "new",          # better after the works
        ("Cuisine", "sanitary"): "damaged",  # worse
        ("Chambre 2", "walls"): "damaged",   # worse, in the repeated room
    }, actor)

    result = cmp.compare(s, pre_id=pre.id, post_id=post.id)
    assert len(result.rows) == sum(len(r.elements) for r in pre.rooms)
    changed = {(c.room_name, c.element_type, c.before, c.after, c.worse) for c in result.changes}
    assert changed == {
        ("Séjour", "floor", "worn", "new", False),
        ("Cuisine", "sanitary", "good", "damaged", True),
        ("Chambre 2", "walls", "good", "damaged", True),
    }


def test_only_a_pre_and_post_pair_of_one_dwelling_compares(s, project, world):
    pre = inv.start_inventory(s, project_dwelling_id=project.pd_id, held_on=TODAY,
                              actor_id=world.actor_id, room_types=["toilet"])
    with pytest.raises(ValidationError, match="Compare a pre-works"):
        cmp.compare(s, pre_id=pre.id, post_id=pre.id)


def test_a_post_works_check_needs_a_pre_works_inventory(s, project, world):
    with pytest.raises(ValidationError, match="pre-works inventory first"):
        inv.start_inventory(s, project_dwelling_id=project.pd_id, held_on=TODAY,
                            actor_id=world.actor_id, kind="post")

"""Candidate tenants: a household without a dwelling, with a case file, that moves in."""

from __future__ import annotations

import pytest

from fieldapp.casework import candidates
from fieldapp.casework.candidates import Member
from fieldapp.casework.household_list import household_detail, search_households
from fieldapp.errors import ValidationError
from fieldapp.registry import households as registry
from tests.factories import TODAY


def test_a_candidate_gets_a_case_file_then_moves_in(s, world):
    case = candidates.add_candidate(s, site_id=world.site_id, name="Gezin Benali",
                                    members=[Member("Samira", "Benali")],
                                    actor_id=world.actor_id, today=TODAY, language="nl")
    row = next(r for r in search_households(s, text="benali"))
    assert row.case_id == case.id and row.dwelling_label == ""
    free = candidates.free_dwellings(s, site_id=world.site_id)
    assert free == []  # 3B is lived in
    empty = registry.add_dwelling(s, building_id=world.building_id, label="5A",
                                  actor_id=world.actor_id)
    assert [label for _id, label in candidates.free_dwellings(s, site_id=world.site_id)] == [
        "Blok A · 5A"]
    candidates.move_in(s, household_id=case.household_id, dwelling_id=empty,
                       moved_in_on=TODAY, actor_id=world.actor_id, today=TODAY)
    detail = household_detail(s, household_id=case.household_id)
    assert detail.dwelling_label == "5A" and detail.case is not None
    assert detail.case.id == case.id  # the same case file goes on
    with pytest.raises(ValidationError, match="not a candidate"):
        candidates.move_in(s, household_id=case.household_id, dwelling_id=empty,
                           moved_in_on=TODAY, actor_id=world.actor_id, today=TODAY)


def test_a_dwelling_of_another_site_is_refused(s, world):
    case = candidates.add_candidate(s, site_id=world.other_site_id, name="Famille Diallo",
                                    members=[Member("Awa", "Diallo")],
                                    actor_id=world.actor_id, today=TODAY)
    other = registry.add_dwelling(s, building_id=world.building_id, label="6C",
                                  actor_id=world.actor_id)
    with pytest.raises(ValidationError, match="another site"):
        candidates.move_in(s, household_id=case.household_id, dwelling_id=other,
                           moved_in_on=TODAY, actor_id=world.actor_id, today=TODAY)
    with pytest.raises(ValidationError, match="at least one member"):
        candidates.add_candidate(s, site_id=world.site_id, name="Niemand",
                                 members=[Member(" ", "")], actor_id=world.actor_id,
                                 today=TODAY)

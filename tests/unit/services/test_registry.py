from __future__ import annotations

import pytest

from fieldapp.casework import household_list
from fieldapp.errors import NotFound, ValidationError
from fieldapp.local.profile import SENSITIVE_FIELDS, get_profile, get_setting, set_setting
from fieldapp.registry import households as registry
from tests.factories import World


def test_list_sites_with_household_counts(s, world: World) -> None:
    sites = registry.list_sites(s)
    assert [(x.name, x.household_count) for x in sites] == [("Anneessens", 1), ("Peterbos", 1)]
    assert sites[0].latitude == pytest.approx(50.8446)


def test_search_households_by_text_site_and_case_status(s, world: World) -> None:
    assert ([r.name for r in household_list.search_households(s, text="lefevre")]
            == ["Famille Lefèvre"])
    assert ([r.name for r in household_list.search_households(s, text="NOAH")]
            == ["Famille Lefèvre"])
    assert [r.name for r in household_list.search_households(s, text="yilmaz")] == ["Gezin Yılmaz"]
    assert household_list.search_households(s, text="lefevre emre") == []
    by_site = household_list.search_households(s, site_id=world.other_site_id)
    assert [r.name for r in by_site] == ["Gezin Yılmaz"]
    open_ = household_list.search_households(s, case_status="open")
    assert [(r.name, r.case_id) for r in open_] == [("Famille Lefèvre", world.case_id)]
    none = household_list.search_households(s, case_status="none")
    assert [r.name for r in none] == ["Gezin Yılmaz"]
    assert household_list.count_households(s) == 2
    assert household_list.count_households(s, case_status="none") == 1
    row = household_list.search_households(s, text="lefèvre")[0]
    assert (row.building_name, row.dwelling_label, row.member_count) == ("Blok A", "3B", 2)
    assert row.address == "Anneessensplein 12, 1000 Brussel"
    assert household_list.search_households(s, text="%_") == []


def test_unknown_case_status_filter(s, world: World) -> None:
    with pytest.raises(ValidationError) as err:
        household_list.search_households(s, case_status="archived")
    assert str(err.value) == "Unknown case status 'archived'."


def test_household_detail_hides_sensitive_fields_unless_enabled(s, world: World) -> None:
    detail = household_list.household_detail(s, household_id=world.household_id)
    assert detail.site.name == "Anneessens"
    assert [p.first_name for p in detail.people] == ["Amélie", "Noah"]
    assert detail.people[0].national_register_number is None
    assert detail.case is not None and detail.case.id == world.case_id
    set_setting(s, key=SENSITIVE_FIELDS, value=True)
    assert get_setting(s, key=SENSITIVE_FIELDS) is True
    shown = household_list.household_detail(s, household_id=world.household_id)
    assert shown.people[0].national_register_number == "85.07.30-033.61"


def test_unknown_household_is_not_found_with_a_message_a_person_can_act_on(s, world) -> None:
    with pytest.raises(NotFound) as err:
        household_list.household_detail(s, household_id="no-such-household")
    assert str(err.value) == (
        "This household was not found. It may have been removed; refresh the list."
    )
    assert err.value.params == {}


def test_registry_writes_validate(s, world: World) -> None:
    with pytest.raises(ValidationError) as err:
        registry.add_household(s, dwelling_id=world.dwelling_id, name="  ", actor_id="a")
    assert str(err.value) == "A household needs a name."
    with pytest.raises(ValidationError):
        registry.add_person(s, household_id=world.household_id, first_name="", last_name="",
                            actor_id="a")


def test_profile(s, world: World) -> None:
    profile = get_profile(s)
    assert (profile.display_name, profile.organisation) == ("Test Assistant", "test-org")
    assert profile.id == world.actor_id

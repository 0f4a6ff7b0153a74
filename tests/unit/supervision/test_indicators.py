"""Indicators of October 2026 on the fixed dataset, against counts made by hand."""

from __future__ import annotations

import pytest

from fieldapp.errors import ValidationError
from fieldapp.supervision.indicators import indicators

from .conftest import d, seed_october


def test_indicators_all_sites(vault, world):
    seed_october(vault, world)
    with vault.session(read_only=True) as s:
        r = indicators(s, start=d(1), end=d(31))
    # notes: 3 office hours (2.3), 1 phone call without objective + 2 phone calls (4.1), and the
    # home-visit note of 10/10 (2.4); the September note and the deleted letter don't count
    assert r.by_category("notes") == {"office_hours": 3, "phone_call": 3, "home_visit": 1}
    assert r.by_objective("notes") == {"2.3": 3, "-": 1, "4.1": 2, "2.4": 1}
    assert r.by_category("home_visits") == {"done": 1, "planned": 1, "cancelled": 1}
    assert r.by_objective("home_visits") == {"2.4": 1, "2.3": 2}  # the done one has a note
    assert r.by_category("referrals") == {"ocmw_cpas": 2, "caw": 1}
    assert r.by_category("referral_outcomes") == {"sent": 1, "completed": 1, "proposed": 1}
    assert r.by_category("followups") == {"on_time": 1, "late": 1, "open": 1}
    assert r.total("welcome_sessions") == 2 and r.total("welcome_attendance") == 3
    assert r.by_category("inventories_signed") == {"pre": 1}
    assert r.by_category("help_needed") == {"move_furniture": 1}
    assert r.by_category("interventions") == {"neighbour_conflict": 2, "bulky_waste": 1,
                                              "other": 1}
    assert r.by_objective("interventions") == {"3.1": 2, "1.3": 1, "3.3": 1}
    # axes, by hand: 2 = notes 3+1, visits 1+2, follow-ups 3, welcome 2+3, help 1
    assert r.by_axis() == {"2": 16, "4": 8, "1": 2, "3": 3, "-": 1}


def test_indicators_one_site(vault, world):
    seed_october(vault, world)
    with vault.session(read_only=True) as s:
        r = indicators(s, start=d(1), end=d(31), site_id=world.site_id)
    assert r.site_name == "Anneessens"
    assert r.by_category("notes") == {"office_hours": 3, "phone_call": 1, "home_visit": 1}
    assert r.by_category("home_visits") == {"done": 1}
    assert r.by_category("referrals") == {"ocmw_cpas": 1, "caw": 1}
    assert r.by_category("followups") == {"on_time": 1, "late": 1}
    assert (r.total("welcome_sessions"), r.total("welcome_attendance")) == (1, 2)
    assert r.total("inventories_signed") == 1 and r.total("help_needed") == 1
    assert r.by_category("interventions") == {"neighbour_conflict": 2}


def test_period_bounds_are_inclusive_and_checked(vault, world):
    seed_october(vault, world)
    with vault.session(read_only=True) as s:
        one_day = indicators(s, start=d(31), end=d(31))
        assert one_day.by_category("interventions") == {"bulky_waste": 1}
        with pytest.raises(ValidationError):
            indicators(s, start=d(31), end=d(1))

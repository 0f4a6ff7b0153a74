"""Small-cell suppression of the regional table: no count below 5, nothing derivable."""

from __future__ import annotations

from datetime import date

from fieldapp.supervision.indicators_anonymised import _groups, anonymise, suppress
from fieldapp.supervision.views import IndicatorFact, IndicatorReport


def report(*facts: tuple[str, str, str, int]) -> IndicatorReport:
    return IndicatorReport(start=date(2026, 1, 1), end=date(2026, 12, 31), site_id=None,
                           site_name="", facts=tuple(IndicatorFact(*f) for f in facts))


def table(cells, indicator):
    return {(c.dimension, c.code): c.value for c in cells if c.indicator == indicator}


def test_small_cells_and_a_complementary_cell_are_hidden():
    r = report(("notes", "office_hours", "2.3", 20), ("notes", "office_interview", "2.3", 12),
               ("notes", "home_visit", "2.1", 3), ("notes", "phone_call", "4.1", 9),
               ("notes", "letter_email", "4.1", 7))
    t = table(anonymise(r), "notes")
    assert t[("kind", "home_visit")] == "<5"
    assert t[("kind", "letter_email")] == "x"  # the smallest count >= 5 of that group
    assert (t[("kind", "office_hours")], t[("kind", "office_interview")],
            t[("kind", "phone_call")]) == ("20", "12", "9")
    assert t[("total", "")] == "51"
    # axis 2 = 35 (2.3: 32, 2.1: 3); axis 4 = 16 (4.1); 2.1 is small, so 2.3 must hide too,
    # and then axis 2's own group (axes) must hide a second cell
    assert t[("objective", "2.1")] == "<5" and t[("objective", "2.3")] == "x"
    axes = [t[("axis", a)] for a in ("1", "2", "3", "4", "-")]
    assert axes.count("x") + axes.count("<5") >= 2


def test_no_group_ever_shows_all_but_one_cell():
    r = report(("interventions", "noise", "3.1", 4), ("interventions", "bulky_waste", "1.3", 40),
               ("interventions", "squatters", "1.1", 6), ("interventions", "safety", "3.3", 11),
               ("interventions", "other", "3.3", 2))
    cells = anonymise(r)
    t = table(cells, "interventions")
    for members, total in _groups("interventions"):
        shown = [t[m] for m in [*members, total]]
        hidden = [v for v in shown if v in ("<5", "x")]
        assert len(hidden) != 1
        if "<5" in hidden and any(v not in ("<5",) for v in shown):
            assert "x" in hidden or all(v in ("<5", "x") for v in shown)
    assert t[("category", "bulky_waste")] == "40"


def test_nothing_below_five_is_ever_printed_and_no_ids():
    r = report(("referrals", "caw", "4.2", 1), ("referral_outcomes", "sent", "4.2", 1),
               ("welcome_attendance", "attended", "2.2", 12))
    cells = anonymise(r)
    for c in cells:
        assert c.value in ("<5", "x") or int(c.value) >= 5
        assert len(c.code) < 30 and "-" not in c.code.strip("-")  # codes only, never a uuid
    assert table(cells, "referrals")[("total", "")] == "<5"
    assert table(cells, "welcome_attendance")[("total", "")] == "12"


def test_suppress_hides_a_parent_total_when_no_cell_is_left():
    values = {("total", ""): 9, ("a", "1"): 4, ("a", "2"): 5}
    hidden = suppress(values, [([("a", "1"), ("a", "2")], ("total", ""))])
    assert hidden == {("a", "1"), ("a", "2")}

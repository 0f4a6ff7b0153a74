"""The evaluation table of one year: pillars and objectives (transversal and minimal base),
targets and self-evaluation, last year's column, the state of play per site; the CSV and
the PDF read back, small cells suppressed."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from pypdf import PdfReader

from fieldapp.casework import cases as casework
from fieldapp.casework.labels import OBJECTIVES
from fieldapp.errors import ValidationError
from fieldapp.supervision import labels as sl
from fieldapp.supervision.evaluation import (
    evaluation_table,
    periods,
    save_entry,
    save_state_of_play,
)
from fieldapp.supervision.evaluation_export import evaluation_csv
from fieldapp.supervision.evaluation_pdf import evaluation_pdf
from fieldapp.supervision.indicators import indicators
from tests.factories import TODAY

from .conftest import seed_october

YEAR = TODAY.year


def test_every_indicator_declares_its_pillar_and_objective():
    assert set(sl.INDICATORS) <= set(sl.INDICATOR_PILLAR), "declare the new indicator's pillar"
    assert set(sl.INDICATOR_PILLAR.values()) <= set(sl.PILLARS)
    per_record = {"notes", "interventions"}  # the note's own / the request's category
    assert all(sl.objective_of(code) in OBJECTIVES for code in sl.INDICATORS
               if code not in per_record)
    assert "T" in OBJECTIVES and "T" in sl.MINIMAL_BASE and sl.MINIMAL_BASE <= set(OBJECTIVES)


def test_last_year_is_the_same_days():
    assert periods(2026, date(2026, 11, 20)) == (date(2026, 1, 1), date(2026, 11, 20),
                                                 date(2025, 1, 1), date(2025, 11, 20))
    assert periods(2025, date(2026, 11, 20))[1::2] == (date(2025, 12, 31), date(2024, 12, 31))
    assert periods(2028, date(2028, 2, 29))[3] == date(2027, 2, 28)


@pytest.fixture
def filled(vault, world):
    seed_october(vault, world)
    a = world.actor_id
    with vault.session() as s:
        # last year: five notes on every objective, seven more on 2.3, five without one
        for code, n in [*((code, 5) for code in OBJECTIVES), ("2.3", 7), (None, 5)]:
            for i in range(n):
                casework.add_note(s, case_id=world.case_id, kind="office_hours", text="v",
                                  occurred_on=date(YEAR - 1, 3, 1 + i), actor_id=a,
                                  objective=code)
        save_entry(s, year=YEAR, scope="objective", code="2.3", target=40, actor_id=a,
                   today=TODAY, self_evaluation="Permanenties goed bezocht, wachttijd daalt.")
        save_entry(s, year=YEAR, scope="axis", code="2", actor_id=a, today=TODAY,
                   self_evaluation="De begeleiding is versterkt.")
        save_entry(s, year=YEAR, scope="objective", code="T", target=2, actor_id=a,
                   today=TODAY)
        save_state_of_play(s, site_id=world.site_id, year=YEAR, actor_id=a, today=TODAY,
                           psc="PSC Anneessens", arhuu=True, associations="Buurthuis",
                           fte_company=1.5, fte_dmbsh=1, fte_psc=0.8)
    return world


def test_the_table_counts_declares_and_compares(vault, filled):
    with vault.session(read_only=True) as s:
        table = evaluation_table(s, year=YEAR, today=TODAY)
        direct = indicators(s, start=date(YEAR, 1, 1), end=TODAY).by_objective()
        # a second save with the same words makes no new revision; a change does
        save_entry(s, year=YEAR, scope="objective", code="2.3", target=40, actor_id="x",
                   today=TODAY, self_evaluation="Permanenties goed bezocht, wachttijd daalt.")
    objectives = {o.code: o for o in table.objectives}
    assert list(objectives) == list(OBJECTIVES)
    assert objectives["2.3"].count == direct["2.3"] and objectives["2.3"].last_year == 12
    assert objectives["2.3"].target == 40 and objectives["T"].target == 2
    assert objectives["T"].minimal and not objectives["4.4"].minimal
    assert objectives["2.2"].pillars == ("collective",)  # the welcome sessions
    assert "individual" in objectives["2.3"].pillars
    assert objectives["3.1"].pillars == ("community",)  # neighbour conflicts
    covered, of = table.minimal_coverage()
    assert of == len(sl.MINIMAL_BASE) and covered == sum(
        1 for o in sl.MINIMAL_BASE if direct.get(o))
    axes = {a.code: a for a in table.axes}
    assert axes["2"].self_evaluation == "De begeleiding is versterkt."
    lines = {line.indicator: line for line in table.indicators}
    assert lines["welcome_sessions"].pillar == "collective"
    assert lines["welcome_sessions"].objectives == ("2.2",)
    assert lines["notes"].last_year == len(OBJECTIVES) * 5 + 7 + 5
    site = next(x for x in table.sites if x.site_id == filled.site_id)
    assert (site.psc, site.arhuu, site.fte_company, site.fte_dmbsh, site.recorded) == (
        "PSC Anneessens", True, 1.5, 1.0, True)
    assert site.open_cases == 1
    assert dict(site.by_pillar)["collective"] == 2 + 3  # sessions + households


def test_bad_input_gets_a_clear_message(vault, filled):
    a = filled.actor_id
    with vault.session() as s:
        cases = [dict(scope="axis", code="2", target=3),  # targets are per objective
                 dict(scope="objective", code="9.9"),
                 dict(scope="objective", code="2.3", target=-1)]
        for kwargs in cases:
            with pytest.raises(ValidationError):
                save_entry(s, year=YEAR, actor_id=a, today=TODAY, **kwargs)
        with pytest.raises(ValidationError) as err:
            save_entry(s, year=YEAR + 1, scope="axis", code="2", actor_id=a, today=TODAY)
        assert str(err.value) == "Choose a year from 2000 up to this year."
        with pytest.raises(ValidationError) as err:
            save_state_of_play(s, site_id=filled.site_id, year=YEAR, actor_id=a, today=TODAY,
                               fte_dmbsh=float("nan"))
        assert "Full-time equivalents" in str(err.value)


def _rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:]), delimiter=";"))


def test_csv_and_pdf_read_back_with_both_sections(vault, filled):
    with vault.session(read_only=True) as s:
        table = evaluation_table(s, year=YEAR, today=TODAY)
    text = evaluation_csv(table)
    rows = _rows(text)
    assert {r["section"] for r in rows} == {"quantitative", "qualitative", "state_of_play"}
    obj = {r["code"]: r for r in rows if r["section"] == "quantitative"
           and r["kind"] == "objective"}
    assert (obj["2.3"]["target"], obj["2.3"]["last_year"]) == ("40", "12")
    assert obj["T"]["minimal_base"] == "yes" and obj["4.4"]["minimal_base"] == "no"
    counts = [r[c] for r in rows if r["section"] == "quantitative" and r["kind"] != "coverage"
              for c in ("value", "last_year")]
    assert set(counts) <= {"<5", "x"} | {str(n) for n in range(5, 100_000)}
    assert "<5" in counts  # October's small counts do not leave the laptop
    qualitative = {(r["kind"], r["code"]): r["text"] for r in rows
                   if r["section"] == "qualitative"}
    assert qualitative == {("axis", "2"): "De begeleiding is versterkt.",
                           ("objective", "2.3"): "Permanenties goed bezocht, wachttijd daalt."}
    site = {r["kind"]: r for r in rows if r["section"] == "state_of_play"
            and r["label"] == "Anneessens"}
    assert site["psc"]["text"] == "PSC Anneessens" and site["fte_company"]["value"] == "1.5"
    assert site["open_cases"]["value"] == "<5"
    for secret in ("Lefèvre", "Yılmaz", filled.case_id, filled.site_id, filled.household_id):
        assert secret not in text

    data = evaluation_pdf(table, printed_on=TODAY, language="en")
    pdf = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    for expected in (f"Evaluation table of social action {YEAR}", "1. Quantitative indicators",
                     "2. Qualitative self-evaluation", "3. State of play per site",
                     "Target", str(YEAR - 1), "De begeleiding is versterkt.",
                     "PSC: PSC Anneessens", "Transversal", "Interventions by category"):
        assert expected in pdf, expected
    assert "Lefèvre" not in pdf

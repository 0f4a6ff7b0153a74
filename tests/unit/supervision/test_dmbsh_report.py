"""The anonymised DMBSH report across housing companies (issue 19): each housing company's
figures file holds aggregates only, every small count hidden; the report puts them side by
side and adds only what is published — PDF read back in Dutch and French."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from pypdf import PdfReader

from fieldapp.errors import ValidationError
from fieldapp.supervision import dmbsh_report as dmbsh
from fieldapp.supervision.views import IndicatorFact, IndicatorReport

START, END = date(2026, 1, 1), date(2026, 12, 31)


def _report(*facts: tuple[str, str, str, int]) -> IndicatorReport:
    return IndicatorReport(start=START, end=END, site_id=None, site_name="",
                           facts=tuple(IndicatorFact(*f) for f in facts))


LAKENHUIS = _report(("notes", "office_hours", "2.3", 20), ("notes", "home_visit", "2.3", 12),
                    ("notes", "phone_call", "4.1", 3), ("referrals", "ocmw_cpas", "4.2", 9))
ZONIEN = _report(("notes", "office_hours", "2.3", 31), ("notes", "home_visit", "2.1", 8),
                 ("referrals", "ocmw_cpas", "4.2", 2))


def _text(pdf: bytes) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages)


def _figures() -> list[dmbsh.OrganisationFigures]:
    return [dmbsh.read_figures(dmbsh.figures_json(LAKENHUIS, organisation="Lakenhuis")),
            dmbsh.read_figures(dmbsh.figures_json(ZONIEN, organisation="Zonien"))]


def test_a_figures_file_holds_aggregates_only_and_no_small_count() -> None:
    text = dmbsh.figures_json(LAKENHUIS, organisation="  Lakenhuis ")
    data = json.loads(text)
    assert data["organisation"] == "Lakenhuis" and data["start"] == "2026-01-01"
    values = {v for _i, _d, _c, v in data["cells"]}
    assert all(v in ("<5", "x") or int(v) >= 5 for v in values)
    notes = {(d, c): v for i, d, c, v in data["cells"] if i == "notes"}
    assert notes[("kind", "phone_call")] == "<5" and notes[("total", "")] == "35"


def test_a_file_changed_by_hand_or_not_a_figures_file_is_refused() -> None:
    data = json.loads(dmbsh.figures_json(LAKENHUIS, organisation="Lakenhuis"))
    data["cells"][0][3] = "3"
    with pytest.raises(ValidationError) as refused:
        dmbsh.read_figures(json.dumps(data))
    assert refused.value.message == dmbsh.NOT_ANONYMOUS
    for junk in ("", "{}", "[1, 2]", '{"format": "other"}'):
        with pytest.raises(ValidationError) as refused:
            dmbsh.read_figures(junk)
        assert refused.value.message == dmbsh.NOT_FIGURES
    with pytest.raises(ValidationError) as refused:
        dmbsh.figures_json(LAKENHUIS, organisation=" ")
    assert refused.value.message == dmbsh.NO_NAME


def test_all_housing_companies_add_only_what_is_published() -> None:
    assert dmbsh.combined(["35", "39"]) == "74"
    assert dmbsh.combined(["9", "<5"]) == "≥ 9"
    assert dmbsh.combined(["<5", "x"]) == "x"
    with pytest.raises(ValidationError) as refused:
        dmbsh.dmbsh_pdf([], printed_on=END)
    assert refused.value.message == dmbsh.NO_FILES
    twice = _figures()[:1] * 2
    with pytest.raises(ValidationError) as refused:
        dmbsh.dmbsh_pdf(twice, printed_on=END)
    assert refused.value.message == dmbsh.TWICE


def test_the_report_reads_back() -> None:
    """(In Dutch and French from the app: tests/ui/supervision/test_ui_dmbsh_report.py.)"""
    text = _text(dmbsh.dmbsh_pdf(_figures(), printed_on=date(2027, 1, 10), language="en"))
    for word in ("Anonymised report across housing companies", "All housing companies",
                 "Case notes", "Lakenhuis", "Zonien", "74", "≥ 9", "01/01/2026"):
        assert word in text, word
    assert " 3 " not in f" {text} "  # the small count of Lakenhuis never shows

"""Issue 19, item 3: the mental-health team's consultations are an indicator of the
organisation (individual pillar, objective 4.2), counted by urgency, and the anonymised DMBSH
report sums them per organisation — a small count stays hidden."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from fieldapp.mentalhealth.consultations import consult
from fieldapp.supervision import dmbsh_report as dmbsh
from fieldapp.supervision import labels as sl
from fieldapp.supervision.indicators import indicators

START, END = date(2026, 1, 1), date(2026, 12, 31)


def test_consultations_per_organisation_in_the_dmbsh_report(vault, world) -> None:
    assert sl.INDICATOR_PILLAR["mh_consultations"] == "individual"
    assert sl.objective_of("mh_consultations") == "4.2"
    with vault.session() as s:
        for n in range(7):
            consult(s, case_id=world.case_id, question="Trekt zich terug, opent niet meer.",
                    concerns=["isolation"], urgency="urgent" if n < 2 else "normal",
                    actor_id=world.actor_id, today=date(2026, 10, 1 + n))
        consult(s, case_id=world.case_id, question="Vorig jaar.", concerns=["isolation"],
                actor_id=world.actor_id, today=date(2025, 6, 1))
        report = indicators(s, start=START, end=END)
        site_report = indicators(s, start=START, end=END, site_id=world.site_id)
    counts = {f.category: f.count for f in report.facts if f.indicator == "mh_consultations"}
    assert counts == {"normal": 5, "urgent": 2}
    assert not [f for f in site_report.facts if f.indicator == "mh_consultations"]
    figures = dmbsh.read_figures(dmbsh.figures_json(report, organisation="Lakenhuis"))
    assert figures.value("mh_consultations", "total", "") == "7"
    assert figures.value("mh_consultations", "urgency", "urgent") == "<5"
    assert figures.value("mh_consultations", "urgency", "normal") in ("x", "5")
    pdf = dmbsh.dmbsh_pdf([figures], printed_on=date(2027, 1, 10), language="en")
    text = " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Mental-health team consultations" in text

"""CSV and PDF exports of the indicators, read back."""

from __future__ import annotations

import csv
import io

from pypdf import PdfReader

from fieldapp.supervision.indicators import indicators
from fieldapp.supervision.indicators_anonymised import anonymise
from fieldapp.supervision.indicators_csv import anonymised_csv, indicators_csv
from fieldapp.supervision.indicators_pdf import indicators_pdf

from .conftest import d, seed_october


def rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:]), delimiter=";"))


def test_full_csv_reads_back(vault, world):
    seed_october(vault, world)
    with vault.session(read_only=True) as s:
        report = indicators(s, start=d(1), end=d(31))
    lines = rows(indicators_csv(report))
    notes = [(r["category"], r["objective"], int(r["count"])) for r in lines
             if r["indicator"] == "notes"]
    assert notes == [("office_hours", "2.3", 3), ("home_visit", "2.4", 1),
                     ("phone_call", "4.1", 2), ("phone_call", "-", 1)]
    first = lines[0]
    assert (first["period_start"], first["period_end"], first["site"]) == (
        "2026-10-01", "2026-10-31", "All sites")
    assert first["indicator_label"] == "Case notes by kind"
    assert sum(int(r["count"]) for r in lines if r["indicator"] == "interventions") == 4


def test_anonymised_csv_has_no_small_counts_no_names_no_ids(vault, world):
    seed_october(vault, world)
    with vault.session(read_only=True) as s:
        report = indicators(s, start=d(1), end=d(31))
    text = anonymised_csv(report, anonymise(report))
    lines = rows(text)
    assert {r["value"] for r in lines} <= {"<5", "x"} | {str(n) for n in range(5, 10_000)}
    # October's counts are small: totals of 5 or more (7 notes) are hidden too, as "x"
    assert {r["value"] for r in lines} == {"<5", "x"}
    for secret in ("Lefèvre", "Yılmaz", world.case_id, world.household_id, world.site_id):
        assert secret not in text
    labels = {(r["dimension"], r["code"]): r["label"] for r in lines if r["indicator"] == "notes"}
    assert labels[("objective", "2.3")].startswith("Reception, follow-up")
    assert labels[("axis", "2")] == "Strengthen social support"


def test_pdf_reads_back(vault, world):
    seed_october(vault, world)
    with vault.session(read_only=True) as s:
        report = indicators(s, start=d(1), end=d(31), site_id=world.site_id)
    data = indicators_pdf(report, printed_on=d(20, 11), language="en")
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Indicators of social action" in text
    assert "01/10/2026 – 31/10/2026" in text and "Anneessens" in text
    assert "Case notes by kind" in text and "Office hours" in text
    assert "Interventions by category" in text and "Neighbour conflict" in text
    assert "Lefèvre" not in text
    fonts = {str(f.get("/BaseFont", "")) for page in reader.pages
             for f in (page["/Resources"].get("/Font") or {}).values()
             for f in [f.get_object()]}
    assert any("DejaVu" in f or "FieldSans" in f for f in fonts), fonts

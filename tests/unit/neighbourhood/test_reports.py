from __future__ import annotations

import io

from PIL import Image
from pypdf import PdfReader

from fieldapp.neighbourhood.defect_pdf import build_defect_pdf
from fieldapp.neighbourhood.defects import (
    defect_photos,
    defect_text,
    get_defect_report,
    report_defect,
)
from fieldapp.neighbourhood.interventions import log_intervention
from fieldapp.neighbourhood.requests import get_request
from fieldapp.neighbourhood.round_pdf import build_round_pdf
from fieldapp.neighbourhood.rounds import plan_round
from fieldapp.neighbourhood.triage import set_in_round
from tests.factories import TODAY

from .conftest import NOW, add


def _text(path) -> str:
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages)


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (320, 200), (200, 60, 40)).save(out, format="PNG")
    return out.getvalue()


def test_defect_report_pdf_reads_back(s, agent, tmp_path):
    w = agent.world
    rid = add(s, agent, category="technical_defect", urgency="immediate",
              building_id=w.building_id, dwelling_id=w.dwelling_id, entrance="B", floor="3",
              text="Lift stuck between floors, alarm does not ring")
    log_intervention(s, request_id=rid, occurred_at=NOW, actions="Looked", outcome="passed_on",
                     photos=[_png()], actor_id=w.actor_id, now=NOW, today=TODAY)
    view = report_defect(s, request_id=rid, actor_id=w.actor_id, today=TODAY,
                         photos=[_png()])
    assert len(view.photos) == 2  # the intervention's photo and the new one
    assert get_request(s, request_id=rid, now=NOW).defect_report_id == view.id
    assert get_defect_report(s, report_id=view.id) == view
    photos = defect_photos(s, report_id=view.id)
    assert len(photos) == 2 and all(p.startswith(b"\xff\xd8") for p in photos)  # JPEG
    path = build_defect_pdf(view, tmp_path / "defect.pdf", photos=[*photos, b"not an image"])
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    text = _text(path)
    for expected in ("Technical defect report", "Immediate", "Technical defect",
                     "Anneessens", "Blok A — Anneessensplein 12", "3B",
                     "Lift stuck between floors, alarm does not ring", "Photos (2)",
                     "20/11/2026", "Test Assistant"):
        assert expected in text
    fonts = [f.get_object() for f in reader.pages[0]["/Resources"]["/Font"].values()]
    assert fonts and all("/FontFile2" in f["/FontDescriptor"] for f in fonts)  # embedded TTF


def test_defect_report_as_text_for_an_email(s, agent):
    rid = add(s, agent, category="technical_defect", text="Broken door\nin the hall")
    view = report_defect(s, request_id=rid, actor_id=agent.world.actor_id, today=TODAY)
    def translate(context: str, text: str) -> str:
        if text == "{label}: {value}":
            return "{label} : {value}"  # as in French
        return f"[{text}]" if context == "DefectReport" else text

    text = defect_text(view, translate)
    assert text.splitlines()[0] == "[Technical defect report]"
    assert "[Urgency] : Today" in text and "[Site] : Anneessens" in text
    assert text.endswith("[Description] :\nBroken door\nin the hall\n")


def test_round_pdf_is_one_page_in_visiting_order(s, agent, tmp_path):
    for i in range(60):  # more than fits at full size: the page shrinks, never a second one
        rid = add(s, agent, site=("peterbos", "north", "east")[i % 3], text=f"Request {i}",
                  urgency="immediate" if i == 0 else "today")
        set_in_round(s, request_id=rid, day=TODAY, actor_id=agent.world.actor_id)
    plan = plan_round(s, day=TODAY, now=NOW)
    path = build_round_pdf(plan, tmp_path / "round.pdf")
    assert len(PdfReader(str(path)).pages) == 1
    text = _text(path)
    assert "Round of 2026-11-20" in text and "Requests: 60 · sites: 3" in text
    assert text.index("Peterbos") < text.index("North") < text.index("East")
    assert "Request 59" in text


def test_empty_round_pdf(s, agent, tmp_path):
    path = build_round_pdf(plan_round(s, day=TODAY, now=NOW), tmp_path / "empty.pdf")
    assert "No request in this round." in _text(path)

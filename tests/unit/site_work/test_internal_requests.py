"""Requests to the company's departments and their slip (PDF read back in NL and FR)."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader

from fieldapp.casework import internal_request_pdf, internal_requests
from fieldapp.errors import ValidationError
from fieldapp.supervision.indicators import indicators
from tests.factories import TODAY


def _text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_ask_answer_and_print_the_slip(s, world):
    request = internal_requests.add_request(
        s, case_id=world.case_id, department="maintenance",
        facts="Vochtplek in de slaapkamer sinds oktober.", due_on=TODAY + timedelta(days=14),
        actor_id=world.actor_id, today=TODAY)
    nl = _text(internal_request_pdf.request_slip_pdf(
        s, request_id=request.id, actor_id=world.actor_id, printed_on=TODAY, language="nl"))
    assert "Aanvraag aan de dienst Onderhoud" in nl
    assert "Vochtplek in de slaapkamer sinds oktober." in nl
    assert "Famille Lefèvre" in nl and "beroepsgeheim" in nl
    assert "vrijdag 4 december 2026" in nl  # the answer wanted by
    internal_requests.record_answer(s, request_id=request.id, answer="Technieker komt op 2/12.",
                                    answered_on=TODAY, actor_id=world.actor_id, today=TODAY)
    fr = _text(internal_request_pdf.request_slip_pdf(
        s, request_id=request.id, actor_id=world.actor_id, printed_on=TODAY, language="fr"))
    assert "Demande au service Entretien" in fr and "secret" in fr
    assert "Technieker komt op 2/12." in fr and "Répondu le" in fr
    assert internal_request_pdf.file_name("fr", TODAY) == "demande-interne-2026-11-20.pdf"
    facts = {(f.indicator, f.category): (f.objective, f.count)
             for f in indicators(s, start=TODAY, end=TODAY).facts}
    assert facts[("internal_requests", "maintenance")] == ("4.2", 1)


def test_a_request_needs_facts_and_a_due_date(s, world):
    args = dict(case_id=world.case_id, department="accounting", actor_id=world.actor_id,
                today=TODAY)
    with pytest.raises(ValidationError, match="facts"):
        internal_requests.add_request(s, facts="  ", due_on=TODAY, **args)
    with pytest.raises(ValidationError, match="today or later"):
        internal_requests.add_request(s, facts="Huurberekening", due_on=TODAY
                                      - timedelta(days=1), **args)

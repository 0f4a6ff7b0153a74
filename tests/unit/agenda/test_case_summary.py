"""The case summary / social report (issue 16 item 6): in the language chosen, with the
household, status, themes, worker, open follow-ups and referrals and the chosen notes;
restricted notes only by their author; producing it is access-logged."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader

from fieldapp.audit.access_log import list_access
from fieldapp.casework import cases, followups, referrals
from fieldapp.casework.pdf_texts import file_name
from fieldapp.casework.summary import case_summary_pdf, note_choices
from fieldapp.errors import ValidationError
from tests.factories import TODAY


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def notes(s, world):
    cases.update_case(s, case_id=world.case_id, actor_id=world.actor_id,
                      themes=["rent_arrears", "family"])
    team = cases.add_note(s, case_id=world.case_id, kind="home_visit", text="Schimmel gezien",
                          occurred_on=TODAY, actor_id=world.actor_id)
    other = cases.add_note(s, case_id=world.case_id, kind="phone_call", text="Niet gekozen",
                           occurred_on=TODAY, actor_id=world.actor_id)
    mine = cases.add_note(s, case_id=world.case_id, kind="office_interview",
                          text="Eigen beperkte notitie", occurred_on=TODAY,
                          actor_id=world.actor_id, confidentiality="restricted")
    theirs = cases.add_note(s, case_id=world.case_id, kind="office_interview",
                            text="Notitie van een collega", occurred_on=TODAY,
                            actor_id="colleague-id", confidentiality="restricted")
    followups.add_followup(s, case_id=world.case_id, due_on=TODAY + timedelta(days=2),
                           text="Afbetalingsplan opvolgen", actor_id=world.actor_id, today=TODAY)
    referrals.add_referral(s, case_id=world.case_id, destination="ocmw_cpas",
                           reason="Aanvraag leefloon", referred_on=TODAY, status="sent",
                           actor_id=world.actor_id)
    return {"team": team.id, "other": other.id, "mine": mine.id, "theirs": theirs.id}


@pytest.mark.parametrize(("language", "title", "theme", "status"), [
    ("nl", "Sociaal verslag", "Huurachterstand", "Verstuurd"),
    ("fr", "Rapport social", "Arriérés de loyer", "Envoyée")])
def test_the_report_in_its_language_with_the_chosen_notes(s, world, notes, language, title,
                                                          theme, status):
    data = case_summary_pdf(s, case_id=world.case_id, note_ids=[notes["team"], notes["mine"]],
                            language=language, actor_id=world.actor_id, printed_on=TODAY)
    text = _text(data)
    assert title in text and theme in text and status in text
    assert "Famille Lefèvre" in text and "Amélie Lefèvre" in text and "Noah Lefèvre" in text
    assert "Anneessensplein 12" in text and "Test Assistant" in text
    assert "Afbetalingsplan opvolgen" in text and "Aanvraag leefloon" in text
    assert "Schimmel gezien" in text and "Eigen beperkte notitie" in text
    assert "Niet gekozen" not in text and "Notitie van een collega" not in text
    assert "85.07.30" not in text and "0470" not in text  # minimisation
    entries = list_access(s, object_id=world.case_id, action="print")
    assert len(entries) == 1 and entries[0].actor_id == world.actor_id


def test_restricted_notes_only_by_their_author(s, world, notes):
    offered = {c.id for c in note_choices(s, case_id=world.case_id, actor_id=world.actor_id)}
    assert {notes["team"], notes["other"], notes["mine"]} <= offered
    assert notes["theirs"] not in offered
    with pytest.raises(ValidationError) as err:
        case_summary_pdf(s, case_id=world.case_id, note_ids=[notes["theirs"]], language="nl",
                         actor_id=world.actor_id, printed_on=TODAY)
    assert "Notitie" not in str(err.value)
    assert list_access(s, object_id=world.case_id, action="print") == []


def test_the_file_name_has_no_personal_data():
    assert file_name("nl", "file_summary", TODAY) == "sociaal-verslag-2026-11-20.pdf"
    assert file_name("fr", "file_summary", TODAY) == "rapport-social-2026-11-20.pdf"

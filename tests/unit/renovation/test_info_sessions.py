"""The information session: planned with its invitations (one per household, in its
language), attendance with staff and contractors, questions and answers, minutes in NL and
FR — every PDF read back."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from fieldapp.errors import ValidationError
from fieldapp.registry.models import Dwelling
from fieldapp.renovation import info_session_pdf, info_sessions, projects
from tests.factories import TODAY


def _words(pdf: bytes) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.split())


def test_plan_invite_attend_ask_and_minutes(s, world, project):
    actor = world.actor_id
    other = s.scalar(select(Dwelling.id).where(Dwelling.label == "12A"))
    (pd2,) = projects.add_dwellings(s, project_id=project.id, dwelling_ids=[other],
                                    actor_id=actor)
    with pytest.raises(ValidationError):
        info_sessions.plan_session(s, project_id=project.id, held_on=TODAY - timedelta(days=1),
                                   actor_id=actor, today=TODAY)
    info = info_sessions.plan_session(s, project_id=project.id, actor_id=actor, today=TODAY,
                                      held_on=TODAY + timedelta(days=7), start_minute=18 * 60,
                                      place="Salle communautaire / Buurtzaal")
    assert info.status == "planned"
    assert set(info.invited_household_ids) == {world.household_id, world.other_household_id}
    by_dwelling = {project.pd_id: ("fr", ["Invitation : séance d'information", "27/11/2026 à "
                                          "18:00", "Famille Lefèvre", "Salle communautaire"]),
                   pd2: ("nl", ["Uitnodiging: infovergadering", "27/11/2026 om 18:00",
                                "Gezin Yılmaz", "Buurtzaal"])}
    assert set(info_sessions.invited_dwellings(s, info_session_id=info.id)) == set(by_dwelling)
    for pd_id, (lang, expected) in by_dwelling.items():
        words = _words(info_session_pdf.invitation_pdf(
            s, info_session_id=info.id, project_dwelling_id=pd_id, language=lang,
            printed_on=TODAY, sender="Rita Werf"))
        for e in expected:
            assert e in words, (lang, e)
    assert info_session_pdf.invitation_file_name(
        "fr", held_on=TODAY, reference=pd2) == f"invitation-seance-d-information-2026-11-20-" \
                                               f"{pd2[:8]}.pdf"

    with pytest.raises(ValidationError):
        info_sessions.record_attendance(s, info_session_id=info.id, actor_id=actor,
                                        attendee_household_ids=[world.household_id],
                                        staff_present=[("contractor", "  ")])
    held = info_sessions.record_attendance(
        s, info_session_id=info.id, actor_id=actor, attendee_household_ids=[world.household_id],
        staff_present=[("project_manager", "Marc Dubois"), ("contractor", "Bouw NV Renova")])
    assert held.status == "held" and held.attendee_household_ids == (world.household_id,)
    q = info_sessions.add_question(s, info_session_id=info.id, actor_id=actor,
                                   household_id=world.household_id,
                                   question="Faut-il vider la cave ?")
    info_sessions.answer_question(s, question_id=q.id, actor_id=actor,
                                  answer="Oui, avant le 15 janvier.",
                                  answered_by="project_manager")
    info_sessions.add_question(s, info_session_id=info.id, actor_id=actor,
                               question="Is er lawaai 's avonds?", answer="Nee, tot 17 uur.",
                               answered_by="contractor")
    info_sessions.set_minutes(s, info_session_id=info.id, actor_id=actor,
                              minutes="Planning toegelicht; 1 gezin van 2 aanwezig.")
    final = info_sessions.detail(s, info_session_id=info.id)
    assert [x.question for x in final.questions] == ["Faut-il vider la cave ?",
                                                     "Is er lawaai 's avonds?"]
    for lang, expected in (
        ("nl", ["Verslag van de infovergadering", "Projectbeheerder", "Marc Dubois",
                "Aannemer", "1 / 2", "Faut-il vider la cave ?", "Famille Lefèvre",
                "Oui, avant le 15 janvier.", "Nee, tot 17 uur.", "Planning toegelicht"]),
        ("fr", ["Procès-verbal de la séance d'information", "Gestionnaire de projet",
                "Entrepreneur", "Questions et réponses", "Posée par", "Marc Dubois"]),
    ):
        words = _words(info_session_pdf.minutes_pdf(s, info_session_id=info.id, language=lang,
                                                    printed_on=TODAY))
        for e in expected:
            assert e in words, (lang, e)

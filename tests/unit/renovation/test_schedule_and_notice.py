"""The works schedule (project, building, dwelling) and the notice of the works a household
gets in its language, read back from the PDF."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader

from fieldapp.errors import ValidationError
from fieldapp.renovation import notice_pdf, schedule
from tests.factories import TODAY


def _text(pdf: bytes) -> str:
    words = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(words.split())  # a cell wraps its words over lines


def test_phases_reach_the_households_they_concern(s, world, project):
    actor = world.actor_id
    [(building_id, building_name)] = schedule.project_buildings(s, project_id=project.id)
    assert building_name == "Blok A"
    schedule.add_phase(s, project_id=project.id, kind="site_setup", starts_on=TODAY,
                       ends_on=TODAY + timedelta(days=10), actor_id=actor)
    schedule.add_phase(s, project_id=project.id, kind="windows", building_id=building_id,
                       starts_on=TODAY + timedelta(days=20), ends_on=TODAY + timedelta(days=40),
                       actor_id=actor, access_needed=True, description="Façade avant")
    schedule.add_phase(s, project_id=project.id, kind="bathroom",
                       project_dwelling_id=project.pd_id, starts_on=TODAY + timedelta(days=50),
                       ends_on=TODAY + timedelta(days=55), actor_id=actor, access_needed=True)
    with pytest.raises(ValidationError):
        schedule.add_phase(s, project_id=project.id, kind="roof", starts_on=TODAY,
                           ends_on=TODAY - timedelta(days=1), actor_id=actor)
    with pytest.raises(ValidationError):  # a building without dwellings in the project
        schedule.add_phase(s, project_id=project.id, kind="roof", starts_on=TODAY,
                           ends_on=TODAY, actor_id=actor, building_id=world.other_site_id)
    phases = schedule.phases_for_dwelling(s, project_dwelling_id=project.pd_id)
    assert [(p.kind, p.scope, p.place) for p in phases] == [
        ("site_setup", "project", ""), ("windows", "building", "Blok A"),
        ("bathroom", "dwelling", "Blok A · 3B")]

    for lang, expected in (
        ("fr", ["Avis de travaux", "Installation de chantier et échafaudages",
                "Châssis et portes", "Façade avant", "votre immeuble", "Salle de bains",
                "votre logement", "doivent pouvoir", "Famille Lefèvre", "Rita Werf"]),
        ("nl", ["Aankondiging van de werken", "Werfinrichting en stellingen",
                "Ramen en deuren", "uw gebouw", "Badkamer", "uw woning",
                "binnen kunnen", "Rita Werf"]),
    ):
        pdf = notice_pdf.notice_pdf(s, project_dwelling_id=project.pd_id, issued_on=TODAY,
                                    language=lang, sender="Rita Werf")
        text = _text(pdf)
        for words in expected:
            assert words in text, (lang, words)
    assert notice_pdf.file_name("fr", issued_on=TODAY) == "avis-de-travaux-2026-11-20.pdf"

    letter = schedule.record_letter(s, project_dwelling_id=project.pd_id, kind="works_notice",
                                    language="fr", issued_on=TODAY, actor_id=actor)
    assert [x.kind for x in schedule.letters(s, project_dwelling_id=project.pd_id)] == [
        "works_notice"] and letter.language == "fr"
    schedule.remove_phase(s, phase_id=phases[0].id, actor_id=actor)
    assert len(schedule.list_phases(s, project_id=project.id)) == 2

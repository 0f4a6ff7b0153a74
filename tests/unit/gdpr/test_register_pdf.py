"""The register of processing activities (art. 30) read back in nl and fr: the controller,
the DPO, every activity with its purposes, recipients and the retention set."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from fieldapp.gdpr.register_pdf import render_register

SETTINGS = {"retention": {"closed_case_days": 1825, "inventory_days": 3650,
                          "intervention_days": 0, "access_log_days": 365},
            "controller": "Logements Bruxellois", "dpo_contact": "dpo@example.org",
            "activities": []}


def _text(pdf: bytes) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize(("language", "words"), [
    ("nl", ["Register van de verwerkingsactiviteiten", "Sociale begeleiding van huurders",
            "zolang het dossier loopt, daarna 1825 dagen", "3650 dagen", "niet ingesteld",
            "365 dagen"]),
    ("fr", ["Registre des activités de traitement", "Accompagnement social des locataires",
            "tant que le dossier est ouvert, puis 1825 jours", "3650 jours", "non définie"]),
])
def test_the_default_activities_with_the_retention_set(language: str, words: list[str]) -> None:
    text = " ".join(_text(render_register(SETTINGS, language=language,
                                          today=date(2026, 12, 6))).split())
    for word in ["Logements Bruxellois", "dpo@example.org", *words]:
        assert word in text


def test_the_organisations_own_activities() -> None:
    own = {**SETTINGS, "activities": [{"name": "Huurdersvergaderingen",
                                       "purposes": "Participatie", "categories": "Huurders",
                                       "recipients": "Huurdersraad", "retention": "2 jaar"}]}
    text = _text(render_register(own, language="nl", today=date(2026, 1, 1)))
    assert "Huurdersvergaderingen" in text and "Huurdersraad" in text
    assert "Sociale begeleiding" not in text


@pytest.mark.parametrize(("language", "missing"), [("nl", "niet ingevuld"),
                                                   ("fr", "non renseigné")])
def test_a_controller_not_filled_in_says_so(language: str, missing: str) -> None:
    """Printed with nothing filled in, the register says the controller and the DPO are
    missing; it never puts the organisation's id in the controller's place."""
    empty = {**SETTINGS, "controller": "", "dpo_contact": ""}
    text = " ".join(_text(render_register(empty, language=language,
                                          today=date(2026, 12, 6))).split())
    assert text.count(missing) == 2


def test_the_long_dutch_terms_are_never_broken_in_the_middle() -> None:
    text = " ".join(_text(render_register(SETTINGS, language="nl",
                                          today=date(2026, 12, 6))).split())
    assert "Verwerkingsverantwoordelijke Logements Bruxellois" in text
    assert "Functionaris gegevensbescherming dpo@example.org" in text

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
    text = " ".join(_text(render_register(SETTINGS, language=language, organisation="Org",
                                          today=date(2026, 12, 6))).split())
    for word in ["Logements Bruxellois", "dpo@example.org", *words]:
        assert word in text


def test_the_organisations_own_activities() -> None:
    own = {**SETTINGS, "activities": [{"name": "Huurdersvergaderingen",
                                       "purposes": "Participatie", "categories": "Huurders",
                                       "recipients": "Huurdersraad", "retention": "2 jaar"}]}
    text = _text(render_register(own, language="nl", organisation="Org", today=date(2026, 1, 1)))
    assert "Huurdersvergaderingen" in text and "Huurdersraad" in text
    assert "Sociale begeleiding" not in text

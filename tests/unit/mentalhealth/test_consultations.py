"""Consulting the mobile mental-health team under a pseudonym (issue 19): nothing that
identifies the household leaves with the question; the case file keeps the link; the team
answers and the social worker reads the advice from the case file — real vault."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from fieldapp.errors import ValidationError
from fieldapp.mentalhealth import consultations
from fieldapp.mentalhealth.models import CaseConsultation, MhConsultation
from fieldapp.mentalhealth.pseudonymity import FOUND

TODAY = date(2026, 11, 20)


def _ask(s, world, question: str, **extra):  # type: ignore[no-untyped-def]
    return consultations.consult(s, case_id=world.case_id, question=question,
                                 concerns=extra.pop("concerns", ["hoarding"]),
                                 actor_id=world.actor_id, today=TODAY, **extra)


@pytest.mark.parametrize(("question", "kind"), [
    ("Mevrouw Lefèvre bewaart alles in haar woning.", "name"),
    ("Amelie weigert elke hulp.", "name"),  # without the accent too
    ("Noah (10) zegt dat zijn mama niet meer slaapt.", "name"),
    ("Ze belt vaak vanaf 0470 11 22 33.", "phone"),
    ("Geboren op 30/07/1985, alleenstaande moeder.", "date"),
    ("RRN 85.07.30-033.61 in het dossier.", "national_number"),
    ("Mail haar op contact.a@example.org.", "email"),
])
def test_a_question_that_identifies_the_household_is_refused(s, world, question: str,
                                                              kind: str) -> None:
    with pytest.raises(ValidationError) as refused:
        _ask(s, world, question)
    assert refused.value.message == FOUND[kind]
    assert question not in str(refused.value)  # the message names the kind, not the value
    assert s.scalar(select(MhConsultation.id)) is None


def test_the_street_of_the_household_is_refused(s, world) -> None:
    from fieldapp.registry.models import Building

    building = s.scalars(select(Building)).first()
    building.street = "Rue du Lombard"
    s.flush()
    with pytest.raises(ValidationError) as refused:
        _ask(s, world, "Elle habite rue du Lombard au 3e.")
    assert refused.value.message == FOUND["address"]


def test_a_pseudonymous_consultation_is_kept_apart_from_the_case(s, world) -> None:
    asked = _ask(s, world, "Een moeder van rond de veertig bewaart alles; de woning raakt "
                 "vol. Hoe spreken we haar aan zonder dat ze dichtklapt?",
                 concerns=["hoarding", "care_refusal"], age_band="30-44",
                 household_type="single_parent", urgency="urgent")
    assert asked.pseudonym.startswith("MH-") and len(asked.pseudonym) == 8
    row = s.get(MhConsultation, asked.id)
    assert row.collection_id == "consultation:test-org"
    # the consultation's record carries no id of the case, household or site
    values = {str(v) for v in (row.pseudonym, row.asked_by, row.age_band, row.question,
                               row.household_type, row.concerns)}
    for secret in (world.case_id, world.household_id, world.site_id):
        assert not any(secret in v for v in values)
    link = s.scalars(select(CaseConsultation)).one()
    assert link.case_id == world.case_id and link.consultation_id == asked.id
    assert link.collection_id.startswith("casework:")

    # the team answers; the worker reads the advice from the case file
    team = consultations.team_consultations(s)
    assert [v.pseudonym for v in team] == [asked.pseudonym]
    with pytest.raises(ValidationError) as refused:
        consultations.answer(s, consultation_id=asked.id, advice="Bel me op 0470 99 88 77",
                             actor_id="team-1", today=TODAY)
    assert refused.value.message == FOUND["phone"]
    consultations.answer(s, consultation_id=asked.id, actor_id="team-1", today=TODAY,
                         advice="Begin bij wat zij zelf als probleem ziet; wij komen mee.")
    [seen] = consultations.case_consultations(s, case_id=world.case_id)
    assert seen.status == "answered" and seen.advice.startswith("Begin bij")
    consultations.close(s, consultation_id=asked.id, actor_id=world.actor_id)
    assert consultations.team_consultations(s) == []


def test_a_consultation_needs_a_question_and_a_concern(s, world) -> None:
    with pytest.raises(ValidationError) as refused:
        _ask(s, world, "   ")
    assert refused.value.message == consultations.EMPTY_QUESTION
    with pytest.raises(ValidationError) as refused:
        _ask(s, world, "Een vraag.", concerns=[])
    assert refused.value.message == consultations.NO_CONCERN

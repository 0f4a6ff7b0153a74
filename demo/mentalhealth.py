"""Demo consultations of the DMBSH's mobile mental-health team (issue 19): pseudonyms,
age bands, concerns and questions only — as the team's laptop holds them, with no case."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from fieldapp.local.profile import get_profile
from fieldapp.mentalhealth.models import MhConsultation
from fieldapp.records import common as rec

CONSULTATIONS = [
    ("MH-4YVU7", "65+", "alone", ["hoarding", "isolation"], "urgent",
     "Een oudere man laat niemand meer binnen; de buren klagen over de geur. Hoe kunnen we "
     "hem benaderen zonder dat hij dichtklapt?", ""),
    ("MH-K3TRA", "30-44", "single_parent", ["distress"], "normal",
     "Une mère seule semble épuisée et ne vient plus aux rendez-vous. Comment aborder la "
     "question d'un soutien psychologique ?",
     "Proposez une visite à deux ; commencez par ce qu'elle-même nomme comme difficulté."),
    ("MH-PXW9D", "45-64", "couple", ["conflict", "psychiatric"], "normal",
     "Een huurder beschuldigt de buren van afluisteren en bonkt 's nachts op de muren.", ""),
]


def seed_consultations_demo(session: Session, *, today: date) -> None:
    actor = get_profile(session).id
    collection = rec.consultation_collection(session)
    for i, (pseudonym, age, household, concerns, urgency, question, advice) in enumerate(
            CONSULTATIONS):
        asked = today - timedelta(days=2 + 5 * i)
        rec.create(session, MhConsultation(
            pseudonym=pseudonym, asked_on=asked, asked_by=actor, age_band=age,
            household_type=household, concerns=concerns, urgency=urgency, question=question,
            status="answered" if advice else "open", advice=advice,
            answered_by=actor if advice else None,
            answered_on=asked + timedelta(days=1) if advice else None),
            actor_id=actor, collection_id=collection)

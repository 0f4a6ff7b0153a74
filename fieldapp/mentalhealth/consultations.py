"""Consulting the DMBSH's mobile mental-health team about a case under a pseudonym
(issue 19). The social worker asks from the case file; the team reads and answers in
`consultation:<org>` without any other key of the organisation; the link from the case file
to the pseudonym stays in the case's own collection."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.casework.models import CaseFile
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.mentalhealth import pseudonymity
from fieldapp.mentalhealth.labels import AGE_BANDS, CONCERNS, HOUSEHOLD_TYPES, URGENCIES
from fieldapp.mentalhealth.models import CaseConsultation, MhConsultation
from fieldapp.mentalhealth.views import ConsultationView
from fieldapp.people import directory
from fieldapp.records import common as rec

CASE_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This case file was not found.")
NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This consultation no longer exists.")
EMPTY_QUESTION = QT_TRANSLATE_NOOP("errors", "Write the question for the team.")
EMPTY_ADVICE = QT_TRANSLATE_NOOP("errors", "Write the team's advice.")
BAD_AGE = QT_TRANSLATE_NOOP("errors", "Choose an age band.")
BAD_HOUSEHOLD = QT_TRANSLATE_NOOP("errors", "Choose the kind of household.")
BAD_CONCERN = QT_TRANSLATE_NOOP("errors", "Choose the concerns from the list.")
BAD_URGENCY = QT_TRANSLATE_NOOP("errors", "Choose how urgent it is.")
NO_CONCERN = QT_TRANSLATE_NOOP("errors", "Tick at least one concern.")
CLOSED = QT_TRANSLATE_NOOP("errors", "This consultation is closed.")

_ALPHABET = "ACDEFHJKMNPRTUVWXY3479"  # no 0/O, 1/I/L, 2/Z, 5/S, 8/B


def _new_pseudonym(session: Session) -> str:
    used = set(session.scalars(select(MhConsultation.pseudonym)))
    while True:
        candidate = "MH-" + "".join(secrets.choice(_ALPHABET) for _ in range(5))
        if candidate not in used:
            return candidate


def _view(row: MhConsultation, names: dict[str, str]) -> ConsultationView:
    return ConsultationView(
        id=row.id, pseudonym=row.pseudonym, asked_on=row.asked_on,
        asked_by=names.get(row.asked_by, ""), age_band=row.age_band,
        household_type=row.household_type, concerns=tuple(row.concerns or []),
        urgency=row.urgency, question=row.question, status=row.status, advice=row.advice,
        answered_by=names.get(row.answered_by or "", ""), answered_on=row.answered_on)


def consult(session: Session, *, case_id: str, question: str, concerns: Sequence[str],
            age_band: str = "unknown", household_type: str = "unknown",
            urgency: str = "normal", actor_id: str, today: date) -> ConsultationView:
    """Ask the team about the case: refused while the question names the household or
    holds a number, an address or a date that could identify someone."""
    case = rec.get_live(session, CaseFile, case_id, CASE_NOT_FOUND)
    rec.require_code(age_band, AGE_BANDS, BAD_AGE)
    rec.require_code(household_type, HOUSEHOLD_TYPES, BAD_HOUSEHOLD)
    rec.require_code(urgency, URGENCIES, BAD_URGENCY)
    wanted = list(dict.fromkeys(concerns))
    if not wanted:
        raise ValidationError(NO_CONCERN)
    for code in wanted:
        rec.require_code(code, CONCERNS, BAD_CONCERN)
    text = rec.clean_text(question, empty_message=EMPTY_QUESTION, max_len=5_000)
    identifiers = pseudonymity.household_identifiers(session, case.household_id)
    pseudonymity.check_texts([text], identifiers)
    row = MhConsultation(pseudonym=_new_pseudonym(session), asked_on=today,
                         asked_by=actor_id, age_band=age_band,
                         household_type=household_type, concerns=wanted, urgency=urgency,
                         question=text, status="open", advice="", answered_by=None,
                         answered_on=None)
    rec.create(session, row, actor_id=actor_id,
               collection_id=rec.consultation_collection(session))
    link = CaseConsultation(case_id=case.id, consultation_id=row.id, pseudonym=row.pseudonym)
    rec.create(session, link, actor_id=actor_id, collection_id=case.collection_id)
    return _view(row, directory.names(session))


def case_consultations(session: Session, *, case_id: str) -> list[ConsultationView]:
    """The case file's consultations, newest first (those whose record this laptop holds)."""
    links = session.scalars(select(CaseConsultation).where(
        CaseConsultation.case_id == case_id, CaseConsultation.deleted.is_(False)))
    ids = [link.consultation_id for link in links]
    rows = session.scalars(select(MhConsultation).where(
        MhConsultation.id.in_(ids), MhConsultation.deleted.is_(False)))
    names = directory.names(session)
    return sorted((_view(r, names) for r in rows),
                  key=lambda v: (v.asked_on, v.pseudonym), reverse=True)


def team_consultations(session: Session, *, include_closed: bool = False
                       ) -> list[ConsultationView]:
    """The team's list: waiting ones first (urgent before normal, oldest first), then the
    answered, newest first."""
    query = select(MhConsultation).where(MhConsultation.deleted.is_(False))
    if not include_closed:
        query = query.where(MhConsultation.status != "closed")
    names = directory.names(session)
    views = [_view(r, names) for r in session.scalars(query)]
    waiting = sorted((v for v in views if v.status == "open"),
                     key=lambda v: (v.urgency != "urgent", v.asked_on, v.pseudonym))
    rest = sorted((v for v in views if v.status != "open"),
                  key=lambda v: (v.asked_on, v.pseudonym), reverse=True)
    return waiting + rest


def answer(session: Session, *, consultation_id: str, advice: str, actor_id: str,
           today: date) -> ConsultationView:
    """The team's advice. It may not carry a number, an address or a date either."""
    row = rec.get_live(session, MhConsultation, consultation_id, NOT_FOUND)
    if row.status == "closed":
        raise ValidationError(CLOSED)
    text = rec.clean_text(advice, empty_message=EMPTY_ADVICE, max_len=10_000)
    pseudonymity.check_texts([text], {})
    row.advice, row.status = text, "answered"
    row.answered_by, row.answered_on = actor_id, today
    rec.touch(session, row, actor_id=actor_id)
    return _view(row, directory.names(session))


def close(session: Session, *, consultation_id: str, actor_id: str) -> ConsultationView:
    """The social worker closes the consultation; it leaves the team's list."""
    row = rec.get_live(session, MhConsultation, consultation_id, NOT_FOUND)
    row.status = "closed"
    rec.touch(session, row, actor_id=actor_id)
    return _view(row, directory.names(session))

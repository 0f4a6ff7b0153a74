"""The check that no identifying data leaves with a consultation (issue 19): the free text
the mobile mental-health team will read is searched for the household's names, its street,
phone numbers, e-mail addresses, national register numbers and dates. What is found is
named by kind in the error, never by value."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records.common import fold
from fieldapp.registry.models import Building, Dwelling, Household, Person

FOUND: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP(
        "errors", "The text names someone of the household. The team must not be able to "
                  "recognise the person: write it without names."),
    "address": QT_TRANSLATE_NOOP(
        "errors", "The text gives the household's street. Write it without the address."),
    "phone": QT_TRANSLATE_NOOP(
        "errors", "The text holds a phone number. Leave it out: the team answers you, "
                  "not the tenant."),
    "email": QT_TRANSLATE_NOOP(
        "errors", "The text holds an e-mail address. Leave it out."),
    "national_number": QT_TRANSLATE_NOOP(
        "errors", "The text holds a national register number. Leave it out."),
    "date": QT_TRANSLATE_NOOP(
        "errors", "The text holds a full date, which can be a date of birth. Give an age "
                  "band instead."),
}

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_NATIONAL = re.compile(r"\b\d{2}[.\s]?\d{2}[.\s]?\d{2}[-\s]?\d{3}[.\s]?\d{2}\b")
_PHONE = re.compile(r"(?:\+|\b)\d(?:[\s./-]?\d){7,}\b")
_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b")
_WORD = re.compile(r"\w+")
_MIN_NAME = 3  # "Li" or "De" alone would flag ordinary words


def household_identifiers(session: Session, household_id: str) -> dict[str, set[str]]:
    """The folded words that would identify the household: people's names, the street."""
    names: set[str] = set()
    streets: set[str] = set()
    household = session.get(Household, household_id)
    if household is None:
        return {"name": names, "address": streets}
    for word in _WORD.findall(fold(household.name)):
        names.add(word)
    for person in session.scalars(select(Person).where(Person.household_id == household_id,
                                                       Person.deleted.is_(False))):
        for part in (person.first_name, person.last_name):
            names.update(_WORD.findall(fold(part)))
    if household.dwelling_id:
        dwelling = session.get(Dwelling, household.dwelling_id)
        building = session.get(Building, dwelling.building_id) if dwelling else None
        if building is not None and building.street.strip():
            streets.add(fold(building.street.strip()))
    # generic words of household names ("gezin", "famille", "ménage") are not names
    names -= {"gezin", "famille", "menage", "huishouden", "familie", "van", "de", "der",
              "den", "le", "la", "les", "du", "des", "family"}
    return {"name": {n for n in names if len(n) >= _MIN_NAME}, "address": streets}


def find_identifier(text: str, identifiers: dict[str, set[str]]) -> str | None:
    """The kind of the first identifying datum in `text`, or None."""
    folded = fold(text)
    words = set(_WORD.findall(folded))
    if identifiers.get("name", set()) & words:
        return "name"
    if any(street and street in folded for street in identifiers.get("address", set())):
        return "address"
    if _EMAIL.search(text):
        return "email"
    if _NATIONAL.search(text):
        return "national_number"
    if _DATE.search(text):
        return "date"
    if _PHONE.search(text):
        return "phone"
    return None


def check_texts(texts: Iterable[str], identifiers: dict[str, set[str]]) -> None:
    """ValidationError naming the kind of what was found (never the value)."""
    for text in texts:
        kind = find_identifier(text, identifiers)
        if kind is not None:
            raise ValidationError(FOUND[kind])

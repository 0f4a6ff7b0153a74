"""One line of a register export -> a checked `PersonLine`, or a `RefusedLine` saying why.

Checks that need only the line itself: encoding, required fields, dates, numbers, the
national register number's check digits. Checks against other lines and the vault live in
register_import.py. A refusal names the field and the reason, never the value (no names,
addresses or national numbers in messages or logs).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from fieldapp.i18n import QT_TRANSLATE_NOOP as _t
from fieldapp.records import common as rec
from fieldapp.registry.register_mapping import BY_CODE
from fieldapp.registry.register_read import Row

BAD_ENCODING = _t("register", "Characters of this line can't be read in the file's encoding. "
                  "Export the register again as UTF-8 or Windows-1252.")
MISSING = _t("register", "This field is empty; it is needed to place the person.")
MISSING_DWELLING = _t("register", "No dwelling: the line can't be placed. Fill in the dwelling.")
MISSING_BUILDING = _t("register", "No building and no street: the dwelling can't be placed.")
MISSING_NAME = _t("register", "The person has no last name and no first name.")
BAD_DATE = _t("register", "This is not a date: write it as dd/mm/yyyy.")
BAD_NUMBER = _t("register", "This is not a whole number.")
BAD_NATIONAL = _t("register", "This is not a valid national register number (11 digits with "
                  "correct check digits).")
OUT_BEFORE_IN = _t("register", "The move-out date is before the move-in date.")
UNKNOWN_SITE = _t("register", "Unknown site code: add the site first, or allow new sites "
                  "to be created from the file.")
DUPLICATE_IN_FILE = _t("register", "The same national register number is already on line "
                       "{other}.")
DUPLICATE_IN_VAULT = _t("register", "This national register number belongs to a person of "
                        "another household in the register.")

RELATIONS = {
    "titulaire": "head", "chefdemenage": "head", "locataire": "head", "head": "head",
    "referentiepersoon": "head", "titularis": "head", "huurder": "head", "gezinshoofd": "head",
    "conjoint": "partner", "conjointe": "partner", "epoux": "partner", "epouse": "partner",
    "partenaire": "partner", "partner": "partner", "echtgenoot": "partner",
    "echtgenote": "partner", "enfant": "child", "fils": "child", "fille": "child",
    "kind": "child", "zoon": "child", "dochter": "child", "child": "child",
}
LANGUAGES = {"fr": "fr", "nl": "nl", "en": "en", "f": "fr", "n": "nl", "francais": "fr",
             "nederlands": "nl", "neerlandais": "nl", "frans": "fr"}

_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


@dataclass(frozen=True)
class RefusedLine:
    line: int
    field: str  # the field's English label (context "register"), "" for the whole line
    reason: str  # English source text (context "register")
    params: dict[str, Any] = dataclasses.field(default_factory=dict, hash=False)


@dataclass
class PersonLine:
    line: int
    site_code: str
    site_name: str
    building: str
    street: str
    number: str
    postcode: str
    municipality: str
    dwelling: str
    floor: int | None
    bedrooms: int | None
    household_ref: str
    language: str
    moved_in_on: date | None
    moved_out_on: date | None
    last_name: str
    first_name: str
    relation: str
    birth_date: date | None
    phone: str
    email: str
    national_number: str | None  # formatted YY.MM.DD-XXX.CC


class Refused(Exception):
    def __init__(self, refusal: RefusedLine) -> None:
        super().__init__(refusal.reason)
        self.refusal = refusal


def parse_date(text: str) -> date | None:
    """dd/mm/yyyy (also - and .), or ISO yyyy-mm-dd (Excel cells); ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    m = _DMY.match(text)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1]))
    m = _ISO.match(text)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3]))
    raise ValueError("not a date")


def national_number(text: str) -> str | None:
    """The Belgian national register number formatted YY.MM.DD-XXX.CC; ValueError if its
    check digits are wrong."""
    digits = re.sub(r"\D", "", text)
    if not digits:
        return None
    if len(digits) != 11:
        raise ValueError("length")
    body, check = int(digits[:9]), int(digits[9:])
    if 97 - body % 97 != check and 97 - int("2" + digits[:9]) % 97 != check:
        raise ValueError("check digits")
    d = digits
    return f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:11]}"


def digits_of(number: str | None) -> str:
    return re.sub(r"\D", "", number or "")


def relation_code(text: str) -> str:
    return RELATIONS.get("".join(c for c in rec.fold(text) if c.isalnum()), "other")


class _Reader:
    def __init__(self, row: Row, columns: dict[str, int]) -> None:
        self.row = row
        self.columns = columns

    def text(self, code: str) -> str:
        index = self.columns.get(code)
        if index is None or index >= len(self.row.values):
            return ""
        return self.row.values[index].strip()

    def refuse(self, code: str, reason: str, **params: Any) -> Refused:
        label = BY_CODE[code].label if code else ""
        return Refused(RefusedLine(self.row.line, label, reason, params))

    def required(self, code: str, reason: str = MISSING) -> str:
        value = self.text(code)
        if not value:
            raise self.refuse(code, reason)
        return value

    def date(self, code: str) -> date | None:
        try:
            return parse_date(self.text(code))
        except ValueError:
            raise self.refuse(code, BAD_DATE) from None

    def integer(self, code: str) -> int | None:
        value = self.text(code)
        if not value:
            return None
        try:
            return int(value)
        except ValueError:
            raise self.refuse(code, BAD_NUMBER) from None


def parse_line(row: Row, columns: dict[str, int]) -> PersonLine:
    """The checked line; raises Refused with the first problem found."""
    r = _Reader(row, columns)
    if row.bad_encoding:
        raise r.refuse("", BAD_ENCODING)
    household_ref = r.required("household_ref")
    site_code = r.required("site_code")
    dwelling = r.required("dwelling", MISSING_DWELLING)
    building, street = r.text("building"), r.text("street")
    if not building and not street:
        raise r.refuse("building", MISSING_BUILDING)
    last, first = r.text("last_name"), r.text("first_name")
    if not (last or first):
        raise r.refuse("last_name", MISSING_NAME)
    moved_in, moved_out = r.date("moved_in_on"), r.date("moved_out_on")
    if moved_in and moved_out and moved_out < moved_in:
        raise r.refuse("moved_out_on", OUT_BEFORE_IN)
    birth = r.date("birth_date")
    try:
        niss = national_number(r.text("national_number"))
    except ValueError:
        raise r.refuse("national_number", BAD_NATIONAL) from None
    number = r.text("number")
    lang = "".join(c for c in rec.fold(r.text("language")) if c.isalnum())
    return PersonLine(
        line=row.line, site_code=site_code, site_name=r.text("site_name"),
        building=building or f"{street} {number}".strip(), street=street, number=number,
        postcode=r.text("postcode"), municipality=r.text("municipality"), dwelling=dwelling,
        floor=r.integer("floor"), bedrooms=r.integer("bedrooms"),
        household_ref=household_ref, language=LANGUAGES.get(lang, ""),
        moved_in_on=moved_in, moved_out_on=moved_out, last_name=last, first_name=first,
        relation=relation_code(r.text("relation")), birth_date=birth,
        phone=r.text("phone"), email=r.text("email"), national_number=niss,
    )

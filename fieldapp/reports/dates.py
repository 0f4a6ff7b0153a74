"""Days and times as a document prints them, in the document's language (no Qt here):
"maandag 23 november 2026", "lundi 23 novembre 2026", "09:30"."""

from __future__ import annotations

from datetime import date

WEEKDAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}


def long_day(language: str, day: date) -> str:
    lang = language if language in WEEKDAYS else "nl"
    return f"{WEEKDAYS[lang][day.weekday()]} {day.day} {MONTHS[lang][day.month - 1]} {day.year}"


def short_day(value: date | None) -> str:
    """A date as "23/11/2026" in both languages ("—" for none)."""
    return value.strftime("%d/%m/%Y") if value else "—"


def clock(minute: int | None) -> str:
    """Minutes after midnight as "HH:MM" ("" for none)."""
    return "" if minute is None else f"{minute // 60:02d}:{minute % 60:02d}"

"""Fixed texts of the day sheet in Dutch, French and English (no Qt in fieldapp/): the
sheet is printed in the language chosen for it, whatever language the app runs in."""

from __future__ import annotations

from datetime import date

from fieldapp.reports.dates import clock, long_day

__all__ = ["TEXTS", "clock", "file_name", "long_day", "text"]

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "service": "Sociale dienst — agenda",
        "title": "Dagblad",
        "worker": "Medewerker", "day": "Dag", "count": "Afspraken",
        "time": "Uur", "duration": "Duur", "what": "Wat", "household": "Gezin",
        "where": "Adres / plaats", "dwelling": "Woning",
        "overlap": "OVERLAPT", "overlap_note": "Afspraken met OVERLAPT vallen samen in de tijd.",
        "followups": "Opvolgingen en doorverwijzingen voor deze dag",
        "nothing": "Niets gepland op deze dag.",
        "privacy": "Dit blad bevat enkel uren en adressen, geen inhoud van notities.",
        "printed": "Afgedrukt op", "minutes": "{n} min",
        "visit": "Huisbezoek", "office": "Afspraak op kantoor", "welcome": "Onthaalsessie",
        "access": "Toegang woning (renovatie)", "followup": "Opvolging",
        "referral": "Doorverwijzing", "office_hours": "Permanentie",
        "agent_ask": "Met de buurtagent",
        "file": "dagblad",
    },
    "fr": {
        "service": "Service social — agenda",
        "title": "Feuille de route du jour",
        "worker": "Intervenant(e)", "day": "Jour", "count": "Rendez-vous",
        "time": "Heure", "duration": "Durée", "what": "Quoi", "household": "Ménage",
        "where": "Adresse / lieu", "dwelling": "Logement",
        "overlap": "CHEVAUCHE",
        "overlap_note": "Les rendez-vous marqués CHEVAUCHE se recouvrent dans le temps.",
        "followups": "Suivis et orientations prévus ce jour",
        "nothing": "Rien de prévu ce jour-là.",
        "privacy": "Cette feuille ne contient que des heures et des adresses, aucun contenu "
                   "de note.",
        "printed": "Imprimé le", "minutes": "{n} min",
        "visit": "Visite à domicile", "office": "Rendez-vous au bureau",
        "welcome": "Séance d'accueil", "access": "Accès au logement (rénovation)",
        "followup": "Suivi", "referral": "Orientation", "office_hours": "Permanence",
        "agent_ask": "Avec l'agent de proximité",
        "file": "feuille-de-route",
    },
    "en": {
        "service": "Social service — agenda",
        "title": "Day sheet",
        "worker": "Worker", "day": "Day", "count": "Appointments",
        "time": "Time", "duration": "Duration", "what": "What", "household": "Household",
        "where": "Address / place", "dwelling": "Dwelling",
        "overlap": "OVERLAPS", "overlap_note": "Appointments marked OVERLAPS share time.",
        "followups": "Follow-ups and referrals due that day",
        "nothing": "Nothing planned on this day.",
        "privacy": "This sheet holds times and addresses only, no note content.",
        "printed": "Printed on", "minutes": "{n} min",
        "visit": "Home visit", "office": "Office appointment", "welcome": "Welcome session",
        "access": "Dwelling access (renovation)", "followup": "Follow-up",
        "referral": "Referral", "office_hours": "Office hours",
        "agent_ask": "With the neighbourhood agent",
        "file": "day-sheet",
    },
}


def text(language: str, key: str, **params: object) -> str:
    value = TEXTS.get(language, TEXTS["nl"]).get(key, TEXTS["en"][key])
    return value.format(**params) if params else value


def file_name(language: str, day: date) -> str:
    """"dagblad-2026-11-23.pdf": what it is and its day, never a name or an address."""
    return f"{text(language, 'file')}-{day.isoformat()}.pdf"

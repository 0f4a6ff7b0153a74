"""Fixed texts of the casework PDFs — the case summary (social report) and the welcome
invitation letters — in Dutch, French and English (no Qt in fieldapp/): a document is
printed in the language chosen for it, whatever language the app runs in. Codes follow
``fieldapp.casework.labels`` and ``fieldapp.registry.labels``."""

from __future__ import annotations

from datetime import date

from fieldapp.reports.dates import short_day

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "service": "Sociale dienst — maatschappelijke begeleiding",
        "summary_title": "Sociaal verslag",
        "confidential": "Vertrouwelijk — enkel voor wie bij de begeleiding betrokken is",
        "household": "Gezin", "address": "Adres", "dwelling": "Woning", "site": "Site",
        "status": "Status", "opened": "Geopend op", "closed": "Afgesloten op",
        "worker": "Maatschappelijk werker", "themes": "Thema's", "none": "—",
        "people": "Gezinsleden", "name": "Naam", "relation": "Band", "born": "Geboren",
        "followups": "Openstaande opvolgingen", "due": "Tegen", "what": "Wat",
        "referrals": "Lopende doorverwijzingen", "to": "Naar", "date": "Datum",
        "reason": "Reden", "notes": "Geselecteerde notities", "kind": "Soort", "note": "Notitie",
        "restricted": "beperkt (auteur)", "no_followups": "Geen openstaande opvolgingen.",
        "no_referrals": "Geen lopende doorverwijzingen.", "no_notes": "Geen notities gekozen.",
        "printed": "Afgedrukt op", "by": "door",
        "file_summary": "sociaal-verslag",
        # the welcome invitation
        "letter_title": "Uitnodiging: onthaalsessie voor nieuwe huurders",
        "letter_greeting": "Beste {name},", "letter_date": "Brussel, {day}",
        "letter_body": "Welkom in uw nieuwe woning! De sociale dienst nodigt u uit op de "
                       "onthaalsessie voor nieuwe huurders van {site}. We stellen de buurt, "
                       "de diensten en het huishoudelijk reglement voor, en beantwoorden uw "
                       "vragen.",
        "letter_when": "Wanneer", "letter_where": "Waar",
        "letter_close": "U bent van harte welkom. Kan u niet komen? Laat het ons weten.",
        "letter_sign": "De sociale dienst",
        "file_letters": "uitnodigingen-onthaalsessie",
        "file_attendance": "aanwezigheidslijst-onthaalsessie",
        "attendance_title": "Aanwezigheidslijst onthaalsessie",
        "signature": "Handtekening", "moved_in": "Ingetrokken op",
    },
    "fr": {
        "service": "Service social — accompagnement social",
        "summary_title": "Rapport social",
        "confidential": "Confidentiel — réservé aux personnes impliquées dans "
                        "l'accompagnement",
        "household": "Ménage", "address": "Adresse", "dwelling": "Logement", "site": "Site",
        "status": "Statut", "opened": "Ouvert le", "closed": "Clôturé le",
        "worker": "Assistant(e) social(e)", "themes": "Thèmes", "none": "—",
        "people": "Membres du ménage", "name": "Nom", "relation": "Lien", "born": "Né(e) le",
        "followups": "Suivis en cours", "due": "Pour le", "what": "Quoi",
        "referrals": "Orientations en cours", "to": "Vers", "date": "Date",
        "reason": "Motif", "notes": "Notes sélectionnées", "kind": "Type", "note": "Note",
        "restricted": "restreinte (auteur)", "no_followups": "Aucun suivi en cours.",
        "no_referrals": "Aucune orientation en cours.", "no_notes": "Aucune note choisie.",
        "printed": "Imprimé le", "by": "par",
        "file_summary": "rapport-social",
        "letter_title": "Invitation : séance d'accueil des nouveaux locataires",
        "letter_greeting": "Madame, Monsieur,", "letter_date": "Bruxelles, le {day}",
        "letter_body": "Bienvenue dans votre nouveau logement ! Le service social vous invite "
                       "à la séance d'accueil des nouveaux locataires de {site}. Nous vous "
                       "présenterons le quartier, les services et le règlement d'ordre "
                       "intérieur, et répondrons à vos questions.",
        "letter_when": "Quand", "letter_where": "Où",
        "letter_close": "Vous êtes le bienvenu. Vous ne pouvez pas venir ? Prévenez-nous.",
        "letter_sign": "Le service social",
        "file_letters": "invitations-seance-accueil",
        "file_attendance": "liste-presence-seance-accueil",
        "attendance_title": "Liste de présence — séance d'accueil",
        "signature": "Signature", "moved_in": "Entré(e) le",
    },
    "en": {
        "service": "Social service — social support",
        "summary_title": "Social report",
        "confidential": "Confidential — only for those involved in the support",
        "household": "Household", "address": "Address", "dwelling": "Dwelling", "site": "Site",
        "status": "Status", "opened": "Opened on", "closed": "Closed on",
        "worker": "Social worker", "themes": "Themes", "none": "—",
        "people": "Household members", "name": "Name", "relation": "Relation", "born": "Born",
        "followups": "Open follow-ups", "due": "Due", "what": "What",
        "referrals": "Open referrals", "to": "To", "date": "Date",
        "reason": "Reason", "notes": "Selected notes", "kind": "Kind", "note": "Note",
        "restricted": "restricted (author)", "no_followups": "No open follow-ups.",
        "no_referrals": "No open referrals.", "no_notes": "No notes chosen.",
        "printed": "Printed on", "by": "by",
        "file_summary": "social-report",
        "letter_title": "Invitation: welcome session for new tenants",
        "letter_greeting": "Dear {name},", "letter_date": "Brussels, {day}",
        "letter_body": "Welcome to your new home! The social service invites you to the "
                       "welcome session for new tenants of {site}. We will present the "
                       "neighbourhood, the services and the house rules, and answer your "
                       "questions.",
        "letter_when": "When", "letter_where": "Where",
        "letter_close": "You are most welcome. Can't come? Please let us know.",
        "letter_sign": "The social service",
        "file_letters": "welcome-session-invitations",
        "file_attendance": "welcome-session-attendance",
        "attendance_title": "Attendance list — welcome session",
        "signature": "Signature", "moved_in": "Moved in",
    },
}

CODES: dict[str, dict[str, dict[str, str]]] = {
    "status": {
        "nl": {"open": "Open", "on_hold": "On hold", "closed": "Afgesloten"},
        "fr": {"open": "Ouvert", "on_hold": "En attente", "closed": "Clôturé"},
        "en": {"open": "Open", "on_hold": "On hold", "closed": "Closed"},
    },
    "theme": {
        "nl": {"finances_debt": "Financiën / schulden", "rent_arrears": "Huurachterstand",
               "family": "Gezin", "administrative": "Administratief",
               "health": "Gezondheid / geestelijke gezondheid", "neighbourhood": "Buurt",
               "transfer": "Mutatie", "maintenance": "Onderhoud"},
        "fr": {"finances_debt": "Finances / dettes", "rent_arrears": "Arriérés de loyer",
               "family": "Famille", "administrative": "Administratif",
               "health": "Santé / santé mentale", "neighbourhood": "Voisinage",
               "transfer": "Mutation", "maintenance": "Entretien"},
        "en": {"finances_debt": "Finances / debt", "rent_arrears": "Rent arrears",
               "family": "Family", "administrative": "Administrative",
               "health": "Health / mental health", "neighbourhood": "Neighbourhood",
               "transfer": "Transfer", "maintenance": "Maintenance"},
    },
    "relation": {
        "nl": {"head": "Referentiepersoon", "partner": "Partner", "child": "Kind",
               "other": "Ander gezinslid"},
        "fr": {"head": "Personne de référence", "partner": "Partenaire", "child": "Enfant",
               "other": "Autre membre du ménage"},
        "en": {"head": "Head of household", "partner": "Partner", "child": "Child",
               "other": "Other household member"},
    },
    "note_kind": {
        "nl": {"office_hours": "Zitdag", "office_interview": "Gesprek op kantoor",
               "home_visit": "Huisbezoek", "phone_call": "Telefoongesprek",
               "letter_email": "Brief / e-mail"},
        "fr": {"office_hours": "Permanence", "office_interview": "Entretien au bureau",
               "home_visit": "Visite à domicile", "phone_call": "Appel téléphonique",
               "letter_email": "Lettre / e-mail"},
        "en": {"office_hours": "Office hours", "office_interview": "Office interview",
               "home_visit": "Home visit", "phone_call": "Phone call",
               "letter_email": "Letter / e-mail"},
    },
    "destination": {
        "nl": {"ocmw_cpas": "OCMW / CPAS", "caw": "CAW",
               "mental_health": "Dienst geestelijke gezondheid", "debt_help": "Schuldhulp",
               "other": "Andere"},
        "fr": {"ocmw_cpas": "CPAS / OCMW", "caw": "CAW",
               "mental_health": "Service de santé mentale",
               "debt_help": "Médiation de dettes", "other": "Autre"},
        "en": {"ocmw_cpas": "OCMW / CPAS", "caw": "CAW",
               "mental_health": "Mental-health service", "debt_help": "Debt help",
               "other": "Other"},
    },
    "referral_status": {
        "nl": {"proposed": "Voorgesteld", "sent": "Verstuurd", "in_progress": "Lopend",
               "completed": "Afgerond", "declined": "Geweigerd"},
        "fr": {"proposed": "Proposée", "sent": "Envoyée", "in_progress": "En cours",
               "completed": "Terminée", "declined": "Refusée"},
        "en": {"proposed": "Proposed", "sent": "Sent", "in_progress": "In progress",
               "completed": "Completed", "declined": "Declined"},
    },
}


def text(language: str, key: str, **params: object) -> str:
    value = TEXTS.get(language, TEXTS["nl"]).get(key, TEXTS["en"][key])
    return value.format(**params) if params else value


def code(kind: str, language: str, value: str) -> str:
    return CODES[kind].get(language, CODES[kind]["nl"]).get(value, value)


day = short_day  # the name the casework documents call it by


def file_name(language: str, key: str, printed_on: date) -> str:
    """"sociaal-verslag-2026-11-20.pdf": what it is and when, never a name or an address."""
    return f"{text(language, key)}-{printed_on.isoformat()}.pdf"

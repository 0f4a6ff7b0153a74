"""Fixed texts of the tenants' meeting documents — the invitation and the minutes — in Dutch,
French and English (no Qt in fieldapp/): a document is printed in its reader's language,
whatever language the app runs in."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "service": "Sociale dienst — collectief maatschappelijk werk",
        "invitation_title": "Uitnodiging: bewonersvergadering {neighbourhood}",
        "greeting": "Beste bewoner,",
        "letter_date": "Brussel, {day}",
        "invitation_body": "Elke maand komen de huurders van de wijk samen met de sociale "
                           "dienst en de diensten van de maatschappij. U bent van harte "
                           "welkom: iedereen komt aan het woord.",
        "when": "Wanneer", "where": "Waar", "agenda": "Agenda",
        "from": "Aangebracht door:", "tenants_source": "de huurders",
        "invitation_close": "Kan u niet komen? U krijgt het verslag van de vergadering.",
        "sign": "De collectieve maatschappelijk assistent",
        "minutes_title": "Verslag van de bewonersvergadering",
        "neighbourhood": "Wijk", "date": "Datum", "place": "Plaats",
        "present": "Aanwezig",
        "present_line": "{households} huishouden(s) van de wijk; personeel: {staff}",
        "no_staff": "geen",
        "speakers": "Genoemde sprekers (met akkoord)",
        "topic": "Punt {n}: {title}", "said": "Wat er gezegd werd", "decided": "Beslist",
        "nothing": "—", "actions": "Acties", "action": "Actie", "owner": "Wie",
        "due": "Tegen", "state": "Stand", "open": "open", "done_on": "gedaan op {day}",
        "carried": "Acties van vorige vergaderingen die nog openstaan",
        "no_carried": "Geen openstaande acties van vorige vergaderingen.",
        "privacy": "Dit verslag noemt geen huurders, behalve sprekers die ermee instemden "
                   "genoemd te worden.",
        "issued": "Verslag opgemaakt op {day}",
        "file_invitation": "uitnodiging-bewonersvergadering",
        "file_minutes": "verslag-bewonersvergadering",
    },
    "fr": {
        "service": "Service social — travail social collectif",
        "invitation_title": "Invitation : réunion des locataires {neighbourhood}",
        "greeting": "Chère locataire, cher locataire,",
        "letter_date": "Bruxelles, le {day}",
        "invitation_body": "Chaque mois, les locataires du quartier se réunissent avec le "
                           "service social et les services de la société. Vous êtes le "
                           "bienvenu : chacun a la parole.",
        "when": "Quand", "where": "Où", "agenda": "Ordre du jour",
        "from": "Proposé par :", "tenants_source": "les locataires",
        "invitation_close": "Vous ne pouvez pas venir ? Vous recevrez le compte rendu de la "
                            "réunion.",
        "sign": "L'assistant(e) social(e) collectif(ve)",
        "minutes_title": "Compte rendu de la réunion des locataires",
        "neighbourhood": "Quartier", "date": "Date", "place": "Lieu",
        "present": "Présents",
        "present_line": "{households} ménage(s) du quartier ; personnel : {staff}",
        "no_staff": "aucun",
        "speakers": "Intervenants nommés (avec accord)",
        "topic": "Point {n} : {title}", "said": "Ce qui a été dit", "decided": "Décidé",
        "nothing": "—", "actions": "Actions", "action": "Action", "owner": "Qui",
        "due": "Pour le", "state": "État", "open": "ouverte", "done_on": "faite le {day}",
        "carried": "Actions des réunions précédentes encore ouvertes",
        "no_carried": "Aucune action ouverte des réunions précédentes.",
        "privacy": "Ce compte rendu ne nomme aucun locataire, sauf les intervenants qui ont "
                   "accepté d'être nommés.",
        "issued": "Compte rendu établi le {day}",
        "file_invitation": "invitation-reunion-locataires",
        "file_minutes": "compte-rendu-reunion-locataires",
    },
    "en": {
        "service": "Social service — collective social work",
        "invitation_title": "Invitation: tenants' meeting {neighbourhood}",
        "greeting": "Dear tenant,",
        "letter_date": "Brussels, {day}",
        "invitation_body": "Every month the tenants of the neighbourhood meet the social "
                           "service and the company's departments. You are most welcome: "
                           "everyone gets to speak.",
        "when": "When", "where": "Where", "agenda": "Agenda",
        "from": "Brought by:", "tenants_source": "the tenants",
        "invitation_close": "Cannot come? You will receive the minutes of the meeting.",
        "sign": "The collective social assistant",
        "minutes_title": "Minutes of the tenants' meeting",
        "neighbourhood": "Neighbourhood", "date": "Date", "place": "Place",
        "present": "Present",
        "present_line": "{households} household(s) of the neighbourhood; staff: {staff}",
        "no_staff": "none",
        "speakers": "Named speakers (who agreed)",
        "topic": "Item {n}: {title}", "said": "What was said", "decided": "Decided",
        "nothing": "—", "actions": "Actions", "action": "Action", "owner": "Who",
        "due": "By", "state": "State", "open": "open", "done_on": "done on {day}",
        "carried": "Open actions of earlier meetings",
        "no_carried": "No open actions of earlier meetings.",
        "privacy": "These minutes name no tenant, except speakers who agreed to be named.",
        "issued": "Minutes issued on {day}",
        "file_invitation": "invitation-tenants-meeting",
        "file_minutes": "minutes-tenants-meeting",
    },
}

# codes of a topic's source as the documents print them
SOURCE_KINDS = {
    "nl": {"department": "dienst", "colleague": "collega", "tenants": "huurders"},
    "fr": {"department": "service", "colleague": "collègue", "tenants": "locataires"},
    "en": {"department": "department", "colleague": "colleague", "tenants": "tenants"},
}


def text(language: str, key: str, **params: object) -> str:
    value = TEXTS.get(language, TEXTS["nl"]).get(key, TEXTS["en"][key])
    return value.format(**params) if params else value


def file_name(language: str, key: str, held_on: object) -> str:
    """"verslag-bewonersvergadering-2026-12-03.pdf": what and when, never a name."""
    return f"{text(language, key)}-{held_on}.pdf"

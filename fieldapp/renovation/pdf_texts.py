"""Fixed texts of the renovation PDFs in Dutch, French and English (no Qt in fieldapp/).

A PDF is printed in the household's language, whatever language the app runs in, so these
texts can't come from the Qt translation files. Codes follow
``fieldapp.renovation.labels``.
"""

from __future__ import annotations

from datetime import date

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "service": "Sociale dienst — begeleiding renovatiewerf",
        "title_pre": "Plaatsbeschrijving vóór de werken",
        "title_post": "Plaatsbeschrijving na de werken",
        "title_comparison": "Vergelijking vóór en na de werken",
        "title_overview": "Projectoverzicht renovatie",
        "project": "Project", "address": "Adres", "dwelling": "Woning",
        "household": "Huurder(s)", "date": "Datum", "project_manager": "Projectbeheerder",
        "contractor": "Aannemer", "surveyor": "Landmeter", "reference": "Referentie",
        "room": "Ruimte", "element": "Element", "condition": "Staat", "remarks": "Opmerkingen",
        "photos": "Foto's", "general_remarks": "Algemene opmerkingen",
        "parties": "Aanwezigen en handtekeningen", "role": "Hoedanigheid", "name": "Naam",
        "signature": "Handtekening", "signed_on": "Getekend op",
        "refused": "Weigert te tekenen", "reason": "Reden", "pending": "Niet getekend",
        "addenda": "Addenda (na ondertekening)", "addendum_element": "Betreft",
        "fingerprint": "Inhoudsvingerafdruk (SHA-256)",
        "fingerprint_note": "De handtekeningen hierboven gelden voor de inhoud met deze "
        "vingerafdruk. Elke latere wijziging verandert de vingerafdruk en staat als addendum "
        "vermeld.",
        "fingerprint_ok": "Inhoud ongewijzigd sinds de ondertekening.",
        "fingerprint_changed": "OPGELET: de inhoud komt niet meer overeen met de ondertekende "
        "vingerafdruk.",
        "draft": "ONTWERP — nog niet ondertekend",
        "before": "Vóór", "after": "Na", "changes": "Gewijzigde elementen",
        "no_changes": "Geen verschil in staat tussen beide plaatsbeschrijvingen.",
        "worse": "slechter", "all_elements": "Alle elementen",
        "changes_count": "{n} gewijzigde elementen, waarvan {w} in slechtere staat.",
        "changes_count_one": "1 gewijzigd element, waarvan {w} in slechtere staat.",
        "period": "Periode", "dwellings": "Woningen", "access": "Toegang",
        "inventory": "Plaatsbeschrijving", "help": "Hulp", "contacts": "Open contacten",
        "state_none": "—", "state_draft": "ontwerp", "state_signed": "getekend",
        "printed": "Afgedrukt op", "info_session": "Infovergadering",
        "attendees": "Aanwezige gezinnen", "questions": "Gestelde vragen",
        "bound_to": "Gebonden aan",
        # file names: ASCII, no spaces, no personal data
        "file_pre": "plaatsbeschrijving-voor-de-werken",
        "file_post": "plaatsbeschrijving-na-de-werken",
        "file_comparison": "vergelijking-voor-en-na-de-werken",
        "file_overview": "projectoverzicht-renovatie",
        # works notice (issue 17)
        "title_notice": "Aankondiging van de werken",
        "notice_greeting": "Beste huurder,",
        "notice_intro": "In het kader van de renovatie van uw gebouw worden de volgende "
        "werken uitgevoerd. Hieronder vindt u de planning die u aanbelangt.",
        "phase": "Werken", "where": "Waar", "from": "Van", "until": "Tot",
        "access_needed": "Toegang tot uw woning", "yes": "ja", "no": "nee",
        "scope_project": "hele project", "scope_building": "uw gebouw",
        "scope_dwelling": "uw woning", "no_phases": "Er is nog geen planning vastgelegd.",
        "notice_access": "Voor de werken in uw woning moeten de arbeiders binnen kunnen. "
        "Wij maken daarvoor vooraf een afspraak met u.",
        "notice_change": "De data kunnen nog wijzigen (weer, verloop van de werf); u wordt "
        "dan opnieuw verwittigd.",
        "notice_contact": "Met vragen kunt u terecht bij {name}, maatschappelijk assistent "
        "werf.",
        "notice_contact_service": "Met vragen kunt u terecht bij de maatschappelijk "
        "assistent werf.",
        "regards": "Met vriendelijke groeten,",
        "file_notice": "aankondiging-werken",
        # information session: invitation and minutes (issue 17)
        "title_invitation": "Uitnodiging: infovergadering over de werken",
        "invitation_intro": "Binnenkort starten de renovatiewerken aan uw gebouw. Wij nodigen "
        "u uit op een infovergadering: wij leggen de werken en hun planning uit en "
        "beantwoorden uw vragen.",
        "invitation_when": "Wanneer", "invitation_where": "Waar",
        "invitation_who": "De projectbeheerder van de maatschappij en de aannemer zijn er om "
        "uw vragen te beantwoorden.",
        "invitation_welcome": "U bent van harte welkom, met of zonder tolk of begeleider.",
        "at": "om",
        "title_minutes": "Verslag van de infovergadering",
        "staff_present": "Aanwezig voor de maatschappij en de werf",
        "households_present": "Aanwezige gezinnen", "households_invited": "Uitgenodigde gezinnen",
        "present_of_invited": "Aanwezig / uitgenodigd",
        "qa": "Vragen en antwoorden", "question": "Vraag", "answer": "Antwoord",
        "asked_by": "Gesteld door", "answered_by": "Antwoord door", "anonymous": "—",
        "no_questions": "Er werden geen vragen gesteld.", "minutes": "Verslag",
        "file_invitation": "uitnodiging-infovergadering",
        "file_minutes": "verslag-infovergadering",
    },
    "fr": {
        "service": "Service social — accompagnement de chantier",
        "title_pre": "État des lieux avant travaux",
        "title_post": "État des lieux après travaux",
        "title_comparison": "Comparaison avant et après travaux",
        "title_overview": "Aperçu du projet de rénovation",
        "project": "Projet", "address": "Adresse", "dwelling": "Logement",
        "household": "Locataire(s)", "date": "Date", "project_manager": "Gestionnaire de projet",
        "contractor": "Entrepreneur", "surveyor": "Géomètre", "reference": "Référence",
        "room": "Pièce", "element": "Élément", "condition": "État", "remarks": "Remarques",
        "photos": "Photos", "general_remarks": "Remarques générales",
        "parties": "Présents et signatures", "role": "Qualité", "name": "Nom",
        "signature": "Signature", "signed_on": "Signé le",
        "refused": "Refuse de signer", "reason": "Motif", "pending": "Non signé",
        "addenda": "Avenants (après signature)", "addendum_element": "Concerne",
        "fingerprint": "Empreinte du contenu (SHA-256)",
        "fingerprint_note": "Les signatures ci-dessus portent sur le contenu ayant cette "
        "empreinte. Toute modification ultérieure change l'empreinte et figure en avenant.",
        "fingerprint_ok": "Contenu inchangé depuis la signature.",
        "fingerprint_changed": "ATTENTION : le contenu ne correspond plus à l'empreinte signée.",
        "draft": "PROJET — pas encore signé",
        "before": "Avant", "after": "Après", "changes": "Éléments modifiés",
        "no_changes": "Aucune différence d'état entre les deux états des lieux.",
        "worse": "dégradé", "all_elements": "Tous les éléments",
        "changes_count": "{n} éléments modifiés, dont {w} en moins bon état.",
        "changes_count_one": "1 élément modifié, dont {w} en moins bon état.",
        "period": "Période", "dwellings": "Logements", "access": "Accès",
        "inventory": "État des lieux", "help": "Aide", "contacts": "Contacts ouverts",
        "state_none": "—", "state_draft": "projet", "state_signed": "signé",
        "printed": "Imprimé le", "info_session": "Séance d'information",
        "attendees": "Ménages présents", "questions": "Questions posées",
        "bound_to": "Lié à",
        # file names: ASCII, no spaces, no personal data
        "file_pre": "etat-des-lieux-avant-travaux",
        "file_post": "etat-des-lieux-apres-travaux",
        "file_comparison": "comparaison-avant-apres-travaux",
        "file_overview": "apercu-du-projet-de-renovation",
        # works notice (issue 17)
        "title_notice": "Avis de travaux",
        "notice_greeting": "Madame, Monsieur,",
        "notice_intro": "Dans le cadre de la rénovation de votre immeuble, les travaux "
        "suivants seront réalisés. Vous trouverez ci-dessous le planning qui vous concerne.",
        "phase": "Travaux", "where": "Où", "from": "Du", "until": "Au",
        "access_needed": "Accès à votre logement", "yes": "oui", "no": "non",
        "scope_project": "tout le projet", "scope_building": "votre immeuble",
        "scope_dwelling": "votre logement", "no_phases": "Aucun planning n'est encore fixé.",
        "notice_access": "Pour les travaux dans votre logement, les ouvriers doivent pouvoir "
        "entrer. Nous fixerons un rendez-vous avec vous au préalable.",
        "notice_change": "Les dates peuvent encore changer (météo, avancement du chantier) ; "
        "vous en serez alors averti(e).",
        "notice_contact": "Pour toute question, adressez-vous à {name}, assistant(e) "
        "social(e) de chantier.",
        "notice_contact_service": "Pour toute question, adressez-vous à l'assistant(e) "
        "social(e) de chantier.",
        "regards": "Veuillez agréer nos salutations distinguées,",
        "file_notice": "avis-de-travaux",
        # information session: invitation and minutes (issue 17)
        "title_invitation": "Invitation : séance d'information sur les travaux",
        "invitation_intro": "Les travaux de rénovation de votre immeuble commenceront "
        "bientôt. Nous vous invitons à une séance d'information : nous y expliquerons les "
        "travaux et leur planning et répondrons à vos questions.",
        "invitation_when": "Quand", "invitation_where": "Où",
        "invitation_who": "Le gestionnaire de projet de la société et l'entrepreneur seront "
        "présents pour répondre à vos questions.",
        "invitation_welcome": "Vous êtes le/la bienvenu(e), avec ou sans interprète ou "
        "accompagnant(e).",
        "at": "à",
        "title_minutes": "Procès-verbal de la séance d'information",
        "staff_present": "Présents pour la société et le chantier",
        "households_present": "Ménages présents", "households_invited": "Ménages invités",
        "present_of_invited": "Ménages présents / invités",
        "qa": "Questions et réponses", "question": "Question", "answer": "Réponse",
        "asked_by": "Posée par", "answered_by": "Réponse de", "anonymous": "—",
        "no_questions": "Aucune question n'a été posée.", "minutes": "Procès-verbal",
        "file_invitation": "invitation-seance-d-information",
        "file_minutes": "pv-seance-d-information",
    },
    "en": {
        "service": "Social service — renovation-site support",
        "title_pre": "Pre-works inventory",
        "title_post": "Post-works inventory",
        "title_comparison": "Comparison before and after the works",
        "title_overview": "Renovation project overview",
        "project": "Project", "address": "Address", "dwelling": "Dwelling",
        "household": "Tenant(s)", "date": "Date", "project_manager": "Project manager",
        "contractor": "Contractor", "surveyor": "Surveyor", "reference": "Reference",
        "room": "Room", "element": "Element", "condition": "Condition", "remarks": "Remarks",
        "photos": "Photos", "general_remarks": "General remarks",
        "parties": "Present and signatures", "role": "Capacity", "name": "Name",
        "signature": "Signature", "signed_on": "Signed on",
        "refused": "Refuses to sign", "reason": "Reason", "pending": "Not signed",
        "addenda": "Addenda (after signing)", "addendum_element": "Concerns",
        "fingerprint": "Content fingerprint (SHA-256)",
        "fingerprint_note": "The signatures above apply to the content with this fingerprint. "
        "Any later change alters the fingerprint and is listed as an addendum.",
        "fingerprint_ok": "Content unchanged since signing.",
        "fingerprint_changed": "WARNING: the content no longer matches the signed fingerprint.",
        "draft": "DRAFT — not signed yet",
        "before": "Before", "after": "After", "changes": "Changed elements",
        "no_changes": "No difference in condition between the two inventories.",
        "worse": "worse", "all_elements": "All elements",
        "changes_count": "{n} changed elements, {w} of them in a worse condition.",
        "changes_count_one": "1 changed element ({w} in a worse condition).",
        "period": "Period", "dwellings": "Dwellings", "access": "Access",
        "inventory": "Inventory", "help": "Help", "contacts": "Open contacts",
        "state_none": "—", "state_draft": "draft", "state_signed": "signed",
        "printed": "Printed on", "info_session": "Information session",
        "attendees": "Households present", "questions": "Questions raised",
        "bound_to": "Bound to",
        # file names: ASCII, no spaces, no personal data
        "file_pre": "inventory-before-works",
        "file_post": "inventory-after-works",
        "file_comparison": "comparison-before-after-works",
        "file_overview": "renovation-project-overview",
        # works notice (issue 17)
        "title_notice": "Notice of the works",
        "notice_greeting": "Dear tenant,",
        "notice_intro": "As part of the renovation of your building, the following works will "
        "be carried out. Below is the schedule that concerns you.",
        "phase": "Works", "where": "Where", "from": "From", "until": "Until",
        "access_needed": "Access to your home", "yes": "yes", "no": "no",
        "scope_project": "whole project", "scope_building": "your building",
        "scope_dwelling": "your home", "no_phases": "No schedule has been set yet.",
        "notice_access": "For the works inside your home the workers need to get in. We will "
        "make an appointment with you beforehand.",
        "notice_change": "The dates may still change (weather, progress of the works); you "
        "will then be told again.",
        "notice_contact": "For any question, contact {name}, renovation-site assistant.",
        "notice_contact_service": "For any question, contact the renovation-site assistant.",
        "regards": "Kind regards,",
        "file_notice": "notice-of-works",
        # information session: invitation and minutes (issue 17)
        "title_invitation": "Invitation: information session about the works",
        "invitation_intro": "The renovation works on your building start soon. We invite you "
        "to an information session: we will explain the works and their schedule and answer "
        "your questions.",
        "invitation_when": "When", "invitation_where": "Where",
        "invitation_who": "The company's project manager and the contractor will be there to "
        "answer your questions.",
        "invitation_welcome": "You are most welcome, with or without an interpreter or a "
        "companion.",
        "at": "at",
        "title_minutes": "Minutes of the information session",
        "staff_present": "Present for the company and the works",
        "households_present": "Households present", "households_invited": "Households invited",
        "present_of_invited": "Households present / invited",
        "qa": "Questions and answers", "question": "Question", "answer": "Answer",
        "asked_by": "Asked by", "answered_by": "Answered by", "anonymous": "—",
        "no_questions": "No questions were asked.", "minutes": "Minutes",
        "file_invitation": "invitation-information-session",
        "file_minutes": "minutes-information-session",
    },
}

CODES: dict[str, dict[str, dict[str, str]]] = {
    "phase_kind": {
        "nl": {"site_setup": "Werfinrichting en stellingen", "asbestos": "Asbestverwijdering",
               "roof": "Dak", "facade": "Gevel en isolatie", "windows": "Ramen en deuren",
               "heating": "Verwarming", "electricity": "Elektriciteit",
               "plumbing": "Sanitair en leidingen", "kitchen": "Keuken",
               "bathroom": "Badkamer", "common_parts": "Gemeenschappelijke delen",
               "other": "Andere werken"},
        "fr": {"site_setup": "Installation de chantier et échafaudages",
               "asbestos": "Désamiantage", "roof": "Toiture", "facade": "Façade et isolation",
               "windows": "Châssis et portes", "heating": "Chauffage",
               "electricity": "Électricité", "plumbing": "Sanitaires et conduites",
               "kitchen": "Cuisine", "bathroom": "Salle de bains",
               "common_parts": "Parties communes", "other": "Autres travaux"},
        "en": {"site_setup": "Site set-up and scaffolding", "asbestos": "Asbestos removal",
               "roof": "Roof", "facade": "Facade and insulation",
               "windows": "Windows and doors", "heating": "Heating",
               "electricity": "Electricity", "plumbing": "Plumbing", "kitchen": "Kitchen",
               "bathroom": "Bathroom", "common_parts": "Common parts",
               "other": "Other works"},
    },
    "help_item": {
        "nl": {"move_furniture": "Meubels verplaatsen",
               "clear_rooms": "Volle ruimten of bergingen vrijmaken",
               "rehousing": "Tijdelijke herhuisvesting", "vulnerable": "Kwetsbare bewoner",
               "interpreter": "Tolk", "pets": "Huisdieren",
               "nonprofit": "Contact met een vzw of buurthuis"},
        "fr": {"move_furniture": "Déplacement des meubles",
               "clear_rooms": "Vider des pièces ou caves encombrées",
               "rehousing": "Relogement temporaire", "vulnerable": "Occupant vulnérable",
               "interpreter": "Interprète", "pets": "Animaux domestiques",
               "nonprofit": "Contact avec une asbl ou une maison de quartier"},
        "en": {"move_furniture": "Moving furniture",
               "clear_rooms": "Clearing full rooms or storage",
               "rehousing": "Temporary rehousing", "vulnerable": "Vulnerable occupant",
               "interpreter": "Interpreter", "pets": "Pets",
               "nonprofit": "Contact with a non-profit or neighbourhood house"},
    },
    "contact_category": {
        "nl": {"question": "Vraag", "complaint": "Klacht", "damage": "Schade",
               "nuisance": "Lawaai of stof", "access": "Toegang tot de woning",
               "utilities": "Water, gas of elektriciteit onderbroken", "other": "Andere"},
        "fr": {"question": "Question", "complaint": "Plainte", "damage": "Dégât",
               "nuisance": "Bruit ou poussière", "access": "Accès au logement",
               "utilities": "Coupure d'eau, de gaz ou d'électricité", "other": "Autre"},
        "en": {"question": "Question", "complaint": "Complaint", "damage": "Damage",
               "nuisance": "Noise or dust", "access": "Access to the dwelling",
               "utilities": "Water, gas or electricity cut", "other": "Other"},
    },
    "condition": {
        "nl": {"new": "Nieuw", "good": "Goed", "worn": "Versleten", "damaged": "Beschadigd",
               "missing": "Ontbreekt", "na": "Niet van toepassing", "": "—"},
        "fr": {"new": "Neuf", "good": "Bon", "worn": "Usé", "damaged": "Endommagé",
               "missing": "Manquant", "na": "Sans objet", "": "—"},
        "en": {"new": "New", "good": "Good", "worn": "Worn", "damaged": "Damaged",
               "missing": "Missing", "na": "Not applicable", "": "—"},
    },
    "role": {
        "nl": {"tenant": "Huurder", "project_manager": "Projectbeheerder",
               "contractor": "Aannemer", "surveyor": "Landmeter",
               "assistant": "Maatschappelijk assistent werf", "other": "Andere"},
        "fr": {"tenant": "Locataire", "project_manager": "Gestionnaire de projet",
               "contractor": "Entrepreneur", "surveyor": "Géomètre",
               "assistant": "Assistant(e) social(e) de chantier", "other": "Autre"},
        "en": {"tenant": "Tenant", "project_manager": "Project manager",
               "contractor": "Contractor", "surveyor": "Surveyor",
               "assistant": "Renovation-site assistant", "other": "Other"},
    },
    "access": {
        "nl": {"to_plan": "te plannen", "planned": "afspraak gepland",
               "granted": "toegang gegeven", "refused": "toegang geweigerd"},
        "fr": {"to_plan": "à planifier", "planned": "rendez-vous fixé",
               "granted": "accès donné", "refused": "accès refusé"},
        "en": {"to_plan": "to plan", "planned": "appointment planned",
               "granted": "access given", "refused": "access refused"},
    },
}


def text(language: str, key: str, **params: object) -> str:
    table = TEXTS.get(language, TEXTS["nl"])
    value = table.get(key, TEXTS["en"][key])
    return value.format(**params) if params else value


def pdf_file_name(language: str, key: str, day: date, reference: str = "") -> str:
    """A document's file name in its language: what it is, its date, the start of its
    reference ("etat-des-lieux-avant-travaux-2026-03-02-1a2b3c4d.pdf")."""
    parts = [text(language, key), day.isoformat()] + ([reference[:8]] if reference else [])
    return "-".join(parts) + ".pdf"


def code(kind: str, language: str, value: str) -> str:
    table = CODES[kind].get(language, CODES[kind]["nl"])
    return table.get(value, value)

"""Fixed texts of the GDPR PDFs in Dutch, French and English (no Qt in fieldapp/).

A subject-access PDF is printed in the reader's language (the person who asked), whatever
language the app runs in, like the renovation PDFs (fieldapp.renovation.pdf_texts).
"""

from __future__ import annotations

LANGUAGES = ("nl", "fr", "en")
REDACTED = "[…]"

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "service": "Sociale dienst — inzage in persoonsgegevens",
        "title": "Inzage in uw persoonsgegevens (art. 15 AVG)",
        "intro": "Dit overzicht bevat alle gegevens die de sociale dienst op dit toestel over "
        "u bewaart. Namen van andere personen zijn weggelaten en vervangen door […].",
        "subject": "Betreft", "household": "Gezin", "person": "Persoon",
        "reference": "Referentie", "printed": "Opgemaakt op", "records": "Aantal gegevens",
        "restricted": "Vertrouwelijke notities",
        "restricted_in": "opgenomen ({n}) na beslissing van {who} ({role}): {reason}",
        "restricted_out": "niet opgenomen ({n})", "restricted_none": "geen",
        "role_supervisor": "leidinggevende", "role_author": "auteur",
        "none": "Geen gegevens.", "date": "Datum", "what": "Soort", "details": "Inhoud",
        "people": "Persoonsgegevens (register)", "case_files": "Dossiers",
        "notes": "Notities", "followups": "Opvolgingen", "referrals": "Doorverwijzingen",
        "visits": "Huisbezoeken", "review_notes": "Notities van de leidinggevende",
        "reassignments": "Overdrachten van het dossier", "welcome": "Onthaalsessies",
        "handoffs": "Doorgegeven door de buurtwerking", "renovation": "Renovatieprojecten",
        "inventories": "Plaatsbeschrijvingen", "appointments": "Afspraken voor toegang",
        "contacts": "Contacten tijdens de werken", "help_items": "Hulp bij de werken",
        "requests": "Meldingen over de woning", "interventions": "Tussenkomsten",
        "defects": "Technische defecten", "photos": "Foto's en handtekeningen (lijst)",
        "access_log": "Wie heeft uw gegevens geraadpleegd",
        "name": "Naam", "relation": "Relatie", "birth_date": "Geboortedatum",
        "phone": "Telefoon", "email": "E-mail", "national_number": "Rijksregisternummer",
        "health": "Gezondheid", "status": "Status", "themes": "Thema's",
        "worker": "Maatschappelijk werker", "opened": "Geopend", "closed": "Afgesloten",
        "due": "Te doen tegen", "done": "gedaan", "open": "open", "size": "Grootte",
        "caption": "Bijschrift", "by": "Door", "actions": "Handelingen", "met": "Gesproken met",
        "footer": "Inzage art. 15 AVG",
        "action_open": "geopend", "action_print": "afgedrukt", "action_export": "geëxporteerd",
        "kind_office_hours": "Zitdag", "kind_office_interview": "Gesprek op kantoor",
        "kind_home_visit": "Huisbezoek", "kind_phone_call": "Telefoongesprek",
        "kind_letter_email": "Brief / e-mail",
        "status_open": "open", "status_on_hold": "in wacht", "status_closed": "afgesloten",
        "status_planned": "gepland", "status_done": "gedaan", "status_cancelled": "geannuleerd",
        "status_proposed": "voorgesteld", "status_sent": "verstuurd",
        "status_in_progress": "lopend", "status_completed": "afgerond",
        "status_declined": "geweigerd",
        "ropa_title": "Register van de verwerkingsactiviteiten (art. 30 AVG)",
        "ropa_service": "Sociale dienst — register voor de functionaris gegevensbescherming",
        "controller": "Verwerkingsverantwoordelijke", "dpo": "Functionaris gegevensbescherming",
        "activity": "Verwerking", "purpose": "Doeleinden", "categories": "Categorieën van "
        "betrokkenen en gegevens", "recipients": "Ontvangers", "retention": "Bewaartermijn",
        "security": "Beveiliging", "transfers": "Doorgifte buiten de EU",
        "no_transfers": "Geen.", "days": "{n} dagen", "until_closed": "zolang het dossier "
        "loopt, daarna {n} dagen",
        "security_text": "Versleutelde kluis per toestel (SQLCipher, AES-256); end-to-end "
        "versleutelde synchronisatie (AES-256-GCM, X25519, Ed25519); de server bewaart enkel "
        "versleutelde gegevens; toegangslogboek.",
        "ropa_footer": "Register art. 30 AVG",
        "colon": ": ", "kib": "{n} kB",
        "not_set": "niet ingesteld",
        "destination_ocmw_cpas": "OCMW", "destination_caw": "CAW",
        "destination_mental_health": "geestelijke gezondheidszorg",
        "destination_debt_help": "schuldhulp", "destination_other": "andere",
        "category_neighbour_conflict": "burenconflict", "category_noise": "lawaai",
        "category_bulky_waste": "sluikstort", "category_squatters": "krakers",
        "category_vandalism": "vandalisme", "category_safety": "veiligheid",
        "category_technical_defect": "technisch defect",
        "category_youth_prevention": "jongeren / preventie", "category_other": "andere",
        "relation_head": "gezinshoofd", "relation_partner": "partner", "relation_child": "kind",
        "relation_other": "ander gezinslid", "photo_photo": "foto",
        "photo_signature": "handtekening", "outcome_resolved": "opgelost",
        "outcome_partly_resolved": "deels opgelost", "outcome_not_resolved": "niet opgelost",
        "outcome_nobody_present": "niemand aanwezig", "outcome_passed_on": "doorgegeven",
    },
    "fr": {
        "service": "Service social — accès aux données personnelles",
        "title": "Accès à vos données personnelles (art. 15 RGPD)",
        "intro": "Ce relevé contient toutes les données que le service social conserve à "
        "votre sujet sur cet appareil. Les noms d'autres personnes sont omis et remplacés "
        "par […].",
        "subject": "Concerne", "household": "Ménage", "person": "Personne",
        "reference": "Référence", "printed": "Établi le", "records": "Nombre de données",
        "restricted": "Notes confidentielles",
        "restricted_in": "incluses ({n}) sur décision de {who} ({role}) : {reason}",
        "restricted_out": "non incluses ({n})", "restricted_none": "aucune",
        "role_supervisor": "responsable", "role_author": "auteur",
        "none": "Aucune donnée.", "date": "Date", "what": "Type", "details": "Contenu",
        "people": "Données personnelles (registre)", "case_files": "Dossiers",
        "notes": "Notes", "followups": "Suivis", "referrals": "Orientations",
        "visits": "Visites à domicile", "review_notes": "Notes du responsable",
        "reassignments": "Transferts du dossier", "welcome": "Séances d'accueil",
        "handoffs": "Transmis par le service de proximité", "renovation": "Projets de rénovation",
        "inventories": "États des lieux", "appointments": "Rendez-vous d'accès",
        "contacts": "Contacts pendant les travaux", "help_items": "Aide pendant les travaux",
        "requests": "Signalements concernant le logement", "interventions": "Interventions",
        "defects": "Défauts techniques", "photos": "Photos et signatures (liste)",
        "access_log": "Qui a consulté vos données",
        "name": "Nom", "relation": "Lien", "birth_date": "Date de naissance",
        "phone": "Téléphone", "email": "E-mail", "national_number": "Numéro de registre national",
        "health": "Santé", "status": "Statut", "themes": "Thèmes",
        "worker": "Assistant(e) social(e)", "opened": "Ouvert le", "closed": "Clôturé le",
        "due": "À faire pour le", "done": "fait", "open": "ouvert", "size": "Taille",
        "caption": "Légende", "by": "Par", "actions": "Actions", "met": "Rencontré",
        "footer": "Accès art. 15 RGPD",
        "action_open": "consulté", "action_print": "imprimé", "action_export": "exporté",
        "kind_office_hours": "Permanence", "kind_office_interview": "Entretien au bureau",
        "kind_home_visit": "Visite à domicile", "kind_phone_call": "Appel téléphonique",
        "kind_letter_email": "Lettre / e-mail",
        "status_open": "ouvert", "status_on_hold": "en attente", "status_closed": "clôturé",
        "status_planned": "prévu", "status_done": "fait", "status_cancelled": "annulé",
        "status_proposed": "proposé", "status_sent": "envoyé",
        "status_in_progress": "en cours", "status_completed": "terminé",
        "status_declined": "refusé",
        "ropa_title": "Registre des activités de traitement (art. 30 RGPD)",
        "ropa_service": "Service social — registre pour le délégué à la protection des données",
        "controller": "Responsable du traitement", "dpo": "Délégué à la protection des données",
        "activity": "Traitement", "purpose": "Finalités", "categories": "Catégories de "
        "personnes et de données", "recipients": "Destinataires", "retention": "Durée de "
        "conservation", "security": "Sécurité", "transfers": "Transferts hors UE",
        "no_transfers": "Aucun.", "days": "{n} jours", "until_closed": "tant que le dossier "
        "est ouvert, puis {n} jours",
        "security_text": "Coffre chiffré par appareil (SQLCipher, AES-256) ; synchronisation "
        "chiffrée de bout en bout (AES-256-GCM, X25519, Ed25519) ; le serveur ne conserve que "
        "des données chiffrées ; journal des accès.",
        "ropa_footer": "Registre art. 30 RGPD",
        "colon": " : ", "kib": "{n} Ko",
        "not_set": "non définie",
        "destination_ocmw_cpas": "CPAS", "destination_caw": "CAW",
        "destination_mental_health": "service de santé mentale",
        "destination_debt_help": "médiation de dettes", "destination_other": "autre",
        "category_neighbour_conflict": "conflit de voisinage", "category_noise": "bruit",
        "category_bulky_waste": "dépôt clandestin", "category_squatters": "squatteurs",
        "category_vandalism": "vandalisme", "category_safety": "sécurité",
        "category_technical_defect": "défaut technique",
        "category_youth_prevention": "jeunes / prévention", "category_other": "autre",
        "relation_head": "chef de ménage", "relation_partner": "partenaire",
        "relation_child": "enfant", "relation_other": "autre membre du ménage",
        "photo_photo": "photo", "photo_signature": "signature", "outcome_resolved": "résolu",
        "outcome_partly_resolved": "partiellement résolu", "outcome_not_resolved": "non résolu",
        "outcome_nobody_present": "personne présent", "outcome_passed_on": "transmis",
    },
    "en": {
        "service": "Social service — subject access",
        "title": "Access to your personal data (art. 15 GDPR)",
        "intro": "This statement holds all data the social service keeps about you on this "
        "device. Names of other people are left out and replaced by […].",
        "subject": "Subject", "household": "Household", "person": "Person",
        "reference": "Reference", "printed": "Made on", "records": "Number of records",
        "restricted": "Restricted notes",
        "restricted_in": "included ({n}) by decision of {who} ({role}): {reason}",
        "restricted_out": "not included ({n})", "restricted_none": "none",
        "role_supervisor": "supervisor", "role_author": "author",
        "none": "No data.", "date": "Date", "what": "Kind", "details": "Content",
        "people": "Personal data (register)", "case_files": "Case files",
        "notes": "Notes", "followups": "Follow-ups", "referrals": "Referrals",
        "visits": "Home visits", "review_notes": "Supervisor's notes",
        "reassignments": "Case file reassignments", "welcome": "Welcome sessions",
        "handoffs": "Passed on by the neighbourhood service", "renovation": "Renovation projects",
        "inventories": "Inventories", "appointments": "Access appointments",
        "contacts": "Contacts during the works", "help_items": "Help during the works",
        "requests": "Requests about the dwelling", "interventions": "Interventions",
        "defects": "Technical defects", "photos": "Photos and signatures (list)",
        "access_log": "Who looked at your data",
        "name": "Name", "relation": "Relation", "birth_date": "Date of birth",
        "phone": "Phone", "email": "E-mail", "national_number": "National register number",
        "health": "Health", "status": "Status", "themes": "Themes",
        "worker": "Social worker", "opened": "Opened", "closed": "Closed",
        "due": "Due", "done": "done", "open": "open", "size": "Size",
        "caption": "Caption", "by": "By", "actions": "Actions", "met": "Met",
        "footer": "Subject access art. 15 GDPR",
        "action_open": "opened", "action_print": "printed", "action_export": "exported",
        "kind_office_hours": "Office hours", "kind_office_interview": "Office interview",
        "kind_home_visit": "Home visit", "kind_phone_call": "Phone call",
        "kind_letter_email": "Letter / e-mail",
        "status_open": "open", "status_on_hold": "on hold", "status_closed": "closed",
        "status_planned": "planned", "status_done": "done", "status_cancelled": "cancelled",
        "status_proposed": "proposed", "status_sent": "sent",
        "status_in_progress": "in progress", "status_completed": "completed",
        "status_declined": "declined",
        "ropa_title": "Record of processing activities (art. 30 GDPR)",
        "ropa_service": "Social service — record for the data protection officer",
        "controller": "Controller", "dpo": "Data protection officer",
        "activity": "Processing", "purpose": "Purposes", "categories": "Categories of data "
        "subjects and data", "recipients": "Recipients", "retention": "Retention",
        "security": "Security", "transfers": "Transfers outside the EU",
        "no_transfers": "None.", "days": "{n} days", "until_closed": "while the case file is "
        "open, then {n} days",
        "security_text": "Encrypted vault per device (SQLCipher, AES-256); end-to-end encrypted "
        "synchronisation (AES-256-GCM, X25519, Ed25519); the server keeps ciphertext only; "
        "access log.",
        "ropa_footer": "Record art. 30 GDPR",
        "colon": ": ", "kib": "{n} KB",
        "not_set": "not set",
        "destination_ocmw_cpas": "OCMW / CPAS", "destination_caw": "CAW",
        "destination_mental_health": "mental-health service",
        "destination_debt_help": "debt help", "destination_other": "other",
        "category_neighbour_conflict": "neighbour conflict", "category_noise": "noise",
        "category_bulky_waste": "dumped bulky waste", "category_squatters": "squatters",
        "category_vandalism": "vandalism", "category_safety": "safety",
        "category_technical_defect": "technical defect",
        "category_youth_prevention": "youth / prevention", "category_other": "other",
        "relation_head": "head of household", "relation_partner": "partner",
        "relation_child": "child", "relation_other": "other household member",
        "photo_photo": "photo", "photo_signature": "signature", "outcome_resolved": "resolved",
        "outcome_partly_resolved": "partly resolved", "outcome_not_resolved": "not resolved",
        "outcome_nobody_present": "nobody present", "outcome_passed_on": "passed on",
    },
}


def texts(language: str) -> dict[str, str]:
    return TEXTS.get(language, TEXTS["nl"])


def code(language: str, prefix: str, value: str | None) -> str:
    """The printed word for a stored code (a note kind, a status), else the code itself."""
    if not value:
        return ""
    return texts(language).get(f"{prefix}_{value}", value.replace("_", " "))

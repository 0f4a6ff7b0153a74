"""Codes of community work and their English labels, in display order (issue 19).

Labels are marked QT_TRANSLATE_NOOP("community", ...); the UI and the documents translate
them with context "community" (documents in their own language, ui.document_export).
"""

from __future__ import annotations

from fieldapp.i18n import QT_TRANSLATE_NOOP as _t

ROLE = "community_worker"

# The four objectives every PSC shares (PSC agreement 2021-2025).
COMMON_OBJECTIVES: dict[str, str] = {
    "common:1": _t("community", "Develop or strengthen social bonds"),
    "common:2": _t("community", "Improve communication between residents, and with the "
                                "housing company, the municipality and other bodies"),
    "common:3": _t("community", "Encourage residents' participation and living together "
                                "in harmony"),
    "common:4": _t("community", "Inform residents of their rights and duties and of the "
                                "means to have them respected"),
}

# The sector vision of social action (2024): 17 operational objectives and a transversal one.
SECTOR_OBJECTIVES: dict[str, str] = {
    "1.1": _t("community", "1.1 Map and monitor needs in buildings and spaces"),
    "1.2": _t("community", "1.2 Constructive consultation in building and renovation projects"),
    "1.3": _t("community", "1.3 Better use of and respect for the buildings"),
    "1.4": _t("community", "1.4 Better performing, versatile buildings and spaces"),
    "1.5": _t("community", "1.5 Better designed common spaces"),
    "1.6": _t("community", "1.6 Dynamic management of common spaces"),
    "2.1": _t("community", "2.1 A proactive approach to vulnerable groups"),
    "2.2": _t("community", "2.2 Collective reception, information and exchange"),
    "2.3": _t("community", "2.3 Reception and individual support to keep the right to housing"),
    "2.4": _t("community", "2.4 The beneficiary at the centre of every activity"),
    "3.1": _t("community", "3.1 Take part in and strengthen local dynamics"),
    "3.2": _t("community", "3.2 A role in the neighbourhood's development"),
    "3.3": _t("community", "3.3 Help residents make the neighbourhood their own"),
    "4.1": _t("community", "4.1 Identify and activate the local actors"),
    "4.2": _t("community", "4.2 Learn to work together"),
    "4.3": _t("community", "4.3 Build the network with the residents"),
    "4.4": _t("community", "4.4 Take part in or lead the network"),
    "T": _t("community", "T Reliable knowledge of residents' social realities"),
}

COSIGNATORY_KINDS: dict[str, str] = {
    "slrb": _t("community", "Regional housing company (SLRB/BGHM)"),
    "housing_company": _t("community", "Housing company"),
    "non_profit": _t("community", "Non-profit"),
    "municipality": _t("community", "Municipality"),
}

ACTION_STATUSES: dict[str, str] = {
    "planned": _t("community", "Planned"),
    "running": _t("community", "Running"),
    "done": _t("community", "Done"),
    "dropped": _t("community", "Dropped"),
}

ACTIVITY_KINDS: dict[str, str] = {
    "permanence": _t("community", "Permanence"),
    "coffee": _t("community", "Coffee moment"),
    "event": _t("community", "Event"),
    "workshop": _t("community", "Workshop series"),
}

CONTACT_ROLES: dict[str, str] = {
    "referent": _t("community", "Housing company referent"),
    "coordinator": _t("community", "Coordinator (non-profit)"),
}

PARTNER_CATEGORIES: dict[str, str] = {
    "cpas": _t("community", "CPAS / OCMW"),
    "caw": _t("community", "General welfare centre (CAW)"),
    "mental_health": _t("community", "Mental health"),
    "debt": _t("community", "Debt help"),
    "food_clothing": _t("community", "Food and clothing"),
    "housing": _t("community", "Housing"),
    "legal": _t("community", "Legal aid"),
    "health": _t("community", "Health"),
    "employment": _t("community", "Work and training"),
    "youth": _t("community", "Youth"),
    "seniors": _t("community", "Seniors"),
    "other": _t("community", "Other"),
}

LANGUAGES: dict[str, str] = {
    "nl": _t("community", "Dutch"), "fr": _t("community", "French"),
    "en": _t("community", "English"), "ar": _t("community", "Arabic"),
    "tr": _t("community", "Turkish"), "es": _t("community", "Spanish"),
    "pl": _t("community", "Polish"), "ro": _t("community", "Romanian"),
}

DOCUMENT_LANGUAGES = ("nl", "fr")

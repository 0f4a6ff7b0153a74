"""Codes of community work and their English labels, in display order (issue 19).

Labels are marked QT_TRANSLATE_NOOP("community", ...); the UI and the documents translate
them with context "community" (documents in their own language, ui.document_export).
"""

from __future__ import annotations

from collections.abc import Callable

from fieldapp.casework.labels import OBJECTIVES
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

# The sector vision of social action (2024): its 17 operational objectives and the
# transversal one are those of casework (fieldapp.casework.labels.OBJECTIVES, context
# "labels") — one list, so a PSC action and a case note count towards the same objective.
SECTOR_OBJECTIVES: dict[str, str] = OBJECTIVES


def sector_objective_label(code: str | None, translate: Callable[[str, str], str]) -> str:
    """'2.2 Framework for collective reception…' in the language of `translate`."""
    if not code:
        return ""
    source = OBJECTIVES.get(code)
    return f"{code} {translate('labels', source)}" if source else code


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

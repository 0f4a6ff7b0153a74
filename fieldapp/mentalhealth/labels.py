"""Codes of the mobile mental-health team's consultations and their English labels, in
display order (issue 19). Marked QT_TRANSLATE_NOOP("mentalhealth", ...); the UI translates
them with context "mentalhealth"."""

from __future__ import annotations

from fieldapp.i18n import QT_TRANSLATE_NOOP as _t

ROLE = "mental_health_team"

# The minimal identifiers a consultation carries: broad enough that no one is recognised.
AGE_BANDS: dict[str, str] = {
    "unknown": _t("mentalhealth", "Age not given"),
    "u18": _t("mentalhealth", "Under 18"),
    "18-29": _t("mentalhealth", "18 to 29"),
    "30-44": _t("mentalhealth", "30 to 44"),
    "45-64": _t("mentalhealth", "45 to 64"),
    "65+": _t("mentalhealth", "65 or older"),
}

HOUSEHOLD_TYPES: dict[str, str] = {
    "unknown": _t("mentalhealth", "Household not described"),
    "alone": _t("mentalhealth", "Lives alone"),
    "couple": _t("mentalhealth", "Couple without children"),
    "single_parent": _t("mentalhealth", "Single parent with children"),
    "family": _t("mentalhealth", "Couple with children"),
    "other": _t("mentalhealth", "Other household"),
}

CONCERNS: dict[str, str] = {
    "isolation": _t("mentalhealth", "Isolation, withdrawal"),
    "hoarding": _t("mentalhealth", "Hoarding, neglect of the dwelling"),
    "conflict": _t("mentalhealth", "Conflicts with neighbours"),
    "addiction": _t("mentalhealth", "Addiction"),
    "distress": _t("mentalhealth", "Psychological distress"),
    "psychiatric": _t("mentalhealth", "Suspected psychiatric disorder"),
    "care_refusal": _t("mentalhealth", "Refuses care or help"),
    "other": _t("mentalhealth", "Other concern"),
}

URGENCIES: dict[str, str] = {
    "normal": _t("mentalhealth", "Normal"),
    "urgent": _t("mentalhealth", "Urgent"),
}

STATUSES: dict[str, str] = {
    "open": _t("mentalhealth", "Waiting for the team"),
    "answered": _t("mentalhealth", "Answered"),
    "closed": _t("mentalhealth", "Closed"),
}

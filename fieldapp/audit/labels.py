"""Access-log actions and their English labels (translated in the labels context)."""

from __future__ import annotations

from fieldapp.i18n import QT_TRANSLATE_NOOP as _t

ACCESS_ACTIONS: dict[str, str] = {
    "open": _t("labels", "Opened"),
    "print": _t("labels", "Printed"),
    "export": _t("labels", "Exported"),
    "search": _t("labels", "Searched notes"),
    "history": _t("labels", "Viewed the history"),
}

# What an entry is about, in words (object_type -> label); an unknown type shows as such.
ACCESS_OBJECTS: dict[str, str] = {
    "case_file": _t("labels", "Case file"),
    "case_notes": _t("labels", "Note"),
    "follow_ups": _t("labels", "Follow-up"),
    "referrals": _t("labels", "Referral"),
    "home_visits": _t("labels", "Home visit"),
    "welcome_sessions": _t("labels", "Welcome session"),
    "notes": _t("labels", "Notes"),
    "renovation_inventory": _t("labels", "Inventory"),
    "renovation_project": _t("labels", "Renovation project"),
    "renovation_letter": _t("labels", "Letter to a household (renovation)"),
    "round": _t("labels", "Round"),
    "defect_report": _t("labels", "Defect report"),
    "indicators": _t("labels", "Indicators"),
    "day_sheet": _t("labels", "Day sheet"),
    "access_log": _t("labels", "Access log"),
    "household": _t("labels", "Household"),
    "person": _t("labels", "Person"),
    "internal_request": _t("labels", "Internal request"),
    "tenant_meeting": _t("labels", "Tenants' meeting"),
}

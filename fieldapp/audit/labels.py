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

# What an entry is about, in words (object_type -> label).
ACCESS_OBJECTS: dict[str, str] = {
    "case_file": _t("labels", "Case file"),
    "case_note": _t("labels", "Note"),
    "notes": _t("labels", "Notes"),
    "inventory": _t("labels", "Inventory"),
    "round": _t("labels", "Round"),
    "defect_report": _t("labels", "Defect report"),
    "indicators": _t("labels", "Indicators"),
    "access_log": _t("labels", "Access log"),
    "household": _t("labels", "Household"),
    "person": _t("labels", "Person"),
}

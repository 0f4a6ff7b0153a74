"""Plain names for what a conflict or a history shows: record kinds and field names.

Unknown tables and fields fall back to a readable form of the code ("due_on" → "due on");
the common ones are translated (context "sync-names").
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from fieldapp.i18n import QT_TRANSLATE_NOOP
from ui.table_model import format_date, format_datetime

TABLES: dict[str, str] = {
    "case_notes": QT_TRANSLATE_NOOP("sync-names", "Note"),
    "case_files": QT_TRANSLATE_NOOP("sync-names", "Case file"),
    "follow_ups": QT_TRANSLATE_NOOP("sync-names", "Follow-up"),
    "referrals": QT_TRANSLATE_NOOP("sync-names", "Referral"),
    "home_visits": QT_TRANSLATE_NOOP("sync-names", "Home visit"),
    "office_appointments": QT_TRANSLATE_NOOP("sync-names", "Office appointment"),
    "reassignments": QT_TRANSLATE_NOOP("sync-names", "Reassignment"),
    "households": QT_TRANSLATE_NOOP("sync-names", "Household"),
    "people": QT_TRANSLATE_NOOP("sync-names", "Person"),
    "welcome_sessions": QT_TRANSLATE_NOOP("sync-names", "Welcome session"),
    "nb_requests": QT_TRANSLATE_NOOP("sync-names", "Request"),
    "nb_interventions": QT_TRANSLATE_NOOP("sync-names", "Intervention"),
    "renovation_inventories": QT_TRANSLATE_NOOP("sync-names", "Inventory"),
    "staff_names": QT_TRANSLATE_NOOP("sync-names", "Colleague's name"),  # issue 14
}

FIELDS: dict[str, str] = {
    "text": QT_TRANSLATE_NOOP("sync-names", "Text"),
    "kind": QT_TRANSLATE_NOOP("sync-names", "Kind"),
    "occurred_on": QT_TRANSLATE_NOOP("sync-names", "Date"),
    "status": QT_TRANSLATE_NOOP("sync-names", "Status"),
    "due_on": QT_TRANSLATE_NOOP("sync-names", "Due date"),
    "cancel_reason": QT_TRANSLATE_NOOP("sync-names", "Reason for cancelling"),
    "planned_on": QT_TRANSLATE_NOOP("sync-names", "Planned on"),
    "on_day": QT_TRANSLATE_NOOP("sync-names", "Day"),
    "referred_on": QT_TRANSLATE_NOOP("sync-names", "Referred on"),
    "notes": QT_TRANSLATE_NOOP("sync-names", "Notes"),
    "summary": QT_TRANSLATE_NOOP("sync-names", "Summary"),
    "description": QT_TRANSLATE_NOOP("sync-names", "Description"),
    "restricted": QT_TRANSLATE_NOOP("sync-names", "Restricted"),
    "phone": QT_TRANSLATE_NOOP("sync-names", "Phone"),
    "email": QT_TRANSLATE_NOOP("sync-names", "E-mail"),
    "name": QT_TRANSLATE_NOOP("sync-names", "Name"),
    "display_name": QT_TRANSLATE_NOOP("sync-names", "Name"),
}

# Fields whose values are free text someone typed: never dropped without a decision.
FREE_TEXT = frozenset({"text", "notes", "summary", "description", "comment", "remarks",
                       "outcome", "reason"})


def _t(source: str) -> str:
    return QCoreApplication.translate("sync-names", source)


def table_name(table: str) -> str:
    return _t(TABLES[table]) if table in TABLES else table.replace("_", " ")


def field_name(field: str) -> str:
    return _t(FIELDS[field]) if field in FIELDS else field.replace("_", " ")


def is_free_text(field: str, *values: object) -> bool:
    return field in FREE_TEXT or any(isinstance(v, str) and len(v) > 60 for v in values)


def show_value(value: object) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("sync-names", "(empty)")
    if isinstance(value, bool):
        return (QCoreApplication.translate("sync-names", "yes") if value
                else QCoreApplication.translate("sync-names", "no"))
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value)


def show_time(when: datetime | None) -> str:
    return format_datetime(when)

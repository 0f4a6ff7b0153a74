"""Renovation codes → labels in the UI's language; rooms/elements from the template."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from fieldapp.renovation import labels as rl
from fieldapp.renovation import templates
from ui.labels import label


def ui_language() -> str:
    name = QLocale().name()[:2]
    return name if name in templates.LANGUAGES else "en"


def condition(code: str | None) -> str:
    return label(rl.CONDITIONS, code) if code else "—"


def party_role(code: str | None) -> str:
    return label(rl.PARTY_ROLES, code)


def party_status(code: str | None) -> str:
    return label(rl.PARTY_STATUSES, code)


def access_status(code: str | None) -> str:
    return label(rl.ACCESS_STATUSES, code)


def appointment_status(code: str | None) -> str:
    return label(rl.APPOINTMENT_STATUSES, code)


def help_item(code: str | None) -> str:
    return label(rl.HELP_ITEMS, code)


def help_status(code: str | None) -> str:
    return label(rl.HELP_STATUSES, code)


def contact_category(code: str | None) -> str:
    return label(rl.CONTACT_CATEGORIES, code)


def contact_status(code: str | None) -> str:
    return label(rl.CONTACT_STATUSES, code)


def inventory_kind(code: str | None) -> str:
    return label(rl.INVENTORY_KINDS, code)


def inventory_state(code: str) -> str:
    return {
        "none": "—",
        "draft": QCoreApplication.translate("renovation", "draft"),
        "signed": QCoreApplication.translate("renovation", "signed"),
    }.get(code, code)


def room_type(code: str) -> str:
    return templates.room_label(code, ui_language())


def room_name(room_type: str, name: str, template: str = "standard") -> str:
    """A room as the person reads it: a name the template gave in the UI's language, a name
    someone typed as typed."""
    return templates.room_name(room_type, name, ui_language(), template)


def element(code: str) -> str:
    return templates.element_label(code, ui_language())

"""Access-log actions and their English labels (translated in the labels context)."""

from __future__ import annotations

from fieldapp.i18n import QT_TRANSLATE_NOOP as _t

ACCESS_ACTIONS: dict[str, str] = {
    "open": _t("labels", "Opened"),
    "print": _t("labels", "Printed"),
    "export": _t("labels", "Exported"),
}

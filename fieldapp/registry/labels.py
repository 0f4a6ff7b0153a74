"""Registry codes and their English labels (translated in the labels context)."""

from __future__ import annotations

from fieldapp.i18n import QT_TRANSLATE_NOOP as _t

RELATIONS: dict[str, str] = {
    "head": _t("labels", "Head of household"),
    "partner": _t("labels", "Partner"),
    "child": _t("labels", "Child"),
    "other": _t("labels", "Other household member"),
}

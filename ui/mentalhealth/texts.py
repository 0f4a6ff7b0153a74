"""Labels of the consultations' codes, translated at display time (context "mentalhealth")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def mh_label(mapping: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    source = mapping.get(code)
    return QCoreApplication.translate("mentalhealth", source) if source else code

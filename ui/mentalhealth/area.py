"""The mobile mental-health team's area: the consultations social workers send under a
pseudonym, and the team's advice (ui.mentalhealth.workspace)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QWidget

from fieldapp.i18n import QT_TRANSLATE_NOOP
from ui.areas import Area, register

if TYPE_CHECKING:
    from ui.context import AppContext


def _build(context: AppContext, window: QMainWindow) -> QWidget:
    from ui.mentalhealth.workspace import ConsultationsWorkspace

    return ConsultationsWorkspace(context, window)


AREA = register(Area(key="mentalhealth",
                     title=QT_TRANSLATE_NOOP("areas", "Mental-health consultations"),
                     roles=frozenset({"mental_health_team"}), build=_build, order=45))

"""The supervisor's area: caseload, indicators, team and keys, supervised case files
(ui.supervision.workspace)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QWidget

from fieldapp.i18n import QT_TRANSLATE_NOOP
from ui.areas import Area, register

if TYPE_CHECKING:
    from ui.context import AppContext


def _build(context: AppContext, window: QMainWindow) -> QWidget:
    from ui.supervision.workspace import SupervisorWorkspace

    return SupervisorWorkspace(context, window)


AREA = register(Area(key="supervision", title=QT_TRANSLATE_NOOP("areas", "Supervision"),
                     roles=frozenset({"supervisor"}), build=_build, order=40))

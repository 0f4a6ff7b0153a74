"""The renovation-site assistant's area: projects, dwellings, inventories, signatures
(ui.renovation.workspace)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QWidget

from fieldapp.i18n import QT_TRANSLATE_NOOP
from ui.areas import Area, register

if TYPE_CHECKING:
    from ui.context import AppContext


def _build(context: AppContext, window: QMainWindow) -> QWidget:
    from ui.renovation.workspace import RenovationWorkspace

    return RenovationWorkspace(context, window)


AREA = register(Area(key="renovation", title=QT_TRANSLATE_NOOP("areas", "Renovation"),
                     roles=frozenset({"renovation_assistant"}), build=_build, order=20))

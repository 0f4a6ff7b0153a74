"""The collective social assistant's area: tenants' meetings per neighbourhood, their
minutes and distribution, and the signals from casework (ui.collective.workspace)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QWidget

from fieldapp.i18n import QT_TRANSLATE_NOOP
from ui.areas import Area, register

if TYPE_CHECKING:
    from ui.context import AppContext


def _build(context: AppContext, window: QMainWindow) -> QWidget:
    from ui.collective.workspace import CollectiveWorkspace

    return CollectiveWorkspace(context, window)


AREA = register(Area(key="collective", title=QT_TRANSLATE_NOOP("areas", "Collective work"),
                     roles=frozenset({"collective_assistant"}), build=_build, order=35))

"""The neighbourhood agent's area: triage, today's round, the week; requests,
interventions, defects and hand-offs (ui.neighbourhood.workspace)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QWidget

from fieldapp.i18n import QT_TRANSLATE_NOOP
from ui.areas import Area, register

if TYPE_CHECKING:
    from ui.context import AppContext


def _build(context: AppContext, window: QMainWindow) -> QWidget:
    from ui.neighbourhood.workspace import NeighbourhoodWorkspace

    return NeighbourhoodWorkspace(context, window)


AREA = register(Area(key="neighbourhood", title=QT_TRANSLATE_NOOP("areas", "Neighbourhood"),
                     roles=frozenset({"neighbourhood_agent"}), build=_build, order=30))

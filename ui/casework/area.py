"""The site social assistant's area: households, follow-ups, search, welcome sessions and
one tab per open case file (ui.casework.workspace)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QWidget

from fieldapp.i18n import QT_TRANSLATE_NOOP
from ui.areas import Area, register

if TYPE_CHECKING:
    from ui.context import AppContext


def _build(context: AppContext, window: QMainWindow) -> QWidget:
    from ui.casework.workspace import Workspace

    return Workspace(context, window)


AREA = register(Area(key="casework", title=QT_TRANSLATE_NOOP("areas", "Casework"),
                     roles=frozenset({"social_assistant"}), build=_build, order=10))

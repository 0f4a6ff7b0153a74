"""Which workspace the main window shows for each role (DESIGN §1: the role decides).

Each factory takes the same arguments as ``ui.casework.workspace.Workspace``: ``(context, window)``.
Imports happen inside the factories so the heavy screens load after the first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.context import AppContext
    from ui.main_window import MainWindow

Factory = Callable[["AppContext", "MainWindow"], QWidget]


def _social_assistant(context: AppContext, window: MainWindow) -> QWidget:
    from ui.casework.workspace import Workspace

    return Workspace(context, window)


def _renovation_assistant(context: AppContext, window: MainWindow) -> QWidget:
    from ui.renovation.workspace import RenovationWorkspace

    return RenovationWorkspace(context, window)


def _neighbourhood_agent(context: AppContext, window: MainWindow) -> QWidget:
    from ui.neighbourhood.workspace import NeighbourhoodWorkspace

    return NeighbourhoodWorkspace(context, window)


def _supervisor(context: AppContext, window: MainWindow) -> QWidget:
    from ui.supervision.workspace import SupervisorWorkspace

    return SupervisorWorkspace(context, window)


WORKSPACES: dict[str, Factory] = {
    "social_assistant": _social_assistant,
    "renovation_assistant": _renovation_assistant,
    "neighbourhood_agent": _neighbourhood_agent,
    "supervisor": _supervisor,
}


def workspace_for(role: str) -> Factory:
    """The factory of the role's workspace; the site social assistant's when unknown."""
    return WORKSPACES.get(role, _social_assistant)

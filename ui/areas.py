"""The areas of work the shell can host, and what each brings (issue 12, "one shell").

An area (casework, renovation, neighbourhood, supervision, …) is a package under ``ui/``
that describes itself with an :class:`Area` and registers it here (``ui/<area>/area.py``;
``ui.installed_areas`` lists the packages of this build). The main window knows no area:
at unlock it builds, for the person signed in, the areas of their roles only — nothing is
built for a role they do not hold — and shows the parts each workspace brings
(:class:`AreaParts`: menus, File entries, actions with their shortcuts) while that area is
the one in front. A person with several roles gets every area of them, with a switcher.

This module imports no area and no window: areas import it, never the other way round.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from fieldapp.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ui.context import AppContext

# What the title bar, the guide and the switcher call each role (translated in "roles").
ROLE_NAMES = {
    "social_assistant": QT_TRANSLATE_NOOP("roles", "Site social assistant"),
    "renovation_assistant": QT_TRANSLATE_NOOP("roles", "Renovation-site assistant"),
    "neighbourhood_agent": QT_TRANSLATE_NOOP("roles", "Neighbourhood agent"),
    "supervisor": QT_TRANSLATE_NOOP("roles", "Supervisor"),
    "community_worker": QT_TRANSLATE_NOOP("roles", "Community worker (PSC)"),
    "collective_assistant": QT_TRANSLATE_NOOP("roles", "Collective social assistant"),
    "mental_health_team": QT_TRANSLATE_NOOP("roles", "Mobile mental-health team (DMBSH)"),
}


@dataclass
class AreaParts:
    """What an area's workspace puts into the shell while it is the area in front.

    ``menus`` go into the menu bar between File and Sync; ``file_actions`` into File,
    before Settings; ``actions`` are every action of the area with a window-wide shortcut
    (those of its menus included): the shell adds them to the window and enables them only
    while the area is in front, so two areas may use the same keys."""

    menus: list[QMenu] = field(default_factory=list)
    file_actions: list[QAction] = field(default_factory=list)
    actions: list[QAction] = field(default_factory=list)


@runtime_checkable
class BringsParts(Protocol):
    """A workspace that brings menus or actions into the shell (most do)."""

    def area_parts(self) -> AreaParts: ...


# An area's workspace is built with the unlocked vault's context and the main window
# (its parent, and where it shows status messages).
WorkspaceFactory = Callable[["AppContext", QMainWindow], QWidget]


@dataclass(frozen=True)
class Area:
    """One area of work, as its package describes it.

    ``roles``: the roles it serves (a person gets the area when they hold one of them);
    ``title``: its name in the switcher (QT_TRANSLATE_NOOP in the "areas" context);
    ``build``: makes its workspace (imports its screens only when called); ``order``: where
    it stands among the areas of one person."""

    key: str
    title: str
    roles: frozenset[str]
    build: WorkspaceFactory
    order: int = 100


_REGISTERED: dict[str, Area] = {}


def register(area: Area) -> Area:
    """Make `area` available to the shell (an area package calls this once, at import)."""
    known = _REGISTERED.get(area.key)
    if known is not None and known != area:
        raise ValueError(f"two areas named {area.key!r}")
    _REGISTERED[area.key] = area
    return area


def registered() -> list[Area]:
    return sorted(_REGISTERED.values(), key=lambda a: (a.order, a.key))


def areas_for(roles: Iterable[str]) -> list[Area]:
    """The areas of a person holding `roles`, in their standing order (none for no role
    an area serves)."""
    held = set(roles)
    return [area for area in registered() if area.roles & held]


def roles_served() -> frozenset[str]:
    """Every role some registered area serves."""
    return frozenset(role for area in _REGISTERED.values() for role in area.roles)

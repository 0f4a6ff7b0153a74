"""The community worker's area: the PSC record, plan, activity log, committee, yearly report
and the social map (ui.community.workspace)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QWidget

from fieldapp.i18n import QT_TRANSLATE_NOOP
from ui.areas import Area, register

if TYPE_CHECKING:
    from ui.context import AppContext


def _build(context: AppContext, window: QMainWindow) -> QWidget:
    from ui.community.workspace import CommunityWorkspace

    return CommunityWorkspace(context, window)


AREA = register(Area(key="community", title=QT_TRANSLATE_NOOP("areas", "Community work"),
                     roles=frozenset({"community_worker"}), build=_build, order=40))

"""Issue 19, item 1, on the supervisor's page of community work (Ctrl+8): each PSC shows
the common rooms of the register lent to it that year."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from fieldapp.collective import rooms as rm
from fieldapp.community import premises, projects
from tests.ui.supervision.test_ui_supervision import app, supervisor_world  # noqa: F401
from tests.ui.ui_helpers import shortcut


def test_the_supervisor_sees_the_rooms_lent_to_each_psc(qtbot, app, supervisor_world) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    world = supervisor_world[0]
    done: list[str] = []

    def work(s) -> None:  # type: ignore[no-untyped-def]
        project = projects.create_project(s, actor_id=world.actor_id, name="PSC Anneessens")
        room = rm.save_room(s, site_id=world.site_id, name="Salle polyvalente",
                            kind="meeting_room", house_rules="", actor_id=world.actor_id)
        premises.lend_room(s, room_id=room.id, project_id=project.id,
                           lent_from=date(2026, 2, 1), lent_to=None, actor_id=world.actor_id)
        done.append(project.id)

    app.context.call(work)
    qtbot.waitUntil(lambda: bool(done), timeout=5_000)
    shortcut(qtbot, app, "Ctrl+8")
    view = app.window.workspace.community
    assert app.window.workspace.tabs.currentWidget() is view
    model = view.table.model()
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = heads.index("Rooms lent")
    qtbot.waitUntil(lambda: model.rowCount() == 1
                    and model.index(0, column).data() == "Salle polyvalente", timeout=5_000)

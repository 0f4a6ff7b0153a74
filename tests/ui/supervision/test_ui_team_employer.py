"""Issue 19, item 4: the supervisor's team page lists each person's employer — the housing
company, or the DMBSH that seconds them — as the real server tells it; a person walks the
members list by keyboard and reads it in the row."""

from __future__ import annotations

from PySide6.QtCore import Qt

import ui.supervision.team_view as team_view
from tests.ui.supervision.team_helpers import laptop_with_names


def test_the_team_page_shows_who_employs_each_person(qtbot, sync_server, runner) -> None:  # type: ignore[no-untyped-def]
    sup = sync_server.new_user("supervisor", name="Sara Sup", device_name="sara-desk")
    alice = sync_server.new_user("social_assistant", name="Alice Janssens",
                                 device_name="a-laptop")
    karim = sync_server.new_user("social_assistant", name="Karim Benali",
                                 device_name="k-laptop", employer="dmbsh")
    ctx = laptop_with_names(runner, {sup.user.id: "Sara Sup", alice.user.id: "Alice Janssens",
                                     karim.user.id: "Karim Benali"})
    view = team_view.TeamView(ctx, client_provider=lambda: sup)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=15_000):
        view.refresh()
    table = view.member_table
    model = table.model()
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    employer = heads.index("Employer")
    view.show()
    table.setFocus()
    seen = {}
    qtbot.keyClick(table, Qt.Key.Key_Home)
    for _ in range(model.rowCount()):
        index = table.currentIndex()
        seen[model.index(index.row(), 0).data()] = model.index(index.row(), employer).data()
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert seen["Karim Benali"] == "DMBSH (seconded)"
    assert seen["Alice Janssens"] == seen["Sara Sup"] == "Housing company"

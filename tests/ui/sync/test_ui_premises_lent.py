"""Issue 19, item 1, on the real server: a collective assistant lends a common room of the
register to the PSC from the rooms view, by keyboard; after a round the community worker's
PSC page lists the room, its site and dates — and the worker's laptop still holds no
collective key (the room itself never reaches it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from fieldapp.collective.field_models import CommonRoom
from fieldapp.community import projects
from fieldapp.local.profile import get_profile
from fieldapp.registry.neighbourhoods import define_neighbourhood
from sync.engine import state
from sync.engine.team import grant_all
from tests.factories import make_world
from tests.integration.desktop_sync.test_collective import _own_fingerprint, grant_collective
from tests.ui.sync.ui_sync_helpers import open_in_app, press_f5_and_wait
from tests.ui.ui_helpers import shortcut
from ui.collective.workspace import CollectiveWorkspace
from ui.community.workspace import CommunityWorkspace

pytestmark = pytest.mark.postgres


def _press(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_a_room_lent_to_the_psc_reaches_the_community_worker(
        qtbot, team, make_sync_app) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    cma = team.enrol("collective_assistant", "cma")
    with boss.vault.session() as s:
        define_neighbourhood(s, name="Anneessens-Centrum", site_ids=[world.site_id],
                             assistant_ids=[cma.user_id], actor_id=world.actor_id)
    boss.sync()
    worker = team.enrol("community_worker", "youssef")
    team.grant(boss, worker)
    worker.sync()
    with worker.vault.session() as s:
        projects.create_project(s, actor_id=get_profile(s).id, name="PSC Anneessens")
    worker.sync()
    grant_collective(boss, cma)  # and the PSC's key, to write the premises lent
    grant_all(boss.engine, cma.user_id, fingerprint=_own_fingerprint(cma), access="write",
              kinds=("community",))
    cma.sync()

    app = open_in_app(qtbot, make_sync_app, cma)
    qtbot.waitUntil(lambda: app.window.workspace is not None, timeout=10_000)
    work = app.window.workspace
    assert isinstance(work, CollectiveWorkspace)
    shortcut(qtbot, app, "Ctrl+4")
    view = work.rooms
    qtbot.waitUntil(lambda: view.site_combo.count() == 1 and view.psc_combo.count() == 1,
                    timeout=5_000)
    assert not view.no_psc.isVisible()
    view.name_edit.setFocus()
    qtbot.keyClicks(view.name_edit, "Buurtlokaal Blok B")
    view.kind_combo.setFocus()
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("meeting_room"))
    _press(qtbot, view.add_button)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.loan_box.isEnabled(),
                    timeout=5_000)
    assert view.psc_combo.currentText() == "PSC Anneessens"
    _press(qtbot, view.loan_button)
    qtbot.waitUntil(lambda: view.loans.count() == 1, timeout=5_000)
    assert view.loans.item(0).text().startswith("PSC Anneessens — since ")
    _press(qtbot, view.loan_button)  # the same room to the same PSC again: refused
    qtbot.waitUntil(view.error.isVisible, timeout=5_000)
    assert "already lent" in view.error.text()
    view.loan_box.parentWidget().parentWidget().parentWidget().ensureWidgetVisible(
        view.loan_box)
    app.window.grab().save("build/screenshots/collective/rooms-psc-loan-en.png")
    press_f5_and_wait(qtbot, app)

    worker.sync()
    with worker.vault.session(read_only=True) as s:
        assert {c.kind for c in state.collections(s)} == {"community", "partners", "people"}
        assert s.scalar(select(func.count()).select_from(CommonRoom)) == 0
    wapp = open_in_app(qtbot, make_sync_app, worker)
    qtbot.waitUntil(lambda: wapp.window.workspace is not None, timeout=10_000)
    ws = wapp.window.workspace
    assert isinstance(ws, CommunityWorkspace)
    shortcut(qtbot, wapp, "Ctrl+1")
    page = ws.psc
    qtbot.waitUntil(lambda: page.rooms_list.count() == 1 and "Blok B"
                    in page.rooms_list.item(0).text(), timeout=5_000)
    wapp.window.grab().save("build/screenshots/collective/psc-premises-en.png")
    text = page.rooms_list.item(0).text()
    assert "Buurtlokaal Blok B (Meeting room) — Anneessens — since " in text

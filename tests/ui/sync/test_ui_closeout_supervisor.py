"""The supervisor sees a renovation close-out's member removal (issue 17): the renovation
assistant closes a project out; on the supervisor's laptop, Team and keys ▸ Renovation
close-outs… shows the project waiting for the next sync, then — after the round that removes
her — whom it removed and when. The server agrees: only the supervisor is left."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from fieldapp.local.profile import get_profile
from fieldapp.local.sync_state import SyncCollection
from fieldapp.renovation import closeout, projects
from sync.engine.team import grant_all
from sync.team import Team
from tests.factories import make_world
from tests.ui.sync.ui_sync_helpers import open_in_app, press_f5_and_wait
from tests.ui.ui_helpers import modal_dialog, shortcut
from ui.supervision.closeouts_dialog import CloseOutsDialog
from ui.table_model import format_date

pytestmark = pytest.mark.postgres


def _shown(qtbot, app):  # type: ignore[no-untyped-def]
    team_view = app.window.workspace.team
    qtbot.mouseClick(team_view.closeouts_button, Qt.MouseButton.LeftButton)
    dialog = modal_dialog(qtbot, CloseOutsDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5_000)
    model = dialog.table.model()
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    dialog.reject()
    return row


def test_the_supervisor_sees_whom_the_close_out_removed(qtbot, team, make_sync_app) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    with boss.vault.session() as s:
        actor = get_profile(s).id
        project = projects.create_project(s, name="Renovatie Blok A", actor_id=actor,
                                          site_id=world.site_id)
    boss.sync()
    ria = team.enrol("renovation_assistant", "ria")
    client = ria.engine.client()
    grant_all(boss.engine, client.user.id, fingerprint=client.my_fingerprint(),
              kinds=("registry", "renovation", "handoff"))
    ria.sync()
    with ria.vault.session() as s:
        closeout.close_out(s, project_id=project.id, works_ended_on=date.today(),
                           actor_id=get_profile(s).id, today=date.today())
    ria.sync()

    app = open_in_app(qtbot, make_sync_app, boss)
    shortcut(qtbot, app, "Ctrl+3")
    press_f5_and_wait(qtbot, app)  # the archive arrives
    key = projects.collection_of(project.id)
    with app.vault.session(read_only=True) as s:
        server_id = s.get(SyncCollection, key).server_id
    removed_yet = len(Team(app.sync.engine.client()).collection_members(server_id)) == 1
    if not removed_yet:  # the round pulled the archive after its removals: the next one
        name, _ended, _archived, removed, state = _shown(qtbot, app)
        assert (name, removed, state) == ("Renovatie Blok A", "", "At the next sync")
        press_f5_and_wait(qtbot, app)
    name, ended, _archived, removed, state = _shown(qtbot, app)
    assert (name, ended, removed) == ("Renovatie Blok A", format_date(date.today()), "ria")
    assert state.startswith("Done on ")
    members = Team(app.sync.engine.client()).collection_members(server_id)
    assert [m.user_id for m in members] == [app.sync.engine.client().user.id]

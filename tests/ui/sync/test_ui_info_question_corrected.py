"""A question of an information session corrected in the renovation assistant's app reaches
the supervisor's laptop after a sync (issue 17), as corrected."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from fieldapp.local.profile import get_profile
from fieldapp.renovation import info_sessions, projects
from fieldapp.renovation.models import InfoQuestion
from sync.engine.team import grant_all
from tests.factories import make_world
from tests.ui.sync.ui_sync_helpers import open_in_app, press_f5_and_wait
from tests.ui.ui_helpers import modal_dialog
from ui.renovation.info_session_dialog import InfoSessionsDialog

pytestmark = pytest.mark.postgres


def test_the_corrected_question_reaches_the_supervisor(qtbot, team, make_sync_app) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    with boss.vault.session() as s:
        actor = get_profile(s).id
        project = projects.create_project(s, name="Renovatie Blok A", actor_id=actor,
                                          site_id=world.site_id)
        projects.add_dwellings(s, project_id=project.id, dwelling_ids=[world.dwelling_id],
                               actor_id=actor)
    boss.sync()
    ria = team.enrol("renovation_assistant", "ria")
    client = ria.engine.client()
    grant_all(boss.engine, client.user.id, fingerprint=client.my_fingerprint(),
              kinds=("registry", "renovation", "handoff"))
    ria.sync()
    with ria.vault.session() as s:
        me = get_profile(s).id
        info = info_sessions.plan_session(s, project_id=project.id, actor_id=me,
                                          held_on=date.today() + timedelta(days=7),
                                          today=date.today())
        info_sessions.add_question(s, info_session_id=info.id, actor_id=me,
                                   question="Wanner begint de werf?")
    ria.sync()
    boss.sync()

    app = open_in_app(qtbot, make_sync_app, ria)
    ws = app.window.workspace
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1, timeout=10_000)
    qtbot.mouseClick(ws.info_button, Qt.MouseButton.LeftButton)
    dialog = modal_dialog(qtbot, InfoSessionsDialog)
    dialog.steps.setCurrentIndex(2)
    qtbot.waitUntil(lambda: dialog.questions.rowCount() == 1, timeout=5_000)
    dialog.question_table.setFocus()
    dialog.question_table.selectRow(0)
    qtbot.keyClick(dialog.question_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.question_edit.text() == "Wanner begint de werf?",
                    timeout=5_000)
    dialog.question_edit.selectAll()
    qtbot.keyClicks(dialog.question_edit, "Wanneer begint de werf?")
    qtbot.keyClicks(dialog.answer_edit, "Op 1 maart.")
    qtbot.mouseClick(dialog.question_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() == "Question changed.", timeout=5_000)
    dialog.reject()
    press_f5_and_wait(qtbot, app)

    boss.sync()
    with boss.vault.session(read_only=True) as s:
        rows = [(q.question, q.answer) for q in s.scalars(select(InfoQuestion))]
    assert rows == [("Wanneer begint de werf?", "Op 1 maart.")]

"""Issue 19, item 3, on the real server: a site assistant consults the mobile mental-health
team about a case six times; after a round the supervisor's indicators page (by keyboard)
shows the consultations counted by urgency, and the anonymised figures file for the DMBSH
report counts them for the organisation — the urgent ones, fewer than five, hidden."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from fieldapp.local.profile import get_profile
from fieldapp.mentalhealth.consultations import consult
from tests.factories import make_world
from tests.ui.sync.ui_sync_helpers import open_in_app
from tests.ui.ui_helpers import modal_dialog, shortcut
from ui.supervision.dmbsh_dialog import DmbshDialog

pytestmark = pytest.mark.postgres


def test_the_consultations_reach_the_supervisors_dmbsh_figures(
        qtbot, team, make_sync_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    boss.sync()
    ann = team.enrol("social_assistant", "ann")
    team.grant(boss, ann)
    ann.sync()
    today = date.today()
    with ann.vault.session() as s:
        me = get_profile(s).id
        for n in range(6):
            consult(s, case_id=world.case_id, question="Trekt zich terug.",
                    concerns=["isolation"], urgency="urgent" if n == 0 else "normal",
                    actor_id=me, today=today - timedelta(days=n))
    ann.sync()
    boss.sync()

    app = open_in_app(qtbot, make_sync_app, boss)
    shortcut(qtbot, app, "Ctrl+2")
    ind = app.window.workspace.indicators
    qtbot.waitUntil(lambda: ind.report is not None
                    and ind.report.total("mh_consultations") == 6, timeout=10_000)
    shown = [ind.proxy.index(r, 0).data() for r in range(ind.proxy.rowCount())]
    assert "Mental-health team consultations" in shown
    shortcut(qtbot, app, "Ctrl+Shift+D")
    dialog = modal_dialog(qtbot, DmbshDialog)
    mine = tmp_path / "figures.json"
    for edit, text in ((dialog.figures_path_edit, str(mine)), (dialog.name_edit, "Lakenhuis")):
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Figures saved"), timeout=10_000)
    cells = {(d, c): v for i, d, c, v in json.loads(mine.read_text("utf-8"))["cells"]
             if i == "mh_consultations"}
    assert cells[("total", "")] == "6"
    assert cells[("urgency", "urgent")] == "<5"

"""An agent asked along, called off (issue 17): the site assistant cancels the request from
the case's timeline with a reason; after a sync the neighbourhood agent's inbox — kept to
the sites they work on — says it was called off and why, and offers nothing to answer."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from fieldapp.casework import agent_along
from fieldapp.local.profile import get_profile
from sync.engine.team import grant_all
from tests.factories import make_world
from tests.integration.desktop_sync.desktop_helpers import _own_fingerprint
from tests.ui.sync.ui_sync_helpers import open_in_app, press_f5_and_wait
from tests.ui.ui_helpers import modal_dialog, open_household, shortcut
from ui.agenda.agenda_dialogs import CancelDialog

pytestmark = pytest.mark.postgres


def test_the_assistant_calls_the_visit_off(qtbot, team, make_sync_app) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    boss.sync()
    ann = team.enrol("social_assistant", "ann")
    nina = team.enrol("neighbourhood_agent", "nina")
    team.grant(boss, ann)
    grant_all(boss.engine, nina.user_id, fingerprint=_own_fingerprint(nina),
              kinds=("registry", "neighbourhood", "handoff"))
    ann.sync()
    with ann.vault.session() as s:
        agent_along.ask_agent_along(s, case_id=world.case_id,
                                    on_day=date.today() + timedelta(days=2),
                                    start_minute=600, address="Anneessensplein 12",
                                    actor_id=get_profile(s).id, today=date.today())
    ann.sync()

    assistant = open_in_app(qtbot, make_sync_app, ann)
    view = open_household(qtbot, assistant, "Famille Lefèvre")
    qtbot.waitUntil(lambda: any(e.kind == "agent_ask" for e in view.timeline_model.rows()),
                    timeout=5_000)
    row = next(i for i, e in enumerate(view.timeline_model.rows()) if e.kind == "agent_ask")
    view.timeline_table.setFocus()
    view.timeline_table.selectRow(row)
    qtbot.waitUntil(view.planned.cancel_button.isEnabled, timeout=5_000)
    qtbot.mouseClick(view.planned.cancel_button, Qt.MouseButton.LeftButton)
    cancel = modal_dialog(qtbot, CancelDialog)
    cancel.reason_edit.setFocus()
    qtbot.keyClicks(cancel.reason_edit, "Het gezin is verhuisd")
    with qtbot.waitSignal(cancel.accepted, timeout=5_000):
        qtbot.mouseClick(cancel.buttons.button(cancel.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [e.status for e in view.timeline_model.rows()
                             if e.kind == "agent_ask"] == ["cancelled"], timeout=5_000)
    assert not view.planned.cancel_button.isEnabled()
    press_f5_and_wait(qtbot, assistant)

    agent = open_in_app(qtbot, make_sync_app, nina)
    press_f5_and_wait(qtbot, agent)
    shortcut(qtbot, agent, "Ctrl+4")
    asked = agent.window.workspace.asked
    qtbot.waitUntil(lambda: [(r.status, r.cancel_reason) for r in asked.model.rows()]
                    == [("cancelled", "Het gezin is verhuisd")], timeout=5_000)
    m = asked.model
    assert (m.index(0, 5).data(), m.index(0, 6).data()) == (
        "Called off by the assistant", "Het gezin is verhuisd")
    asked.table.selectRow(0)
    assert not asked.accept_button.isEnabled() and not asked.decline_button.isEnabled()
    # the sites they work on: those whose hand-off key this laptop holds
    sites = [asked.site_combo.itemText(i) for i in range(asked.site_combo.count())]
    assert sites[0] == "All my sites" and "Anneessens" in sites
    asked.site_combo.setCurrentIndex(asked.site_combo.findText("Anneessens"))
    qtbot.waitUntil(lambda: asked.model.rowCount() == 1, timeout=5_000)

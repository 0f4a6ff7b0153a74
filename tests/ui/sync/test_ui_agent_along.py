"""Ask an agent along (issue 17 item 6), end to end on the real server with two roles: the
site assistant asks from the case file, the neighbourhood agent — who holds no casework key —
answers in the "Asked along" tab, and the answer reaches the assistant's timeline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from fieldapp.casework.models import CaseFile
from sync.engine import state
from sync.engine.team import grant_all
from tests.factories import make_world
from tests.integration.desktop_sync.desktop_helpers import _own_fingerprint
from tests.ui.sync.ui_sync_helpers import open_in_app, press_f5_and_wait
from tests.ui.ui_helpers import modal_dialog, open_household, shortcut
from ui.casework.agent_along_dialog import AskAgentDialog

pytestmark = pytest.mark.postgres


def _agent_ask(view):  # type: ignore[no-untyped-def]
    m = view.timeline_model
    return [(m.index(r, 2).data(), m.row_at(r).text) for r in range(m.rowCount())
            if m.row_at(r).kind == "agent_ask"]


def test_the_assistant_asks_the_agent_answers(qtbot, team, make_sync_app) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    make_world(boss.vault)
    boss.sync()
    ann = team.enrol("social_assistant", "ann")
    nina = team.enrol("neighbourhood_agent", "nina")
    team.grant(boss, ann)
    # the agent: the register, the neighbourhood and the hand-off collections, never casework
    grant_all(boss.engine, nina.user_id, fingerprint=_own_fingerprint(nina),
              kinds=("registry", "neighbourhood", "handoff"))
    ann.sync()
    nina.sync()

    assistant = open_in_app(qtbot, make_sync_app, ann)
    view = open_household(qtbot, assistant, "Famille Lefèvre")
    view.agent_action.trigger()  # More ▸ Ask an agent along…
    dialog = modal_dialog(qtbot, AskAgentDialog)
    qtbot.waitUntil(lambda: dialog.address_edit.text()
                    == "Anneessensplein 12, 1000 Brussel · Blok A · 3B", timeout=5_000)
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.keyClick(dialog.address_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [s for s, _ in _agent_ask(view)] == ["Waiting for an answer"],
                    timeout=5_000)
    press_f5_and_wait(qtbot, assistant)

    agent = open_in_app(qtbot, make_sync_app, nina)
    press_f5_and_wait(qtbot, agent)
    with agent.vault.session(read_only=True) as s:  # the agent's laptop: no case file, no key
        assert s.scalars(select(CaseFile)).all() == []
        assert not [c for c in state.collections(s) if c.kind == "casework"]
    shortcut(qtbot, agent, "Ctrl+4")
    asked = agent.window.workspace.asked
    qtbot.waitUntil(lambda: [(r.address, r.status) for r in asked.model.rows()]
                    == [("Anneessensplein 12, 1000 Brussel · Blok A · 3B", "asked")],
                    timeout=5_000)
    assert asked.model.rows()[0].asked_by == "ann"
    qtbot.keyClicks(asked.word_edit, "Ik kom mee, tot dan")
    qtbot.mouseClick(asked.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: asked.model.rows()[0].status == "accepted", timeout=5_000)
    press_f5_and_wait(qtbot, agent)

    press_f5_and_wait(qtbot, assistant)
    qtbot.waitUntil(lambda: len(_agent_ask(view)) == 1 and _agent_ask(view)[0][0]
                    == "Accepted", timeout=10_000)
    assert "Ik kom mee, tot dan" in _agent_ask(view)[0][1]

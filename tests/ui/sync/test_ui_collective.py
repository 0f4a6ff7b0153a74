"""Issue 18, done when: a collective assistant enrolled on the real server plans a tenants'
meeting, prints the invitations, records the day (attendance, what was said and decided,
an action) with no server round, issues the minutes (NL and FR), logs their distribution;
after sync the supervisor sees the meeting and its indicators. Driven by keyboard and mouse.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from fieldapp.collective import meetings as mt
from fieldapp.registry.neighbourhoods import define_neighbourhood
from fieldapp.supervision.indicators import indicators
from tests.factories import make_world
from tests.integration.desktop_sync.test_collective import grant_collective
from tests.ui.sync.ui_sync_helpers import open_in_app, press_f5_and_wait
from tests.ui.ui_helpers import shortcut
from ui.collective.workspace import CollectiveWorkspace
from ui.document_export import ExportChoice

pytestmark = pytest.mark.postgres

SHOTS = Path("build/screenshots/collective")


def _pages(path: Path) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages]


def _tick(qtbot, widget: QListWidget, row: int) -> None:
    widget.setFocus()
    widget.setCurrentRow(row)
    qtbot.keyClick(widget, Qt.Key.Key_Space)  # a checkable line toggles with Space


def test_a_collective_assistant_runs_a_tenants_meeting(qtbot, team, make_sync_app,
                                                       tmp_path: Path) -> None:
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    cma = team.enrol("collective_assistant", "cma")
    with boss.vault.session() as s:
        define_neighbourhood(s, name="Anneessens-Centrum", site_ids=[world.site_id],
                             assistant_ids=[cma.user_id], actor_id=world.actor_id)
    boss.sync()
    grant_collective(boss, cma)
    cma.sync()

    app = open_in_app(qtbot, make_sync_app, cma)
    w = app.window
    qtbot.waitUntil(lambda: w.workspace is not None, timeout=10_000)
    work = w.workspace
    assert isinstance(work, CollectiveWorkspace)
    view, panel = work.meetings, work.meetings.panel
    qtbot.waitUntil(lambda: view.hood_combo.currentText() == "Anneessens-Centrum",
                    timeout=5_000)
    assert "Anneessens" in view.sites_label.text()

    # plan
    qtbot.keyClicks(view.place_edit, "Buurthuis Anneessens")
    qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and panel.detail is not None,
                    timeout=5_000)
    assert "Buurthuis Anneessens" in panel.heading.text()

    # agenda: a topic from the technical department
    qtbot.keyClicks(panel.topic_title, "Afvalsortering in de kelder")
    panel.source_kind.setCurrentIndex(panel.source_kind.findData("department"))
    qtbot.keyClicks(panel.source_edit, "Technische dienst")
    qtbot.mouseClick(panel.add_topic_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.topics.count() == 1, timeout=5_000)

    exported: list[str] = []
    panel.exported.connect(exported.append)
    answers: list[ExportChoice] = []
    panel.choose_export = lambda _p, **kw: kw["on_chosen"](answers.pop(0))
    answers.append(ExportChoice(str(tmp_path / "uitnodigingen.pdf"), "nl"))
    qtbot.mouseClick(panel.invite_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(exported) == 1, timeout=10_000)
    [invitation] = _pages(Path(exported[0]))
    assert "Invitation : réunion des locataires Anneessens-Centrum" in invitation  # French
    assert "Afvalsortering in de kelder" in invitation

    # the day, with no sync round (the app syncs only on F5 here)
    panel.tabs.setCurrentIndex(1)
    _tick(qtbot, panel.present, 0)
    qtbot.mouseClick(panel.attendance_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.detail is not None
                    and panel.detail.meeting.households_present == 1, timeout=5_000)
    qtbot.keyClicks(panel.staff_function, "Technische dienst")
    qtbot.mouseClick(panel.add_staff_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.detail is not None and len(panel.detail.staff) == 1,
                    timeout=5_000)
    panel.said_edit.setFocus()
    qtbot.keyClicks(panel.said_edit, "De bakken in de kelder zijn te vol.")
    qtbot.keyClicks(panel.decided_edit, "Een extra container in december.")
    qtbot.mouseClick(panel.save_topic_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.detail is not None
                    and panel.detail.topics[0].decided.startswith("Een extra"), timeout=5_000)
    qtbot.keyClicks(panel.action_text, "Extra container plaatsen")
    qtbot.keyClicks(panel.action_owner, "Technische dienst")
    qtbot.mouseClick(panel.add_action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.action_list.count() == 1, timeout=5_000)
    # all of it waits in the vault until a round takes it along
    qtbot.waitUntil(lambda: app.sync.controller.status.waiting > 0, timeout=5_000)

    # the minutes
    panel.tabs.setCurrentIndex(2)
    qtbot.mouseClick(panel.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.minutes_button.isEnabled, timeout=5_000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    for lang in ("nl", "fr"):
        answers.append(ExportChoice(str(tmp_path / f"minutes-{lang}.pdf"), lang))
        qtbot.mouseClick(panel.minutes_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=len(exported): len(exported) == n + 1, timeout=10_000)
    nl, fr = ("\n".join(_pages(Path(p))) for p in exported[1:])
    assert "Verslag van de bewonersvergadering" in nl and "Extra container plaatsen" in nl
    assert "Compte rendu de la réunion des locataires" in fr and "Ce qui a été dit" in fr
    for doc in (nl, fr):
        assert "Lefèvre" not in doc
    panel.channel_combo.setCurrentIndex(panel.channel_combo.findData("letterbox"))
    _tick(qtbot, panel.recipients, 0)
    qtbot.mouseClick(panel.distribute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.detail is not None and panel.detail.meeting.delivered == 1,
                    timeout=5_000)
    assert "1 of 1" in panel.minutes_state.text()
    w.grab().save(str(SHOTS / "collective-minutes-en.png"))

    press_f5_and_wait(qtbot, app)
    qtbot.waitUntil(lambda: app.sync.controller.status.waiting == 0, timeout=5_000)

    boss.sync()
    with boss.vault.session(read_only=True) as s:
        [seen] = mt.list_meetings(s)
        assert (seen.place, seen.status, seen.households_present, seen.delivered) == (
            "Buurthuis Anneessens", "held", 1, 1)
        report = indicators(s, start=seen.held_on, end=seen.held_on)
        assert report.by_category("tenant_meetings") == {"held": 1}
        assert report.by_category("meeting_attendance") == {"household": 1, "staff": 1}
        assert report.by_category("minutes_sent") == {"on_time": 1}
        assert report.by_category("meeting_actions") == {"open": 1}

    # the supervisor's window: Collective work (Ctrl+7) and Indicators (Ctrl+2)
    app.shutdown()  # the collective assistant locks and leaves
    app.window.close()
    boss_app = open_in_app(qtbot, make_sync_app, boss)
    qtbot.waitUntil(lambda: boss_app.window.workspace is not None, timeout=10_000)
    sup = boss_app.window.workspace
    shortcut(qtbot, boss_app, "Ctrl+7")
    assert sup.tabs.currentWidget() is sup.collective
    qtbot.waitUntil(lambda: sup.collective.model.rowCount() == 1, timeout=5_000)
    [row] = sup.collective.model.rows()
    assert (row.neighbourhood_name, row.households_present, row.delivered) == (
        "Anneessens-Centrum", 1, 1)
    shortcut(qtbot, boss_app, "Ctrl+2")
    ind = sup.indicators
    ind.set_period(seen.held_on, seen.held_on)
    with qtbot.waitSignal(ind.loaded, timeout=10_000):
        ind.refresh()
    shown = {(r[0], r[1]): (r[2], r[3]) for r in ind.model.rows()}
    assert shown[("tenant_meetings", "held")] == (1, "4.3: 1")
    assert shown[("minutes_sent", "on_time")] == (1, "2.2: 1")
    assert shown[("meeting_actions", "open")] == (1, "1.1: 1")

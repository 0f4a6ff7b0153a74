"""What a colleague saves on laptop A appears on laptop B's open screen after B's next
background round, without B navigating (issue 12) — one test per area, on the real server
(uvicorn + PostgreSQL). Laptop A is a headless vault with its own engine; laptop B is the app,
its rounds started by the controller's timer (a short interval; saves ask for none here)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from fieldapp.casework import cases as casework
from fieldapp.casework import followups, welcome
from fieldapp.collective import meetings as collective
from fieldapp.community import activities
from fieldapp.community import projects as psc
from fieldapp.local.profile import get_profile
from fieldapp.mentalhealth import consultations
from fieldapp.neighbourhood.requests import log_request
from fieldapp.registry.neighbourhoods import define_neighbourhood
from fieldapp.renovation import contacts, projects
from fieldapp.supervision import review as supervision
from tests.factories import make_world
from tests.integration.desktop_sync.test_collective import grant_collective
from tests.ui.sync.ui_sync_helpers import open_in_app
from tests.ui.ui_helpers import modal_dialog, open_household, shortcut, timeline_texts
from ui.mentalhealth.consult_dialog import ConsultDialog

pytestmark = pytest.mark.postgres

BACKGROUND = {"interval_ms": 300, "debounce_ms": 3_600_000, "first_round_ms": 100}
ARRIVES_MS = 20_000


class Watch:
    """B's screen stays where it is; the rounds that ran are the timer's (nobody pressed F5)."""

    def __init__(self, app, tabs) -> None:  # type: ignore[no-untyped-def]
        self.app, self.tabs = app, tabs
        self.shown = tabs.currentWidget()
        self.reports: list[object] = []
        app.sync.controller.round_finished.connect(self.reports.append)

    def check(self) -> None:
        assert self.tabs.currentWidget() is self.shown  # B did not navigate
        assert any(r.changes for r in self.reports)  # a background round brought it
        assert not self.app.sync._manual


def _team(team, role: str):  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    boss.sync()
    a = team.enrol(role, "a")
    b = team.enrol(role, "b")
    team.grant(boss, a, b)
    a.sync()
    b.sync()
    return boss, a, b, world


def _actor(member) -> str:  # type: ignore[no-untyped-def]
    with member.vault.session(read_only=True) as s:
        return get_profile(s).id


def test_casework_a_note_and_a_follow_up_reach_the_open_case_file(qtbot, team,
                                                                 make_sync_app) -> None:  # type: ignore[no-untyped-def]
    _boss, ann, bob, world = _team(team, "social_assistant")
    app = open_in_app(qtbot, make_sync_app, bob, timings=BACKGROUND)
    ws = app.window.workspace
    view = open_household(qtbot, app, "Famille Lefèvre")
    ws.search.query_edit.setText("huurachterstand")
    ws.search.run_search()
    qtbot.waitUntil(lambda: ws.search.status_label.text() == "No note matches.", timeout=5_000)
    watch = Watch(app, ws.tabs)
    today, actor = date.today(), _actor(ann)
    ann.vault.run(lambda s: casework.add_note(
        s, case_id=world.case_id, kind="phone_call", text="Huurachterstand besproken.",
        occurred_on=today, actor_id=actor))
    ann.vault.run(lambda s: followups.add_followup(
        s, case_id=world.case_id, due_on=today, text="Terugbellen over de huur",
        actor_id=actor, today=today))
    ann.sync()
    qtbot.waitUntil(lambda: {"Huurachterstand besproken.", "Terugbellen over de huur"}
                    <= set(timeline_texts(view)), timeout=ARRIVES_MS)
    qtbot.waitUntil(lambda: "Terugbellen over de huur" in ws.followups.section_texts("today"),
                    timeout=5_000)  # the follow-ups tab, open behind the case file
    qtbot.waitUntil(lambda: ws.search.model.rowCount() == 1, timeout=5_000)  # and the search
    watch.check()


def test_welcome_a_session_reaches_the_open_welcome_tab(qtbot, team, make_sync_app) -> None:  # type: ignore[no-untyped-def]
    _boss, ann, bob, world = _team(team, "social_assistant")
    app = open_in_app(qtbot, make_sync_app, bob, timings=BACKGROUND)
    ws = app.window.workspace
    shortcut(qtbot, app, "Ctrl+4")
    view = ws.welcome
    qtbot.waitUntil(lambda: view.attendees.count() == 1, timeout=5_000)  # Anneessens
    assert view.model.rowCount() == 0
    watch = Watch(app, ws.tabs)
    actor = _actor(ann)
    ann.vault.run(lambda s: welcome.record_welcome_session(
        s, site_id=world.site_id, held_on=date.today(), actor_id=actor,
        attendee_household_ids=[world.household_id], notes="Onthaal van november"))
    ann.sync()
    qtbot.waitUntil(lambda: [r.notes for r in view.model.rows()] == ["Onthaal van november"],
                    timeout=ARRIVES_MS)
    watch.check()


def test_renovation_a_contact_reaches_the_open_dwelling(qtbot, team, make_sync_app) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    actor = _actor(boss)
    with boss.vault.session() as s:
        project = projects.create_project(s, name="Renovatie Blok A", actor_id=actor)
        projects.add_dwellings(s, project_id=project.id, dwelling_ids=[world.dwelling_id],
                               actor_id=actor)
    boss.sync()
    ria, rob = (team.enrol("renovation_assistant", n) for n in ("ria", "rob"))
    team.grant(boss, ria, rob)
    ria.sync()
    rob.sync()
    app = open_in_app(qtbot, make_sync_app, rob, timings=BACKGROUND)
    ws = app.window.workspace
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1 and ws.current_dwelling() is not None,
                    timeout=5_000)
    ws.tabs.setCurrentWidget(ws.contacts)
    assert ws.contacts.model.rowCount() == 0
    watch = Watch(app, ws.tabs)
    pd_id, today, actor = ws.current_dwelling().id, date.today(), _actor(ria)
    ria.vault.run(lambda s: contacts.log_contact(
        s, project_dwelling_id=pd_id, occurred_on=today, category="question",
        text="Vraagt wanneer de werken starten", actor_id=actor, today=today))
    ria.sync()
    qtbot.waitUntil(lambda: [c.text for c in ws.contacts.model.rows()]
                    == ["Vraagt wanneer de werken starten"], timeout=ARRIVES_MS)
    qtbot.waitUntil(lambda: ws.model.rows()[0].open_contacts == 1, timeout=5_000)
    watch.check()


def test_neighbourhood_a_request_reaches_the_open_triage(qtbot, team, make_sync_app) -> None:  # type: ignore[no-untyped-def]
    _boss, nina, ned, world = _team(team, "neighbourhood_agent")
    app = open_in_app(qtbot, make_sync_app, ned, timings=BACKGROUND)
    ws = app.window.workspace
    qtbot.waitUntil(lambda: "0 open requests" in ws.triage.summary.text(), timeout=5_000)
    watch = Watch(app, ws.tabs)
    actor = _actor(nina)
    nina.vault.run(lambda s: log_request(
        s, source="staff", category="noise", site_id=world.site_id, urgency="today",
        description="Lawaai in de trappenhal", actor_id=actor, now=datetime.now(UTC)))
    nina.sync()
    qtbot.waitUntil(lambda: [r.description for r in ws.triage.model.rows()]
                    == ["Lawaai in de trappenhal"], timeout=ARRIVES_MS)
    watch.check()


def test_supervision_a_review_note_reaches_the_open_case_file(qtbot, team,
                                                             make_sync_app) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    boss.sync()
    sue = team.enrol("supervisor", "sue")
    team.grant(boss, sue)
    sue.sync()
    app = open_in_app(qtbot, make_sync_app, sue, timings=BACKGROUND)
    ws = app.window.workspace
    page = ws.open_case(world.case_id, world.household_id)
    qtbot.waitUntil(lambda: page.case is not None, timeout=5_000)
    assert page.review.notes.count() == 0
    watch = Watch(app, ws.tabs)
    actor = _actor(boss)
    boss.vault.run(lambda s: supervision.add_review_note(
        s, case_id=world.case_id, text="Schuldhulp opvolgen", actor_id=actor,
        today=date.today()))
    boss.sync()
    qtbot.waitUntil(lambda: page.review.notes.count() == 1, timeout=ARRIVES_MS)
    assert "Schuldhulp opvolgen" in page.review.notes.item(0).text()
    watch.check()


def test_collective_a_colleagues_topic_reaches_the_open_meeting(qtbot, team,
                                                                make_sync_app) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    cma, cmb = (team.enrol("collective_assistant", n) for n in ("cma", "cmb"))
    with boss.vault.session() as s:
        hood = define_neighbourhood(s, name="Anneessens-Centrum", site_ids=[world.site_id],
                                    assistant_ids=[cma.user_id, cmb.user_id],
                                    actor_id=world.actor_id)
    boss.sync()
    for member in (cma, cmb):
        grant_collective(boss, member)
        member.sync()
    actor = _actor(cma)
    meeting, _ = cma.vault.run(lambda s: collective.plan_meeting(
        s, neighbourhood_id=hood.id, held_on=date.today(), start_minute=19 * 60,
        duration_minutes=90, place="Buurthuis Anneessens", actor_id=actor))
    cma.sync()
    cmb.sync()
    app = open_in_app(qtbot, make_sync_app, cmb, timings=BACKGROUND)
    ws = app.window.workspace
    view, panel = ws.meetings, ws.meetings.panel
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5_000)
    view.select_meeting(meeting.id)
    qtbot.waitUntil(lambda: panel.detail is not None, timeout=5_000)
    assert panel.topics.count() == 0
    watch = Watch(app, ws.tabs)
    cma.vault.run(lambda s: collective.add_topic(
        s, meeting_id=meeting.id, title="Afvalsortering in de kelder",
        source_kind="department", source="Technische dienst", actor_id=actor))
    cma.sync()
    qtbot.waitUntil(lambda: panel.topics.count() == 1, timeout=ARRIVES_MS)
    assert "Afvalsortering in de kelder" in panel.topics.item(0).text()
    assert view.selected() is not None and view.selected().id == meeting.id
    watch.check()


def test_community_an_activity_reaches_the_open_activity_log(qtbot, team,
                                                             make_sync_app) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    make_world(boss.vault)
    boss.sync()
    yara, yves = (team.enrol("community_worker", n) for n in ("yara", "yves"))
    team.grant(boss, yara, yves)
    actor = _actor(yara)
    project, _ = yara.vault.run(lambda s: psc.create_project(
        s, actor_id=actor, name="PSC Anneessens"))
    yara.sync()
    yves.sync()
    app = open_in_app(qtbot, make_sync_app, yves, timings=BACKGROUND)
    ws = app.window.workspace
    qtbot.waitUntil(lambda: ws.project is not None, timeout=5_000)
    shortcut(qtbot, app, "Ctrl+3")
    assert ws.tabs.currentWidget() is ws.log
    qtbot.waitUntil(lambda: "0 activities" in ws.log.summary.text(), timeout=5_000)
    watch = Watch(app, ws.tabs)
    yara.vault.run(lambda s: activities.log_activity(
        s, project_id=project.id, kind="coffee", title="Buurtontbijt",
        held_on=date.today(), participants=12, actor_id=actor))
    yara.sync()
    qtbot.waitUntil(lambda: [a.title for a in ws.log.model.rows()] == ["Buurtontbijt"],
                    timeout=ARRIVES_MS)
    qtbot.waitUntil(lambda: "12 participants" in ws.log.summary.text(), timeout=5_000)
    watch.check()


def test_mental_health_a_consultation_reaches_the_teams_open_list(qtbot, team,
                                                                  make_sync_app) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    boss.sync()
    ann = team.enrol("social_assistant", "ann")
    sam = team.enrol("mental_health_team", "sam")
    team.grant(boss, ann, sam)
    ann.sync()
    sam.sync()
    app = open_in_app(qtbot, make_sync_app, sam, timings=BACKGROUND)
    ws = app.window.workspace
    qtbot.waitUntil(lambda: ws.model.rowCount() == 0 and not app.runner.busy, timeout=5_000)
    watch = Watch(app, app.window.stack)  # one screen, no tabs: the window stays on it
    actor = _actor(ann)
    asked, _ = ann.vault.run(lambda s: consultations.consult(
        s, case_id=world.case_id, question="Een moeder bewaart alles; hoe spreken we haar aan?",
        concerns=["hoarding"], actor_id=actor, today=date.today()))
    ann.sync()
    qtbot.waitUntil(lambda: [r.pseudonym for r in ws.model.rows()] == [asked.pseudonym],
                    timeout=ARRIVES_MS)
    qtbot.waitUntil(lambda: ws.question.text().startswith("Een moeder bewaart alles"),
                    timeout=5_000)
    watch.check()


def test_mental_health_the_teams_advice_reaches_the_open_consult_dialog(
        qtbot, team, make_sync_app) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    boss.sync()
    ann = team.enrol("social_assistant", "ann")
    sam = team.enrol("mental_health_team", "sam")
    team.grant(boss, ann, sam)
    ann.sync()  # the case file the question is about
    asker = _actor(ann)
    asked, _ = ann.vault.run(lambda s: consultations.consult(
        s, case_id=world.case_id, question="Een moeder bewaart alles; hoe spreken we haar aan?",
        concerns=["hoarding"], actor_id=asker, today=date.today()))
    ann.sync()
    sam.sync()
    app = open_in_app(qtbot, make_sync_app, ann, timings=BACKGROUND)
    ws = app.window.workspace
    open_household(qtbot, app, "Famille Lefèvre")
    shortcut(qtbot, app, "Ctrl+Shift+M")
    dialog = modal_dialog(qtbot, ConsultDialog)
    qtbot.waitUntil(lambda: dialog.advice.text() == "Not answered yet.", timeout=5_000)
    assert dialog.earlier.item(0).text().startswith(asked.pseudonym)
    watch = Watch(app, ws.tabs)
    answerer = _actor(sam)
    sam.vault.run(lambda s: consultations.answer(
        s, consultation_id=asked.id, advice="Begin bij wat zij zelf als probleem ziet.",
        actor_id=answerer, today=date.today()))
    sam.sync()
    qtbot.waitUntil(lambda: "Begin bij wat zij zelf" in dialog.advice.text(),
                    timeout=ARRIVES_MS)
    assert dialog.advice.text().startswith("sam (") and dialog.isVisible()
    watch.check()

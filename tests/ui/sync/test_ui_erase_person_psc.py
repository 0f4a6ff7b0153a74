"""Issue 19, item 2, on the real server: the supervisor erases ONE person (not the
household) from the case file's erasure dialog, by keyboard; the PSC workshop and the
committee meeting that named her with consent are re-issued without her name — the other
names, her housemate's included, and the counts stay — and after a round no revision of the
old records is left on the server nor her name on the community worker's laptop."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import create_engine, select, text

from fieldapp.casework.household_list import household_detail
from fieldapp.community import activities, committee, projects
from fieldapp.community.models import PscActivity, PscMeeting
from fieldapp.community.views import Attendee
from fieldapp.local.profile import get_profile
from fieldapp.registry.models import Person
from tests.factories import make_world
from tests.integration.gdpr.scan import scan_vault
from tests.ui.sync.ui_sync_helpers import open_in_app, press_f5_and_wait
from ui.casework.erasure_dialog import ErasureDialog

pytestmark = pytest.mark.postgres
KEY = Qt.Key


def test_erasing_one_person_takes_her_name_out_of_the_psc(qtbot, team, make_sync_app) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    boss.sync()
    worker = team.enrol("community_worker", "youssef")
    team.grant(boss, worker)
    worker.sync()
    with worker.vault.session() as s:
        actor = get_profile(s).id
        project = projects.create_project(s, actor_id=actor, name="PSC Anneessens")
        old_workshop = activities.log_activity(
            s, project_id=project.id, kind="workshop", title="Ateliers portemonnee",
            held_on=date(2026, 10, 2), participants=9, actor_id=actor, consent_given=True,
            named_participants=["Amélie Lefèvre", "Noah Lefèvre", "Fatima El Amrani"]).id
        old_meeting = committee.record_meeting(
            s, project_id=project.id, held_on=date(2026, 10, 9), actor_id=actor,
            attendees=[Attendee("Amélie Lefèvre", "bewoners"),
                       Attendee("Marie Declercq", "Lakenhuis")], minutes="Stand van zaken.").id
    worker.sync()
    boss.sync()
    her = ["Amélie", "Am\\u00e9lie"]  # JSON columns escape accents
    assert scan_vault(worker.vault, her)
    with boss.vault.session(read_only=True) as s:
        amelie = s.scalar(select(Person.id).where(Person.first_name == "Amélie"))
        people = household_detail(s, household_id=world.household_id).people

    app = open_in_app(qtbot, make_sync_app, boss)
    dialog = ErasureDialog(app.context, household_id=world.household_id,
                           case_id=world.case_id, people=people, parent=app.window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2_000)
    dialog.person_radio.setFocus()
    qtbot.keyClick(dialog.person_radio, KEY.Key_Space)  # "only one person"
    assert dialog.person_combo.isEnabled()
    dialog.person_combo.setCurrentIndex(dialog.person_combo.findData(amelie))
    assert dialog.scope() == ("person", amelie)
    dialog.reason_edit.setFocus()
    qtbot.keyClicks(dialog.reason_edit, "Verzoek van de bewoonster")
    dialog.erase_button.setFocus()
    qtbot.keyClick(dialog.erase_button, KEY.Key_Space)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    dialog.close()
    press_f5_and_wait(qtbot, app)  # the re-issued records go up
    worker.sync()
    worker.sync()

    assert scan_vault(worker.vault, her) == []
    with worker.vault.session(read_only=True) as s:
        workshops = s.scalars(select(PscActivity).where(PscActivity.deleted.is_(False))).all()
        meetings = s.scalars(select(PscMeeting).where(PscMeeting.deleted.is_(False))).all()
    assert [(w.participants, w.named_participants) for w in workshops] == [
        (9, ["Noah Lefèvre", "Fatima El Amrani"])]
    assert [(m.minutes, [a["name"] for a in m.attendees]) for m in meetings] == [
        ("Stand van zaken.", ["Marie Declercq"])]
    assert workshops[0].id != old_workshop and meetings[0].id != old_meeting
    engine = create_engine(team.server.database_url)
    try:
        with engine.connect() as conn:  # every revision of the old records is gone
            for old in (old_workshop, old_meeting):
                assert conn.scalar(text("SELECT count(*) FROM revisions WHERE item_id = :i"),
                                   {"i": old}) == 0
    finally:
        engine.dispose()

"""The collective assistant's work beyond the meeting, driven as a person would (issue 18,
items 3, 4 and 6): start an awareness campaign on a building, go door to door (a door and
what happened, never a name), note the findings; register the bike storage, book it, lend
its key and take it back (the name is erased); publish the call for projects, take in an
application, select it with an amount; record an ARHUU meeting. Ctrl+3/4/5 reach the tabs."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from fieldapp.collective import campaigns as cp
from fieldapp.collective import participation as pt
from fieldapp.collective import rooms as rm
from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.registry import households as registry
from fieldapp.registry.neighbourhoods import define_neighbourhood
from fieldapp.vault import Vault
from tests.factories import PASSPHRASE, PROFILE, fixed_clock, make_world
from tests.ui.ui_helpers import shortcut
from ui.collective.workspace import CollectiveWorkspace
from ui.document_export import ExportChoice

SHOTS = Path("build/screenshots/collective")


@pytest.fixture
def cma_world(vault_dir, store):
    vault = Vault.create(vault_dir, PASSPHRASE,
                         profile={**PROFILE, "role": "collective_assistant", "sites": []},
                         kdf_params=TEST_KDF_PARAMS, secret_store=store, clock=fixed_clock)
    world = make_world(vault)
    with vault.session() as s:
        define_neighbourhood(s, name="Anneessens-Centrum", site_ids=[world.site_id],
                             assistant_ids=[world.actor_id], actor_id=world.actor_id)
        registry.add_dwelling(s, building_id=world.building_id, label="4A",
                              actor_id=world.actor_id)
    vault.lock()
    return world


def _click(qtbot, button) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # by keyboard: focus and Space


def _read(app, fn):
    got: list = []
    app.context.call(lambda s: got.append(fn(s)))
    return got


def _tick(qtbot, widget: QListWidget, row: int) -> None:
    widget.setFocus()
    widget.setCurrentRow(row)
    qtbot.keyClick(widget, Qt.Key.Key_Space)


def _collective(qtbot, make_app) -> tuple:
    app = make_app()
    page = app.window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window.workspace is not None, timeout=10_000)
    work = app.window.workspace
    assert isinstance(work, CollectiveWorkspace)
    return app, work


def test_a_campaign_and_its_door_to_door_round(qtbot, make_app, cma_world, tmp_path) -> None:
    app, work = _collective(qtbot, make_app)
    shortcut(qtbot, app, "Ctrl+3")
    view = work.campaigns
    assert work.tabs.currentWidget() is view and view.table.hasFocus()
    qtbot.waitUntil(lambda: view.hood_combo.currentText() == "Anneessens-Centrum"
                    and view.buildings.count() == 1, timeout=5_000)
    assert view.buildings.item(0).text() == "Blok A"
    view.theme_combo.setCurrentIndex(view.theme_combo.findData("waste_sorting"))
    view.title_edit.setFocus()
    qtbot.keyClicks(view.title_edit, "Afval sorteren in Blok A")
    view.posters_spin.setValue(6)
    _click(qtbot, view.new_button)  # no building ticked: a clear message
    qtbot.waitUntil(view.error.isVisible, timeout=5_000)
    assert "buildings" in view.error.text()
    _tick(qtbot, view.buildings, 0)
    _click(qtbot, view.new_button)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.doors.count() == 2,
                    timeout=5_000)
    assert not view.error.isVisible()
    assert [view.doors.item(i).text() for i in range(2)] == [
        "Blok A · 3B — not visited yet", "Blok A · 4A — not visited yet"]
    assert "Lefèvre" not in view.doors.item(0).text()  # a door, never a name
    # the round: the first door, nobody home; the second, met, with a remark
    view.doors.setFocus()
    view.doors.setCurrentRow(0)
    view.outcome_combo.setCurrentIndex(view.outcome_combo.findData("absent"))
    _click(qtbot, view.door_button)
    qtbot.waitUntil(lambda: "Absent" in view.doors.item(0).text(), timeout=5_000)
    assert view.doors.currentRow() == 1  # on to the next door
    view.outcome_combo.setCurrentIndex(view.outcome_combo.findData("met"))
    qtbot.keyClicks(view.remarks_edit, "Bakken te klein")
    _click(qtbot, view.door_button)
    qtbot.waitUntil(lambda: "Met" in view.doors.item(1).text(), timeout=5_000)
    assert "Bakken te klein" in view.doors.item(1).text()
    qtbot.waitUntil(lambda: "2 of 2 doors" in view.heading.text(), timeout=5_000)
    view.findings_edit.setFocus()
    qtbot.keyClicks(view.findings_edit, "De containers zijn te klein voor het gebouw.")
    _click(qtbot, view.findings_button)
    qtbot.waitUntil(lambda: view.model.rows()[0].findings.startswith("De containers"),
                    timeout=5_000)
    # change the campaign: the form shows it, one more poster
    assert view.title_edit.text() == "Afval sorteren in Blok A"
    view.posters_spin.setValue(7)
    _click(qtbot, view.change_button)
    qtbot.waitUntil(lambda: view.model.rows()[0].posters == 7, timeout=5_000)
    assert view.model.rowCount() == 1
    SHOTS.mkdir(parents=True, exist_ok=True)
    app.window.grab().save(str(SHOTS / "campaign-round-en.png"))
    got = _read(app, lambda s: cp.round_of(s, view.model.rows()[0].id))
    qtbot.waitUntil(lambda: bool(got), timeout=5_000)
    assert [(d.door, d.outcome) for d in got[0]] == [("3B", "absent"), ("4A", "met")]
    # the summary, in Dutch and in French
    exported: list[str] = []
    view.exported.connect(exported.append)
    answers = [ExportChoice(str(tmp_path / f"campagne-{lang}.pdf"), lang) for lang in ("nl", "fr")]
    view.choose_export = lambda _p, **kw: kw["on_chosen"](answers.pop(0))
    for n in (1, 2):
        _click(qtbot, view.summary_button)
        qtbot.waitUntil(lambda n=n: len(exported) == n, timeout=10_000)
    nl, fr = ("\n".join(pg.extract_text() for pg in PdfReader(path).pages) for path in exported)
    assert "Sensibiliseringscampagne: Afval sorteren in Blok A" in nl
    assert "2 van 2 deuren bezocht (100 %)" in nl and "Afval sorteren" in nl
    assert "Campagne de sensibilisation" in fr and "Tri des déchets" in fr
    assert "Bakken te klein" not in nl + fr  # counts only


def test_a_common_room_its_bookings_and_keys(qtbot, make_app, cma_world) -> None:
    app, work = _collective(qtbot, make_app)
    shortcut(qtbot, app, "Ctrl+4")
    view = work.rooms
    assert work.tabs.currentWidget() is view
    qtbot.waitUntil(lambda: view.site_combo.count() == 1, timeout=5_000)
    view.name_edit.setFocus()
    qtbot.keyClicks(view.name_edit, "Fietsenberging Blok A")
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("bike_storage"))
    view.rules_edit.setFocus()
    qtbot.keyClicks(view.rules_edit, "Fietsen aan de rekken.")
    _click(qtbot, view.add_button)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.booking_box.isEnabled(),
                    timeout=5_000)
    view.purpose_edit.setFocus()
    qtbot.keyClicks(view.purpose_edit, "Fietsherstelatelier")
    _click(qtbot, view.book_button)
    qtbot.waitUntil(lambda: view.bookings.count() == 1, timeout=5_000)
    assert "Fietsherstelatelier" in view.bookings.item(0).text()
    qtbot.keyClicks(view.purpose_edit, "Tweede groep")  # the same time: refused
    _click(qtbot, view.book_button)
    qtbot.waitUntil(view.error.isVisible, timeout=5_000)
    assert "already booked" in view.error.text()
    qtbot.keyClicks(view.holder_edit, "Concierge Blok A")
    _click(qtbot, view.lend_button)
    qtbot.waitUntil(lambda: view.keys.count() == 1 and view.model.rows()[0].keys_out == 1,
                    timeout=5_000)
    assert "Concierge Blok A since" in view.keys.item(0).text()
    view.keys.setFocus()
    view.keys.setCurrentRow(0)
    _click(qtbot, view.returned_button)
    qtbot.waitUntil(lambda: "returned" in view.keys.item(0).text(), timeout=5_000)
    assert "Concierge" not in view.keys.item(0).text()  # the name is gone
    # an incident: what happened, then dealt with
    view.incident_edit.setFocus()
    qtbot.keyClicks(view.incident_edit, "Slot geforceerd")
    _click(qtbot, view.incident_button)
    qtbot.waitUntil(lambda: view.incidents.count() == 1, timeout=5_000)
    assert view.incidents.item(0).text().endswith("Slot geforceerd — open")
    view.incidents.setFocus()
    view.incidents.setCurrentRow(0)
    _click(qtbot, view.resolved_button)
    qtbot.waitUntil(lambda: "dealt with" in view.incidents.item(0).text(), timeout=5_000)
    app.window.grab().save(str(SHOTS / "rooms-en.png"))
    got = _read(app, lambda s: rm.keys_of(s, view.model.rows()[0].id))
    qtbot.waitUntil(lambda: bool(got), timeout=5_000)
    assert [k.holder for k in got[0]] == [""]


def test_the_call_for_projects_and_the_council(qtbot, make_app, cma_world, tmp_path) -> None:
    app, work = _collective(qtbot, make_app)
    shortcut(qtbot, app, "Ctrl+5")
    view = work.participation
    assert work.tabs.currentWidget() is view
    view.call_title.setFocus()
    qtbot.keyClicks(view.call_title, "Projectoproep 2026")
    view.call_text.setFocus()
    qtbot.keyClicks(view.call_text, "Steun voor collectieve projecten in de wijk.")
    _click(qtbot, view.publish_button)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.application_box.isEnabled(),
                    timeout=5_000)
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("tenant_group"))
    qtbot.keyClicks(view.applicant_edit, "Bewonersgroep Blok A")
    qtbot.keyClicks(view.project_edit, "Moestuin")
    view.asked_spin.setValue(1500)
    _click(qtbot, view.apply_button)
    qtbot.waitUntil(lambda: view.applications.count() == 1, timeout=5_000)
    view.applications.setFocus()
    view.applications.setCurrentRow(0)
    assert view.granted_spin.value() == 1500  # what was asked, to start from
    view.decision_combo.setCurrentIndex(view.decision_combo.findData("selected"))
    view.granted_spin.setValue(1200)
    _click(qtbot, view.decide_button)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1
                    and view.model.rows()[0].granted == 1200, timeout=5_000)
    qtbot.waitUntil(lambda: "Selected 1200 €" in view.applications.item(0).text(),
                    timeout=5_000)
    assert "1 applications, 1 selected, 1200 € granted" in view.heading.text()
    exported: list[str] = []
    view.exported.connect(exported.append)
    answers = [ExportChoice(str(tmp_path / f"besluit-{lang}.pdf"), lang) for lang in ("nl", "fr")]
    view.choose_export = lambda _p, **kw: kw["on_chosen"](answers.pop(0))
    view.applications.setFocus()
    view.applications.setCurrentRow(0)
    for n in (1, 2):
        _click(qtbot, view.letter_button)
        qtbot.waitUntil(lambda n=n: len(exported) == n, timeout=10_000)
    nl, fr = (" ".join(" ".join(pg.extract_text() for pg in PdfReader(path).pages).split())
              for path in exported)
    assert "Aan Bewonersgroep Blok A" in nl and "1200 € toegekend" in nl
    assert "À Bewonersgroep Blok A" in fr and "1200 € vous est accordé" in fr
    view.body_combo.setCurrentIndex(view.body_combo.findData("arhuu"))
    qtbot.keyClicks(view.subject_edit, "Huurprijzen 2027")
    view.advice_edit.setFocus()
    qtbot.keyClicks(view.advice_edit, "Positief advies")
    _click(qtbot, view.council_button)
    qtbot.waitUntil(lambda: view.council_list.count() == 1, timeout=5_000)
    assert "Huurprijzen 2027" in view.council_list.item(0).text()
    app.window.grab().save(str(SHOTS / "participation-en.png"))
    got = _read(app, pt.list_calls)
    qtbot.waitUntil(lambda: bool(got), timeout=5_000)
    assert [(c.applications, c.selected, c.granted) for c in got[0]] == [(1, 1, 1200)]


def test_a_meeting_is_corrected_and_cancelled_in_the_panel(qtbot, make_app, cma_world) -> None:
    """Topics, staff and a distribution logged by mistake are corrected; a planned meeting
    is cancelled and planned again."""
    _app, work = _collective(qtbot, make_app)
    view, panel = work.meetings, work.meetings.panel
    qtbot.waitUntil(lambda: view.hood_combo.currentText() == "Anneessens-Centrum",
                    timeout=5_000)
    qtbot.keyClicks(view.place_edit, "Buurthuis")
    _click(qtbot, view.plan_button)
    qtbot.waitUntil(lambda: panel.detail is not None, timeout=5_000)
    # the agenda: a topic added, corrected, a second one removed
    for title in ("Fietsen", "Lift"):
        panel.topic_title.setFocus()
        qtbot.keyClicks(panel.topic_title, title)
        panel.source_kind.setCurrentIndex(panel.source_kind.findData("tenants"))
        _click(qtbot, panel.add_topic_button)
        qtbot.waitUntil(lambda t=title: panel.detail is not None and any(
            x.title == t for x in panel.detail.topics), timeout=5_000)
    panel.topics.setFocus()
    panel.topics.setCurrentRow(0)
    assert panel.topic_title.text() == "Fietsen"  # the form shows the topic chosen
    panel.topic_title.selectAll()
    qtbot.keyClicks(panel.topic_title, "Fietsenberging in de kelder")
    panel.source_kind.setCurrentIndex(panel.source_kind.findData("department"))
    qtbot.keyClicks(panel.source_edit, "Technische dienst")
    _click(qtbot, panel.edit_topic_button)
    qtbot.waitUntil(lambda: panel.topics.count() == 2
                    and "Fietsenberging in de kelder" in panel.topics.item(0).text(),
                    timeout=5_000)
    panel.topics.setFocus()
    panel.topics.setCurrentRow(1)
    _click(qtbot, panel.remove_topic_button)
    qtbot.waitUntil(lambda: panel.topics.count() == 1, timeout=5_000)
    # on the day: staff added, then named with their agreement, then taken off the list
    panel.tabs.setCurrentIndex(1)
    _tick(qtbot, panel.present, 0)
    _click(qtbot, panel.attendance_button)
    qtbot.keyClicks(panel.staff_function, "Technische dienst")
    _click(qtbot, panel.add_staff_button)
    qtbot.waitUntil(lambda: panel.staff_list.count() == 1, timeout=5_000)
    panel.staff_list.setFocus()
    panel.staff_list.setCurrentRow(0)
    panel.staff_name.setFocus()
    qtbot.keyClicks(panel.staff_name, "Jan Peeters")
    panel.staff_agreed.setChecked(True)
    _click(qtbot, panel.edit_staff_button)
    qtbot.waitUntil(lambda: "Jan Peeters" in panel.staff_list.item(0).text(), timeout=5_000)
    panel.staff_list.setFocus()
    panel.staff_list.setCurrentRow(0)
    _click(qtbot, panel.remove_staff_button)
    qtbot.waitUntil(lambda: panel.staff_list.count() == 0, timeout=5_000)
    # the minutes: a distribution by e-mail logged by mistake, taken back
    panel.tabs.setCurrentIndex(2)
    _click(qtbot, panel.issue_button)
    qtbot.waitUntil(panel.distribution_box.isEnabled, timeout=5_000)
    panel.channel_combo.setCurrentIndex(panel.channel_combo.findData("email"))
    _tick(qtbot, panel.recipients, 0)
    _click(qtbot, panel.distribute_button)
    qtbot.waitUntil(lambda: panel.detail is not None and panel.detail.meeting.delivered == 1,
                    timeout=5_000)
    _tick(qtbot, panel.recipients, 0)
    _click(qtbot, panel.undo_button)
    qtbot.waitUntil(lambda: panel.detail is not None and panel.detail.meeting.delivered == 0,
                    timeout=5_000)
    assert "received by 0 of" in panel.minutes_state.text()
    # a held meeting with its minutes cannot be cancelled: a clear message
    _click(qtbot, panel.cancel_button)
    qtbot.waitUntil(panel.error.isVisible, timeout=5_000)
    assert "minutes of this meeting are issued" in panel.error.text()
    # next month's meeting is cancelled, then planned again
    view.date_edit.setDate(view.date_edit.date().addMonths(1))
    view.place_edit.setFocus()
    qtbot.keyClicks(view.place_edit, "Buurthuis")
    _click(qtbot, view.plan_button)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and panel.detail is not None
                    and panel.detail.meeting.status == "planned", timeout=5_000)
    assert panel.cancel_button.text() == "Cancel the meeting"
    _click(qtbot, panel.cancel_button)
    qtbot.waitUntil(lambda: view.model.rows()[0].status == "cancelled", timeout=5_000)
    qtbot.waitUntil(lambda: panel.cancel_button.text() == "Plan it again", timeout=5_000)
    assert "Cancelled" in panel.heading.text() and not panel.tabs.isEnabled()
    _click(qtbot, panel.cancel_button)
    qtbot.waitUntil(lambda: view.model.rows()[0].status == "planned", timeout=5_000)


def test_a_tenants_initiative_and_the_support_given(qtbot, make_app, cma_world) -> None:
    app, work = _collective(qtbot, make_app)
    shortcut(qtbot, app, "Ctrl+6")
    view = work.initiatives
    assert work.tabs.currentWidget() is view and view.table.hasFocus()
    qtbot.waitUntil(lambda: view.hood_combo.currentText() == "Anneessens-Centrum",
                    timeout=5_000)
    view.title_edit.setFocus()
    qtbot.keyClicks(view.title_edit, "Huiswerkklas")
    _click(qtbot, view.start_button)  # no group: a clear message
    qtbot.waitUntil(view.error.isVisible, timeout=5_000)
    assert "group" in view.error.text()
    qtbot.keyClicks(view.group_edit, "Ouders van Blok A")
    _click(qtbot, view.start_button)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.support_box.isEnabled(),
                    timeout=5_000)
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("room"))
    view.note_edit.setFocus()
    qtbot.keyClicks(view.note_edit, "Salle polyvalente op woensdag")
    _click(qtbot, view.support_button)
    qtbot.waitUntil(lambda: view.support_list.count() == 1, timeout=5_000)
    assert "A room lent" in view.support_list.item(0).text()
    assert view.status_button.text().replace("&", "") == "It has ended"
    _click(qtbot, view.status_button)
    qtbot.waitUntil(lambda: view.model.rows()[0].status == "ended", timeout=5_000)
    assert "Ended" in view.heading.text()
    got = _read(app, pt.list_initiatives)
    qtbot.waitUntil(lambda: bool(got), timeout=5_000)
    assert [(i.carried_by, len(i.support)) for i in got[0]] == [("Ouders van Blok A", 1)]


def test_an_arhuu_election_from_roll_to_validation(qtbot, make_app, cma_world) -> None:
    from fieldapp.collective import elections as el

    app, work = _collective(qtbot, make_app)
    shortcut(qtbot, app, "Ctrl+7")
    view = work.elections
    assert work.tabs.currentWidget() is view and view.table.hasFocus()
    view.seats_spin.setValue(1)
    _click(qtbot, view.prepare_button)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.roll.count() == 2,
                    timeout=5_000)
    assert view.roll.item(0).text().startswith("Famille Lefèvre")
    for name in ("Amina B", "Jan D"):
        view.candidate_edit.setFocus()
        qtbot.keyClicks(view.candidate_edit, name)
        _click(qtbot, view.add_candidate_button)
        qtbot.waitUntil(lambda n=name: any(n in view.candidates.item(i).text()
                                           for i in range(view.candidates.count())),
                        timeout=5_000)
    _tick(qtbot, view.roll, 0)
    _click(qtbot, view.voted_button)
    qtbot.waitUntil(lambda: "1 of 2 households voted" in view.heading.text(), timeout=5_000)
    assert not view.validate_button.isEnabled()  # the votes are not counted yet
    view.candidates.setFocus()
    view.candidates.setCurrentRow(0)
    view.votes_spin.setValue(1)
    _click(qtbot, view.votes_button)
    qtbot.waitUntil(lambda: "elected" in view.candidates.item(0).text(), timeout=5_000)
    qtbot.waitUntil(view.validate_button.isEnabled, timeout=5_000)
    _click(qtbot, view.validate_button)
    qtbot.waitUntil(lambda: "the roll is purged" in view.heading.text(), timeout=5_000)
    assert view.roll.count() == 0 and not view.candidate_box.isEnabled()
    assert view.model.rows()[0].voters == 1 and view.model.rows()[0].roll_size == 2
    got = _read(app, el.roll_count)
    qtbot.waitUntil(lambda: bool(got), timeout=5_000)
    assert got == [0]

"""The ARHUU election's notice and results printed in Dutch and French, the council its
elected candidates form (mandates, a member stepping down) and the council's meetings
linked to it — driven as a person would (issue 18, item 6)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.ui.test_ui_collective_field_work import _click, _collective, _tick, cma_world
from tests.ui.ui_helpers import shortcut
from ui.document_export import ExportChoice

__all__ = ["cma_world"]
SHOTS = Path("build/screenshots/collective")


def _pdf_text(path: str) -> str:
    return " ".join(" ".join(pg.extract_text() for pg in PdfReader(path).pages).split())


def _export(qtbot, view, button, paths: list[Path]) -> list[str]:
    exported: list[str] = []
    view.exported.connect(exported.append)
    answers = [ExportChoice(str(path), path.stem[-2:]) for path in paths]
    view.choose_export = lambda _p, **kw: kw["on_chosen"](answers.pop(0))
    for n in range(1, len(paths) + 1):
        _click(qtbot, button)
        qtbot.waitUntil(lambda n=n: len(exported) == n, timeout=10_000)
    view.exported.disconnect()
    return [_pdf_text(p) for p in exported]


def test_notice_results_and_the_council(qtbot, make_app, cma_world, tmp_path) -> None:
    app, work = _collective(qtbot, make_app)
    shortcut(qtbot, app, "Ctrl+7")
    view = work.elections
    view.seats_spin.setValue(1)
    _click(qtbot, view.prepare_button)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.roll.count() == 2,
                    timeout=5_000)
    assert not view.results_button.isEnabled()  # nothing counted yet
    for name in ("Amina B", "Jan D"):
        view.candidate_edit.setFocus()
        qtbot.keyClicks(view.candidate_edit, name)
        _click(qtbot, view.add_candidate_button)
        qtbot.waitUntil(lambda n=name: any(n in view.candidates.item(i).text()
                                           for i in range(view.candidates.count())),
                        timeout=5_000)
    view.place_edit.setFocus()
    qtbot.keyClicks(view.place_edit, "Buurthuis Anneessens, Lombardstraat 2")
    qtbot.keyClicks(view.hours_edit, "9:00 - 16:00")
    _click(qtbot, view.polling_button)
    qtbot.waitUntil(lambda: view.model.rows()[0].polling_hours == "9:00 - 16:00",
                    timeout=5_000)
    nl, fr = _export(qtbot, view, view.notice_button,
                     [tmp_path / "notice-nl.pdf", tmp_path / "notice-fr.pdf"])
    assert "Verkiezing van de Adviesraad van Huurders" in nl and "Amina B" in nl
    assert "Hoe stemmen?" in nl and "Stembureau Buurthuis Anneessens, Lombardstraat 2" in nl
    assert "Bureau de vote Buurthuis Anneessens" in fr and "9:00 - 16:00" in fr
    assert "Élection du Conseil consultatif des locataires" in fr and "Jan D" in fr
    _tick(qtbot, view.roll, 0)
    _click(qtbot, view.voted_button)
    qtbot.waitUntil(lambda: "1 of 2 households voted" in view.heading.text(), timeout=5_000)
    view.candidates.setFocus()
    view.candidates.setCurrentRow(0)
    view.votes_spin.setValue(1)
    _click(qtbot, view.votes_button)
    qtbot.waitUntil(view.validate_button.isEnabled, timeout=5_000)
    _click(qtbot, view.validate_button)
    qtbot.waitUntil(lambda: "the roll is purged" in view.heading.text(), timeout=5_000)
    qtbot.waitUntil(lambda: view.members.count() == 1, timeout=5_000)
    assert view.council_box.isEnabled() and view.results_button.isEnabled()
    assert view.members.item(0).text().startswith("Amina B — mandate ")
    nl, fr = _export(qtbot, view, view.results_button,
                     [tmp_path / "results-nl.pdf", tmp_path / "results-fr.pdf"])
    assert "Uitslag" in nl and "Amina B 1 ja" in nl and "Opkomst 50 %" in nl
    assert "Résultats" in fr and "Participation 50 %" in fr
    for text in (nl, fr):
        assert "Lefèvre" not in text and "Yılmaz" not in text  # no voter named
    # an ARHUU meeting recorded in the participation tab joins the sitting council
    shortcut(qtbot, app, "Ctrl+5")
    part = work.participation
    part.body_combo.setCurrentIndex(part.body_combo.findData("arhuu"))
    part.subject_edit.setFocus()
    qtbot.keyClicks(part.subject_edit, "Huurprijzen 2027")
    _click(qtbot, part.council_button)
    qtbot.waitUntil(lambda: part.council_list.count() == 1, timeout=5_000)
    shortcut(qtbot, app, "Ctrl+7")
    qtbot.waitUntil(lambda: view.meetings.count() == 1, timeout=5_000)
    assert "Huurprijzen 2027" in view.meetings.item(0).text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    app.window.grab().save(str(SHOTS / "council-en.png"))
    # a member steps down: the mandate ends that day
    before = view.members.item(0).text()
    view.members.setFocus()
    view.members.setCurrentRow(0)
    _click(qtbot, view.end_button)
    qtbot.waitUntil(lambda: view.members.item(0).text() != before, timeout=5_000)
    assert view.error.isHidden()


def test_coaching_final_report_and_a_call_deleted(qtbot, make_app, cma_world) -> None:
    app, work = _collective(qtbot, make_app)
    shortcut(qtbot, app, "Ctrl+5")
    view = work.participation
    view.call_title.setFocus()
    qtbot.keyClicks(view.call_title, "Projectoproep 2026")
    _click(qtbot, view.publish_button)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.application_box.isEnabled(),
                    timeout=5_000)
    qtbot.keyClicks(view.applicant_edit, "Bewonersgroep Blok A")
    qtbot.keyClicks(view.project_edit, "Moestuin")
    view.asked_spin.setValue(1500)
    _click(qtbot, view.apply_button)
    qtbot.waitUntil(lambda: view.applications.count() == 1, timeout=5_000)
    view.applications.setFocus()
    view.applications.setCurrentRow(0)
    qtbot.waitUntil(view.follow_box.isEnabled, timeout=5_000)
    assert not view.report_button.isEnabled()  # not selected yet
    assert "once the project is selected" in view.report_label.text()
    view.discussed_edit.setFocus()
    qtbot.keyClicks(view.discussed_edit, "Begroting samen nagekeken")
    _click(qtbot, view.coaching_button)
    qtbot.waitUntil(lambda: view.coaching.count() == 1, timeout=5_000)
    assert "Begroting samen nagekeken" in view.coaching.item(0).text()
    view.decision_combo.setCurrentIndex(view.decision_combo.findData("selected"))
    view.granted_spin.setValue(1200)
    _click(qtbot, view.decide_button)
    qtbot.waitUntil(view.report_button.isEnabled, timeout=5_000)
    assert "not received yet" in view.report_label.text()
    view.report_edit.setFocus()
    qtbot.keyClicks(view.report_edit, "Twaalf bakken aangelegd")
    view.spent_spin.setValue(1100)
    _click(qtbot, view.report_button)
    qtbot.waitUntil(lambda: "1100 € spent of 1200 € granted" in view.report_label.text(),
                    timeout=5_000)
    assert view.coaching.count() == 1 and view.error.isHidden()
    SHOTS.mkdir(parents=True, exist_ok=True)
    app.window.grab().save(str(SHOTS / "participation-follow-up-en.png"))
    # the call was entered by mistake: asked first, then gone
    asked: list[str] = []
    view.confirm = lambda _title, text: asked.append(text) or False
    view.table.setFocus()
    view.table.selectRow(0)
    _click(qtbot, view.delete_button)
    assert asked and "with its 1 applications" in asked[0]
    assert view.model.rowCount() == 1  # said no: still there
    view.confirm = lambda _title, _text: True
    _click(qtbot, view.delete_button)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=5_000)
    qtbot.waitUntil(lambda: view.applications.count() == 0, timeout=5_000)
    assert not view.follow_box.isEnabled()


def test_a_campaign_and_a_room_entered_by_mistake_are_deleted(qtbot, make_app,
                                                              cma_world) -> None:
    app, work = _collective(qtbot, make_app)
    shortcut(qtbot, app, "Ctrl+3")
    view = work.campaigns
    qtbot.waitUntil(lambda: view.buildings.count() == 1, timeout=5_000)
    assert not view.delete_button.isEnabled()
    view.title_edit.setFocus()
    qtbot.keyClicks(view.title_edit, "Per vergissing")
    _tick(qtbot, view.buildings, 0)
    _click(qtbot, view.new_button)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.delete_button.isEnabled(),
                    timeout=5_000)
    asked: list[str] = []
    view.confirm = lambda _title, text: bool(asked.append(text)) or True
    _click(qtbot, view.delete_button)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=5_000)
    assert "Per vergissing" in asked[0] and view.doors.count() == 0
    shortcut(qtbot, app, "Ctrl+4")
    rooms = work.rooms
    qtbot.waitUntil(lambda: rooms.site_combo.count() == 1, timeout=5_000)
    rooms.name_edit.setFocus()
    qtbot.keyClicks(rooms.name_edit, "Fietsenberging")
    _click(qtbot, rooms.add_button)
    qtbot.waitUntil(lambda: rooms.model.rowCount() == 1 and rooms.key_box.isEnabled(),
                    timeout=5_000)
    qtbot.keyClicks(rooms.holder_edit, "Concierge Blok A")
    _click(qtbot, rooms.lend_button)
    qtbot.waitUntil(lambda: rooms.keys.count() == 1, timeout=5_000)
    rooms.confirm = lambda _title, _text: False
    rooms.table.setFocus()
    rooms.table.selectRow(0)
    _click(qtbot, rooms.delete_button)
    assert rooms.model.rowCount() == 1  # said no
    rooms.confirm = lambda _title, _text: True
    _click(qtbot, rooms.delete_button)
    qtbot.waitUntil(lambda: rooms.model.rowCount() == 0, timeout=5_000)
    qtbot.waitUntil(lambda: rooms.keys.count() == 0, timeout=5_000)
    assert not rooms.key_box.isEnabled() and rooms.error.isHidden()


def test_the_supervisor_sees_campaigns_rooms_and_calls(qtbot, make_app, vault_dir,
                                                       store) -> None:
    from datetime import date

    from PySide6.QtCore import Qt

    from fieldapp.collective import campaigns as cp
    from fieldapp.collective import participation as pt
    from fieldapp.collective import rooms as rm
    from fieldapp.crypto.kdf import TEST_KDF_PARAMS
    from fieldapp.registry.neighbourhoods import define_neighbourhood
    from fieldapp.vault import Vault
    from tests.factories import PASSPHRASE, fixed_clock, make_world

    profile = {"display_name": "Test Supervisor", "role": "supervisor",
               "organisation": "test-org", "sites": []}
    vault = Vault.create(vault_dir, PASSPHRASE, profile=profile, kdf_params=TEST_KDF_PARAMS,
                         secret_store=store, clock=fixed_clock)
    world = make_world(vault)
    me, day = world.actor_id, date(2026, 11, 2)
    with vault.session() as s:  # as the collective assistant's laptop synced them
        hood = define_neighbourhood(s, name="Anneessens-Centrum", site_ids=[world.site_id],
                                    assistant_ids=[me], actor_id=me)
        c = cp.save_campaign(s, neighbourhood_id=hood.id, theme="energy",
                             title="Energie besparen", starts_on=day, ends_on=None,
                             building_ids=[world.building_id], posters=3, actor_id=me)
        door = cp.round_of(s, c.id)[0]
        cp.record_door(s, campaign_id=c.id, dwelling_id=door.dwelling_id, outcome="met",
                       remarks="", visited_on=day, actor_id=me)
        rm.save_room(s, site_id=world.site_id, name="Fietsenberging", kind="bike_storage",
                     house_rules="", actor_id=me)
        call = pt.save_call(s, year=2026, title="Projectoproep 2026", deadline=None,
                            call_text="", actor_id=me)
        a = pt.add_application(s, call_id=call.id, applicant_kind="tenant_group",
                               applicant="Bewonersgroep", title="Moestuin",
                               amount_requested=900, actor_id=me)
        pt.decide_application(s, application_id=a.id, status="selected", amount_granted=800,
                              actor_id=me)
    vault.lock()
    app = make_app()
    page = app.window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(app.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window.workspace is not None, timeout=10_000)
    sup = app.window.workspace
    shortcut(qtbot, app, "Ctrl+7")
    overview = sup.collective
    assert sup.tabs.currentWidget() is overview
    qtbot.waitUntil(lambda: overview.call_model.rowCount() == 1, timeout=5_000)
    tabs = overview.work_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Meetings", "Campaigns", "Common rooms", "Calls for projects"]
    tabs.setFocus()
    qtbot.keyClick(tabs.tabBar(), Qt.Key.Key_Right)  # by keyboard to the campaigns
    assert tabs.currentWidget() is overview.campaigns

    def shown(table) -> list[str]:
        model = table.model()
        return [model.index(0, col).data() for col in range(model.columnCount())]

    assert "Energie besparen" in shown(overview.campaigns)
    assert "1/1" in shown(overview.campaigns)  # coverage: doors visited of the doors
    assert shown(overview.rooms)[:1] == ["Fietsenberging"]
    calls = shown(overview.calls)
    assert "Projectoproep 2026" in calls and "800" in [str(x) for x in calls]
    SHOTS.mkdir(parents=True, exist_ok=True)
    app.window.grab().save(str(SHOTS / "supervisor-collective-en.png"))


def test_the_follow_up_is_reached_by_tab_in_reading_order(qtbot, make_app, cma_world) -> None:
    app, work = _collective(qtbot, make_app)
    shortcut(qtbot, app, "Ctrl+5")
    view = work.participation
    from PySide6.QtCore import Qt

    view.letter_button.setEnabled(True)
    view.follow_box.setEnabled(True)  # as when an application is chosen
    view.decision_box.setEnabled(True)
    # (a date field's own Tab walks its day, month and year: start after it)
    for start, expected in ((view.letter_button, view.coaching),
                            (view.discussed_edit, view.coaching_button),
                            (view.report_button, view.kind_combo)):
        start.setEnabled(True)
        start.setFocus()
        qtbot.keyClick(start, Qt.Key.Key_Tab)
        assert app.window.focusWidget() in (expected, expected.focusProxy())

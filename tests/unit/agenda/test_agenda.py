"""The agenda (issue 16 item 4): visits, office appointments, welcome sessions, access
appointments and follow-ups by day and week per worker; overlaps flagged; reschedule,
cancel with a reason (in the timeline), delete by mistake (a tombstone); the day sheet."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy.orm import Session

from fieldapp.agenda import changes
from fieldapp.agenda.agenda import agenda, brussels, instant, week_of, workers
from fieldapp.agenda.day_sheet import day_sheet_pdf
from fieldapp.agenda.texts import file_name
from fieldapp.casework import appointments, followups, visits, welcome
from fieldapp.casework.models import HomeVisit
from fieldapp.casework.timeline import timeline
from fieldapp.errors import ValidationError
from fieldapp.renovation import access, projects
from tests.factories import TODAY, World

DAY = TODAY + timedelta(days=3)  # Monday 23 November 2026


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _plan_day(s: Session, world: World) -> tuple[str, str, str]:
    visit = visits.plan_visit(s, case_id=world.case_id, planned_on=DAY, purpose="Huurschuld "
                              "bespreken", actor_id=world.actor_id, today=TODAY,
                              start_minute=9 * 60 + 30, duration_minutes=60, place="")
    office = appointments.plan_office_appointment(
        s, case_id=world.case_id, on_day=DAY, start_minute=10 * 60, duration_minutes=30,
        place="Kantoor Anneessens", purpose="Papieren OCMW", actor_id=world.actor_id,
        today=TODAY)
    later = appointments.plan_office_appointment(
        s, case_id=world.case_id, on_day=DAY, start_minute=14 * 60, actor_id=world.actor_id,
        today=TODAY)
    return visit.id, office.id, later.id


def test_a_day_holds_every_kind_with_time_and_place_and_flags_overlaps(s, world):
    visit_id, office_id, later_id = _plan_day(s, world)
    welcome.plan_welcome_session(s, site_id=world.site_id, held_on=DAY, start_minute=17 * 60,
                                 duration_minutes=90, place="Buurthuis",
                                 actor_id=world.actor_id, today=TODAY)
    followups.add_followup(s, case_id=world.case_id, due_on=DAY, text="Bel de CAW",
                           actor_id=world.actor_id, today=TODAY)
    project = projects.create_project(s, name="Renovatie Blok A", actor_id=world.actor_id)
    [pd_id] = projects.add_dwellings(s, project_id=project.id,
                                     dwelling_ids=[world.dwelling_id], actor_id=world.actor_id)
    access.plan_access(s, project_dwelling_id=pd_id, planned_at=instant(DAY, 11 * 60),
                       now=datetime(2026, 11, 20, tzinfo=UTC), actor_id=world.actor_id,
                       duration_minutes=45)

    items = agenda(s, from_day=DAY, to_day=DAY, worker_id=world.actor_id)
    assert [(i.kind, i.start_minute) for i in items] == [
        ("followup", None), ("visit", 570), ("office", 600), ("access", 660),
        ("office", 840), ("welcome", 1020)]
    by_id = {i.id: i for i in items}
    assert by_id[visit_id].overlaps and by_id[office_id].overlaps  # 9:30-10:30 and 10:00
    assert not by_id[later_id].overlaps
    assert by_id[visit_id].where == "Anneessensplein 12, 1000 Brussel"  # the address
    assert by_id[office_id].where == "Kantoor Anneessens"  # the place typed
    assert by_id[visit_id].dwelling == "Blok A · 3B"
    assert by_id[visit_id].worker_name == "Test Assistant"
    assert [w.name for w in workers(s)] == ["Test Assistant"]
    # the week view reads the same items; another worker's agenda is empty
    monday, sunday = week_of(DAY)
    assert (monday, sunday) == (date(2026, 11, 23), date(2026, 11, 29))
    assert len(agenda(s, from_day=monday, to_day=sunday, worker_id=world.actor_id)) == 6
    assert agenda(s, from_day=monday, to_day=sunday, worker_id="someone-else") == []


def test_brussels_time_follows_daylight_saving():
    assert brussels(instant(date(2026, 7, 1), 9 * 60)) == (date(2026, 7, 1), 540)
    assert instant(date(2026, 7, 1), 9 * 60).hour == 7  # CEST, UTC+2
    assert instant(date(2026, 12, 1), 9 * 60).hour == 8  # CET, UTC+1


def test_reschedule_cancel_with_reason_in_the_timeline_and_delete(s, world):
    visit_id, office_id, later_id = _plan_day(s, world)
    changes.reschedule(s, kind="visit", record_id=visit_id, day=DAY + timedelta(days=1),
                       start_minute=13 * 60, duration_minutes=45, place="Bij de buren",
                       actor_id=world.actor_id, today=TODAY)
    moved = next(i for i in agenda(s, from_day=DAY, to_day=DAY + timedelta(days=1))
                 if i.id == visit_id)
    assert (moved.day, moved.start_minute, moved.duration_minutes, moved.where) == (
        DAY + timedelta(days=1), 780, 45, "Bij de buren")
    assert not any(i.overlaps for i in agenda(s, from_day=DAY, to_day=DAY))

    changes.cancel(s, kind="office", record_id=office_id, reason="Gezin op reis",
                   actor_id=world.actor_id, today=TODAY)
    entry = next(e for e in timeline(s, case_id=world.case_id) if e.id == office_id)
    assert (entry.kind, entry.status) == ("office", "cancelled")
    assert "Gezin op reis" in entry.text
    with pytest.raises(ValidationError):  # cancelled: no longer movable
        changes.reschedule(s, kind="office", record_id=office_id, day=DAY, start_minute=600,
                           actor_id=world.actor_id, today=TODAY)
    with pytest.raises(ValidationError):
        changes.cancel(s, kind="office", record_id=later_id, reason="  ",
                       actor_id=world.actor_id, today=TODAY)

    changes.delete(s, kind="office", record_id=later_id, actor_id=world.actor_id)
    assert later_id not in {i.id for i in agenda(s, from_day=DAY, to_day=DAY)}
    assert later_id not in {e.id for e in timeline(s, case_id=world.case_id)}


def test_a_cancelled_follow_up_leaves_the_overview_and_keeps_its_reason(s, world):
    f = followups.add_followup(s, case_id=world.case_id, due_on=DAY, text="Bel de CAW",
                               actor_id=world.actor_id, today=TODAY)
    changes.reschedule(s, kind="followup", record_id=f.id, day=DAY + timedelta(days=2),
                       actor_id=world.actor_id, today=TODAY)
    changes.cancel(s, kind="followup", record_id=f.id, reason="Dubbel ingevoerd",
                   actor_id=world.actor_id, today=TODAY)
    overview = followups.followup_overview(s, today=TODAY)
    assert f.id not in {v.id for v in overview.this_week + overview.today}
    entry = next(e for e in timeline(s, case_id=world.case_id) if e.id == f.id)
    assert entry.status == "cancelled" and "Dubbel ingevoerd" in entry.text


def test_what_is_planned_is_checked(s, world):
    with pytest.raises(ValidationError):
        appointments.plan_office_appointment(s, case_id=world.case_id, on_day=TODAY,
                                             start_minute=24 * 60, actor_id=world.actor_id,
                                             today=TODAY)
    with pytest.raises(ValidationError):
        appointments.plan_office_appointment(s, case_id=world.case_id, on_day=TODAY,
                                             start_minute=600, duration_minutes=0,
                                             actor_id=world.actor_id, today=TODAY)
    with pytest.raises(ValidationError) as err:
        visits.plan_visit(s, case_id=world.case_id, planned_on=TODAY - timedelta(days=1),
                          purpose="", actor_id=world.actor_id, today=TODAY)
    assert "Lefèvre" not in str(err.value)


def test_a_deleted_visit_is_a_tombstone(s, world):
    visit_id, _, _ = _plan_day(s, world)
    changes.delete(s, kind="visit", record_id=visit_id, actor_id=world.actor_id)
    row = s.get(HomeVisit, visit_id)
    assert row is not None and row.deleted and row.dirty  # synced as a tombstone


def test_access_appointments_move_cancel_and_delete(s, world):
    project = projects.create_project(s, name="Renovatie Blok A", actor_id=world.actor_id)
    [pd_id] = projects.add_dwellings(s, project_id=project.id,
                                     dwelling_ids=[world.dwelling_id], actor_id=world.actor_id)
    now = datetime(2026, 11, 20, tzinfo=UTC)
    first = access.plan_access(s, project_dwelling_id=pd_id, planned_at=instant(DAY, 600),
                               now=now, actor_id=world.actor_id)
    changes.reschedule(s, kind="access", record_id=first.id, day=DAY, start_minute=15 * 60,
                       duration_minutes=60, actor_id=world.actor_id, today=TODAY)
    item = agenda(s, from_day=DAY, to_day=DAY, kinds=("access",))[0]
    assert (item.start_minute, item.duration_minutes, item.household_name) == (
        900, 60, "Famille Lefèvre")
    changes.cancel(s, kind="access", record_id=first.id, reason="Huurder ziek",
                   actor_id=world.actor_id, today=TODAY)
    item = agenda(s, from_day=DAY, to_day=DAY, kinds=("access",))[0]
    assert (item.status, item.cancel_reason) == ("cancelled", "Huurder ziek")
    assert projects.dwelling_statuses(s, project_id=project.id)[0].access_status == "to_plan"
    changes.delete(s, kind="access", record_id=first.id, actor_id=world.actor_id)
    assert agenda(s, from_day=DAY, to_day=DAY, kinds=("access",)) == []


@pytest.mark.parametrize(("language", "title", "kind"), [
    ("nl", "Dagblad", "Huisbezoek"), ("fr", "Feuille de route du jour", "Visite à domicile")])
def test_the_day_sheet_has_times_and_addresses_and_no_note_content(s, world, language, title,
                                                                    kind):
    _plan_day(s, world)
    followups.add_followup(s, case_id=world.case_id, due_on=DAY, text="Bel de CAW",
                           actor_id=world.actor_id, today=TODAY)
    data = day_sheet_pdf(s, worker_id=world.actor_id, day=DAY, printed_on=TODAY,
                         language=language)
    text = _pdf_text(data)
    assert title in text and kind in text
    assert "09:30" in text and "10:00" in text and "14:00" in text
    assert "Anneessensplein 12" in text and "Kantoor Anneessens" in text
    assert "Famille Lefèvre" in text
    for secret in ("Huurschuld", "Papieren OCMW", "Bel de CAW", "Telefoon"):
        assert secret not in text
    assert ("OVERLAPT" if language == "nl" else "CHEVAUCHE") in text
    assert file_name(language, DAY) in ("dagblad-2026-11-23.pdf",
                                        "feuille-de-route-2026-11-23.pdf")


def test_supervision_counts_neither_planned_sessions_nor_cancelled_follow_ups(s, world):
    from fieldapp.supervision.caseload import caseload
    from fieldapp.supervision.indicators import indicators

    welcome.plan_welcome_session(s, site_id=world.site_id, held_on=TODAY, start_minute=600,
                                 actor_id=world.actor_id, today=TODAY)
    f = followups.add_followup(s, case_id=world.case_id, due_on=TODAY, text="Bellen",
                               actor_id=world.actor_id, today=TODAY)
    changes.cancel(s, kind="followup", record_id=f.id, reason="Dubbel",
                   actor_id=world.actor_id, today=TODAY)
    report = indicators(s, start=TODAY, end=TODAY)
    assert [x for x in report.facts if x.indicator in ("welcome_sessions", "followups")] == []
    later = TODAY + timedelta(days=5)
    assert sum(r.overdue_followups for r in caseload(s, today=later)) == 0


def test_office_appointments_are_in_subject_access_and_erasure(s, world):
    from fieldapp.gdpr.access import build_document
    from fieldapp.gdpr.erasure import erasure_targets
    from fieldapp.gdpr.subject import find_subject

    _, office_id, _ = _plan_day(s, world)
    subject = find_subject(s, household_id=world.household_id)
    document, _holdings = build_document(s, subject, language="fr", made_at=datetime(
        2026, 11, 20, 10, tzinfo=UTC), decision=None)
    assert office_id in {r["id"] for r in document["sections"]["office_appointments"]}
    targets = erasure_targets(s, scope="case_file", subject_id=world.case_id)
    assert office_id in targets.item_ids

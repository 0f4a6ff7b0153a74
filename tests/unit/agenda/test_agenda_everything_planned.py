"""Everything planned on the agenda moves, is cancelled with a reason (timeline) or deleted
(a tombstone, kept in history) — referrals too (issue 16 item 4); a renovation access
appointment has a worker and is on that worker's agenda and day sheet, old ones take their
author (migration 1260) or are nobody's."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from fieldapp.agenda import changes
from fieldapp.agenda.agenda import NOBODY, agenda, instant, item
from fieldapp.agenda.day_sheet import day_sheet_pdf
from fieldapp.casework import appointments, followups, referrals, visits, welcome
from fieldapp.casework.models import Referral
from fieldapp.casework.timeline import timeline
from fieldapp.errors import ValidationError
from fieldapp.people import directory
from fieldapp.renovation import access, projects
from fieldapp.renovation.models import AccessAppointment
from fieldapp.vault import migrate
from tests.factories import TODAY

DAY = TODAY + timedelta(days=3)  # Monday 23 November 2026
NOW = datetime(2026, 11, 20, tzinfo=UTC)
KARIM = "0000000a-0000-4000-8000-00000000000a"


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _project_dwelling(s, world) -> str:
    project = projects.create_project(s, name="Renovatie Blok A", actor_id=world.actor_id)
    [pd_id] = projects.add_dwellings(s, project_id=project.id,
                                     dwelling_ids=[world.dwelling_id], actor_id=world.actor_id)
    return pd_id


def test_a_referral_is_on_the_agenda_and_moves_cancels_and_deletes(s, world):
    r = referrals.add_referral(s, case_id=world.case_id, destination="caw",
                               reason="Schuldhulp vertrouwelijk", referred_on=DAY,
                               actor_id=world.actor_id)
    [on_day] = agenda(s, from_day=DAY, to_day=DAY, worker_id=world.actor_id,
                      kinds=("referral",))
    assert (on_day.kind, on_day.status, on_day.start_minute, on_day.household_name) == (
        "referral", "planned", None, "Famille Lefèvre")
    sheet = _pdf_text(day_sheet_pdf(s, worker_id=world.actor_id, day=DAY, printed_on=TODAY,
                                    language="fr"))
    assert "Orientation" in sheet and "Famille Lefèvre" in sheet
    assert "Schuldhulp" not in sheet  # the reason never travels in the bag

    changes.reschedule(s, kind="referral", record_id=r.id, day=DAY + timedelta(days=2),
                       actor_id=world.actor_id, today=TODAY)
    assert agenda(s, from_day=DAY, to_day=DAY, kinds=("referral",)) == []
    assert item(s, kind="referral", record_id=r.id).day == DAY + timedelta(days=2)

    changes.cancel(s, kind="referral", record_id=r.id, reason="Gezin gaat zelf",
                   actor_id=world.actor_id, today=TODAY)
    entry = next(e for e in timeline(s, case_id=world.case_id) if e.id == r.id)
    assert entry.status == "cancelled" and "Gezin gaat zelf" in entry.text
    assert r.id not in {v.id for v in referrals.open_referrals(s)}
    with pytest.raises(ValidationError):  # cancelled: no longer movable, nor followed up
        changes.reschedule(s, kind="referral", record_id=r.id, day=DAY,
                           actor_id=world.actor_id, today=TODAY)
    with pytest.raises(ValidationError):
        referrals.update_referral(s, referral_id=r.id, actor_id=world.actor_id, status="sent")

    sent = referrals.add_referral(s, case_id=world.case_id, destination="ocmw_cpas",
                                  reason="Leefloon", referred_on=DAY, status="sent",
                                  actor_id=world.actor_id)
    assert item(s, kind="referral", record_id=sent.id).status == "done"  # made already
    with pytest.raises(ValidationError):
        changes.cancel(s, kind="referral", record_id=sent.id, reason="x",
                       actor_id=world.actor_id, today=TODAY)
    changes.delete(s, kind="referral", record_id=sent.id, actor_id=world.actor_id)
    row = s.get(Referral, sent.id)
    assert row is not None and row.deleted and row.dirty  # a tombstone: history keeps it
    assert sent.id not in {e.id for e in timeline(s, case_id=world.case_id)}


def test_every_kind_is_found_by_id_for_the_screens_that_show_it(s, world):
    v = visits.plan_visit(s, case_id=world.case_id, planned_on=DAY, purpose="",
                          actor_id=world.actor_id, today=TODAY, start_minute=600)
    o = appointments.plan_office_appointment(s, case_id=world.case_id, on_day=DAY,
                                             start_minute=660, actor_id=world.actor_id,
                                             today=TODAY)
    w = welcome.plan_welcome_session(s, site_id=world.site_id, held_on=DAY, start_minute=1020,
                                     actor_id=world.actor_id, today=TODAY)
    f = followups.add_followup(s, case_id=world.case_id, due_on=DAY, text="Bellen",
                               actor_id=world.actor_id, today=TODAY)
    r = referrals.add_referral(s, case_id=world.case_id, destination="caw", reason="x",
                               referred_on=DAY, actor_id=world.actor_id)
    a = access.plan_access(s, project_dwelling_id=_project_dwelling(s, world),
                           planned_at=instant(DAY, 780), now=NOW, actor_id=world.actor_id)
    for kind, record_id in (("visit", v.id), ("office", o.id), ("welcome", w.id),
                            ("followup", f.id), ("referral", r.id), ("access", a.id)):
        found = item(s, kind=kind, record_id=record_id)
        assert found is not None and (found.kind, found.day, found.status) == (
            kind, DAY, "planned")
    assert item(s, kind="visit", record_id=o.id) is None
    assert item(s, kind="nonsense", record_id=o.id) is None


def test_an_access_appointment_is_on_its_workers_agenda_and_day_sheet(s, world):
    directory.remember(s, complete=True, people=[
        (world.actor_id, "Test Assistant", ["social_assistant"]),
        (KARIM, "Karim Benali", ["social_assistant"])])
    pd_id = _project_dwelling(s, world)
    access.plan_access(s, project_dwelling_id=pd_id, planned_at=instant(DAY, 9 * 60),
                       now=NOW, actor_id=world.actor_id, worker_id=KARIM, duration_minutes=45)
    assert agenda(s, from_day=DAY, to_day=DAY, worker_id=world.actor_id) == []
    [mine] = agenda(s, from_day=DAY, to_day=DAY, worker_id=KARIM)
    assert (mine.kind, mine.worker_name, mine.start_minute) == ("access", "Karim Benali", 540)
    assert [a.worker for a in access.list_appointments(s, project_dwelling_id=pd_id)] == [
        "Karim Benali"]
    sheet = _pdf_text(day_sheet_pdf(s, worker_id=KARIM, day=DAY, printed_on=TODAY,
                                    language="nl"))
    assert "Karim Benali" in sheet and "09:00" in sheet and "Toegang woning" in sheet
    assert "Anneessensplein 12" in sheet


def test_old_access_appointments_take_their_author_as_worker(vault, world):
    with vault.session() as s:
        pd_id = _project_dwelling(s, world)
        known = access.plan_access(s, project_dwelling_id=pd_id, planned_at=instant(DAY, 540),
                                   now=NOW, actor_id=world.actor_id)
        unknown = access.plan_access(s, project_dwelling_id=pd_id,
                                     planned_at=instant(DAY, 600), now=NOW,
                                     actor_id=world.actor_id)
    migrate.downgrade(vault.engine, "1700_evaluation")  # the vault as it was before 1260
    with vault.engine.begin() as conn:
        conn.execute(text("UPDATE renovation_appointments SET created_by = '' WHERE id = :i"),
                     {"i": unknown.id})
    migrate.upgrade(vault.engine, vault.db_path)
    with vault.session(read_only=True) as s:
        assert s.get(AccessAppointment, known.id).worker_id == world.actor_id
        assert s.get(AccessAppointment, unknown.id).worker_id is None
        mine = agenda(s, from_day=DAY, to_day=DAY, worker_id=world.actor_id)
        nobodys = agenda(s, from_day=DAY, to_day=DAY, worker_id=NOBODY)
        assert [i.id for i in mine] == [known.id]
        assert [(i.id, i.worker_name) for i in nobodys] == [(unknown.id, "")]

"""Corrections of the site assistant's records, and where they show (issue 17): changes and
tombstones, an ask called off or moved, the agents' inbox kept to their sites, office hours
and asks on the agenda, open requests to departments among the follow-ups."""

from __future__ import annotations

from datetime import timedelta

import pytest

from fieldapp.agenda import changes
from fieldapp.agenda.agenda import agenda
from fieldapp.casework import (
    agent_along,
    followups,
    housing_outcome,
    internal_requests,
    office_hours,
)
from fieldapp.casework.site_work_models import OfficeHoursContact
from fieldapp.errors import ValidationError
from fieldapp.local.sync_state import SyncAccount, SyncCollection
from fieldapp.neighbourhood import visit_requests
from fieldapp.records import common as rec
from tests.factories import TODAY


def _ask(s, world, days: int = 1):  # type: ignore[no-untyped-def]
    return agent_along.ask_agent_along(s, case_id=world.case_id,
                                       on_day=TODAY + timedelta(days), start_minute=600,
                                       address="Anneessensplein 12", actor_id=world.actor_id,
                                       today=TODAY)


def test_office_hours_changed_then_deleted(s, world):
    sitting = office_hours.add_session(s, site_id=world.site_id, place="head_office",
                                       held_on=TODAY, start_minute=540, end_minute=720,
                                       actor_id=world.actor_id)
    contact = office_hours.add_contact(s, session_id=sitting.id, visitor="Buurman",
                                       theme=next(iter(office_hours.THEMES)),
                                       summary="Sleutel kwijt", actor_id=world.actor_id)
    with pytest.raises(ValidationError, match="ends after it starts"):
        office_hours.update_session(s, session_id=sitting.id, place="phone", held_on=TODAY,
                                    start_minute=720, end_minute=600, actor_id="x")
    moved = office_hours.update_session(s, session_id=sitting.id, place="phone",
                                        held_on=TODAY, start_minute=540, end_minute=780,
                                        actor_id=world.actor_id)
    assert (moved.place, moved.end_minute, moved.contacts) == ("phone", 780, 1)
    with pytest.raises(ValidationError, match="Say who came"):
        office_hours.update_contact(s, contact_id=contact.id, visitor=" ",
                                    theme=contact.theme, actor_id="x")
    changed = office_hours.update_contact(s, contact_id=contact.id, case_id=world.case_id,
                                          theme=contact.theme, quick_question=True,
                                          actor_id=world.actor_id)
    assert (changed.who, changed.quick_question) == ("Famille Lefèvre", True)
    office_hours.delete_session(s, session_id=sitting.id, actor_id=world.actor_id)
    assert office_hours.list_sessions(s, site_id=world.site_id) == []
    row = s.get(OfficeHoursContact, contact.id)
    assert row.deleted and row.dirty and row.summary == ""


def test_arrears_and_steps_changed_then_deleted(s, world):
    plan = housing_outcome.add_arrears_plan(s, case_id=world.case_id, agreed_on=TODAY,
                                            debt_cents=100_000, monthly_cents=5_000,
                                            actor_id=world.actor_id, today=TODAY)
    with pytest.raises(ValidationError, match="more than the amount owed"):
        housing_outcome.update_arrears_plan(s, plan_id=plan.id, agreed_on=TODAY,
                                            debt_cents=100, monthly_cents=5_000,
                                            actor_id="x", today=TODAY)
    housing_outcome.update_arrears_plan(s, plan_id=plan.id, agreed_on=TODAY,
                                        debt_cents=100_000, monthly_cents=7_500,
                                        actor_id=world.actor_id, today=TODAY)
    step = housing_outcome.add_housing_step(s, case_id=world.case_id, kind="outcome",
                                            code="kept", on_day=TODAY,
                                            actor_id=world.actor_id, today=TODAY)
    with pytest.raises(ValidationError, match="Choose a step or an outcome"):
        housing_outcome.update_housing_step(s, step_id=step.id, code="summons",
                                            on_day=TODAY, actor_id="x", today=TODAY)
    housing_outcome.update_housing_step(s, step_id=step.id, code="left", on_day=TODAY,
                                        actor_id=world.actor_id, today=TODAY)
    view = housing_outcome.housing(s, case_id=world.case_id)
    assert view.arrears[0].monthly_cents == 7_500 and view.outcome.code == "left"
    housing_outcome.delete_arrears_plan(s, plan_id=plan.id, actor_id=world.actor_id)
    housing_outcome.delete_housing_step(s, step_id=step.id, actor_id=world.actor_id)
    view = housing_outcome.housing(s, case_id=world.case_id)
    assert view.arrears == () and view.outcome is None


def test_an_ask_is_called_off_moved_or_deleted_by_who_asked(s, world):
    ask = _ask(s, world)
    with pytest.raises(ValidationError, match="Only the assistant who asked"):
        agent_along.cancel_ask(s, ask_id=ask.id, reason="Ziek", actor_id="someone-else")
    with pytest.raises(ValidationError, match="Say why"):
        agent_along.cancel_ask(s, ask_id=ask.id, reason=" ", actor_id=world.actor_id)
    visit_requests.answer_ask(s, ask_id=ask.id, accept=True, word="Ok", actor_id="agent")
    moved = agent_along.reschedule_ask(s, ask_id=ask.id, on_day=TODAY + timedelta(3),
                                       start_minute=840, actor_id=world.actor_id, today=TODAY)
    assert (moved.status, moved.answer, moved.start_minute) == ("asked", "", 840)
    called_off = agent_along.cancel_ask(s, ask_id=ask.id, reason="Gezin op reis",
                                        actor_id=world.actor_id)
    assert (called_off.status, called_off.cancel_reason) == ("cancelled", "Gezin op reis")
    with pytest.raises(ValidationError, match="nothing to answer"):
        visit_requests.answer_ask(s, ask_id=ask.id, accept=True, word="", actor_id="agent")
    [inbox] = visit_requests.agent_inbox(s, today=TODAY)  # the agent reads why
    assert (inbox.status, inbox.cancel_reason) == ("cancelled", "Gezin op reis")
    agent_along.delete_ask(s, ask_id=ask.id, actor_id=world.actor_id)
    assert visit_requests.agent_inbox(s, today=TODAY) == []


def test_the_inbox_keeps_to_the_sites_the_agent_works_on(s, world):
    ask = _ask(s, world)
    # not connected: every site; connected: the sites whose hand-off key it holds
    assert [i for i, _ in visit_requests.agent_sites(s)] == [world.site_id,
                                                             world.other_site_id]
    s.add(SyncAccount(id=1, server_url="https://sync.example.org", email="nina@example.org",
                      user_id="agent", user={}, organisation_id="org"))
    s.flush()
    assert visit_requests.agent_sites(s) == []
    assert visit_requests.agent_inbox(s, today=TODAY) == []
    s.add(SyncCollection(local_key=rec.handoff_collection(world.site_id),
                         server_id="00000000-0000-4000-8000-000000000009", kind="handoff",
                         access="write"))
    s.flush()
    assert visit_requests.agent_sites(s) == [(world.site_id, "Anneessens")]
    assert [a.id for a in visit_requests.agent_inbox(s, today=TODAY)] == [ask.id]
    # a site that is not theirs is no way round: they see their own sites' requests
    assert [a.id for a in visit_requests.agent_inbox(s, today=TODAY,
                                                     site_id=world.other_site_id)] == [ask.id]


def test_office_hours_and_asks_on_the_agenda(s, world):
    sitting = office_hours.add_session(s, site_id=world.site_id, place="branch",
                                       held_on=TODAY, start_minute=540, end_minute=720,
                                       actor_id=world.actor_id)
    ask = _ask(s, world, days=0)
    items = {i.kind: i for i in agenda(s, from_day=TODAY, to_day=TODAY,
                                       worker_id=world.actor_id)}
    hours, along = items["office_hours"], items["agent_ask"]
    assert (hours.start_minute, hours.duration_minutes, hours.purpose, hours.address) == (
        540, 180, "branch", "Anneessens")
    assert (along.household_name, along.case_id, along.status, along.purpose) == (
        "Famille Lefèvre", world.case_id, "planned", "asked")
    assert hours.overlaps and along.overlaps  # 10:00 is in the office hours
    changes.reschedule(s, kind="office_hours", record_id=sitting.id,
                       day=TODAY + timedelta(1), start_minute=600, duration_minutes=None,
                       actor_id=world.actor_id, today=TODAY)
    [moved] = office_hours.list_sessions(s, site_id=world.site_id)
    assert (moved.held_on, moved.start_minute, moved.end_minute) == (
        TODAY + timedelta(1), 600, 780)
    with pytest.raises(ValidationError, match="not cancelled"):
        changes.cancel(s, kind="office_hours", record_id=sitting.id, reason="x",
                       actor_id=world.actor_id, today=TODAY)
    changes.cancel(s, kind="agent_ask", record_id=ask.id, reason="Afgezegd",
                   actor_id=world.actor_id, today=TODAY)
    [along] = agenda(s, from_day=TODAY, to_day=TODAY, kinds=("agent_ask",))
    assert (along.status, along.cancel_reason) == ("cancelled", "Afgezegd")
    changes.delete(s, kind="office_hours", record_id=sitting.id, actor_id=world.actor_id)
    assert agenda(s, from_day=TODAY, to_day=TODAY + timedelta(1), kinds=("office_hours",)) \
        == []


def test_open_requests_to_departments_are_follow_ups(s, world):
    request = internal_requests.add_request(s, case_id=world.case_id, department="accounting",
                                            facts="Huurachterstand nakijken",
                                            due_on=TODAY + timedelta(2),
                                            actor_id=world.actor_id, today=TODAY)
    overview = followups.followup_overview(s, today=TODAY)
    [row] = overview.this_week
    assert (row.origin, row.handed_by, row.text, row.household_name) == (
        "request", "accounting", "Huurachterstand nakijken", "Famille Lefèvre")
    internal_requests.record_answer(s, request_id=request.id, answer="Klopt", answered_on=TODAY,
                                    actor_id=world.actor_id, today=TODAY)
    assert followups.followup_overview(s, today=TODAY).this_week == ()


def test_the_day_sheet_lists_office_hours_and_the_agent_along(s, world):
    import io

    from pypdf import PdfReader

    from fieldapp.agenda.day_sheet import day_sheet_pdf

    office_hours.add_session(s, site_id=world.site_id, place="head_office", held_on=TODAY,
                             start_minute=540, end_minute=720, actor_id=world.actor_id)
    _ask(s, world, days=0)
    for lang, expected in (("nl", ("Permanentie", "Met de buurtagent", "09:00")),
                           ("fr", ("Permanence", "Avec l'agent de proximité", "10:00"))):
        data = day_sheet_pdf(s, worker_id=world.actor_id, day=TODAY, printed_on=TODAY,
                             language=lang)
        words = " ".join(" ".join(page.extract_text() for page in
                                  PdfReader(io.BytesIO(data)).pages).split())
        for e in expected:
            assert e in words, (lang, e)

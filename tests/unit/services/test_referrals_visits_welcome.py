from __future__ import annotations

from datetime import timedelta

import pytest

from fieldapp.casework import cases as casework
from fieldapp.casework import referrals, visits, welcome
from fieldapp.errors import NotFound, ValidationError
from tests.factories import TODAY, World


def test_referral_add_update_and_open_list(s, world: World) -> None:
    ref = referrals.add_referral(s, case_id=world.case_id, destination="ocmw_cpas",
                                 reason="Aanvraag leefloon", referred_on=TODAY,
                                 actor_id=world.actor_id)
    assert (ref.status, ref.household_name) == ("proposed", "Famille Lefèvre")
    assert [r.id for r in referrals.open_referrals(s)] == [ref.id]
    done = referrals.update_referral(s, referral_id=ref.id, actor_id=world.actor_id,
                                     status="completed", outcome="Leefloon toegekend")
    assert (done.status, done.outcome) == ("completed", "Leefloon toegekend")
    assert referrals.open_referrals(s) == []
    entry = next(e for e in casework.timeline(s, case_id=world.case_id) if e.kind == "referral")
    assert (entry.subkind, entry.status, entry.done) == ("ocmw_cpas", "completed", True)


def test_referral_bad_input(s, world: World) -> None:
    with pytest.raises(ValidationError) as err:
        referrals.add_referral(s, case_id=world.case_id, destination="police", reason="x",
                               referred_on=TODAY, actor_id=world.actor_id)
    assert str(err.value) == "Choose where the household is referred to."
    with pytest.raises(ValidationError) as err:
        referrals.add_referral(s, case_id=world.case_id, destination="caw", reason="",
                               referred_on=TODAY, actor_id=world.actor_id)
    assert str(err.value) == "Give the reason for the referral."
    with pytest.raises(NotFound):
        referrals.update_referral(s, referral_id="nope", actor_id=world.actor_id, status="sent")


def test_plan_and_record_a_home_visit_with_its_note(s, world: World) -> None:
    visit = visits.plan_visit(s, case_id=world.case_id, planned_on=TODAY + timedelta(days=2),
                              purpose="Vocht in de badkamer bekijken", actor_id=world.actor_id,
                              today=TODAY)
    assert visit.status == "planned"
    planned = visits.planned_visits(s, from_day=TODAY, to_day=TODAY + timedelta(days=7))
    assert [v.id for v in planned] == [visit.id]
    done = visits.record_visit(s, visit_id=visit.id, done_on=TODAY + timedelta(days=2),
                               actor_id=world.actor_id, note_text="Schimmel vastgesteld",
                               objective="1.1")
    assert done.status == "done" and done.note_id is not None
    note = casework.get_note(s, note_id=done.note_id)
    assert (note.kind, note.objective) == ("home_visit", "1.1")
    with pytest.raises(ValidationError) as err:
        visits.cancel_visit(s, visit_id=visit.id, actor_id=world.actor_id)
    assert str(err.value) == "A visit that took place can't be cancelled."


def test_visit_in_the_past_is_refused(s, world: World) -> None:
    with pytest.raises(ValidationError) as err:
        visits.plan_visit(s, case_id=world.case_id, planned_on=TODAY - timedelta(days=1),
                          purpose="", actor_id=world.actor_id, today=TODAY)
    assert str(err.value) == "A visit can't be planned in the past (2026-11-19)."


def test_welcome_session_with_attendees(s, world: World) -> None:
    session = welcome.record_welcome_session(
        s, site_id=world.site_id, held_on=TODAY,
        attendee_household_ids=[world.household_id, world.other_household_id,
                                world.household_id],
        actor_id=world.actor_id, notes="Uitleg huishoudelijk reglement")
    assert set(session.attendee_household_ids) == {world.household_id, world.other_household_id}
    assert [w.id for w in welcome.list_welcome_sessions(s, site_id=world.site_id)] == [session.id]
    kinds = [e.kind for e in casework.timeline(s, case_id=world.case_id)]
    assert "welcome" in kinds


def test_welcome_session_bad_input(s, world: World) -> None:
    with pytest.raises(ValidationError) as err:
        welcome.record_welcome_session(s, site_id=world.site_id, held_on=TODAY,
                                       attendee_household_ids=[], actor_id=world.actor_id)
    assert str(err.value) == "Tick at least one household that attended."
    with pytest.raises(NotFound) as err:
        welcome.record_welcome_session(s, site_id=world.site_id, held_on=TODAY,
                                       attendee_household_ids=["ghost"], actor_id=world.actor_id)
    assert "household was not found" in str(err.value)

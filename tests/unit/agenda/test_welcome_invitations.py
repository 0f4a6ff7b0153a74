"""New tenants feed the welcome session (issue 16 item 5): households moved in within the
period and not yet welcomed; the invitation letters in each household's language; the
attendance list with address and dwelling to tell namesakes apart."""

from __future__ import annotations

import io
from datetime import timedelta

from pypdf import PdfReader

from fieldapp.audit.access_log import list_access
from fieldapp.casework import welcome
from fieldapp.casework.welcome_letters import attendance_list_pdf, invitation_letters_pdf
from fieldapp.registry import households as registry
from tests.factories import TODAY


def _text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def _namesakes(s, world):
    """Two 'Famille Diallo' in the same building, moved in recently, and one long ago."""
    a = registry.add_dwelling(s, building_id=world.building_id, label="1A",
                              actor_id=world.actor_id)
    b = registry.add_dwelling(s, building_id=world.building_id, label="5C",
                              actor_id=world.actor_id)
    first = registry.add_household(s, dwelling_id=a, name="Famille Diallo", language="fr",
                                   actor_id=world.actor_id,
                                   moved_in_on=TODAY - timedelta(days=20))
    second = registry.add_household(s, dwelling_id=b, name="Famille Diallo", language="nl",
                                    actor_id=world.actor_id,
                                    moved_in_on=TODAY - timedelta(days=60))
    return first, second


def test_new_tenants_are_recent_and_not_yet_welcomed(s, world):
    first, second = _namesakes(s, world)
    found = welcome.new_tenants(s, site_id=world.site_id, today=TODAY)
    assert [(t.name, t.building_name, t.dwelling_label) for t in found] == [
        ("Famille Diallo", "Blok A", "1A"), ("Famille Diallo", "Blok A", "5C")]
    assert all(t.address == "Anneessensplein 12, 1000 Brussel" for t in found)
    assert [t.household_id for t in welcome.new_tenants(
        s, site_id=world.site_id, today=TODAY, within_days=30)] == [first]
    planned = welcome.plan_welcome_session(s, site_id=world.site_id,
                                           held_on=TODAY + timedelta(days=5),
                                           start_minute=18 * 60, duration_minutes=90,
                                           place="Buurthuis", actor_id=world.actor_id,
                                           today=TODAY)
    assert welcome.planned_welcome_sessions(s, site_id=world.site_id, from_day=TODAY)[0].id \
        == planned.id
    held = welcome.record_attendance(s, session_id=planned.id, attendee_household_ids=[first],
                                     actor_id=world.actor_id)
    assert held.status == "held" and held.attendee_household_ids == (first,)
    assert [t.household_id for t in welcome.new_tenants(
        s, site_id=world.site_id, today=TODAY)] == [second]


def test_letters_in_each_households_language_and_the_attendance_list(s, world):
    first, second = _namesakes(s, world)
    planned = welcome.plan_welcome_session(s, site_id=world.site_id,
                                           held_on=TODAY + timedelta(days=5),
                                           start_minute=18 * 60, duration_minutes=90,
                                           place="Buurthuis Anneessens",
                                           actor_id=world.actor_id, today=TODAY)
    pages = _text(invitation_letters_pdf(s, session_id=planned.id,
                                         household_ids=[first, second],
                                         actor_id=world.actor_id, printed_on=TODAY))
    assert len(pages) == 2
    assert "séance d'accueil" in pages[0] and "mercredi 25 novembre 2026 18:00–19:30" in pages[0]
    assert "onthaalsessie" in pages[1] and "woensdag 25 november 2026" in pages[1]
    assert "Buurthuis Anneessens" in pages[0] and "1A" in pages[0] and "5C" in pages[1]
    listed = "\n".join(_text(attendance_list_pdf(
        s, session_id=planned.id, household_ids=[first, second], actor_id=world.actor_id,
        printed_on=TODAY, language="nl")))
    assert "Aanwezigheidslijst" in listed and listed.count("Famille Diallo") == 2
    assert "1A" in listed and "5C" in listed and "Anneessensplein 12" in listed
    logged = list_access(s, object_type="household", action="print")
    assert {e.object_id for e in logged} == {first, second}

"""Projects, dwellings in scope, info session, access, help checklist and contact log."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from fieldapp.errors import ValidationError
from fieldapp.renovation import access, checklist, contacts, projects
from fieldapp.renovation import inventory as inv
from tests.factories import TODAY

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def test_project_lists_its_dwellings_with_where_things_stand(s, project, world):
    p = projects.get_project(s, project_id=project.id)
    assert (p.name, p.dwelling_count, p.contractor) == ("Renovatie Blok A", 1, "Bouw NV Renova")
    again = projects.add_dwellings(s, project_id=project.id, dwelling_ids=[world.dwelling_id],
                                   actor_id=world.actor_id)
    assert again == [project.pd_id]  # each dwelling once
    (row,) = projects.dwelling_statuses(s, project_id=project.id)
    assert (row.household_name, row.dwelling_label, row.access_status, row.pre_inventory_state,
            row.language) == ("Famille Lefèvre", "3B", "to_plan", "none", "fr")
    with pytest.raises(ValidationError, match="cannot end before"):
        projects.update_project(s, project_id=project.id, actor_id=world.actor_id,
                                ends_on=TODAY - timedelta(days=1))
    assert projects.update_project(s, project_id=project.id, actor_id=world.actor_id,
                                   status="works").status == "works"


def test_info_session_and_access_appointments(s, project, world):
    session = access.record_info_session(
        s, project_id=project.id, held_on=TODAY, attendee_household_ids=[world.household_id],
        actor_id=world.actor_id, questions="Combien de temps sans cuisine ?")
    assert access.list_info_sessions(s, project_id=project.id) == [session]
    with pytest.raises(ValidationError, match="past"):
        access.plan_access(s, project_dwelling_id=project.pd_id, actor_id=world.actor_id,
                           planned_at=NOW - timedelta(days=2), now=NOW)
    first = access.plan_access(s, project_dwelling_id=project.pd_id, actor_id=world.actor_id,
                               planned_at=NOW + timedelta(days=1), now=NOW)
    status = projects.dwelling_status(s, project_dwelling_id=project.pd_id)
    assert status.access_status == "planned" and status.next_appointment == first.planned_at
    with pytest.raises(ValidationError, match="reason"):
        access.record_access(s, appointment_id=first.id, outcome="refused",
                             actor_id=world.actor_id)
    access.record_access(s, appointment_id=first.id, outcome="refused", actor_id=world.actor_id,
                         refusal_reason="Malade", follow_up="Rappeler lundi")
    assert projects.dwelling_status(s, project_dwelling_id=project.pd_id).access_status \
        == "refused"
    second = access.plan_access(s, project_dwelling_id=project.pd_id, actor_id=world.actor_id,
                                planned_at=NOW + timedelta(days=5), now=NOW)
    access.record_access(s, appointment_id=second.id, outcome="granted", actor_id=world.actor_id)
    status = projects.dwelling_status(s, project_dwelling_id=project.pd_id)
    assert status.access_status == "granted" and status.next_appointment is None
    assert [a.status for a in access.list_appointments(s, project_dwelling_id=project.pd_id)] \
        == ["refused", "granted"]


def test_help_checklist(s, project, world):
    items = checklist.checklist(s, project_dwelling_id=project.pd_id)
    assert [i.item for i in items][:2] == ["move_furniture", "clear_rooms"]
    assert {i.status for i in items} == {"to_assess"}
    checklist.set_help_item(s, project_dwelling_id=project.pd_id, item="move_furniture",
                            status="needed", note="Armoire lourde", actor_id=world.actor_id)
    checklist.set_help_item(s, project_dwelling_id=project.pd_id, item="move_furniture",
                            status="arranged", actor_id=world.actor_id)
    first = checklist.checklist(s, project_dwelling_id=project.pd_id)[0]
    assert (first.status, first.note) == ("arranged", "Armoire lourde")
    assert projects.dwelling_status(s, project_dwelling_id=project.pd_id).help_needed == 1
    with pytest.raises(ValidationError):
        checklist.set_help_item(s, project_dwelling_id=project.pd_id, item="x",
                                status="needed", actor_id=world.actor_id)


def test_contact_log(s, project, world):
    with pytest.raises(ValidationError, match="future"):
        contacts.log_contact(s, project_dwelling_id=project.pd_id, category="question",
                             occurred_on=TODAY + timedelta(days=1), text="x", today=TODAY,
                             actor_id=world.actor_id)
    entry = contacts.log_contact(s, project_dwelling_id=project.pd_id, category="complaint",
                                 occurred_on=TODAY, text="Poussière dans la chambre",
                                 today=TODAY, actor_id=world.actor_id)
    assert projects.dwelling_status(s, project_dwelling_id=project.pd_id).open_contacts == 1
    contacts.update_contact(s, contact_id=entry.id, status="closed", follow_up="Nettoyé",
                            actor_id=world.actor_id)
    (row,) = contacts.contact_log(s, project_id=project.id)
    assert (row.status, row.follow_up) == ("closed", "Nettoyé")


def test_status_shows_inventory_states(s, project, world):
    view = inv.start_inventory(s, project_dwelling_id=project.pd_id, held_on=TODAY,
                               actor_id=world.actor_id, room_types=["toilet"])
    status = projects.dwelling_status(s, project_dwelling_id=project.pd_id)
    assert (status.pre_inventory_id, status.pre_inventory_state) == (view.id, "draft")


def test_available_dwellings(s, world):
    rows = projects.available_dwellings(s, site_id=world.site_id)
    assert [(r.building_name, r.dwelling_label, r.household_name) for r in rows] == [
        ("Blok A", "3B", "Famille Lefèvre")]

"""The close-out of a project: open items handed to the site assistant, the project
archived and read-only, its retention clock started."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from fieldapp.casework import followups
from fieldapp.errors import ValidationError
from fieldapp.gdpr import retention
from fieldapp.neighbourhood.models import Handoff
from fieldapp.records import common as rec
from fieldapp.renovation import checklist, closeout, contacts, projects
from tests.factories import TODAY


def test_close_out_hands_on_archives_and_starts_retention(s, world, project):
    actor = world.actor_id
    contacts.log_contact(s, project_dwelling_id=project.pd_id, occurred_on=TODAY,
                         category="question", text="Quand revient le chauffage ?",
                         actor_id=actor, today=TODAY)
    done = contacts.log_contact(s, project_dwelling_id=project.pd_id, occurred_on=TODAY,
                                category="complaint", text="Poussière", actor_id=actor,
                                today=TODAY)
    contacts.update_contact(s, contact_id=done.id, actor_id=actor, status="closed")
    checklist.set_help_item(s, project_dwelling_id=project.pd_id, item="move_furniture",
                            status="needed", note="Armoire lourde", actor_id=actor)
    checklist.set_help_item(s, project_dwelling_id=project.pd_id, item="pets",
                            status="done", actor_id=actor)
    items = closeout.open_items(s, project_id=project.id)
    assert [(i.kind, i.label) for i in items] == [("contact", "question"),
                                                  ("help", "move_furniture")]
    with pytest.raises(ValidationError):  # the works cannot end tomorrow
        closeout.close_out(s, project_id=project.id, works_ended_on=TODAY + timedelta(days=1),
                           actor_id=actor, today=TODAY)

    later = TODAY + timedelta(days=30)
    result = closeout.close_out(s, project_id=project.id, works_ended_on=later,
                                actor_id=actor, today=later, language="fr")
    assert result.handed_on == 2 and result.site_ids == (world.site_id,)
    handoffs = list(s.scalars(select(Handoff)))
    assert {h.collection_id for h in handoffs} == {rec.handoff_collection(world.site_id)}
    assert {h.origin for h in handoffs} == {"renovation"}
    assert sorted(h.summary for h in handoffs) == [
        "«Renovatie Blok A» — Déplacement des meubles: Armoire lourde",
        "«Renovatie Blok A» — Question: Quand revient le chauffage ?"]
    # the site assistant sees them among the follow-ups, said to come from the renovation
    due = followups.followup_overview(s, today=later)
    shown = [f for f in due.this_week if f.origin == "handoff"]
    assert {f.handed_by for f in shown} == {"renovation"}
    assert {f.household_name for f in shown} == {"Famille Lefèvre"}
    assert closeout.open_items(s, project_id=project.id) == []  # marked handed on

    view = projects.get_project(s, project_id=project.id)
    assert view.archived and view.archived_on == later and view.works_ended_on == later
    for change in (
        lambda: contacts.log_contact(s, project_dwelling_id=project.pd_id, occurred_on=later,
                                     category="other", text="x", actor_id=actor, today=later),
        lambda: checklist.set_help_item(s, project_dwelling_id=project.pd_id, item="pets",
                                        status="needed", actor_id=actor),
        lambda: projects.update_project(s, project_id=project.id, actor_id=actor, name="x"),
        lambda: closeout.close_out(s, project_id=project.id, works_ended_on=later,
                                   actor_id=actor, today=later),
    ):
        with pytest.raises(ValidationError) as err:
            change()
        assert "archived" in err.value.message

    periods = retention.RetentionPeriods(renovation_project_days=365)
    soon = retention.upcoming(s, periods, today=later + timedelta(days=340))
    assert [(d.kind, d.due_on) for d in soon] == [("renovation_project",
                                                   later + timedelta(days=365))]
    targets = retention.due_for_purge(s, periods, today=later + timedelta(days=365))
    collections = {c for c, _ in targets.items}
    assert collections == {projects.collection_of(project.id)}  # the whole project, only
    assert len(targets.items) >= 5  # project, dwelling, contacts, help items


def test_archived_is_set_by_the_close_out_only(s, world, project):
    with pytest.raises(ValidationError) as err:
        projects.update_project(s, project_id=project.id, actor_id=world.actor_id,
                                status="archived")
    assert "close-out" in err.value.message


def test_a_connected_laptop_without_the_sites_hand_offs_changes_nothing(s, world, project):
    from fieldapp.local.sync_state import SyncAccount, SyncCollection

    actor = world.actor_id
    contacts.log_contact(s, project_dwelling_id=project.pd_id, occurred_on=TODAY,
                         category="question", text="Vraag", actor_id=actor, today=TODAY)
    s.add(SyncAccount(id=1, server_url="https://sync.example.org", email="ria@example.org",
                      user_id=actor, user={}, organisation_id="org"))
    s.flush()
    with pytest.raises(ValidationError) as err:
        closeout.close_out(s, project_id=project.id, works_ended_on=TODAY, actor_id=actor,
                           today=TODAY)
    assert "nothing was changed" in err.value.message
    assert not projects.get_project(s, project_id=project.id).archived
    s.add(SyncCollection(local_key=rec.handoff_collection(world.site_id),
                         server_id="00000000-0000-4000-8000-000000000009", kind="handoff",
                         access="write"))
    s.flush()
    assert closeout.close_out(s, project_id=project.id, works_ended_on=TODAY, actor_id=actor,
                              today=TODAY).handed_on == 1

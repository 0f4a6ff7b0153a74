from __future__ import annotations

from datetime import timedelta

import pytest

from fieldapp.audit import access_log
from fieldapp.casework import cases as casework
from fieldapp.casework.models import CaseFile, CaseNote
from fieldapp.errors import NotFound, ValidationError
from tests.factories import TODAY, World


def _note(s, world: World, **kw):
    args = dict(case_id=world.case_id, kind="office_hours", text="Kwam langs op de permanentie",
                occurred_on=TODAY, actor_id=world.actor_id)
    args.update(kw)
    return casework.add_note(s, **args)


def test_open_case_file_creates_once_and_logs_every_open(s, world: World) -> None:
    again = casework.open_case_file(s, household_id=world.household_id, actor_id=world.actor_id,
                                    today=TODAY)
    assert again.id == world.case_id
    assert (again.status, again.assigned_worker) == ("open", "Test Assistant")
    entries = access_log.list_access(s, object_type="case_file", object_id=world.case_id)
    assert [(e.action, e.actor_id) for e in entries] == [("open", world.actor_id)] * 2
    new = casework.open_case_file(s, household_id=world.other_household_id,
                                  actor_id=world.actor_id, today=TODAY)
    assert new.id != world.case_id and new.household_name == "Gezin Yılmaz"
    assert s.get(CaseFile, new.id).collection_id == f"casework:{world.other_site_id}"


def test_open_case_file_of_unknown_household(s, world: World) -> None:
    with pytest.raises(NotFound) as err:
        casework.open_case_file(s, household_id="nope", actor_id=world.actor_id, today=TODAY)
    assert "household was not found" in str(err.value)


def test_update_case_status_themes_worker(s, world: World) -> None:
    case = casework.update_case(s, case_id=world.case_id, actor_id=world.actor_id,
                                themes=["rent_arrears", "finances_debt", "rent_arrears"],
                                assigned_worker="Sarah Janssens")
    assert case.themes == ("finances_debt", "rent_arrears")
    closed = casework.update_case(s, case_id=world.case_id, actor_id=world.actor_id,
                                  status="closed", today=TODAY)
    assert (closed.status, closed.closed_on) == ("closed", TODAY)
    reopened = casework.update_case(s, case_id=world.case_id, actor_id=world.actor_id,
                                    status="open")
    assert reopened.closed_on is None
    with pytest.raises(ValidationError) as err:
        casework.update_case(s, case_id=world.case_id, actor_id=world.actor_id,
                             themes=["gardening"])
    assert str(err.value) == "Unknown theme 'gardening'."
    assert err.value.params == {"theme": "gardening"}


def test_add_note_and_read_it_back(s, world: World) -> None:
    note = _note(s, world, kind="home_visit", objective="2.3", text="  Huisbezoek.  ")
    assert note.text == "Huisbezoek."
    assert casework.get_note(s, note_id=note.id) == note
    row = s.get(CaseNote, note.id)
    assert row.collection_id == f"casework:{world.site_id}"
    assert row.dirty and row.base_rev is None and row.created_by == world.actor_id


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"text": ""}, "A note needs some text."),
        ({"text": "   \n "}, "A note needs some text."),
        ({"kind": "sms"}, "Choose what kind of contact this note records."),
        ({"confidentiality": "secret"}, "Choose a confidentiality level: team or restricted."),
        ({"objective": "9.9"}, "'9.9' is not one of the 17 operational objectives."),
        ({"occurred_on": TODAY + timedelta(days=1), "today": TODAY},
         "A note can't be dated in the future."),
        ({"text": "x" * 100_001}, "This text is too long: at most 100000 characters."),
    ],
)
def test_add_note_bad_input(s, world: World, kwargs, message) -> None:
    with pytest.raises(ValidationError) as err:
        _note(s, world, **kwargs)
    assert str(err.value) == message


def test_add_note_to_unknown_case(s, world: World) -> None:
    with pytest.raises(NotFound) as err:
        _note(s, world, case_id="missing")
    assert str(err.value) == (
        "This case file was not found. It may have been removed; refresh the list."
    )


def test_restricted_note_goes_to_the_restricted_collection(s, world: World) -> None:
    note = _note(s, world, confidentiality="restricted", text="Vertrouwelijk gesprek")
    # the author's own restricted collection of the site, never one per site (issue 14)
    assert s.get(CaseNote, note.id).collection_id == \
        f"casework-restricted:{world.site_id}:{world.actor_id}"
    edited = casework.edit_note(s, note_id=note.id, actor_id=world.actor_id,
                                confidentiality="team")
    assert edited.confidentiality == "team"
    assert s.get(CaseNote, note.id).collection_id == f"casework:{world.site_id}"


def test_every_write_makes_a_new_dirty_revision(s, world: World) -> None:
    note = _note(s, world)
    row = s.get(CaseNote, note.id)
    first_rev = row.rev
    row.dirty, row.base_rev = False, first_rev  # as if sync acknowledged it
    s.flush()
    casework.edit_note(s, note_id=note.id, actor_id=world.actor_id, text="Aangevuld verslag",
                       objective="2.1")
    assert row.rev != first_rev and row.dirty and row.base_rev == first_rev
    assert row.updated_by == world.actor_id


def test_edit_note_validates_and_can_clear_objective(s, world: World) -> None:
    note = _note(s, world, objective="2.3")
    with pytest.raises(ValidationError):
        casework.edit_note(s, note_id=note.id, actor_id=world.actor_id, text="")
    cleared = casework.edit_note(s, note_id=note.id, actor_id=world.actor_id,
                                 clear_objective=True)
    assert cleared.objective is None
    with pytest.raises(NotFound) as err:
        casework.edit_note(s, note_id="missing", actor_id=world.actor_id, text="x")
    assert str(err.value) == "This note was not found. It may have been deleted."


def test_delete_note_is_a_tombstone_hidden_everywhere(s, world: World) -> None:
    note = _note(s, world, text="Te verwijderen notitie")
    casework.delete_note(s, note_id=note.id, actor_id=world.actor_id)
    row = s.get(CaseNote, note.id)
    assert row.deleted and row.dirty and row.text == ""
    assert all(e.id != note.id for e in casework.timeline(s, case_id=world.case_id))
    with pytest.raises(NotFound):
        casework.get_note(s, note_id=note.id)


def test_timeline_is_newest_first(s, world: World) -> None:
    old = _note(s, world, occurred_on=TODAY - timedelta(days=10), text="Oud")
    new = _note(s, world, occurred_on=TODAY, text="Nieuw")
    mid = _note(s, world, occurred_on=TODAY - timedelta(days=3), text="Midden")
    assert [e.id for e in casework.timeline(s, case_id=world.case_id)] == [new.id, mid.id, old.id]


def test_finding_a_case_file_never_creates_one(s, world) -> None:
    from fieldapp.audit import access_log

    logged = len(access_log.list_access(s, object_type="case_file"))
    assert casework.find_case_file(s, household_id=world.other_household_id,
                                   actor_id=world.actor_id) is None
    assert len(access_log.list_access(s, object_type="case_file")) == logged  # no open logged
    found = casework.find_case_file(s, household_id=world.household_id, actor_id=world.actor_id)
    assert found is not None and found.id == world.case_id
    assert any(e.object_id == world.case_id and e.action == "open"
               for e in access_log.list_access(s, object_type="case_file"))

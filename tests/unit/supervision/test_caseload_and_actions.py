"""Caseload per worker and per site, drill-down, reassignment, review notes, access log."""

from __future__ import annotations

from datetime import date

import pytest

from fieldapp.audit import access_log
from fieldapp.casework import cases as casework
from fieldapp.casework import visits
from fieldapp.casework.workers import former_names as workers_former_names
from fieldapp.casework.workers import map_former_names
from fieldapp.errors import ValidationError
from fieldapp.people import directory
from fieldapp.supervision.caseload import case_list, caseload, workers
from fieldapp.supervision.review import (
    add_review_note,
    case_ids_of,
    open_case,
    reassign_cases,
    reassignments,
    review_notes,
)
from tests.factories import TODAY

from .conftest import seed_october

KARIM = "0000000a-0000-4000-8000-00000000000a"
SOPHIE = "0000000b-0000-4000-8000-00000000000b"


def _recent(vault, world, cb):
    a = world.actor_id
    with vault.session() as s:
        for day in (1, 10, 19):
            casework.add_note(s, case_id=world.case_id, kind="phone_call", text="x",
                              occurred_on=date(2026, 11, day), actor_id=a)
        casework.add_note(s, case_id=cb, kind="phone_call", text="x",
                          occurred_on=date(2026, 10, 21), actor_id=a)  # exactly 30 days: out
        visits.plan_visit(s, case_id=cb, planned_on=TODAY, purpose="", actor_id=a, today=TODAY)


def _team(vault, world):
    """The directory as the sync engine leaves it: Karim and Sophie carry case files;
    Karim works on both sites, Sophie on the second one only."""
    with vault.session() as s:
        directory.remember(s, complete=True, people=[
            (world.actor_id, "Test Supervisor", ["supervisor"]),
            (KARIM, "Karim Benali", ["social_assistant"]),
            (SOPHIE, "Sophie Dubois", ["social_assistant"]),
        ])
        directory.remember_sites(s, {world.site_id: [world.actor_id, KARIM],
                                     world.other_site_id: [world.actor_id, KARIM, SOPHIE]})


def test_caseload_per_worker_and_site(vault, world):
    cb = seed_october(vault, world)
    _recent(vault, world, cb)
    _team(vault, world)
    with vault.session(read_only=True) as s:
        rows = {r.key: r for r in caseload(s, today=TODAY, group_by="worker")}
        # Karim's case file still carries his name as free text: a former name until mapped
        assert set(rows) == {world.actor_id, "former:Karim Benali", KARIM, SOPHIE}
        assert rows["former:Karim Benali"].former and rows["former:Karim Benali"].open_cases == 1
        assert (rows[KARIM].open_cases, rows[SOPHIE].open_cases) == (0, 0)
        assert [n.name for n in workers_former_names(s)] == ["Karim Benali"]
    with vault.session() as s:
        assert map_former_names(s, actor_id=world.actor_id) == 1
    with vault.session(read_only=True) as s:
        assert workers_former_names(s) == []
        rows = {r.key: r for r in caseload(s, today=TODAY, group_by="worker")}
        assert set(rows) == {world.actor_id, KARIM, SOPHIE}
        mine, karim = rows[world.actor_id], rows[KARIM]
        assert (mine.label, karim.label) == ("Test Supervisor", "Karim Benali")
        assert (mine.open_cases, mine.notes_30d, mine.overdue_followups,
                mine.open_referrals) == (1, 3, 0, 1)
        # Karim: follow-ups due 20/10 and 5/11 not done; referrals proposed + sent; 2 visits
        assert (karim.open_cases, karim.notes_30d, karim.overdue_followups,
                karim.open_referrals, karim.visits_planned) == (1, 0, 2, 2, 2)
        assert mine.inventories_open is None
        sites = {r.label: r for r in caseload(s, today=TODAY, group_by="site")}
        assert sites["Anneessens"].inventories_open == 1  # the unsigned post-works check
        assert sites["Anneessens"].requests_open == 1
        assert sites["Peterbos"].overdue_followups == 2
        only = caseload(s, today=TODAY, group_by="site", site_id=world.other_site_id)
        assert [r.label for r in only] == ["Peterbos"]
        assert [p.display_name for p in workers(s)] == ["Karim Benali", "Sophie Dubois"]
        assert [p.display_name for p in workers(s, site_id=world.site_id)] == ["Karim Benali"]
        cases = case_list(s, today=TODAY, worker=KARIM)
        assert [(c.household_name, c.worker, c.overdue_followups, c.last_note_on)
                for c in cases] == [("Gezin Yılmaz", "Karim Benali", 2, date(2026, 10, 21))]


def test_open_reassign_and_review(vault, world):
    cb = seed_october(vault, world)
    _team(vault, world)
    a = world.actor_id
    with vault.session() as s:
        map_former_names(s, actor_id=a)
        before = len(access_log.list_access(s, object_type="case_file", object_id=cb))
        view = open_case(s, case_id=cb, actor_id=a, today=TODAY)
        assert view.household_name == "Gezin Yılmaz"
        opened = access_log.list_access(s, object_type="case_file", object_id=cb)
        assert len(opened) == before + 1 and opened[0].actor_id == a
        # Sophie has no key to the first site: a worker leaving hands over all or nothing
        with pytest.raises(ValidationError) as refused:
            reassign_cases(s, case_ids=[world.case_id, cb], to_worker_id=SOPHIE, actor_id=a,
                           today=TODAY)
        assert "no access to this site" in str(refused.value)
        moved = reassign_cases(s, case_ids=case_ids_of(s, worker=KARIM),
                               to_worker_id=SOPHIE, actor_id=a, today=TODAY,
                               reason="verlof", until=date(2026, 12, 18))
        assert [(m.from_worker, m.to_worker, m.until) for m in moved] == [
            ("Karim Benali", "Sophie Dubois", date(2026, 12, 18))]
        assert (moved[0].from_worker_id, moved[0].to_worker_id) == (KARIM, SOPHIE)
        case = casework.get_case(s, case_id=cb)
        assert (case.assigned_worker, case.worker_id) == ("Sophie Dubois", SOPHIE)
        assert case_ids_of(s, worker=KARIM) == []
        assert reassignments(s, case_id=cb)[0].reason == "verlof"
        add_review_note(s, case_id=cb, text="Schuldhulp opvolgen", actor_id=a, today=TODAY)
        assert [n.text for n in review_notes(s, case_id=cb)] == ["Schuldhulp opvolgen"]
        with pytest.raises(ValidationError):
            reassign_cases(s, case_ids=[cb], to_worker_id="  ", actor_id=a, today=TODAY)
        with pytest.raises(ValidationError):
            reassign_cases(s, case_ids=[cb], to_worker_id="no-such-account", actor_id=a,
                           today=TODAY)
        with pytest.raises(ValidationError):
            add_review_note(s, case_id=cb, text=" ", actor_id=a, today=TODAY)
    with vault.session(read_only=True) as s:
        from fieldapp.casework.models import CaseFile
        from fieldapp.supervision.models import Reassignment, ReviewNote
        row = s.get(CaseFile, cb)
        assert row.dirty and row.collection_id == f"casework:{world.other_site_id}"
        # review notes: supervisors only; a reassignment: the case's team reads it (issue 16)
        assert {r.collection_id for r in s.query(ReviewNote)} == {"supervision:test-org"}
        assert {r.collection_id for r in s.query(Reassignment)} == {
            f"casework:{world.other_site_id}"}


def test_review_notes_refuse_a_field_worker(tmp_path):
    from tests.factories import make_vault, make_world

    v = make_vault(tmp_path)  # a social assistant's vault
    try:
        w = make_world(v)
        with v.session() as s:
            with pytest.raises(ValidationError) as err:
                review_notes(s, case_id=w.case_id)
            assert "supervisor" in str(err.value)
            with pytest.raises(ValidationError):
                reassign_cases(s, case_ids=[w.case_id], to_worker_id="X", actor_id=w.actor_id,
                               today=TODAY)
    finally:
        v.lock()

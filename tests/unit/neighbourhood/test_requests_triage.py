from __future__ import annotations

from datetime import timedelta

import pytest

from fieldapp.errors import ValidationError
from fieldapp.neighbourhood.requests import close_request, get_request, log_request
from fieldapp.neighbourhood.triage import (
    clear_rank,
    rerank,
    set_in_round,
    triage,
)
from tests.factories import TODAY

from .conftest import NOW, add


def test_log_request_keeps_place_and_collection(s, agent):
    w = agent.world
    row = log_request(s, source="own_observation", category="bulky_waste",
                      site_id=w.site_id, building_id=w.building_id, entrance="B", floor="3",
                      dwelling_id=w.dwelling_id, reporter="caretaker", urgency="this_week",
                      description="  Mattress by the bins  ", actor_id=w.actor_id, now=NOW)
    assert row.description == "Mattress by the bins"
    assert row.place.short() == "Anneessens · Blok A · B · 3 · 3B"
    assert row.place.address == "Anneessensplein 12"
    assert row.due_at == NOW + timedelta(days=7) and not row.overdue
    from fieldapp.neighbourhood.models import NeighbourhoodRequest
    assert s.get(NeighbourhoodRequest, row.id).collection_id == "neighbourhood:test-org"


@pytest.mark.parametrize("field,value", [("urgency", "soon"), ("category", "x"),
                                         ("source", ""), ("description", "  ")])
def test_log_request_refuses_bad_input(s, agent, field, value):
    args = dict(source="tenant_call", category="noise", site_id=agent.world.site_id,
                urgency="today", description="Noise", actor_id=agent.world.actor_id, now=NOW)
    args[field] = value
    with pytest.raises(ValidationError):
        log_request(s, **args)


def test_dwelling_of_another_site_is_refused(s, agent):
    with pytest.raises(ValidationError):
        add(s, agent, site="peterbos", dwelling_id=agent.world.dwelling_id)


def test_triage_order_on_a_known_set(s, agent):
    a = add(s, agent, urgency="when_possible", hours_ago=24 * 40, text="old, overdue")
    b = add(s, agent, urgency="today", hours_ago=2, text="today, fresh")
    c = add(s, agent, urgency="immediate", hours_ago=0.5, text="immediate, new")
    d = add(s, agent, urgency="this_week", hours_ago=24 * 2, text="this week")
    e = add(s, agent, urgency="immediate", hours_ago=1, text="immediate, older")
    f = add(s, agent, urgency="today", hours_ago=30, text="yesterday's today: overdue")
    rows = triage(s, now=NOW)
    assert [r.id for r in rows] == [e, c, a, f, b, d]
    assert {r.id for r in rows if r.overdue} == {a, f}


def test_overdue_uses_the_clock_passed_in(s, agent):
    rid = add(s, agent, urgency="immediate", hours_ago=1)
    assert not triage(s, now=NOW)[0].overdue
    assert triage(s, now=NOW + timedelta(hours=1, minutes=1))[0].overdue
    assert get_request(s, request_id=rid, now=NOW + timedelta(hours=3)).overdue


def test_rerank_persists_and_can_be_undone(vault, agent):
    with vault.session() as s:
        ids = [add(s, agent, urgency=u, hours_ago=h)
               for u, h in (("immediate", 1), ("today", 2), ("this_week", 3))]
        rows = rerank(s, request_id=ids[2], to_index=0, actor_id=agent.world.actor_id, now=NOW)
        assert [r.id for r in rows] == [ids[2], ids[0], ids[1]]
    with vault.session(read_only=True) as s:  # a new session: read back from the vault
        rows = triage(s, now=NOW)
        assert [r.id for r in rows] == [ids[2], ids[0], ids[1]]
        assert [r.hand_ranked for r in rows] == [True, False, False]
    with vault.session() as s:
        rows = rerank(s, request_id=ids[0], to_index=2, actor_id=agent.world.actor_id, now=NOW)
        assert [r.id for r in rows] == [ids[2], ids[1], ids[0]]
        rows = rerank(s, request_id=ids[0], to_index=1, actor_id=agent.world.actor_id, now=NOW)
        assert [r.id for r in rows] == [ids[2], ids[0], ids[1]]
        # a new request still slots in by its own urgency
        new = add(s, agent, urgency="immediate", hours_ago=0)
        assert [r.id for r in triage(s, now=NOW)][-1] != new
        rows = clear_rank(s, request_id=ids[2], actor_id=agent.world.actor_id, now=NOW)
        assert rows[-1].id == ids[2]


def test_closed_requests_leave_the_triage_and_round_choice_is_kept(s, agent):
    a, b = add(s, agent), add(s, agent, urgency="immediate")
    set_in_round(s, request_id=a, day=TODAY, actor_id=agent.world.actor_id)
    assert [r.round_day for r in triage(s, now=NOW) if r.id == a] == [TODAY]
    close_request(s, request_id=b, actor_id=agent.world.actor_id, today=TODAY, now=NOW)
    assert [r.id for r in triage(s, now=NOW)] == [a]

"""Asking a neighbourhood agent along: day, time, address only, in `handoff:<site>`."""

from __future__ import annotations

from datetime import timedelta

import pytest

from fieldapp.casework import agent_along
from fieldapp.casework.timeline import timeline
from fieldapp.errors import ValidationError
from fieldapp.neighbourhood import visit_requests
from fieldapp.neighbourhood.models import AgentVisitRequest
from fieldapp.records.payload import to_payload
from tests.factories import TODAY


def test_ask_then_answer(s, world):
    address = agent_along.visit_address(s, case_id=world.case_id)
    assert address == "Anneessensplein 12, 1000 Brussel · Blok A · 3B"
    ask = agent_along.ask_agent_along(s, case_id=world.case_id, on_day=TODAY + timedelta(1),
                                      start_minute=14 * 60, address=address,
                                      actor_id=world.actor_id, today=TODAY)
    row = s.get(AgentVisitRequest, ask.id)
    assert row.collection_id == f"handoff:{world.site_id}"
    # what travels to the agents: no case id, no household name, no purpose
    payload = to_payload(AgentVisitRequest, {c.name: getattr(row, c.key)
                                             for c in AgentVisitRequest.__table__.columns})
    assert world.case_id not in str(payload) and "Lefèvre" not in str(payload)
    inbox = visit_requests.agent_inbox(s, today=TODAY)
    assert [(a.address, a.status) for a in inbox] == [(address, "asked")]
    with pytest.raises(ValidationError, match="why you cannot come"):
        visit_requests.answer_ask(s, ask_id=ask.id, accept=False, word=" ", actor_id="agent")
    visit_requests.answer_ask(s, ask_id=ask.id, accept=True, word="Ik kom mee",
                              actor_id="agent")
    entry = next(e for e in timeline(s, case_id=world.case_id) if e.kind == "agent_ask")
    assert entry.status == "accepted" and "Ik kom mee" in entry.text


def test_a_visit_in_the_past_is_refused(s, world):
    with pytest.raises(ValidationError, match="today or later"):
        agent_along.ask_agent_along(s, case_id=world.case_id, on_day=TODAY - timedelta(1),
                                    start_minute=600, address="x", actor_id=world.actor_id,
                                    today=TODAY)

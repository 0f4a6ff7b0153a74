from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from PIL import Image

from fieldapp.attachments import files as attachments
from fieldapp.errors import ValidationError
from fieldapp.neighbourhood.interventions import list_interventions, log_intervention
from fieldapp.neighbourhood.requests import close_request
from fieldapp.neighbourhood.triage import triage
from fieldapp.neighbourhood.week import week_summary
from tests.factories import TODAY

from .conftest import NOW, add


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (30, 120, 60)).save(out, format="PNG")
    return out.getvalue()


def test_log_intervention_and_close(s, agent):
    rid = add(s, agent)
    actor = agent.world.actor_id
    first = log_intervention(s, request_id=rid, occurred_at=NOW - timedelta(hours=1),
                             met="Neighbour, 2nd floor", actions="Talked to both sides",
                             outcome="partly_resolved", follow_up_needed=True,
                             photos=[_png()], actor_id=actor, now=NOW, today=TODAY)
    assert len(first.photos) == 1 and first.follow_up_needed
    photo = attachments.read_image(s, attachment_id=first.photos[0])
    assert photo == _png()  # decrypted back; on disk only ciphertext
    folder = attachments.folder_of(s)
    assert all(_png() not in f.read_bytes() for f in folder.iterdir())
    row = triage(s, now=NOW)[0]
    assert row.interventions == 1 and row.last_intervention_at == NOW - timedelta(hours=1)
    log_intervention(s, request_id=rid, occurred_at=NOW, actions="Music off",
                     outcome="resolved", close=True, actor_id=actor, now=NOW, today=TODAY)
    assert triage(s, now=NOW) == []
    assert [i.outcome for i in list_interventions(s, request_id=rid)] == [
        "resolved", "partly_resolved"]


@pytest.mark.parametrize("change", [{"outcome": "fine"}, {"actions": ""},
                                    {"photos": [b"not an image"]},
                                    {"occurred_at": NOW + timedelta(minutes=5)},
                                    {"close": True, "follow_up_needed": True},
                                    {"close": True, "outcome": "nobody_present"},
                                    {"close": True, "outcome": "not_resolved"}])
def test_log_intervention_refuses_bad_input(s, agent, change):
    args = dict(request_id=add(s, agent), occurred_at=NOW, actions="Visit",
                outcome="resolved", actor_id=agent.world.actor_id, now=NOW, today=TODAY)
    args.update(change)
    with pytest.raises(ValidationError):
        log_intervention(s, **args)


def test_week_counts_by_category_and_site(s, agent):
    actor = agent.world.actor_id
    a = add(s, agent, category="noise")
    add(s, agent, category="bulky_waste", site="peterbos")
    c = add(s, agent, category="bulky_waste", hours_ago=24 * 10)  # logged last week
    close_request(s, request_id=a, actor_id=actor, today=TODAY, now=NOW)
    close_request(s, request_id=c, actor_id=actor, today=TODAY - timedelta(days=8), now=NOW)
    log_intervention(s, request_id=a, occurred_at=NOW, actions="Visit", outcome="resolved",
                     actor_id=actor, now=NOW, today=TODAY)
    week = week_summary(s, today=TODAY, actor_id=actor)
    assert (week.week_start, week.week_end) == (date(2026, 11, 16), date(2026, 11, 22))
    assert (week.logged, week.closed, week.open_now, week.interventions) == (2, 1, 1, 1)
    assert [(c.key, c.open, c.closed) for c in week.by_category] == [
        ("noise", 0, 1), ("bulky_waste", 1, 0)]
    assert [(c.key, c.open, c.closed) for c in week.by_site] == [
        ("Anneessens", 0, 1), ("Peterbos", 1, 0)]
    assert week_summary(s, today=TODAY, actor_id="someone else").open_now == 0

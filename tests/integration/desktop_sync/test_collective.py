"""Issue 18 on the real server: a collective assistant, a site assistant and a supervisor.
The server never makes the collective assistant a member of a casework collection, and
holds the registry read-only for them; a site assistant's signal reaches them without a
name or case text; their meeting reaches the supervisor and is counted."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text

from fieldapp.collective import documents, signals
from fieldapp.collective import meetings as mt
from fieldapp.local.sync_state import SyncCollection
from fieldapp.registry.neighbourhoods import define_neighbourhood, list_neighbourhoods
from fieldapp.supervision.indicators import indicators
from sync.client.errors import ApiError
from sync.engine.team import grant_all
from tests.factories import make_world
from tests.integration.desktop_sync.desktop_helpers import Member, Team, _own_fingerprint

pytestmark = pytest.mark.postgres

DAY = date(2026, 11, 26)
CASE_WORDS = "Schuldbemiddeling-Quokka-4417"  # a marker in a case note, nothing personal


def _server_ids(member: Member) -> dict[str, tuple[str, str]]:
    with member.vault.session(read_only=True) as s:
        return {c.local_key: (c.server_id, c.kind) for c in s.scalars(select(SyncCollection))}


def grant_collective(boss: Member, cma: Member) -> None:
    """What the supervisor's code check grants a collective assistant."""
    fingerprint = _own_fingerprint(cma)
    grant_all(boss.engine, cma.user_id, fingerprint=fingerprint, access="read",
              kinds=("registry",))
    grant_all(boss.engine, cma.user_id, fingerprint=fingerprint, access="write",
              kinds=("collective", "signal"))


def test_collective_work_end_to_end_on_the_server(team: Team) -> None:
    from tests.integration.desktop_sync.desktop_helpers import add_note

    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    cma = team.enrol("collective_assistant", "cma")
    with boss.vault.session() as s:
        define_neighbourhood(s, name="Anneessens-Centrum", site_ids=[world.site_id],
                             assistant_ids=[cma.user_id], actor_id=world.actor_id)
    boss.sync()
    ann = team.enrol("social_assistant", "ann")
    team.grant(boss, ann)
    ann.sync()
    add_note(ann, world.case_id, CASE_WORDS)

    # The server refuses a casework key and registry writing, whoever asks.
    ids = _server_ids(boss)
    client = boss.engine.client()
    assert client is not None
    fingerprint = _own_fingerprint(cma)
    for key in (f"casework:{world.site_id}", f"handoff:{world.site_id}"):
        with pytest.raises(ApiError) as refused:
            client.add_member(ids[key][0], cma.user_id, access="read",
                              verified_fingerprint=fingerprint)
        assert refused.value.status == 403
    with pytest.raises(ApiError) as refused:
        client.add_member(ids[f"registry:{team.org}"][0], cma.user_id, access="write",
                          verified_fingerprint=fingerprint)
    assert refused.value.status == 403
    grant_collective(boss, cma)
    ann.sync()
    cma.sync()

    # The site assistant signals a theme in a building; the collective assistant gets it.
    with ann.vault.session() as s:
        receipt = signals.send_signal(s, site_id=world.site_id, building_id=world.building_id,
                                      theme="waste_sorting", actor_id=world.actor_id,
                                      today=DAY)
    ann.sync()
    cma.sync()
    with cma.vault.session(read_only=True) as s:
        got = signals.received_signals(s)
        assert [(r.id, r.theme, r.building_name) for r in got] == [
            (receipt.id, "waste_sorting", "Blok A")]
        kinds = {c.kind: c.access for c in s.scalars(select(SyncCollection))}
        assert "casework" not in kinds and "handoff" not in kinds
        assert "casework-restricted" not in kinds
        assert kinds["registry"] == "read" and kinds["collective"] == "write"
        assert s.scalar(text("SELECT count(*) FROM case_files")) == 0
        assert s.scalar(text("SELECT count(*) FROM case_notes")) == 0
        row = s.execute(text("SELECT * FROM cm_signals")).mappings().one()
        values = " ".join(str(v) for v in row.values())
        assert "Lefèvre" not in values and CASE_WORDS not in values

    # A meeting of the neighbourhood, written on the collective assistant's laptop.
    with cma.vault.session() as s:
        me = cma.user_id
        [hood] = list_neighbourhoods(s, assistant_id=me)
        meeting = mt.plan_meeting(s, neighbourhood_id=hood.id, held_on=DAY,
                                  start_minute=18 * 60, duration_minutes=90, place="Buurthuis",
                                  actor_id=me)
        mt.add_topic(s, meeting_id=meeting.id, title="Afvalsortering",
                     source_kind="colleague", source="Site-assistent", actor_id=me)
        mt.set_households_present(s, meeting_id=meeting.id,
                                  household_ids=[world.household_id], actor_id=me)
        documents.issue_minutes(s, meeting_id=meeting.id, today=DAY, actor_id=me)
        mt.log_distribution(s, meeting_id=meeting.id, household_ids=[world.household_id],
                            channel="email", sent_on=DAY, actor_id=me)
    cma.sync()
    boss.sync()
    with boss.vault.session(read_only=True) as s:
        [seen] = mt.list_meetings(s)
        assert (seen.id, seen.status, seen.households_present, seen.delivered) == (
            meeting.id, "held", 1, 1)
        report = indicators(s, start=date(2026, 11, 1), end=date(2026, 11, 30))
        assert report.by_category("tenant_meetings") == {"held": 1}
        assert report.by_category("minutes_sent") == {"on_time": 1}

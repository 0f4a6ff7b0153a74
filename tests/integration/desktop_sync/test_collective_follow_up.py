"""Issue 18 item 6 and deletions on the real server, two laptops: the coaching contacts and
final report of an application and the council's meeting reach the supervisor; a campaign,
a room and a call deleted as entered by mistake leave the supervisor's laptop too, as
tombstones that carry none of their words."""

from __future__ import annotations

from datetime import date

import pytest

from fieldapp.collective import campaigns as cp
from fieldapp.collective import participation as pt
from fieldapp.collective import rooms as rm
from fieldapp.collective.field_models import Campaign, CommonRoom, ProjectCall, RoomKey
from fieldapp.registry.neighbourhoods import define_neighbourhood, list_neighbourhoods
from tests.factories import make_world
from tests.integration.desktop_sync.desktop_helpers import Team
from tests.integration.desktop_sync.test_collective import grant_collective

pytestmark = pytest.mark.postgres

DAY = date(2026, 11, 26)


def test_follow_up_travels_and_deletions_leave_every_laptop(team: Team) -> None:
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    cma = team.enrol("collective_assistant", "cma")
    with boss.vault.session() as s:
        define_neighbourhood(s, name="Anneessens-Centrum", site_ids=[world.site_id],
                             assistant_ids=[cma.user_id], actor_id=world.actor_id)
    boss.sync()
    grant_collective(boss, cma)
    cma.sync()
    me = cma.user_id
    with cma.vault.session() as s:
        [hood] = list_neighbourhoods(s, assistant_id=me)
        campaign = cp.save_campaign(s, neighbourhood_id=hood.id, theme="energy",
                                    title="Per vergissing", starts_on=DAY, ends_on=None,
                                    building_ids=[world.building_id], posters=0, actor_id=me)
        room = rm.save_room(s, site_id=world.site_id, name="Fietsenberging", kind="bike_storage",
                            house_rules="", actor_id=me)
        key = rm.lend_key(s, room_id=room.id, holder="Conciërge", given_on=DAY, actor_id=me)
        call = pt.save_call(s, year=2026, title="Projectoproep 2026", deadline=None,
                            call_text="", actor_id=me)
        a = pt.add_application(s, call_id=call.id, applicant_kind="association",
                               applicant="vzw Buurtwerk", title="Repair café",
                               amount_requested=900, actor_id=me)
        pt.add_coaching(s, application_id=a.id, held_on=DAY, discussed="Begroting",
                        actor_id=me)
        pt.decide_application(s, application_id=a.id, status="selected", amount_granted=800,
                              actor_id=me)
        pt.record_final_report(s, application_id=a.id, received_on=DAY, summary="Gelukt",
                               amount_spent=750, actor_id=me)
    cma.sync()
    boss.sync()
    with boss.vault.session(read_only=True) as s:
        [seen] = pt.applications_of(s, call.id)
        assert (seen.report_summary, seen.amount_spent) == ("Gelukt", 750)
        assert [c.discussed for c in pt.coaching_of(s, a.id)] == ["Begroting"]
        assert [r.name for r in rm.list_rooms(s, today=DAY)] == ["Fietsenberging"]
    with cma.vault.session() as s:
        cp.delete_campaign(s, campaign_id=campaign.id, actor_id=me)
        rm.delete_room(s, room_id=room.id, actor_id=me)
        pt.delete_call(s, call_id=call.id, actor_id=me)
    cma.sync()
    boss.sync()
    with boss.vault.session(read_only=True) as s:
        assert cp.list_campaigns(s) == [] and rm.list_rooms(s, today=DAY) == []
        assert pt.list_calls(s) == []
        left = [s.get(Campaign, campaign.id), s.get(CommonRoom, room.id),
                s.get(ProjectCall, call.id), s.get(RoomKey, key.id)]
        assert all(r is not None and r.deleted for r in left)
        c, rr, cl, k = left
        assert (c.title, rr.name, cl.title, k.holder) == ("", "", "", "")  # no words left

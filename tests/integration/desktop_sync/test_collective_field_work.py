"""Issue 18 items 3, 4 and 6 on the real server, two laptops: what the collective assistant
records offline — a campaign and its round, a common room with a booking and a key, the call
for projects with a selected application, an ARHUU meeting — reaches the supervisor after a
sync, is counted there, and a change on the supervisor's laptop comes back."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from fieldapp.collective import campaigns as cp
from fieldapp.collective import participation as pt
from fieldapp.collective import rooms as rm
from fieldapp.registry.neighbourhoods import define_neighbourhood, list_neighbourhoods
from fieldapp.supervision.indicators import indicators
from tests.factories import make_world
from tests.integration.desktop_sync.desktop_helpers import Team
from tests.integration.desktop_sync.test_collective import grant_collective

pytestmark = pytest.mark.postgres

DAY = date(2026, 11, 26)


def test_campaigns_rooms_and_participation_travel_between_laptops(team: Team) -> None:
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    cma = team.enrol("collective_assistant", "cma")
    with boss.vault.session() as s:
        define_neighbourhood(s, name="Anneessens-Centrum", site_ids=[world.site_id],
                             assistant_ids=[cma.user_id], actor_id=world.actor_id)
    boss.sync()
    grant_collective(boss, cma)
    cma.sync()

    with cma.vault.session() as s:
        me = cma.user_id
        [hood] = list_neighbourhoods(s, assistant_id=me)
        campaign = cp.save_campaign(s, neighbourhood_id=hood.id, theme="waste_sorting",
                                    title="Afval sorteren", starts_on=DAY, ends_on=None,
                                    building_ids=[world.building_id], posters=4, actor_id=me)
        cp.record_door(s, campaign_id=campaign.id, dwelling_id=world.dwelling_id,
                       outcome="leaflet", remarks="", visited_on=DAY, actor_id=me)
        room = rm.save_room(s, site_id=world.site_id, name="Fietsenberging", kind="bike_storage",
                            house_rules="", actor_id=me)
        rm.book_room(s, room_id=room.id, booked_on=DAY, start_minute=None,
                     duration_minutes=None, purpose="Fietsatelier", actor_id=me)
        key = rm.lend_key(s, room_id=room.id, holder="Conciërge", given_on=DAY, actor_id=me)
        rm.record_incident(s, room_id=room.id, happened_on=DAY, what="Slot geforceerd",
                           actor_id=me)
        call = pt.save_call(s, year=2026, title="Projectoproep 2026", deadline=None,
                            call_text="", actor_id=me)
        application = pt.add_application(s, call_id=call.id, applicant_kind="association",
                                         applicant="vzw Buurtwerk", title="Repair café",
                                         amount_requested=900, actor_id=me)
        pt.decide_application(s, application_id=application.id, status="selected",
                              amount_granted=800, actor_id=me)
        pt.record_council_meeting(s, body="arhuu", held_on=DAY, subject="Huurprijzen",
                                  advice="", actor_id=me)
        initiative = pt.start_initiative(s, neighbourhood_id=hood.id, title="Moestuin",
                                         carried_by="Bewonersgroep", started_on=DAY,
                                         actor_id=me)
        pt.give_support(s, initiative_id=initiative.id, kind="coaching", note="",
                        given_on=DAY, actor_id=me)
        collections = {r[0] for r in s.execute(text(
            "SELECT collection_id FROM cm_campaigns UNION SELECT collection_id FROM cm_doors "
            "UNION SELECT collection_id FROM cm_rooms UNION SELECT collection_id FROM "
            "cm_room_keys UNION SELECT collection_id FROM cm_calls UNION SELECT collection_id "
            "FROM cm_applications UNION SELECT collection_id FROM cm_council_meetings UNION SELECT "
            "collection_id FROM cm_initiatives UNION SELECT collection_id FROM "
            "cm_initiative_support"))}
        assert collections == {f"collective:{team.org}"}
    cma.sync()
    boss.sync()

    with boss.vault.session(read_only=True) as s:
        [seen] = cp.list_campaigns(s)
        assert (seen.id, seen.title, seen.doors, seen.visited) == (
            campaign.id, "Afval sorteren", 1, 1)
        assert [d.outcome for d in cp.round_of(s, campaign.id)] == ["leaflet"]
        [r] = rm.list_rooms(s, today=DAY)
        assert (r.name, r.keys_out, r.next_booking) == ("Fietsenberging", 1, DAY)
        assert [i.what for i in rm.incidents_of(s, r.id)] == ["Slot geforceerd"]
        [c] = pt.list_calls(s)
        assert (c.applications, c.selected, c.granted) == (1, 1, 800)
        assert [m.subject for m in pt.list_council_meetings(s)] == ["Huurprijzen"]
        [i] = pt.list_initiatives(s)
        assert (i.title, [k for _d, k, _n in i.support]) == ("Moestuin", ["coaching"])
        report = indicators(s, start=date(2026, 11, 1), end=date(2026, 11, 30))
        assert report.by_category("door_to_door") == {"leaflet": 1}
        assert report.by_category("project_applications") == {"selected": 1}
        assert report.by_category("room_bookings") == {"booked": 1}

    # the key comes back, noted on the supervisor's laptop: the name leaves both vaults
    with boss.vault.session() as s:
        rm.key_returned(s, key_id=key.id, returned_on=DAY, actor_id=boss.user_id)
    boss.sync()
    cma.sync()
    with cma.vault.session(read_only=True) as s:
        [k] = rm.keys_of(s, room.id)
        assert (k.holder, k.returned_on) == ("", DAY)


def test_corrections_and_a_cancellation_reach_the_supervisor(team: Team) -> None:
    from fieldapp.collective import documents
    from fieldapp.collective import meetings as mt

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
        held = mt.plan_meeting(s, neighbourhood_id=hood.id, held_on=DAY, start_minute=None,
                               duration_minutes=None, place="Buurthuis", actor_id=me)
        later = mt.plan_meeting(s, neighbourhood_id=hood.id, held_on=date(2026, 12, 17),
                                start_minute=None, duration_minutes=None, place="Buurthuis",
                                actor_id=me)
        topic = mt.add_topic(s, meeting_id=held.id, title="Fietsen", source_kind="tenants",
                             source="", actor_id=me)
        gone = mt.add_topic(s, meeting_id=held.id, title="Lift", source_kind="tenants",
                            source="", actor_id=me)
        staff = mt.add_staff(s, meeting_id=held.id, function="Technische dienst",
                             person_id=None, named_as="", agreed_to_be_named=False,
                             actor_id=me)
        mt.set_households_present(s, meeting_id=held.id, household_ids=[world.household_id],
                                  actor_id=me)
        documents.issue_minutes(s, meeting_id=held.id, today=DAY, actor_id=me)
        mt.log_distribution(s, meeting_id=held.id, household_ids=[world.household_id],
                            channel="email", sent_on=DAY, actor_id=me)
    cma.sync()
    boss.sync()
    with cma.vault.session() as s:  # corrected after the first sync
        mt.edit_topic(s, topic_id=topic.id, title="Fietsenberging", source_kind="department",
                      source="Technische dienst", actor_id=me)
        mt.remove_topic(s, topic_id=gone.id, actor_id=me)
        mt.remove_staff(s, attendee_id=staff.id, actor_id=me)
        mt.undo_distribution(s, meeting_id=held.id, household_ids=[world.household_id],
                             channel="email", actor_id=me)
        mt.cancel_meeting(s, meeting_id=later.id, actor_id=me)
    cma.sync()
    boss.sync()
    with boss.vault.session(read_only=True) as s:
        detail = mt.meeting_detail(s, held.id)
        assert [(t.title, t.source) for t in detail.topics] == [
            ("Fietsenberging", "Technische dienst")]
        assert detail.staff == () and detail.meeting.delivered == 0
        assert {m.id: m.status for m in mt.list_meetings(s)} == {
            held.id: "held", later.id: "cancelled"}
        report = indicators(s, start=DAY, end=DAY)
        assert report.by_category("minutes_sent") == {"not_sent": 1}
        assert report.by_category("meeting_attendance") == {"household": 1}


def test_a_validated_election_purges_the_roll_on_every_laptop(team: Team) -> None:
    from fieldapp.collective import elections as el

    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    cma = team.enrol("collective_assistant", "cma")
    boss.sync()
    grant_collective(boss, cma)
    cma.sync()
    me = cma.user_id
    with cma.vault.session() as s:
        election = el.prepare_election(s, vote_on=DAY, seats=1, actor_id=me)
        candidate = el.add_candidate(s, election_id=election.id, name="Amina B.", actor_id=me)
        el.set_voted(s, election_id=election.id, household_ids=[world.household_id],
                     actor_id=me)
    cma.sync()
    boss.sync()
    with boss.vault.session(read_only=True) as s:
        assert el.roll_count(s) == 2
        [row] = el.list_elections(s)
        assert (row.status, row.voters, row.roll_size) == ("preparing", 1, 2)
    with cma.vault.session() as s:
        el.record_votes(s, election_id=election.id, votes={candidate.id: 1}, actor_id=me)
        el.validate_election(s, election_id=election.id, today=DAY, actor_id=me)
    cma.sync()
    boss.sync()
    with cma.vault.session(read_only=True) as s:
        assert s.scalar(text("SELECT count(*) FROM cm_election_roll WHERE household_id != ''"
                             )) == 0
    with boss.vault.session(read_only=True) as s:
        assert el.roll_count(s) == 0
        # the purged lines keep no household on the supervisor's laptop either
        assert s.scalar(text("SELECT count(*) FROM cm_election_roll WHERE household_id != ''"
                             " OR voted = 1")) == 0
        [row] = el.list_elections(s)
        assert (row.status, row.voters, row.roll_size) == ("validated", 1, 2)
        assert [(c.name, c.elected) for c in el.candidates_of(s, election.id)] == [
            ("Amina B.", True)]

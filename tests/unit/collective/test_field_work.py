"""Campaigns and their door-to-door rounds, the common rooms and tenant participation
(issue 18, items 3, 4 and 6) on a real vault, and how the supervisor's indicators count them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from fieldapp.collective import campaigns as cp
from fieldapp.collective import participation as pt
from fieldapp.collective import rooms as rm
from fieldapp.errors import ValidationError
from fieldapp.registry import households as registry
from fieldapp.registry.neighbourhoods import define_neighbourhood
from fieldapp.supervision.indicators import indicators
from fieldapp.vault import Vault
from tests.factories import World, make_vault, make_world

DAY = date(2026, 11, 26)


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    v = make_vault(Path(tmp_path_factory.mktemp("collective-field")))
    yield v
    v.lock()


@pytest.fixture(scope="module")
def world(vault: Vault) -> World:
    return make_world(vault)


@pytest.fixture
def s(vault: Vault, world: World) -> Iterator[Session]:
    with vault.session() as session:
        yield session


def test_a_campaign_and_its_round_count_doors_not_people(s: Session, world: World) -> None:
    me = world.actor_id
    hood = define_neighbourhood(s, name="Anneessens", site_ids=[world.site_id],
                                assistant_ids=[me], actor_id=me).id
    second = registry.add_dwelling(s, building_id=world.building_id, label="4A", actor_id=me)
    [(building, name)] = cp.buildings_of(s, hood)
    assert (building, name) == (world.building_id, "Blok A")
    with pytest.raises(ValidationError):  # no building ticked
        cp.save_campaign(s, neighbourhood_id=hood, theme="waste_sorting", title="Sorteren",
                         starts_on=DAY, ends_on=None, building_ids=[], posters=0, actor_id=me)
    with pytest.raises(ValidationError):  # ends before it starts
        cp.save_campaign(s, neighbourhood_id=hood, theme="waste_sorting", title="Sorteren",
                         starts_on=DAY, ends_on=date(2026, 11, 1), building_ids=[building],
                         posters=0, actor_id=me)
    c = cp.save_campaign(s, neighbourhood_id=hood, theme="waste_sorting",
                         title="Afval sorteren", starts_on=DAY, ends_on=date(2026, 12, 10),
                         building_ids=[building], posters=6, actor_id=me)
    assert (c.doors, c.visited) == (2, 0)
    doors = cp.round_of(s, c.id)
    assert [(d.building_name, d.door, d.outcome) for d in doors] == [
        ("Blok A", "3B", ""), ("Blok A", "4A", "")]
    cp.record_door(s, campaign_id=c.id, dwelling_id=world.dwelling_id, outcome="absent",
                   remarks="", visited_on=DAY, actor_id=me)
    # the second visit replaces the first
    cp.record_door(s, campaign_id=c.id, dwelling_id=world.dwelling_id, outcome="met",
                   remarks="Bakken te klein", visited_on=date(2026, 11, 27), actor_id=me)
    with pytest.raises(ValidationError):  # a door of another building
        cp.record_door(s, campaign_id=c.id, dwelling_id="nope", outcome="met", remarks="",
                       visited_on=DAY, actor_id=me)
    [row] = cp.list_campaigns(s, neighbourhood_ids=[hood])
    assert (row.doors, row.visited, row.posters) == (2, 1, 6)
    cp.record_findings(s, campaign_id=c.id, findings="De kelder is te donker.", actor_id=me)
    assert cp.list_campaigns(s)[0].findings == "De kelder is te donker."
    # a door visit holds a dwelling, an outcome and remarks: no household, no name
    columns = [r[1] for r in s.execute(text("PRAGMA table_info(cm_doors)"))]
    assert "household_id" not in columns and "name" not in columns
    report = indicators(s, start=date(2026, 11, 1), end=date(2026, 11, 30))
    assert report.by_category("door_to_door") == {"met": 1, "not_visited": 1}
    assert second


def test_rooms_bookings_and_keys(s: Session, world: World) -> None:
    me = world.actor_id
    room = rm.save_room(s, site_id=world.site_id, name="Fietsenberging Blok A",
                        kind="bike_storage", house_rules="Fietsen aan de rekken.", actor_id=me)
    booking = rm.book_room(s, room_id=room.id, booked_on=DAY, start_minute=14 * 60,
                           duration_minutes=120, purpose="Fietsherstelatelier", actor_id=me)
    with pytest.raises(ValidationError):  # overlaps
        rm.book_room(s, room_id=room.id, booked_on=DAY, start_minute=15 * 60,
                     duration_minutes=60, purpose="Andere groep", actor_id=me)
    rm.cancel_booking(s, booking_id=booking.id, actor_id=me)
    rm.book_room(s, room_id=room.id, booked_on=DAY, start_minute=15 * 60,
                 duration_minutes=60, purpose="Andere groep", actor_id=me)
    key = rm.lend_key(s, room_id=room.id, holder="Conciërge Blok A", given_on=DAY, actor_id=me)
    [listed] = rm.list_rooms(s, today=DAY)
    assert (listed.keys_out, listed.next_booking) == (1, DAY)
    with pytest.raises(ValidationError):
        rm.key_returned(s, key_id=key.id, returned_on=date(2026, 1, 1), actor_id=me)
    back = rm.key_returned(s, key_id=key.id, returned_on=DAY, actor_id=me)
    assert (back.holder, back.returned_on) == ("", DAY)  # the name is erased
    assert s.scalar(text("SELECT holder FROM cm_room_keys")) == ""
    report = indicators(s, start=DAY, end=DAY)
    assert report.by_category("room_bookings") == {"booked": 1}
    with pytest.raises(ValidationError):
        rm.record_incident(s, room_id=room.id, happened_on=DAY, what=" ", actor_id=me)
    incident = rm.record_incident(s, room_id=room.id, happened_on=DAY, what="Slot geforceerd",
                                  actor_id=me)
    with pytest.raises(ValidationError):  # dealt with before it happened
        rm.resolve_incident(s, incident_id=incident.id, resolved_on=date(2026, 1, 1),
                            actor_id=me)
    rm.resolve_incident(s, incident_id=incident.id, resolved_on=DAY, actor_id=me)
    assert [(i.what, i.resolved_on) for i in rm.incidents_of(s, room.id)] == [
        ("Slot geforceerd", DAY)]


def test_call_for_projects_and_the_council(s: Session, world: World) -> None:
    me = world.actor_id
    call = pt.save_call(s, year=2026, title="Projectoproep 2026", deadline=date(2026, 3, 31),
                        call_text="Steun voor collectieve projecten.", actor_id=me)
    a = pt.add_application(s, call_id=call.id, applicant_kind="tenant_group",
                           applicant="Bewonersgroep Blok A", title="Moestuin",
                           amount_requested=1500, actor_id=me)
    b = pt.add_application(s, call_id=call.id, applicant_kind="association",
                           applicant="vzw Buurtwerk", title="Repair café",
                           amount_requested=900, actor_id=me)
    with pytest.raises(ValidationError):
        pt.decide_application(s, application_id=a.id, status="selected", amount_granted=0,
                              actor_id=me)
    pt.decide_application(s, application_id=a.id, status="selected", amount_granted=1200,
                          actor_id=me)
    pt.decide_application(s, application_id=b.id, status="refused", amount_granted=500,
                          actor_id=me)
    [row] = pt.list_calls(s)
    assert (row.applications, row.selected, row.granted) == (2, 1, 1200)
    assert [x.amount_granted for x in pt.applications_of(s, call.id)] == [1200, 0]
    pt.record_council_meeting(s, body="arhuu", held_on=DAY, subject="Huurprijzen 2027",
                              advice="Positief advies.", actor_id=me)
    assert [c.subject for c in pt.list_council_meetings(s)] == ["Huurprijzen 2027"]
    report = indicators(s, start=date(2026, 1, 1), end=date(2026, 12, 31))
    assert report.by_category("project_applications") == {"selected": 1, "refused": 1}


def test_the_campaign_summary_reads_back_in_dutch_and_french(s: Session, world: World) -> None:
    import io

    from pypdf import PdfReader

    from fieldapp.collective.campaign_pdf import campaign_pdf, file_name

    me = world.actor_id
    hood = define_neighbourhood(s, name="Wijk Zuid", site_ids=[world.site_id],
                                assistant_ids=[me], actor_id=me).id
    c = cp.save_campaign(s, neighbourhood_id=hood, theme="energy", title="Winter",
                         starts_on=DAY, ends_on=None, building_ids=[world.building_id],
                         posters=3, actor_id=me)
    cp.record_door(s, campaign_id=c.id, dwelling_id=world.dwelling_id, outcome="refused",
                   remarks="Mevrouw Lefèvre wil niet", visited_on=DAY, actor_id=me)
    cp.record_findings(s, campaign_id=c.id, findings="Radiatoren slecht geregeld.",
                       actor_id=me)
    texts = {}
    for lang in ("nl", "fr"):
        pdf = campaign_pdf(s, campaign_id=c.id, language=lang)
        texts[lang] = "\n".join(pg.extract_text() for pg in PdfReader(io.BytesIO(pdf)).pages)
    assert "Sensibiliseringscampagne: Winter" in texts["nl"]
    assert "Energie besparen" in texts["nl"] and "1 van 2 deuren bezocht (50 %)" in texts["nl"]
    assert "Campagne de sensibilisation : Winter" in texts["fr"]
    assert "Économies d'énergie" in texts["fr"] and "Radiatoren slecht geregeld." in texts["fr"]
    for text_ in texts.values():  # counts only: no remark, no name, no door
        assert "Lefèvre" not in text_ and "3B" not in text_
    assert file_name("fr", DAY) == "campagne-2026-11-26.pdf"


def test_tenants_own_initiatives_and_the_support_given(s: Session, world: World) -> None:
    me = world.actor_id
    hood = define_neighbourhood(s, name="Wijk Oost", site_ids=[world.site_id],
                                assistant_ids=[me], actor_id=me).id
    with pytest.raises(ValidationError):  # a group carries it
        pt.start_initiative(s, neighbourhood_id=hood, title="Moestuin", carried_by=" ",
                            started_on=DAY, actor_id=me)
    started = pt.start_initiative(s, neighbourhood_id=hood, title="Huiswerkklas",
                                  carried_by="Ouders van Blok A", started_on=DAY, actor_id=me)
    pt.give_support(s, initiative_id=started.id, kind="room", note="Salle polyvalente",
                    given_on=DAY, actor_id=me)
    with pytest.raises(ValidationError):
        pt.give_support(s, initiative_id=started.id, kind="cash", note="", given_on=DAY,
                        actor_id=me)
    ended = pt.set_initiative_status(s, initiative_id=started.id, status="ended", actor_id=me)
    assert (ended.status, ended.support) == ("ended", ((DAY, "room", "Salle polyvalente"),))
    assert [i.title for i in pt.list_initiatives(s, neighbourhood_ids=[hood])] == [
        "Huiswerkklas"]


def test_an_arhuu_election_purges_its_roll_at_validation(s: Session, world: World) -> None:
    from fieldapp.collective import elections as el

    me = world.actor_id
    with pytest.raises(ValidationError):
        el.prepare_election(s, vote_on=DAY, seats=0, actor_id=me)
    election = el.prepare_election(s, vote_on=DAY, seats=1, actor_id=me)
    assert (election.status, election.roll_size, election.voters) == ("preparing", 2, 0)
    assert election.mandate_until == date(2030, 11, 26)
    roll = el.roll_of(s, election.id)
    assert [v.name for v in roll] == ["Famille Lefèvre", "Gezin Yılmaz"]
    a = el.add_candidate(s, election_id=election.id, name="Amina B.", actor_id=me)
    b = el.add_candidate(s, election_id=election.id, name="Jan D.", actor_id=me)
    el.set_voted(s, election_id=election.id, household_ids=[world.household_id], actor_id=me)
    from fieldapp.gdpr.subject import collect, find_subject

    held = collect(s, find_subject(s, household_id=world.household_id))  # subject access
    assert [r.__tablename__ for r in held.sections["tenant_meetings"]] == ["cm_election_roll"]
    with pytest.raises(ValidationError):  # not counted yet
        el.validate_election(s, election_id=election.id, today=DAY, actor_id=me)
    counted = el.record_votes(s, election_id=election.id, votes={a.id: 1, b.id: 0},
                              actor_id=me)
    assert [(c.name, c.elected) for c in counted] == [("Amina B.", True), ("Jan D.", False)]
    done = el.validate_election(s, election_id=election.id, today=DAY, actor_id=me)
    assert (done.status, done.roll_size, done.voters) == ("validated", 2, 1)
    assert el.roll_of(s, election.id) == [] and el.roll_count(s) == 0
    held = collect(s, find_subject(s, household_id=world.household_id))
    assert held.sections["tenant_meetings"] == []  # purged: nothing left about them
    with pytest.raises(ValidationError):  # closed
        el.add_candidate(s, election_id=election.id, name="Late", actor_id=me)


def test_decision_letters_read_back_in_dutch_and_french(s: Session, world: World) -> None:
    import io

    from pypdf import PdfReader

    from fieldapp.collective.participation_pdf import decision_letter_pdf, file_name

    me = world.actor_id
    call = pt.save_call(s, year=2027, title="Projectoproep 2027", deadline=None,
                        call_text="", actor_id=me)
    a = pt.add_application(s, call_id=call.id, applicant_kind="association",
                           applicant="vzw Buurtwerk", title="Repair café",
                           amount_requested=900, actor_id=me)
    with pytest.raises(ValidationError):  # no decision yet
        decision_letter_pdf(s, application_id=a.id, language="nl", printed_on=DAY)
    pt.decide_application(s, application_id=a.id, status="selected", amount_granted=750,
                          actor_id=me)

    def read(lang: str) -> str:
        pdf = decision_letter_pdf(s, application_id=a.id, language=lang, printed_on=DAY)
        return " ".join(" ".join(pg.extract_text() for pg in
                                 PdfReader(io.BytesIO(pdf)).pages).split())

    nl, fr = read("nl"), read("fr")
    assert "Aan vzw Buurtwerk" in nl and "bedrag van 750 € toegekend" in nl
    assert "À vzw Buurtwerk" in fr and "Un montant de 750 € vous est accordé" in fr
    assert file_name("fr", 2027) == "decision-appel-a-projets-2027.pdf"

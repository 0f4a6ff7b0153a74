"""Fictitious collective work for seed-demo (issue 18): the demo sites grouped into
neighbourhoods, three past monthly tenants' meetings per neighbourhood with topics, who came,
actions (the older ones partly closed), minutes issued and distributed, the next meeting
planned, and a few signals from casework; an awareness campaign per neighbourhood with its
door-to-door round half done, the register of common rooms with bookings and a key out, the
call for projects of the year with its applications, and an ARHUU meeting. All through the
use cases."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.collective import campaigns, documents, participation, rooms, signals
from fieldapp.collective import meetings as mt
from fieldapp.local.profile import get_profile
from fieldapp.registry.models import Building, Site
from fieldapp.registry.neighbourhoods import define_neighbourhood, households_of

TOPICS = (
    ("Afvalsortering in de kelder", "department", "Technische dienst"),
    ("Fietsenberging: nieuwe sleutels", "colleague", "Collectieve maatschappelijk assistent"),
    ("Propreté des communs", "department", "Service entretien"),
    ("Energie besparen in de winter", "colleague", "Maatschappelijk assistent van de site"),
    ("Fête de quartier en juin", "tenants", ""),
    ("Renovatie van de liften", "department", "Dienst projectbeheer"),
)
SAID = ("De huurders vragen meer containers en duidelijke affiches.",
        "Les locataires signalent que les poubelles débordent le week-end.",
        "Verschillende bewoners willen meehelpen aan het buurtfeest.",
        "Question sur le calendrier des travaux et l'accès pendant le chantier.")
DECIDED = ("Affiches in elke inkomhal; extra container vanaf volgende maand.",
           "Un groupe de locataires prépare la fête avec le PCS.",
           "De technische dienst komt de liften volgende week bekijken.")
ACTIONS = (("Extra container plaatsen", "Technische dienst"),
           ("Affiches over sorteren ophangen", "Collectieve maatschappelijk assistent"),
           ("Sleutellijst fietsenberging bijwerken", "Collectieve maatschappelijk assistent"),
           ("Contacter le PCS pour la fête", "Collectieve maatschappelijk assistent"),
           ("Planning liftwerken doorsturen", "Dienst projectbeheer"))
MAX_LETTERS = 80  # the demo logs the distribution to at most this many households a meeting


def seed_collective_demo(session: Session, *, today: date, seed: int = 2026) -> int:
    """Returns the number of meetings made."""
    rng = random.Random(seed + 18)  # noqa: S311 - reproducible fake data, not crypto
    actor = get_profile(session).id
    sites = list(session.scalars(select(Site).where(Site.deleted.is_(False))
                                 .order_by(Site.code)))
    if not sites:
        return 0
    half = max(1, len(sites) // 2)
    groups = [("Centrum – Anneessens", sites[:half]), ("Noord-West", sites[half:])]
    made = 0
    for g, (name, members) in enumerate(g for g in groups if g[1]):
        hood = define_neighbourhood(session, name=name, site_ids=[s.id for s in members],
                                    assistant_ids=[], actor_id=actor)
        _campaign(session, rng, hood.id, today - timedelta(days=12 + 5 * g), actor)
        households = [h.id for h in households_of(session, hood.id)]
        for months_ago in (3, 2, 1):
            held_on = today - timedelta(days=30 * months_ago + 3 * g)
            meeting = mt.plan_meeting(
                session, neighbourhood_id=hood.id, held_on=held_on, start_minute=18 * 60,
                duration_minutes=90, place=f"Buurthuis {members[0].name}", actor_id=actor)
            topics = [mt.add_topic(session, meeting_id=meeting.id, title=t, source_kind=k,
                                   source=src, actor_id=actor)
                      for t, k, src in rng.sample(TOPICS, 3)]
            present = rng.sample(households, min(len(households), rng.randint(6, 14)))
            mt.set_households_present(session, meeting_id=meeting.id, household_ids=present,
                                      actor_id=actor)
            mt.add_staff(session, meeting_id=meeting.id, function="Technische dienst",
                         person_id=None, named_as="", agreed_to_be_named=False,
                         actor_id=actor)
            for topic in topics:
                mt.record_topic(session, topic_id=topic.id, said=rng.choice(SAID),
                                decided=rng.choice(DECIDED), actor_id=actor)
            for text, owner in rng.sample(ACTIONS, 2):
                action = mt.add_action(session, meeting_id=meeting.id,
                                       topic_id=rng.choice(topics).id, text=text, owner=owner,
                                       due_on=held_on + timedelta(days=21), actor_id=actor)
                if months_ago > 1 and rng.random() < 0.7:
                    mt.close_action(session, action_id=action.id,
                                    done_on=held_on + timedelta(days=rng.randint(5, 20)),
                                    actor_id=actor)
            issued = held_on + timedelta(days=rng.randint(2, 6))
            documents.issue_minutes(session, meeting_id=meeting.id, today=issued,
                                    actor_id=actor)
            mt.log_distribution(session, meeting_id=meeting.id,
                                household_ids=households[:MAX_LETTERS], channel="letterbox",
                                sent_on=issued + timedelta(days=rng.randint(1, 16)),
                                actor_id=actor)
            made += 1
        upcoming = mt.plan_meeting(
            session, neighbourhood_id=hood.id, held_on=today + timedelta(days=10 + 3 * g),
            start_minute=18 * 60, duration_minutes=90, place=f"Buurthuis {members[0].name}",
            actor_id=actor)
        mt.add_topic(session, meeting_id=upcoming.id, title=TOPICS[0][0], source_kind="department",
                     source=TOPICS[0][2], actor_id=actor)
        made += 1
    buildings = list(session.execute(select(Building.site_id, Building.id).limit(6)))
    for (site_id, building_id), theme in zip(buildings, ("waste_sorting", "energy",
                                                         "common_rooms", "neighbour_disputes"),
                                             strict=False):
        signals.send_signal(session, site_id=site_id, building_id=building_id, theme=theme,
                            actor_id=actor, today=today - timedelta(days=rng.randint(1, 20)))
    _rooms(session, rng, sites[0].id, today, actor)
    _participation(session, rng, today, actor)
    return made


CAMPAIGNS = (("waste_sorting", "Afval sorteren / Trier ses déchets"),
             ("energy", "Energie besparen / Économiser l'énergie"))
REMARKS = ("", "", "Vraagt affiche in het Frans", "Container te ver", "Pas de remarque",
           "Wil meehelpen")


def _campaign(session: Session, rng: random.Random, hood_id: str, start: date,
              actor: str) -> None:
    """A campaign on two buildings of the neighbourhood, about half of its doors visited."""
    theme, title = CAMPAIGNS[rng.randrange(len(CAMPAIGNS))]
    buildings = [b for b, _ in campaigns.buildings_of(session, hood_id)][:2]
    if not buildings:
        return
    campaign = campaigns.save_campaign(
        session, neighbourhood_id=hood_id, theme=theme, title=title, starts_on=start,
        ends_on=start + timedelta(days=30), building_ids=buildings, posters=rng.randint(4, 12),
        actor_id=actor)
    for door in campaigns.round_of(session, campaign.id)[:24]:
        if rng.random() < 0.5:
            campaigns.record_door(session, campaign_id=campaign.id, dwelling_id=door.dwelling_id,
                                  outcome=rng.choice(("met", "met", "absent", "leaflet",
                                                      "refused")),
                                  remarks=rng.choice(REMARKS),
                                  visited_on=start + timedelta(days=rng.randint(0, 10)),
                                  actor_id=actor)
    campaigns.record_findings(session, campaign_id=campaign.id, actor_id=actor,
                              findings="Veel huurders kennen de sorteerregels niet; affiches "
                                       "in twee talen gevraagd.")


def _rooms(session: Session, rng: random.Random, site_id: str, today: date, actor: str) -> None:
    for name, kind, rules in (
            ("Fietsenberging blok A", "bike_storage", "Fietsen aan de rekken; geen brommers."),
            ("Gemeenschappelijke tuin", "garden", "Tuinreglement: stilte na 22 uur."),
            ("Salle polyvalente", "meeting_room", "Rendre la clé le lendemain.")):
        room = rooms.save_room(session, site_id=site_id, name=name, kind=kind,
                               house_rules=rules, actor_id=actor)
        for days, purpose in ((-14, "Huurderscomité"), (5, "Atelier vélo"),
                              (12, "Koffieochtend")):
            rooms.book_room(session, room_id=room.id, booked_on=today + timedelta(days=days),
                            start_minute=14 * 60, duration_minutes=120, purpose=purpose,
                            actor_id=actor)
        key = rooms.lend_key(session, room_id=room.id, holder="Conciërge",
                             given_on=today - timedelta(days=rng.randint(20, 60)),
                             actor_id=actor)
        if kind != "bike_storage":
            rooms.key_returned(session, key_id=key.id, returned_on=today - timedelta(days=3),
                               actor_id=actor)


def _participation(session: Session, rng: random.Random, today: date, actor: str) -> None:
    call = participation.save_call(
        session, year=today.year, title=f"Projectoproep {today.year} / Appel à projets",
        deadline=date(today.year, 3, 31), actor_id=actor,
        call_text="Steun voor collectieve projecten in de buurt van onze sites.")
    for kind, group, title, asked, decision in (
            ("tenant_group", "Bewonersgroep Blok A", "Moestuin op het dak", 1500, 1200),
            ("association", "vzw Buurtwerk", "Repair café", 900, 0),
            ("psc", "PSC Anneessens", "Fête de quartier", 2500, None)):
        application = participation.add_application(
            session, call_id=call.id, applicant_kind=kind, applicant=group, title=title,
            amount_requested=asked, actor_id=actor)
        participation.add_coaching(
            session, application_id=application.id, held_on=date(today.year, 2, 15),
            discussed="Begroting en planning samen nagekeken / budget et calendrier revus.",
            actor_id=actor)
        if decision is not None:
            participation.decide_application(
                session, application_id=application.id,
                status="selected" if decision else "refused", amount_granted=decision,
                actor_id=actor)
        if decision:
            participation.record_final_report(
                session, application_id=application.id, received_on=today - timedelta(days=7),
                summary="Twaalf bakken aangelegd; elke woensdag komen een tiental bewoners.",
                amount_spent=decision - 80, actor_id=actor)
    _council(session, today, actor)
    participation.record_council_meeting(
        session, body="arhuu", held_on=today - timedelta(days=rng.randint(10, 40)),
        subject="Huurlasten 2027 / Charges locatives 2027",
        advice="Positief advies, met de vraag om de afrekening in twee talen te sturen.",
        actor_id=actor)


def _council(session: Session, today: date, actor: str) -> None:
    """The last ARHUU election, validated: its elected candidates sit on the council."""
    from fieldapp.collective import elections

    vote_on = today - timedelta(days=420)
    election = elections.prepare_election(session, vote_on=vote_on, seats=3, actor_id=actor)
    elections.set_polling(session, election_id=election.id,
                          place="Buurthuis Anneessens / Maison de quartier",
                          hours="9:00 – 16:00", actor_id=actor)
    votes = {}
    for name, n in (("Amina B.", 41), ("Jan D.", 17), ("Fatou D.", 30), ("Marc V.", 22)):
        votes[elections.add_candidate(session, election_id=election.id, name=name,
                                      actor_id=actor).id] = n
    elections.record_votes(session, election_id=election.id, votes=votes, actor_id=actor)
    elections.validate_election(session, election_id=election.id,
                                today=vote_on + timedelta(days=5), actor_id=actor)

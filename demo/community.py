"""Fictitious community work for seed-demo (issue 19): a social cohesion project (PSC) with
its agreement, perimeter, local diagnosis, this year's plan, an activity log (permanences,
coffee moments, a neighbourhood party and a "wallet workshops" series), a follow-up
committee meeting and a first self-evaluation; and a social map of the area's partners.
All through the use cases. Participants are counted, never named."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from fieldapp.community import activities, committee, partners, plan, projects
from fieldapp.community.views import Attendee, Cosignatory, PerimeterSite, WorkshopSession
from fieldapp.local.profile import get_profile

PARTNERS = (
    ("OCMW Brussel / CPAS de Bruxelles", "cpas", "Leefloon, energie, huurwaarborg, "
     "medische kaart", "Onthaal / Accueil", "02 000 10 10", ["nl", "fr"],
     "Hoogstraat 1, 1000 Brussel"),
    ("CAW Brussel — Onthaal", "caw", "Algemeen welzijnswerk, budgetbegeleiding",
     "Onthaalteam", "02 000 20 20", ["nl", "fr", "en"], "Groot Eiland 10, 1000 Brussel"),
    ("Centre de santé mentale Le Méridien (demo)", "mental_health",
     "Consultations psychologiques, accueil sans rendez-vous le mardi", "Accueil",
     "02 000 30 30", ["fr", "ar", "en"], "Rue de la Santé 3, 1210 Saint-Josse"),
    ("Schuldbemiddeling BIZ (demo)", "debt", "Collectieve schuldenregeling, "
     "budgetbeheer, ateliers portemonnee", "Wietske", "02 000 40 40", ["nl", "fr"],
     "Anneessensstraat 5, 1000 Brussel"),
    ("Sociale kruidenier De Korf (demo)", "food_clothing", "Goedkope voeding en kleding, "
     "op verwijzing", "Vrijwilligers", "02 000 50 50", ["nl", "fr", "ar", "tr"],
     "Muggenstraat 20, 1000 Brussel"),
    ("Maison de quartier Papenvest (demo)", "youth", "Huiswerkklas, jeugdwerking",
     "Coordinatie", "02 000 60 60", ["fr", "nl", "ar"], "Papenvest 7, 1000 Brussel"),
)


def seed_community_demo(session: Session, *, today: date) -> str:
    """The PSC and the social map; returns the project's id."""
    me = get_profile(session).id
    for name, category, services, contact, phone, languages, address in PARTNERS:
        partners.add_partner(session, actor_id=me, name=name, category=category,
                             services=services, contact_name=contact, phone=phone,
                             languages=languages, address=address)
    year = today.year
    project = projects.create_project(
        session, actor_id=me, name="PSC Anneessens-Papenvest (demo)", language="nl",
        referent="Marie Declercq", coordinator="Youssef Haddad",
        agreement_start=date(year - 1, 1, 1), agreement_end=date(year + 3, 12, 31),
        cosignatories=[Cosignatory("BGHM / SLRB", "slrb"),
                       Cosignatory("Demo OVM / SISP démo", "housing_company"),
                       Cosignatory("De Buurtwinkel vzw (demo)", "non_profit"),
                       Cosignatory("Stad Brussel / Ville de Bruxelles", "municipality")],
        perimeter=[PerimeterSite("Anneessens", "ANN"), PerimeterSite("Papenvest", "PAP")],
        premises="Buurtlokaal Muggenstraat 12, gelijkvloers (ter beschikking gesteld door "
                 "de OVM)",
        local_objectives=["Samen met de bewoners een sociale kaart maken (eten, kleding)",
                          "Senioren en jonge gezinnen samenbrengen"],
        diagnosis="Veel vragen over facturen, schuldeisers en afbetalingsplannen; weinig "
                  "ontmoetingsplaatsen voor senioren; jongeren zoeken een plek om samen te "
                  "komen.", diagnosis_on=date(year, 1, 20))
    wallet = plan.add_action(session, project_id=project.id, year=year,
                             title="Ateliers portemonnee", psc_objective="common:4",
                             sector_objective="2.2", target="Vier vormingen, een individuele "
                             "afsluitende sessie, opvolging aangeboden", actor_id=me)
    coffee = plan.add_action(session, project_id=project.id, year=year,
                             title="Koffiemomenten in het buurtlokaal",
                             psc_objective="common:1", sector_objective="3.1", actor_id=me)
    plan.add_action(session, project_id=project.id, year=year,
                    title="Sociale kaart eten en kleding met bewoners",
                    psc_objective="local:1", sector_objective="4.3", actor_id=me)
    party = plan.add_action(session, project_id=project.id, year=year, title="Buurtfeest",
                            psc_objective="common:3", sector_objective="3.3", actor_id=me)
    start = date(year, 1, 8)
    for week in range(0, 20, 2):
        day = start + timedelta(weeks=week)
        if day > today:
            break
        activities.log_activity(session, project_id=project.id, action_id=coffee.id,
                                kind="coffee", title="Koffiemoment", held_on=day,
                                place="Buurtlokaal", participants=8 + week % 7, actor_id=me)
        activities.log_activity(session, project_id=project.id, kind="permanence",
                                title="Permanentie huurdersvragen",
                                held_on=day + timedelta(days=2), participants=5 + week % 4,
                                actor_id=me)
    first = min(date(year, 3, 4), today)
    sessions = [WorkshopSession(first + timedelta(weeks=2 * i), topic, count)
                for i, (topic, count) in enumerate((("Omgaan met papieren", 8),
                                                    ("Budgetteren", 11), ("Krediet", 9),
                                                    ("Schuldeisers", 10)))
                if first + timedelta(weeks=2 * i) <= today]
    activities.log_activity(
        session, project_id=project.id, action_id=wallet.id, kind="workshop",
        title="Ateliers portemonnee", held_on=first, place="De Buurtwinkel", participants=11,
        trainer="Wietske (BIZ, demo)", facilitators=["De Buurtwinkel", "Samenlevingsopbouw"],
        sessions=sessions, closing_session_on=sessions[-1].on + timedelta(weeks=2)
        if len(sessions) == 4 and sessions[-1].on + timedelta(weeks=2) <= today else None,
        closing_participants=6 if len(sessions) == 4 else 0,
        feedback="Nuttig en leerrijk; deelnemers gaan zorgvuldiger om met brieven.",
        new_questions="Mutualiteiten en tarieven, collectieve schuldbemiddeling, waar "
                      "goedkoop eten en kleding vinden",
        follow_up="Individuele opvolging bij het CAW op vraag", actor_id=me)
    if date(year, 6, 21) <= today:
        activities.log_activity(session, project_id=project.id, action_id=party.id,
                                kind="event", title="Buurtfeest op het plein",
                                held_on=date(year, 6, 21), participants=120, actor_id=me)
    committee.record_meeting(
        session, project_id=project.id, held_on=min(date(year, 3, 15), today),
        place="Buurtlokaal",
        attendees=[Attendee("Marie Declercq", "Demo OVM"),
                   Attendee("Youssef Haddad", "De Buurtwinkel vzw"),
                   Attendee("Nadia Bensaïd", "Stad Brussel"),
                   Attendee("Pieter Claes", "BGHM")],
        apologies=["Samenlevingsopbouw"], minutes="Stand van het actieplan besproken; de "
        "ateliers portemonnee lopen goed.", decisions="Ateliers in het najaar voortzetten; "
        "sociale kaart samen met bewoners opmaken.", actor_id=me)
    plan.set_evaluation(session, project_id=project.id, year=year, objective="common:4",
                        text="De ateliers bereiken een diverse groep; nieuwe vragen tonen "
                             "dat een tweede reeks nodig is.", actor_id=me)
    return project.id


def lend_demo_premises(session: Session, *, today: date) -> None:
    """The collective register's meeting room lent to the PSC (issue 19, item 1), as the
    collective assistant marks it from the rooms view. On the community worker's laptop,
    which holds no collective key, the loan is there as a round would bring it."""
    from sqlalchemy import select

    from fieldapp.collective.field_models import CommonRoom
    from fieldapp.community import premises
    from fieldapp.community.models import PremisesLoan, PscProject
    from fieldapp.records import common as rec
    from fieldapp.records.base import new_id

    me = get_profile(session).id
    project = session.scalar(select(PscProject).where(PscProject.deleted.is_(False)))
    if project is None:
        return
    start = date(today.year, 1, 1)
    room = session.scalar(select(CommonRoom).where(CommonRoom.deleted.is_(False),
                                                   CommonRoom.kind == "meeting_room"))
    if room is not None:
        premises.lend_room(session, room_id=room.id, project_id=project.id, lent_from=start,
                           lent_to=None, actor_id=me)
        return
    rec.create(session, PremisesLoan(
        project_id=project.id, room_id=new_id(),
        room_name="Salle polyvalente", room_kind="meeting_room", site_name="Anneessens",
        lent_from=start, lent_to=None), actor_id=me, collection_id=project.collection_id)

"""Fictitious neighbourhood-agent work for seed-demo: open requests to triage, a few already
in today's round, and weeks of closed requests with their interventions, one defect report
and one hand-off (which shows in the assistant's follow-ups). All through the use cases."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.local.profile import get_profile
from fieldapp.neighbourhood.defects import report_defect
from fieldapp.neighbourhood.handoff import hand_off
from fieldapp.neighbourhood.interventions import log_intervention
from fieldapp.neighbourhood.requests import LOCAL_TZ, log_request
from fieldapp.neighbourhood.triage import set_in_round
from fieldapp.registry.models import Building, Dwelling

TEXTS = {
    "neighbour_conflict": ("Ruzie tussen buren over de gedeelde gang",
                           "Conflit entre voisins au sujet du palier"),
    "noise": ("Luide muziek na 22 uur", "Musique forte après 22 heures"),
    "bulky_waste": ("Matras en kast bij de containers gedumpt",
                    "Matelas et armoire déposés près des conteneurs"),
    "squatters": ("Onbekenden slapen in de kelder", "Des inconnus dorment dans la cave"),
    "vandalism": ("Brievenbussen opengebroken", "Boîtes aux lettres forcées"),
    "safety": ("Voordeur sluit niet meer", "La porte d'entrée ne ferme plus"),
    "technical_defect": ("Lift staat stil tussen twee verdiepingen",
                         "Ascenseur bloqué entre deux étages"),
    "youth_prevention": ("Jongeren verzamelen 's avonds in de inkomhal",
                         "Des jeunes se rassemblent le soir dans le hall"),
    "accompanying_staff": ("Technicus begeleiden voor een plaatsbezoek",
                           "Accompagner le technicien pour une visite"),
    "other": ("Vraag van een huurder over de tuin", "Question d'un locataire sur le jardin"),
}
ACTIONS = ("Met beide partijen gesproken", "Technische dienst verwittigd",
           "Ter plaatse gaan kijken", "Parlé avec les locataires", "Affiche posée dans le hall")
SOURCES = ("tenant_call", "tenant_call", "staff", "social_assistant", "own_observation")
URGENCIES = ("immediate", "today", "today", "this_week", "this_week", "when_possible")


def seed_neighbourhood_demo(session: Session, *, today: date, seed: int = 2026,
                            open_requests: int = 36, history_days: int = 42) -> int:
    """Returns the number of requests made."""
    rng = random.Random(seed + 6)  # noqa: S311 - reproducible fake data, not crypto
    actor = get_profile(session).id
    places = session.execute(
        select(Building.site_id, Building.id, Dwelling.id)
        .join(Dwelling, Dwelling.building_id == Building.id)
        .order_by(Building.site_id, Building.id, Dwelling.id)).all()
    if not places:
        return 0
    now = datetime.combine(today, time(13, 30), LOCAL_TZ).astimezone(UTC)
    made = 0

    def new(at: datetime, *, with_dwelling: bool = True) -> str:
        nonlocal made
        site_id, building_id, dwelling_id = rng.choice(places)
        category = rng.choice(tuple(TEXTS))
        made += 1
        return log_request(
            session, source=rng.choice(SOURCES), category=category, site_id=site_id,
            building_id=building_id, dwelling_id=dwelling_id if with_dwelling else None,
            entrance=rng.choice(("", "A", "B")), urgency=rng.choice(URGENCIES),
            description=rng.choice(TEXTS[category]), actor_id=actor, now=at).id

    for day in range(history_days, 0, -1):  # closed history: 3–6 requests a day
        for _ in range(rng.randint(3, 6)):
            at = now - timedelta(days=day, hours=rng.randint(0, 5))
            rid = new(at)
            log_intervention(session, request_id=rid, occurred_at=at + timedelta(hours=3),
                             met=rng.choice(("Huurder", "Locataire", "Conciërge", "")),
                             actions=rng.choice(ACTIONS), outcome="resolved", close=True,
                             actor_id=actor, now=now, today=(at + timedelta(hours=3)).date())
    ids = [new(now - timedelta(hours=rng.choice((1, 2, 3, 5, 8, 20, 26, 50, 75, 130, 200))),
               with_dwelling=rng.random() < .6) for _ in range(open_requests)]
    for rid in ids[:6]:
        set_in_round(session, request_id=rid, day=today, actor_id=actor)
    report_defect(session, request_id=ids[0], actor_id=actor, today=today)
    hand_off(session, request_id=ids[1], actor_id=actor, today=today,
             summary="Bewoner lijkt geïsoleerd en vraagt hulp bij zijn papieren.")
    return made

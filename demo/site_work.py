"""Fictitious work of the site assistant added by issue 17, for seed-demo: office-hours
sessions and their contacts, support plans with goals, requests to the departments,
arrears plans and eviction procedures with their outcome, candidate tenants and a few
requests asking an agent along. All through the use cases, after the bulk casework."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.casework import (
    agent_along,
    candidates,
    housing_outcome,
    internal_requests,
    office_hours,
    support_plan,
)
from fieldapp.casework.labels import DEPARTMENTS, OFFICE_HOURS_REFERRED, RIGHTS, THEMES
from fieldapp.casework.models import CaseFile
from fieldapp.local.profile import get_profile
from fieldapp.neighbourhood.visit_requests import answer_ask
from fieldapp.registry.models import Household, Site

VISITORS = ("Buurvrouw blok B", "Voisin du 4e", "Mevrouw (geen huurder)", "Jeune du quartier",
            "Kandidaat-huurder", "Fille d'une locataire")
FACTS = {
    "transfers": ("Gezin van 5 in een woning met 2 slaapkamers; vraagt een mutatie.",
                  "Ménage de 5 dans un logement 2 chambres ; demande une mutation."),
    "accounting": ("Huurberekening nakijken na verlies van werk in september.",
                   "Revoir le calcul du loyer après perte d'emploi en septembre."),
    "maintenance": ("Vochtplek in de slaapkamer sinds oktober.",
                    "Tache d'humidité dans la chambre depuis octobre."),
    "technical": ("Verwarming valt 's nachts uit.", "Le chauffage s'arrête la nuit."),
    "rental": ("Vraag naar een aangepaste woning (rolstoel).",
               "Demande de logement adapté (chaise roulante)."),
    "legal": ("Ingebrekestelling ontvangen; afbetalingsplan loopt.",
              "Mise en demeure reçue ; plan d'apurement en cours."),
}
ANALYSES = ("Huurachterstal na jobverlies; geen leefloon aangevraagd; alleenstaande moeder "
            "met drie kinderen.",
            "Arriérés de loyer après une hospitalisation ; droits à l'intervention majorée non "
            "demandés.")
GOALS = (("Leefloon aanvragen bij het OCMW", "Demander le revenu d'intégration au CPAS"),
         ("Afbetalingsplan opvolgen", "Suivre le plan d'apurement"),
         ("Verhoogde tegemoetkoming aanvragen", "Demander l'intervention majorée"))
CANDIDATES = (("Gezin Haddou", "Yasmina", "Haddou", "nl"),
              ("Famille Mbeki", "Grâce", "Mbeki", "fr"),
              ("Famille Rossi", "Lucia", "Rossi", "fr"))


def seed_site_work(session: Session, *, today: date, seed: int) -> None:
    rng = random.Random(seed + 17)  # noqa: S311 - reproducible fake data, not crypto
    actor = get_profile(session).id
    cases = list(session.execute(
        select(CaseFile.id, CaseFile.site_id, Household.language)
        .join(Household, Household.id == CaseFile.household_id)
        .where(CaseFile.status == "open").order_by(CaseFile.id)))
    if not cases:
        return
    by_site: dict[str, list[str]] = {}
    for case_id, site_id, _lang in cases:
        by_site.setdefault(site_id, []).append(case_id)
    sites = list(session.scalars(select(Site.id).order_by(Site.name)))
    _office_hours(session, rng, sites, by_site, actor, today)
    picked = rng.sample(cases, min(len(cases), 40))
    for i, (case_id, _site, lang) in enumerate(picked):
        fr = int(lang == "fr")
        if i < 15:  # support plans, two restricted
            goals = [support_plan.NewGoal(GOALS[(i + k) % 3][fr],
                                          today + timedelta(days=rng.randint(1, 20)))
                     for k in range(rng.randint(1, 2))]
            rights = {code: rng.choice(["has", "to_apply", "applied", "not_entitled",
                                        "unchecked"]) for code in RIGHTS}
            support_plan.save_plan(
                session, case_id=case_id, analysis=ANALYSES[fr], rights=rights,
                confidentiality="restricted" if i % 7 == 6 else "team", actor_id=actor,
                today=today, neutral_review_text=("Evaluatie begeleidingsplan" if not fr
                                                  else "Évaluation du plan d'accompagnement"),
                new_goals=goals)
        elif i < 28:  # requests to the departments, half answered
            department = rng.choice(list(DEPARTMENTS))
            request = internal_requests.add_request(
                session, case_id=case_id, department=department, facts=FACTS[department][fr],
                due_on=today + timedelta(days=rng.randint(3, 21)), actor_id=actor,
                today=today)
            if rng.random() < 0.5:
                internal_requests.record_answer(
                    session, request_id=request.id, answer="OK — in behandeling." if not fr
                    else "OK — en cours de traitement.", answered_on=today, actor_id=actor,
                    today=today)
        else:  # the right to housing: arrears, eviction steps, outcome
            agreed = today - timedelta(days=rng.randint(20, 200))
            plan = housing_outcome.add_arrears_plan(
                session, case_id=case_id, agreed_on=agreed,
                debt_cents=rng.randrange(40_000, 400_000, 500),
                monthly_cents=rng.randrange(5_000, 20_000, 500), actor_id=actor, today=today)
            status = rng.choice(["running", "running", "kept", "broken"])
            housing_outcome.set_arrears_status(session, plan_id=plan.id, status=status,
                                               actor_id=actor)
            if status == "broken" or rng.random() < 0.3:
                steps = ["formal_notice", "summons", "hearing"]
                for k, code in enumerate(steps[:rng.randint(1, 3)]):
                    housing_outcome.add_housing_step(
                        session, case_id=case_id, kind="eviction", code=code,
                        on_day=agreed + timedelta(days=10 + 20 * k), actor_id=actor,
                        today=today)
            if status != "running":
                housing_outcome.add_housing_step(
                    session, case_id=case_id, kind="outcome",
                    code="kept" if status == "kept" else rng.choice(["kept", "transfer"]),
                    on_day=today - timedelta(days=rng.randint(0, 15)), actor_id=actor,
                    today=today)
    for name, first, last, lang in CANDIDATES:
        candidates.add_candidate(session, site_id=rng.choice(sites), name=name,
                                 members=[candidates.Member(first, last)], actor_id=actor,
                                 today=today, language=lang)
    for k, (case_id, _site, _lang) in enumerate(rng.sample(cases, min(3, len(cases)))):
        address = agent_along.visit_address(session, case_id=case_id)
        ask = agent_along.ask_agent_along(
            session, case_id=case_id, on_day=today + timedelta(days=k + 1),
            start_minute=(10 + 2 * k) * 60, address=address or "—", actor_id=actor,
            today=today)
        if k < 2:
            answer_ask(session, ask_id=ask.id, accept=k == 0,
                       word="Ik kom mee" if k == 0 else "Pas possible, plutôt jeudi ?",
                       actor_id=actor)


def _office_hours(session: Session, rng: random.Random, sites: list[str],
                  by_site: dict[str, list[str]], actor: str, today: date) -> None:
    """Four weeks of office hours: head office Mon/Wed/Fri, the branch on Tuesday, the
    phone on Thursday, each with a few people, with or without a case file."""
    monday = today - timedelta(days=today.weekday() + 28)
    places = {0: "head_office", 1: "branch", 2: "head_office", 3: "phone", 4: "head_office"}
    for day in (monday + timedelta(days=n) for n in range(28)):
        if day.weekday() not in places or day > today:
            continue
        site_id = sites[day.toordinal() % len(sites)]
        sitting = office_hours.add_session(
            session, site_id=site_id, place=places[day.weekday()], held_on=day,
            start_minute=9 * 60, end_minute=12 * 60, actor_id=actor)
        for _ in range(rng.randint(2, 6)):
            with_case = by_site.get(site_id) and rng.random() < 0.6
            office_hours.add_contact(
                session, session_id=sitting.id, actor_id=actor,
                theme=rng.choice(list(THEMES)),
                case_id=rng.choice(by_site[site_id]) if with_case else None,
                visitor="" if with_case else rng.choice(VISITORS),
                quick_question=rng.random() < 0.4,
                referred_to=rng.choice(list(OFFICE_HOURS_REFERRED)))

"""A PSC with a plan, an activity log (a workshop series among them) and a committee
meeting, written through the use cases — the report tests and the UI tests read it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from fieldapp.community import activities, committee, plan, projects
from fieldapp.community.views import Attendee, Cosignatory, PerimeterSite, WorkshopSession

YEAR = 2026


@dataclass(frozen=True)
class Psc:
    project_id: str
    action_id: str
    workshop_id: str


def make_psc(s: Session, actor_id: str, *, language: str = "nl") -> Psc:
    project = projects.create_project(
        s, actor_id=actor_id, name="PSC Anneessens", language=language,
        referent="Marie Declercq", coordinator="Youssef Haddad",
        agreement_start=date(2021, 1, 1), agreement_end=date(2025, 12, 31),
        cosignatories=[Cosignatory("BGHM", "slrb"), Cosignatory("Lakenhuis", "housing_company"),
                       Cosignatory("De Buurtwinkel vzw", "non_profit")],
        perimeter=[PerimeterSite("Anneessens", "ANN"), PerimeterSite("Papenvest", "PAP")],
        premises="Buurtlokaal Muggenstraat 12 (gelijkvloers)",
        local_objectives=["Een sociale kaart maken met de bewoners"],
        diagnosis="Veel vragen over facturen en schuldeisers.", diagnosis_on=date(2026, 1, 15))
    action = plan.add_action(s, project_id=project.id, year=YEAR, title="Ateliers portemonnee",
                             psc_objective="common:4", sector_objective="2.2",
                             target="Vier vormingen en een individuele sessie",
                             actor_id=actor_id)
    plan.add_action(s, project_id=project.id, year=YEAR, title="Sociale kaart eten en kleding",
                    psc_objective="local:1", sector_objective="4.3", actor_id=actor_id)
    workshop = activities.log_activity(
        s, project_id=project.id, action_id=action.id, kind="workshop",
        title="Ateliers portemonnee", held_on=date(YEAR, 5, 6), place="De Buurtwinkel",
        participants=11, trainer="Wietske (CAW Brussel)",
        facilitators=["De Buurtwinkel", "Samenlevingsopbouw"],
        sessions=[WorkshopSession(date(YEAR, 5, 6), "Omgaan met papieren", 8),
                  WorkshopSession(date(YEAR, 5, 20), "Budgetteren", 11),
                  WorkshopSession(date(YEAR, 6, 3), "Krediet", 9),
                  WorkshopSession(date(YEAR, 6, 17), "Schuldeisers", 10)],
        closing_session_on=date(YEAR, 7, 15), closing_participants=6,
        feedback="Nuttig en leerrijk.", new_questions="Mutualiteiten, collectieve "
        "schuldbemiddeling", follow_up="Individuele opvolging bij het CAW", actor_id=actor_id)
    activities.log_activity(s, project_id=project.id, action_id=action.id, kind="coffee",
                            title="Koffiemoment", held_on=date(YEAR, 3, 4), participants=14,
                            named_participants=["Fatima"], consent_given=True,
                            actor_id=actor_id)
    committee.record_meeting(
        s, project_id=project.id, held_on=date(YEAR, 9, 10),
        attendees=[Attendee("Marie Declercq", "Lakenhuis"), Attendee("Youssef Haddad",
                                                                     "De Buurtwinkel vzw")],
        minutes="Stand van het actieplan.", decisions="Ateliers in het najaar voortzetten.",
        actor_id=actor_id)
    plan.set_evaluation(s, project_id=project.id, year=YEAR, objective="common:4",
                        text="De ateliers bereikten hun doel.", actor_id=actor_id)
    return Psc(project.id, action.id, workshop.id)

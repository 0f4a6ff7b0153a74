"""A fictitious renovation project for seed-demo: dwellings, info session, access,
a signed pre-works inventory with photos and signatures, a draft one, a post-works check,
help checklist and contact log; the works schedule with notices, an information session
planned with its invitations and one held with its questions and answers, social-clause
jobs and accompaniment time; and a second, smaller project already closed out (its open
items handed to the site assistant). All through the use cases, like a user would."""

from __future__ import annotations

import io
import random
from datetime import UTC, date, datetime, time, timedelta

from PIL import Image, ImageDraw
from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.local.profile import get_profile
from fieldapp.registry.models import Building, Dwelling, Household, Person
from fieldapp.renovation import (
    access,
    checklist,
    closeout,
    contacts,
    info_sessions,
    projects,
    schedule,
    social_clause,
)
from fieldapp.renovation import inventory as inv
from fieldapp.renovation import signatures as sig

CONDITIONS = ("good", "good", "good", "worn", "worn", "damaged", "new")


def demo_photo(rng: random.Random, size: tuple[int, int] = (960, 720)) -> bytes:
    """A wall with a crack, in a random light colour."""
    shade = tuple(rng.randint(170, 235) for _ in range(3))
    image = Image.new("RGB", size, shade)
    draw = ImageDraw.Draw(image)
    x, y = rng.randint(100, size[0] - 100), 0
    while y < size[1]:
        nx, ny = x + rng.randint(-30, 30), y + rng.randint(20, 60)
        draw.line((x, y, nx, ny), fill=(60, 50, 40), width=4)
        x, y = nx, ny
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def demo_signature(rng: random.Random) -> bytes:
    image = Image.new("RGB", (480, 160), "white")
    draw = ImageDraw.Draw(image)
    points = [(30 + i * 14, 80 + rng.randint(-35, 35)) for i in range(30)]
    draw.line(points, fill=(20, 30, 90), width=4, joint="curve")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def seed_renovation_demo(session: Session, *, today: date, seed: int = 2026) -> str:
    """Create the demo project on the first building with dwellings; returns its id."""
    rng = random.Random(seed)  # noqa: S311 - reproducible fake data, not crypto
    actor = get_profile(session).id
    building = session.scalar(select(Building).join(Dwelling, Dwelling.building_id == Building.id)
                              .order_by(Building.name).limit(1))
    if building is None:
        return ""
    dwellings = list(session.scalars(select(Dwelling).where(
        Dwelling.building_id == building.id).order_by(Dwelling.label).limit(8)))
    project = projects.create_project(
        session, name=f"Renovatie {building.name} — badkamers en ramen", actor_id=actor,
        site_id=building.site_id, starts_on=today - timedelta(days=20),
        ends_on=today + timedelta(days=160), project_manager="Marc Dubois",
        contractor="Bouw NV Renova", surveyor="Sarah Janssens",
        description="Vernieuwing van badkamers, ramen en elektriciteit.")
    pd_ids = projects.add_dwellings(session, project_id=project.id, actor_id=actor,
                                    dwelling_ids=[d.id for d in dwellings])
    households = [h for h in session.scalars(select(Household).where(
        Household.dwelling_id.in_([d.id for d in dwellings])))]
    access.record_info_session(
        session, project_id=project.id, held_on=today - timedelta(days=14), actor_id=actor,
        place="Gemeenschapszaal", attendee_household_ids=[h.id for h in households[:5]],
        questions="Hoe lang zonder badkamer? Wie verhuist de meubels? Blijft het water open?")
    now = datetime.combine(today, time(9), tzinfo=UTC)
    for index, pd_id in enumerate(pd_ids):
        appointment = access.plan_access(session, project_dwelling_id=pd_id, actor_id=actor,
                                         planned_at=now + timedelta(days=index, hours=index),
                                         now=now)
        if index < 3:
            access.record_access(session, appointment_id=appointment.id, outcome="granted",
                                 actor_id=actor)
        elif index == 3:
            access.record_access(session, appointment_id=appointment.id, outcome="refused",
                                 refusal_reason="Huurder ziek", follow_up="Opnieuw bellen",
                                 actor_id=actor)
        checklist.set_help_item(session, project_dwelling_id=pd_id, item="move_furniture",
                                status=rng.choice(("needed", "arranged", "not_needed")),
                                actor_id=actor)
        if index % 3 == 0:
            contacts.log_contact(session, project_dwelling_id=pd_id, category="question",
                                 occurred_on=today - timedelta(days=2), today=today,
                                 text="Vraagt wanneer de ramen vervangen worden.",
                                 actor_id=actor)
    for index, pd_id in enumerate(pd_ids[:2]):
        view = inv.start_inventory(session, project_dwelling_id=pd_id, actor_id=actor,
                                   held_on=today - timedelta(days=5))
        for room in view.rooms:
            for element in room.elements:
                inv.set_element(session, element_id=element.id, actor_id=actor,
                                condition=rng.choice(CONDITIONS))
            inv.add_photo(session, owner_id=room.elements[0].id, image=demo_photo(rng),
                          actor_id=actor)
        if index == 0:
            parties = [sig.add_party(session, inventory_id=view.id, role=role, name=name,
                                     actor_id=actor)
                       for role, name in (("tenant", _tenant_name(session, dwellings[index])),
                                          ("project_manager", "Marc Dubois"),
                                          ("contractor", "Bouw NV Renova"))]
            for party in parties:
                sig.sign(session, party_id=party.id, signature_png=demo_signature(rng),
                         actor_id=actor)
    _schedule_and_sessions(session, project.id, pd_ids, building.id, today=today,
                           actor=actor, rng=rng)
    _closed_project(session, building.site_id, today=today, actor=actor)
    return project.id


def _schedule_and_sessions(session: Session, project_id: str, pd_ids: list[str],
                           building_id: str, *, today: date, actor: str,
                           rng: random.Random) -> None:
    """Issue 17: the schedule and its notices, the sessions, jobs and time."""
    for kind, start, days, where in (("site_setup", -20, 10, {}),
                                     ("windows", 5, 30, {"building_id": building_id}),
                                     ("bathroom", 40, 6, {"project_dwelling_id": pd_ids[0]}),
                                     ("electricity", 50, 20, {"building_id": building_id})):
        schedule.add_phase(session, project_id=project_id, kind=kind, actor_id=actor,
                           starts_on=today + timedelta(days=start),
                           ends_on=today + timedelta(days=start + days),
                           access_needed=kind != "site_setup", **where)
    for pd_id in pd_ids[:3]:  # the test world has one dwelling per building, the demo eight
        row = projects.dwelling_status(session, project_dwelling_id=pd_id)
        schedule.record_letter(session, project_dwelling_id=pd_id, kind="works_notice",
                               language=row.language, issued_on=today - timedelta(days=3),
                               actor_id=actor)
    held = access.list_info_sessions(session, project_id=project_id)[0]
    info_sessions.record_attendance(
        session, info_session_id=held.id, actor_id=actor,
        attendee_household_ids=list(held.attendee_household_ids),
        staff_present=[("project_manager", "Marc Dubois"), ("contractor", "Bouw NV Renova"),
                       ("assistant", "Demo Werf / Chantier")])
    for question, answer, by in (
            ("Hoe lang zitten we zonder badkamer?", "Vijf werkdagen per woning.", "contractor"),
            ("Qui déplace les meubles ?", "Le service social organise l'aide avec une asbl.",
             "assistant"),
            ("Blijft het water open?", "Ja, behalve op de dag van de aansluiting.",
             "project_manager")):
        info_sessions.add_question(session, info_session_id=held.id, question=question,
                                   answer=answer, answered_by=by, actor_id=actor)
    info_sessions.set_minutes(session, info_session_id=held.id, actor_id=actor,
                              minutes="Planning en verloop van de werken toegelicht; vragen "
                                      "over de badkamers, de meubels en het water.")
    coming = info_sessions.plan_session(session, project_id=project_id, actor_id=actor,
                                        today=today, held_on=today + timedelta(days=12),
                                        start_minute=18 * 60, place="Gemeenschapszaal")
    for pd_id in info_sessions.invited_dwellings(session, info_session_id=coming.id):
        row = projects.dwelling_status(session, project_dwelling_id=pd_id)
        schedule.record_letter(session, project_dwelling_id=pd_id, kind="invitation",
                               language=row.language, issued_on=today, actor_id=actor,
                               info_session_id=coming.id)
    for index, (job, employer, outcome) in enumerate((
            ("Manoeuvre", "Bouw NV Renova", "in_progress"),
            ("Schilder / Peintre", "Bouw NV Renova", "offered"),
            ("Elektricien-leerling", "Elektro Brussel", "refused"))):
        social_clause.offer_job(session, project_dwelling_id=pd_ids[index % len(pd_ids)],
                                job=job,
                                employer=employer, offered_on=today - timedelta(days=10),
                                starts_on=today + timedelta(days=5), outcome=outcome,
                                ends_on=today + timedelta(days=95), actor_id=actor)
    for pd_id in pd_ids:
        for _ in range(rng.randint(1, 3)):
            social_clause.record_time(
                session, project_dwelling_id=pd_id, today=today, actor_id=actor,
                on_day=today - timedelta(days=rng.randint(0, 20)),
                minutes=rng.choice((15, 30, 45, 60, 90)),
                activity=rng.choice(("home_visit", "phone", "moving_help", "paperwork")))


def _closed_project(session: Session, site_id: str | None, *, today: date,
                    actor: str) -> None:
    """A small project whose works ended: archived, its open items handed on."""
    dwellings = list(session.scalars(select(Dwelling).join(
        Building, Building.id == Dwelling.building_id).where(Building.site_id == site_id)
        .order_by(Building.name.desc(), Dwelling.label).limit(2)))
    if not dwellings:
        return
    project = projects.create_project(
        session, name="Renovatie daken — afgerond", actor_id=actor, site_id=site_id,
        starts_on=today - timedelta(days=200), ends_on=today - timedelta(days=10),
        project_manager="Marc Dubois", contractor="Dakwerken Zenne")
    pd_ids = projects.add_dwellings(session, project_id=project.id, actor_id=actor,
                                    dwelling_ids=[d.id for d in dwellings])
    contacts.log_contact(session, project_dwelling_id=pd_ids[0], category="damage",
                         occurred_on=today - timedelta(days=12), today=today,
                         text="Vochtvlek in de slaapkamer sinds de werken.", actor_id=actor)
    checklist.set_help_item(session, project_dwelling_id=pd_ids[-1], item="nonprofit",
                            status="needed", note="Zoekt hulp voor het opruimen van de zolder.",
                            actor_id=actor)
    closeout.close_out(session, project_id=project.id, actor_id=actor, today=today,
                       works_ended_on=today - timedelta(days=10), language="nl")


def _tenant_name(session: Session, dwelling: Dwelling) -> str:
    """The person who signs for the household living in `dwelling` (its head, if known)."""
    people = session.scalars(
        select(Person).join(Household, Person.household_id == Household.id)
        .where(Household.dwelling_id == dwelling.id, Household.deleted.is_(False))
        .order_by(Person.relation != "head", Person.first_name)).all()
    return f"{people[0].first_name} {people[0].last_name}" if people else "?"

"""A realistic demo vault, built headless and fast (bulk inserts in one transaction).

    seed_demo(folder, "demo-veilig-2026", households=5000, notes_per_household=10)

Used by `fieldapp seed-demo`, the README's first command and the benchmarks.
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from demo import data as d
from demo.collective import seed_collective_demo
from demo.community import lend_demo_premises, seed_community_demo
from demo.neighbourhood import seed_neighbourhood_demo
from demo.renovation import seed_renovation_demo
from demo.site_work import seed_site_work
from demo.stats import DemoStats
from fieldapp.casework.labels import REFERRAL_DESTINATIONS, THEMES
from fieldapp.casework.models import (
    CaseFile,
    CaseNote,
    FollowUp,
    HomeVisit,
    OfficeAppointment,
    Referral,
    WelcomeAttendee,
    WelcomeSession,
)
from fieldapp.crypto.kdf import KdfParams
from fieldapp.local.profile import get_profile
from fieldapp.records.common import fold
from fieldapp.registry.models import Building, Dwelling, Household, Person, Site
from fieldapp.vault import SecretStore, Vault

ORGANISATION = "demo-ovm"
DEMO_PASSPHRASE = "demo-veilig-2026"  # noqa: S105 - the documented demo passphrase
DEMO_ROLES = ("social_assistant", "renovation_assistant", "neighbourhood_agent", "supervisor",
              "community_worker",
              "collective_assistant", "mental_health_team")
NOTE_OBJECTIVES = ["2.3", "2.3", "2.3", "2.1", "2.4", "4.1", "4.2", "1.1", None, None]
BATCH = 5_000
DEMO_STARTS = [9 * 60, 9 * 60 + 30, 10 * 60 + 30, 13 * 60 + 30, 14 * 60, 15 * 60 + 30]


class _Builder:
    def __init__(self, rng: random.Random, actor: str, now: datetime) -> None:
        self.rng, self.actor, self.now = rng, actor, now
        self.me = ""  # the vault's own person's name
        self.rows: dict[Any, list[dict[str, Any]]] = {}

    def add(self, model: Any, collection: str, **values: Any) -> str:
        row_id = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        self.rows.setdefault(model, []).append({
            "id": row_id, "collection_id": collection, "rev": str(uuid.uuid4()),
            "base_rev": None, "dirty": True, "deleted": False, "created_by": self.actor,
            "updated_by": self.actor, "created_at": self.now, "updated_at": self.now, **values,
        })
        return row_id

    def flush(self, session: Session, order: Iterable[Any]) -> None:
        for model in order:
            rows = self.rows.pop(model, [])
            for start in range(0, len(rows), BATCH):
                session.execute(insert(model.__table__), rows[start:start + BATCH])


def _note_text(rng: random.Random, kind: str, lang: str) -> str:
    nl = lang == "nl"
    template = rng.choice((d.NL if nl else d.FR)[kind])
    return template.format(
        who=rng.choice(d.WHO_NL if nl else d.WHO_FR),
        topic=rng.choice(d.TOPICS_NL if nl else d.TOPICS_FR),
        org=rng.choice(d.ORGS_NL if nl else d.ORGS_FR),
        room=rng.choice(d.ROOMS_NL if nl else d.ROOMS_FR),
        amount=rng.randrange(150, 4200, 10), plan=rng.randrange(25, 250, 5),
        weeks=rng.randint(2, 8),
    )


DEMO_NAMES = {
    "social_assistant": "Demo Assistent",
    "renovation_assistant": "Demo Werf / Chantier",
    "neighbourhood_agent": "Demo Buurtagent",
    "supervisor": "Demo Verantwoordelijke",
    "community_worker": "Demo Gemeenschapswerker",
    "collective_assistant": "Demo Collectief / Collectif",
    "mental_health_team": "Demo Mobiel team / Équipe mobile",
}


def seed_demo(
    vault_folder: Path | str,
    passphrase: str,
    *,
    households: int = 200,
    notes_per_household: int = 10,
    seed: int = 2026,
    kdf_params: KdfParams | None = None,
    secret_store: SecretStore | None = None,
    today: date | None = None,
    role: str = "social_assistant",
    organisation: str = ORGANISATION,
    enrol: Callable[[Vault], object] | None = None,
) -> DemoStats:
    """Create a new vault in `vault_folder` filled with fictitious casework, a renovation
    project and neighbourhood requests; `role` decides which workspace the vault opens.

    `enrol(vault)` runs on the new, still empty vault before anything is written: give it
    its server account there (``sync.engine.attach_account``), as the product's first run
    does. Every id the seed writes — authors, workers, the owned collections named after
    their owner (`casework-restricted:<site>:<author>`) — is then the account's, so any
    other laptop of that account receives all of it. Attaching an account after seeding
    is refused (the data would carry an id the server does not know)."""
    started = time.perf_counter()
    today = today or date.today()  # the demo's edge: a CLI run, not a use case
    rng = random.Random(seed)  # noqa: S311 - reproducible fake data, not crypto
    vault = Vault.create(
        vault_folder, passphrase,
        profile={"display_name": DEMO_NAMES.get(role, "Demo Assistent"), "role": role,
                 "organisation": organisation,
                 "sites": [] if role in ("community_worker", "mental_health_team")
                 else [s[0] for s in d.SITES]},
        kdf_params=kdf_params, secret_store=secret_store,
    )
    try:
        if enrol is not None:  # as the product's first run: the account before any record
            enrol(vault)
        if role == "mental_health_team":  # consultations under a pseudonym, nothing else
            from demo.mentalhealth import seed_consultations_demo

            with vault.session() as session:
                seed_consultations_demo(session, today=today)
            return DemoStats(households=0, notes=0,
                             seconds=round(time.perf_counter() - started, 2))
        with vault.session() as session:  # the PSC and the social map (issue 19)
            seed_community_demo(session, today=today)
        if role == "community_worker":  # the non-profit's worker holds no case, no register
            with vault.session() as session:
                lend_demo_premises(session, today=today)
            return DemoStats(households=0, notes=0,
                             seconds=round(time.perf_counter() - started, 2))
        with vault.session() as session:
            actor = get_profile(session).id
            b = _Builder(rng, actor, datetime.now(UTC))
            b.me = get_profile(session).display_name
            notes = _fill(b, rng, households, notes_per_household, today, organisation)
            b.flush(session, [Site, Building, Dwelling, Household, Person, CaseFile, CaseNote,
                              FollowUp, Referral, HomeVisit, OfficeAppointment, WelcomeSession,
                              WelcomeAttendee])
        with vault.session() as session:
            seed_site_work(session, today=today, seed=seed)
        with vault.session() as session:
            seed_renovation_demo(session, today=today, seed=seed)
        with vault.session() as session:
            seed_neighbourhood_demo(session, today=today, seed=seed)
        if role == "supervisor":
            from demo.evaluation import seed_evaluation_demo

            with vault.session() as session:
                seed_evaluation_demo(session, today=today)
        with vault.session() as session:
            seed_collective_demo(session, today=today, seed=seed)
        with vault.session() as session:  # the meeting room lent to the PSC
            lend_demo_premises(session, today=today)
    finally:
        vault.lock()
    return DemoStats(households=households, notes=notes,
                     seconds=round(time.perf_counter() - started, 2))


def _fill(b: _Builder, rng: random.Random, households: int, notes_per_household: int,
          today: date, organisation: str = ORGANISATION) -> int:
    registry = f"registry:{organisation}"
    communities = list(d.COMMUNITY_WEIGHTS)
    weights = list(d.COMMUNITY_WEIGHTS.values())
    site_ids, cases = [], []
    per_site = max(1, -(-households // len(d.SITES)))
    welcome: dict[tuple[str, date], list[str]] = {}
    made = 0
    for code, name, town, postcode, lat, lon, streets in d.SITES:
        site_id = b.add(Site, registry, code=code, name=name, municipality=town,
                        latitude=lat, longitude=lon)
        site_ids.append(site_id)
        casework = f"casework:{site_id}"
        building_id, dwellings_left = "", 0
        for _ in range(min(per_site, households - made)):
            if dwellings_left == 0:
                street = rng.choice(streets)
                building_id = b.add(Building, registry, site_id=site_id,
                                    name=f"{name} {rng.choice('ABCDEFGH')}{rng.randint(1, 9)}",
                                    street=street, number=str(rng.randint(1, 180)),
                                    postcode=postcode, municipality=town)
                dwellings_left = rng.randint(12, 40)
            dwellings_left -= 1
            floor = rng.randint(0, 12)
            dwelling_id = b.add(Dwelling, registry, building_id=building_id,
                                label=f"{floor}{rng.choice('ABCDEF')}", floor=floor,
                                bedrooms=rng.randint(1, 4))
            community = rng.choices(communities, weights)[0]
            surnames, firsts, lang = d.COMMUNITIES[community]
            surname = rng.choice(surnames)
            moved_in = today - timedelta(days=rng.randint(10, 9000))
            people = [(rng.choice(firsts), "head")]
            if rng.random() < 0.55:
                people.append((rng.choice(firsts), "partner"))
            people += [(rng.choice(firsts), "child") for _ in range(rng.choice([0, 0, 1, 2, 3]))]
            label = ("Gezin " if lang == "nl" else "Famille ") + surname
            household_id = b.add(
                Household, registry, dwelling_id=dwelling_id, site_id=site_id, name=label,
                search_key=fold(" ".join([label] + [f"{f} {surname}" for f, _ in people])),
                moved_in_on=moved_in, language=lang)
            for first, relation in people:
                age = rng.randint(25, 80) if relation != "child" else rng.randint(1, 20)
                born = today - timedelta(days=365 * age + rng.randint(0, 364))
                phone = (f"04{rng.randint(70, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
                         f" {rng.randint(10, 99)}")
                b.add(Person, registry, household_id=household_id, first_name=first,
                      last_name=surname, relation=relation, birth_date=born,
                      phone=phone if age >= 14 else "", email="",
                      national_register_number=None, health_notes=None)
            if (today - moved_in).days < 365:
                month = moved_in.replace(day=1) + timedelta(days=40)
                welcome.setdefault((site_id, month.replace(day=3)), []).append(household_id)
            made += 1
            if rng.random() < 0.8:
                themes = rng.sample(list(THEMES), rng.randint(1, 3))
                status = rng.choices(["open", "on_hold", "closed"], [70, 10, 20])[0]
                opened = today - timedelta(days=rng.randint(5, 1500))
                worker = rng.choice(d.WORKERS)
                mine = worker == d.WORKERS[0]  # the vault's own person carries these
                case_id = b.add(CaseFile, casework, household_id=household_id, site_id=site_id,
                                status=status, themes=[t for t in THEMES if t in themes],
                                worker_id=b.actor if mine else None,
                                assigned_worker=b.me if mine else worker, opened_on=opened,
                                closed_on=today if status == "closed" else None)
                cases.append((case_id, site_id, lang, opened))
    return _casework(b, rng, cases, households * notes_per_household, today, welcome)


def _casework(b: _Builder, rng: random.Random, cases: list[tuple[str, str, str, date]],
              total_notes: int, today: date, welcome: dict[tuple[str, date], list[str]]) -> int:
    kinds = ["office_hours", "office_interview", "home_visit", "phone_call", "letter_email"]
    for _ in range(total_notes if cases else 0):
        case_id, site_id, lang, opened = rng.choice(cases)
        kind = rng.choices(kinds, [25, 25, 15, 25, 10])[0]
        restricted = rng.random() < 0.08
        # a restricted note lives in its author's collection of the site (issue 14)
        b.add(CaseNote, f"casework-restricted:{site_id}:{b.actor}" if restricted
              else f"casework:{site_id}",
              case_id=case_id, kind=kind,
              occurred_on=opened + timedelta(days=rng.randint(0, max(0, (today - opened).days))),
              text=_note_text(rng, kind, lang),
              confidentiality="restricted" if restricted else "team",
              objective=rng.choice(NOTE_OBJECTIVES), author_id=b.actor)
    for case_id, site_id, lang, _opened in cases:
        casework = f"casework:{site_id}"
        if rng.random() < 0.4:
            due = today + timedelta(days=rng.randint(-15, 20))
            done = due < today and rng.random() < 0.5
            b.add(FollowUp, casework, case_id=case_id, due_on=due,
                  text=rng.choice(d.FOLLOWUPS_NL if lang == "nl" else d.FOLLOWUPS_FR),
                  done=done, done_on=due if done else None)
        if rng.random() < 0.25:
            b.add(Referral, casework, case_id=case_id,
                  destination=rng.choice(list(REFERRAL_DESTINATIONS)),
                  reason=rng.choice(d.TOPICS_NL if lang == "nl" else d.TOPICS_FR),
                  status=rng.choice(["proposed", "sent", "in_progress", "completed"]),
                  outcome="", referred_on=today - timedelta(days=rng.randint(0, 200)))
        if rng.random() < 0.15:
            planned = today + timedelta(days=rng.randint(-30, 21))
            b.add(HomeVisit, casework, case_id=case_id, planned_on=planned,
                  purpose=rng.choice(d.TOPICS_NL if lang == "nl" else d.TOPICS_FR),
                  status="done" if planned < today else "planned",
                  done_on=planned if planned < today else None, note_id=None,
                  start_minute=rng.choice(DEMO_STARTS), duration_minutes=rng.choice([45, 60]),
                  place="", cancel_reason="")
        if rng.random() < 0.1:  # the agenda's office appointments, in the next ten days
            b.add(OfficeAppointment, casework, case_id=case_id,
                  on_day=today + timedelta(days=rng.randint(0, 10)),
                  start_minute=rng.choice(DEMO_STARTS), duration_minutes=30,
                  place="Kantoor" if lang == "nl" else "Bureau",
                  purpose=rng.choice(d.TOPICS_NL if lang == "nl" else d.TOPICS_FR),
                  worker_id=b.actor, status="planned", cancel_reason="")
    for (site_id, held_on), attendees in welcome.items():
        if held_on > today:
            continue
        session_id = b.add(WelcomeSession, f"casework:{site_id}", site_id=site_id,
                           held_on=held_on, notes="")
        for household_id in attendees:
            b.add(WelcomeAttendee, f"casework:{site_id}", session_id=session_id,
                  household_id=household_id)
    return total_notes if cases else 0

"""Test data factories: a fresh vault per test and a small registry to work on.

Import as `from tests.factories import ...`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from fieldapp.casework import cases as casework
from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.local.profile import get_profile
from fieldapp.registry import households as registry
from fieldapp.vault import MemorySecretStore, Vault

PASSPHRASE = "correct horse battery"
TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
PROFILE = {
    "display_name": "Test Assistant",
    "role": "social_assistant",
    "organisation": "test-org",
    "sites": ["anneessens"],
}


class NoSecretStore:
    """No OS keyring (like a headless machine): the vault opens from any process."""

    name = "none"

    def available(self) -> bool:
        return False

    def get(self, key: str) -> bytes | None:
        return None

    def set(self, key: str, value: bytes) -> None:
        raise AssertionError("no keyring here")

    def delete(self, key: str) -> None:
        return None


def fixed_clock() -> datetime:
    return NOW


def make_vault(
    folder: Path, *, store: MemorySecretStore | None = None, passphrase: str = PASSPHRASE
) -> Vault:
    return Vault.create(
        folder,
        passphrase,
        profile=PROFILE,
        kdf_params=TEST_KDF_PARAMS,
        secret_store=store if store is not None else MemorySecretStore(),
        clock=fixed_clock,
    )


@dataclass(frozen=True)
class World:
    actor_id: str
    site_id: str
    other_site_id: str
    building_id: str
    dwelling_id: str
    household_id: str
    other_household_id: str
    case_id: str


def make_world(vault: Vault) -> World:
    """Two sites, one building each, a household with two people and an open case file."""
    with vault.session() as s:
        actor = get_profile(s).id
        site = registry.add_site(s, code="anneessens", name="Anneessens", actor_id=actor,
                                 municipality="Brussel", latitude=50.8446, longitude=4.3469)
        other = registry.add_site(s, code="peterbos", name="Peterbos", actor_id=actor,
                                  municipality="Anderlecht", latitude=50.8346, longitude=4.2870)
        building = registry.add_building(s, site_id=site, name="Blok A", actor_id=actor,
                                         street="Anneessensplein", number="12",
                                         postcode="1000", municipality="Brussel")
        dwelling = registry.add_dwelling(s, building_id=building, label="3B", actor_id=actor,
                                         floor=3, bedrooms=2)
        household = registry.add_household(s, dwelling_id=dwelling, name="Famille Lefèvre",
                                           actor_id=actor, language="fr")
        registry.add_person(s, household_id=household, first_name="Amélie",
                            last_name="Lefèvre", actor_id=actor, phone="0470 11 22 33",
                            national_register_number="85.07.30-033.61")
        registry.add_person(s, household_id=household, first_name="Noah",
                            last_name="Lefèvre", relation="child", actor_id=actor,
                            birth_date=date(2015, 4, 2))
        b2 = registry.add_building(s, site_id=other, name="Tour 9", actor_id=actor)
        d2 = registry.add_dwelling(s, building_id=b2, label="12A", actor_id=actor)
        other_household = registry.add_household(s, dwelling_id=d2, name="Gezin Yılmaz",
                                                 actor_id=actor, language="nl")
        registry.add_person(s, household_id=other_household, first_name="Emre",
                            last_name="Yılmaz", actor_id=actor)
        case = casework.open_case_file(s, household_id=household, actor_id=actor, today=TODAY)
    return World(actor, site, other, building, dwelling, household, other_household, case.id)


def role_vault(folder: Path, store: MemorySecretStore, role: str) -> World:
    """A locked vault of a person in `role` with the small registry, a case file with a
    few notes, and (renovation) a project on the household's dwelling."""
    from fieldapp.renovation import projects

    sites = [] if role in ("neighbourhood_agent", "supervisor") else ["anneessens"]
    profile = {"display_name": "Test Person", "role": role, "organisation": "test-org",
               "sites": sites}
    vault = Vault.create(folder, PASSPHRASE, profile=profile, kdf_params=TEST_KDF_PARAMS,
                         secret_store=store, clock=fixed_clock)
    world = make_world(vault)
    with vault.session() as s:
        for day in range(1, 20):
            casework.add_note(s, case_id=world.case_id, kind="phone_call",
                              text=f"Telefoon {day}", occurred_on=TODAY.replace(day=day),
                              actor_id=world.actor_id)
        if role == "community_worker":  # a PSC with its plan, log and committee (issue 19)
            from tests.unit.community.community_world import make_psc

            make_psc(s, world.actor_id)
        if role == "mental_health_team":  # a consultation under a pseudonym (issue 19)
            from fieldapp.mentalhealth import consultations

            asked = consultations.consult(
                s, case_id=world.case_id, concerns=["hoarding", "isolation"],
                age_band="65+", household_type="alone", urgency="urgent", actor_id=world.actor_id,
                today=TODAY, question="Een oudere man laat niemand meer binnen; de buren "
                                      "klagen over de geur. Hoe kunnen we hem benaderen?")
            consultations.answer(s, consultation_id=asked.id, actor_id=world.actor_id,
                                 today=TODAY, advice="Ga samen met ons langs; begin bij wat "
                                                     "hij zelf als probleem ziet.")
        if role == "renovation_assistant":
            project = projects.create_project(s, name="Renovatie Blok A",
                                              actor_id=world.actor_id)
            projects.add_dwellings(s, project_id=project.id, dwelling_ids=[world.dwelling_id],
                                   actor_id=world.actor_id)
    vault.lock()
    return world

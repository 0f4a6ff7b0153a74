"""A supervisor's real vault with the factories' registry and a fixed dataset of October 2026."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from fieldapp.casework import cases as casework
from fieldapp.casework import followups, referrals, visits, welcome
from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.neighbourhood.models import Intervention, NeighbourhoodRequest
from fieldapp.records import common as rec
from fieldapp.renovation.models import HelpItem, Inventory, ProjectDwelling, RenovationProject
from fieldapp.vault import MemorySecretStore, Vault
from tests.factories import PASSPHRASE, World, fixed_clock, make_world

SUPERVISOR = {"display_name": "Test Supervisor", "role": "supervisor",
              "organisation": "test-org", "sites": []}
OCT = date(2026, 10, 1)


def make_supervisor_vault(folder: Path) -> Vault:
    return Vault.create(folder, PASSPHRASE, profile=SUPERVISOR, kdf_params=TEST_KDF_PARAMS,
                        secret_store=MemorySecretStore(), clock=fixed_clock)


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = make_supervisor_vault(tmp_path)
    yield v
    v.lock()


@pytest.fixture
def world(vault: Vault) -> World:
    return make_world(vault)


def d(day: int, month: int = 10) -> date:
    return date(2026, month, day)


def at(day: int, month: int = 10) -> datetime:
    return datetime(2026, month, day, 14, 0, tzinfo=UTC)


def seed_october(vault: Vault, w: World) -> str:
    """The fixed dataset the indicator tests count by hand. Returns the second case id."""
    a = w.actor_id
    with vault.session() as s:
        ca = w.case_id
        cb = casework.open_case_file(s, household_id=w.other_household_id, actor_id=a,
                                     today=d(1, 9)).id
        casework.update_case(s, case_id=cb, actor_id=a, assigned_worker="Karim Benali")
        for day in (2, 9, 16):
            casework.add_note(s, case_id=ca, kind="office_hours", text="permanentie",
                              occurred_on=d(day), actor_id=a, objective="2.3")
        casework.add_note(s, case_id=ca, kind="phone_call", text="telefoon", occurred_on=d(3),
                          actor_id=a)
        casework.add_note(s, case_id=ca, kind="home_visit", text="september",
                          occurred_on=d(20, 9), actor_id=a, objective="2.1")
        for day in (5, 6):
            casework.add_note(s, case_id=cb, kind="phone_call", text="appel", occurred_on=d(day),
                              actor_id=a, objective="4.1")
        gone = casework.add_note(s, case_id=cb, kind="letter_email", text="weg",
                                 occurred_on=d(7), actor_id=a)
        casework.delete_note(s, note_id=gone.id, actor_id=a)
        v1 = visits.plan_visit(s, case_id=ca, planned_on=d(10), purpose="", actor_id=a, today=OCT)
        visits.record_visit(s, visit_id=v1.id, done_on=d(10), actor_id=a, note_text="bezoek",
                            objective="2.4")
        visits.plan_visit(s, case_id=cb, planned_on=d(20), purpose="", actor_id=a, today=OCT)
        v3 = visits.plan_visit(s, case_id=cb, planned_on=d(25), purpose="", actor_id=a, today=OCT)
        visits.cancel_visit(s, visit_id=v3.id, actor_id=a)
        for case_id, dest, day, status in ((ca, "ocmw_cpas", d(5), "sent"),
                                           (ca, "caw", d(6), "completed"),
                                           (cb, "ocmw_cpas", d(7), "proposed"),
                                           (cb, "debt_help", d(1, 9), "sent")):
            referrals.add_referral(s, case_id=case_id, destination=dest, reason="r",
                                   referred_on=day, actor_id=a, status=status)
        f1 = followups.add_followup(s, case_id=ca, due_on=d(10), text="f", actor_id=a, today=OCT)
        followups.complete_followup(s, followup_id=f1.id, actor_id=a, today=d(9))
        f2 = followups.add_followup(s, case_id=ca, due_on=d(15), text="f", actor_id=a, today=OCT)
        followups.complete_followup(s, followup_id=f2.id, actor_id=a, today=d(18))
        followups.add_followup(s, case_id=cb, due_on=d(20), text="f", actor_id=a, today=OCT)
        followups.add_followup(s, case_id=cb, due_on=d(5, 11), text="f", actor_id=a, today=OCT)
        welcome.record_welcome_session(s, site_id=w.site_id, held_on=d(3), actor_id=a,
                                       attendee_household_ids=[w.household_id,
                                                               w.other_household_id])
        welcome.record_welcome_session(s, site_id=w.other_site_id, held_on=d(4), actor_id=a,
                                       attendee_household_ids=[w.other_household_id])
        welcome.record_welcome_session(s, site_id=w.site_id, held_on=d(3, 9), actor_id=a,
                                       attendee_household_ids=[w.household_id])
        _renovation(s, w)
        _neighbourhood(s, w)
    return cb


def _renovation(s: object, w: World) -> None:
    a, col = w.actor_id, "renovation:p1"
    project = rec.create(s, RenovationProject(name="Blok A", site_id=w.site_id), actor_id=a,
                         collection_id=col)
    pd = rec.create(s, ProjectDwelling(project_id=project.id, dwelling_id=w.dwelling_id,
                                       household_id=w.household_id), actor_id=a,
                    collection_id=col)
    rec.create(s, Inventory(project_dwelling_id=pd.id, kind="pre", held_on=d(12),
                            frozen_at=at(12), fingerprint="x" * 64), actor_id=a,
               collection_id=col)
    rec.create(s, Inventory(project_dwelling_id=pd.id, kind="post", held_on=d(13)),
               actor_id=a, collection_id=col)
    for item, status in (("move_furniture", "needed"), ("pets", "not_needed")):
        h = rec.create(s, HelpItem(project_dwelling_id=pd.id, item=item, status=status),
                       actor_id=a, collection_id=col)
        h.updated_at = at(14)
    s.flush()  # type: ignore[attr-defined]


def _neighbourhood(s: object, w: World) -> None:
    a, col = w.actor_id, "neighbourhood:test-org"

    def request(category: str, site: str) -> str:
        return rec.create(s, NeighbourhoodRequest(
            source="tenant_call", category=category, site_id=site, urgency="today",
            description="x", received_at=at(1), status="open"), actor_id=a,
            collection_id=col).id

    conflict, waste = request("neighbour_conflict", w.site_id), request("bulky_waste",
                                                                        w.other_site_id)
    for req, site, when in ((conflict, w.site_id, at(2)), (conflict, w.site_id, at(9)),
                            (waste, w.other_site_id, at(31)), (waste, w.other_site_id, at(30, 9)),
                            (None, w.other_site_id, at(15))):
        rec.create(s, Intervention(request_id=req, site_id=site, occurred_at=when, actions="a",
                                   outcome="resolved"), actor_id=a, collection_id=col)

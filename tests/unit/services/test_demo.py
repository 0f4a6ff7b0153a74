from __future__ import annotations

from pathlib import Path

from demo import cli
from demo.seed import DEMO_PASSPHRASE, seed_demo
from demo.site_work import CANDIDATES
from fieldapp.casework import cases as casework
from fieldapp.casework import followups, household_list, search
from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.registry import households as registry
from fieldapp.vault import MemorySecretStore, Vault
from tests.factories import TODAY


def test_seed_demo_builds_a_usable_vault(tmp_path: Path) -> None:
    store = MemorySecretStore()
    stats = seed_demo(tmp_path / "demo", "demo-veilig-2026", households=60,
                      notes_per_household=5, kdf_params=TEST_KDF_PARAMS, secret_store=store,
                      today=TODAY)
    assert (stats.households, stats.notes) == (60, 300)
    vault = Vault.unlock(tmp_path / "demo", "demo-veilig-2026", secret_store=store)
    with vault.session() as s:
        sites = registry.list_sites(s)
        assert {x.name for x in sites} >= {"Anneessens", "Peterbos", "Hunderenveld", "Ransfort"}
        # the tenants, and the candidate tenants of issue 17 (no dwelling yet)
        assert sum(x.household_count for x in sites) == 60 + len(CANDIDATES)
        rows = household_list.search_households(s, case_status="open")
        assert rows and all(r.case_status == "open" for r in rows)
        assert search.search_notes(s, query="huisbezoek") or search.search_notes(s, query="OCMW")
        assert search.search_notes(s, query="visite domicile") or search.search_notes(
            s, query="CPAS")
        timeline = casework.timeline(s, case_id=rows[0].case_id)
        assert isinstance(timeline, list)
        followups.followup_overview(s, today=TODAY)
    vault.lock()


def test_same_seed_same_demo(tmp_path: Path) -> None:
    names = []
    for folder in ("a", "b"):
        store = MemorySecretStore()
        seed_demo(tmp_path / folder, "demo-veilig-2026", households=20, notes_per_household=2,
                  kdf_params=TEST_KDF_PARAMS, secret_store=store, today=TODAY, seed=7)
        vault = Vault.unlock(tmp_path / folder, "demo-veilig-2026", secret_store=store)
        with vault.session() as s:
            names.append([r.name for r in household_list.search_households(s)])
        vault.lock()
    assert names[0] == names[1]


def test_cli_seed_demo(tmp_path: Path, capsys) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(DEMO_PASSPHRASE + "\n", encoding="utf-8")
    args = ["seed-demo", "--vault", str(tmp_path / "v"), "--passphrase-file", str(secret),
            "--households", "12", "--notes-per-household", "2"]
    assert cli.main(args) == 0
    assert "12 households, 24 notes" in capsys.readouterr().out
    assert Vault.exists(tmp_path / "v")
    assert cli.main(args) == 1  # refuses to overwrite
    assert "already exists" in capsys.readouterr().err
    vault = Vault.unlock(tmp_path / "v", DEMO_PASSPHRASE)
    with vault.session() as s:
        assert household_list.count_households(s) == 12 + len(CANDIDATES)  # + candidates
    vault.lock()


def test_demo_vault_of_another_role_opens_that_workspace(tmp_path: Path) -> None:
    """`python3 dev.py demo --role renovation_assistant` builds such a vault offline."""
    from demo.app import offline_vault
    from fieldapp.local.profile import get_profile
    from fieldapp.renovation.models import RenovationProject
    from ui.installed_areas import areas_of

    store = MemorySecretStore()
    folder = offline_vault(tmp_path, role="renovation_assistant", households=8,
                           notes_per_household=1, kdf_params=TEST_KDF_PARAMS,
                           secret_store=store)
    assert offline_vault(tmp_path, role="renovation_assistant") == folder  # built once
    vault = Vault.unlock(folder, DEMO_PASSPHRASE, secret_store=store)
    with vault.session(read_only=True) as s:
        profile = get_profile(s)
        assert profile.roles == ("renovation_assistant",)
        assert [area.key for area in areas_of(profile.roles)] == ["renovation"]
        assert s.query(RenovationProject).count() >= 1
    vault.lock()


def test_demo_of_a_seconded_supervisor_in_an_organisation_with_its_evaluation(
        tmp_path: Path) -> None:
    """`seed-demo --organisations ovm-a,ovm-b`: one vault per organisation under the
    profile; a supervisor's demo carries targets, self-evaluation and states of play."""
    from fieldapp.local.organisations import organisations, vault_folder
    from fieldapp.local.profile import get_profile
    from fieldapp.supervision.evaluation import evaluation_table

    store = MemorySecretStore()
    seed_demo(vault_folder(tmp_path, "ovm-b"), DEMO_PASSPHRASE, households=4,
              notes_per_household=1, kdf_params=TEST_KDF_PARAMS, secret_store=store,
              today=TODAY, role="supervisor", organisation="ovm-b")
    assert organisations(tmp_path) == ["ovm-b"]
    vault = Vault.unlock(vault_folder(tmp_path, "ovm-b"), DEMO_PASSPHRASE, secret_store=store)
    with vault.session(read_only=True) as s:
        assert get_profile(s).organisation == "ovm-b"
        table = evaluation_table(s, year=TODAY.year, today=TODAY)
    vault.lock()
    targets = {o.code: o.target for o in table.objectives if o.target is not None}
    assert targets["2.3"] == 400 and targets["T"] == 2
    assert sum(1 for site in table.sites if site.recorded) == 3


def test_cli_seed_demo_of_a_community_worker(tmp_path: Path, capsys) -> None:
    """`python -m demo seed-demo --role community_worker` (issue 19): the PSC and the social
    map, no register and no case file; the vault opens on the community workspace."""
    from fieldapp.community.models import Partner, PremisesLoan, PscActivity, PscProject
    from fieldapp.local.profile import get_profile
    from fieldapp.registry.models import Household
    from ui.installed_areas import areas_of

    secret = tmp_path / "pass.txt"
    secret.write_text(DEMO_PASSPHRASE + "\n", encoding="utf-8")
    assert cli.main(["seed-demo", "--vault", str(tmp_path / "v"), "--passphrase-file",
                     str(secret), "--role", "community_worker"]) == 0
    assert "a social cohesion project and the social map" in capsys.readouterr().out
    vault = Vault.unlock(tmp_path / "v", DEMO_PASSPHRASE)
    with vault.session(read_only=True) as s:
        profile = get_profile(s)
        assert profile.roles == ("community_worker",)
        assert [area.key for area in areas_of(profile.roles)] == ["community"]
        assert s.query(PscProject).count() == 1 and s.query(Partner).count() >= 5
        assert s.query(PscActivity).count() >= 2
        assert [x.room_name for x in s.query(PremisesLoan)] == ["Salle polyvalente"]
        assert s.query(Household).count() == 0
    vault.lock()


def test_cli_seed_demo_of_the_mental_health_team(tmp_path: Path, capsys) -> None:
    """`python -m demo seed-demo --role mental_health_team` (issue 19): consultations under
    a pseudonym, no register and no case file; the vault opens on the team's workspace."""
    from fieldapp.casework.models import CaseFile
    from fieldapp.local.profile import get_profile
    from fieldapp.mentalhealth.models import MhConsultation
    from fieldapp.registry.models import Household
    from ui.installed_areas import areas_of

    secret = tmp_path / "pass.txt"
    secret.write_text(DEMO_PASSPHRASE + "\n", encoding="utf-8")
    assert cli.main(["seed-demo", "--vault", str(tmp_path / "v"), "--passphrase-file",
                     str(secret), "--role", "mental_health_team"]) == 0
    assert "under a pseudonym" in capsys.readouterr().out
    vault = Vault.unlock(tmp_path / "v", DEMO_PASSPHRASE)
    with vault.session(read_only=True) as s:
        profile = get_profile(s)
        assert [area.key for area in areas_of(profile.roles)] == ["mentalhealth"]
        assert s.query(MhConsultation).count() == 3
        assert s.query(Household).count() == 0 and s.query(CaseFile).count() == 0
    vault.lock()

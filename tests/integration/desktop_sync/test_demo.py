"""The demo bootstrap: an embedded SQLite server and two demo assistants syncing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from demo.server import prepare_demo, start_demo_server
from demo.site_work import CANDIDATES
from fieldapp.casework import cases as casework
from fieldapp.casework.models import CaseFile, CaseNote
from fieldapp.casework.reassigned import newly_assigned
from fieldapp.community.models import Partner, PscProject
from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.local.profile import get_profile
from fieldapp.local.sync_state import SyncCollection
from fieldapp.registry.models import Household
from fieldapp.vault import MemorySecretStore, Vault
from sync.engine import SyncEngine


def test_two_demo_assistants_sync_with_each_other(tmp_path: Path) -> None:
    store = MemorySecretStore()
    server = start_demo_server(tmp_path)
    try:
        info = prepare_demo(tmp_path, households=12, kdf_params=TEST_KDF_PARAMS,
                            secret_store=store)
        assert prepare_demo(tmp_path) == info  # idempotent
        boss, karim, sofie, youssef, samir = info.accounts
        assert (boss.role, karim.role, sofie.role, youssef.role, samir.role) == (
            "supervisor", "social_assistant", "social_assistant", "community_worker",
            "collective_assistant")
        psc = Vault.unlock(youssef.vault_folder, youssef.passphrase, secret_store=store)
        with psc.session(read_only=True) as s:  # the PSC, the social map and the names
            assert {c.kind for c in s.scalars(select(SyncCollection))} == {"community",
                                                                          "partners", "people"}
            assert s.scalar(select(func.count()).select_from(PscProject)) == 1
            assert s.scalar(select(func.count()).select_from(Partner)) >= 5
            assert s.scalar(select(func.count()).select_from(Household)) == 0
        psc.lock()
        sup = Vault.unlock(boss.vault_folder, boss.passphrase, secret_store=store)
        with sup.session(read_only=True) as s:  # she also carries cases: both areas (issue 12)
            assert get_profile(s).roles == ("supervisor", "social_assistant")
        sup.lock()
        vaults = [Vault.unlock(a.vault_folder, a.passphrase, secret_store=store)
                  for a in (karim, sofie)]
        engines = [SyncEngine(v, secret_store=store) for v in vaults]
        with vaults[0].session() as s:
            # the tenants and the candidate tenants (issue 17)
            assert s.scalar(select(func.count()).select_from(Household)) == 12 + len(CANDIDATES)
            assert get_profile(s).display_name == "Karim El Amrani"
            case_id = s.scalar(select(CaseFile.id).limit(1))
            note = casework.add_note(s, case_id=case_id, kind="phone_call",
                                     text="Demo: telefoon met de huurder.",
                                     occurred_on=date(2026, 11, 20),
                                     actor_id=get_profile(s).id).id
        assert engines[0].run_once().outcome == "ok"
        assert engines[1].run_once().outcome == "ok"
        with vaults[0].session(read_only=True) as s:  # every site has its hand-off box
            sites = set(s.scalars(select(Household.site_id)))
            keys = {c.local_key for c in s.scalars(select(SyncCollection))}
        assert {f"handoff:{site}" for site in sites} <= keys
        assert not any(k.startswith("supervision:") for k in keys)  # supervisors only
        assert not any(k.startswith("community:") for k in keys)  # the PSC's workers
        assert any(k.startswith("partners:") for k in keys)  # the social map, to read
        with vaults[1].session(read_only=True) as s:
            assert s.get(CaseNote, note).text == "Demo: telefoon met de huurder."
            # leave cover: the second assistant is told of the case files she got
            assert newly_assigned(s, worker_id=get_profile(s).id)
        for e, v in zip(engines, vaults, strict=True):
            e.close()
            v.lock()
    finally:
        server.stop()
    assert info.server_url.endswith(":" + (tmp_path / "server" / "port").read_text())

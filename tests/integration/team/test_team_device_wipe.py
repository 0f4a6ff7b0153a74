"""Issue 7: a supervisor revokes an assistant's lost laptop with wipe through sync/team.py;
the assistant's sync engine, at its next round, reports "wiped" and the vault is gone."""

from __future__ import annotations

import uuid

from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.vault import Vault
from sync.engine import SyncEngine, enrol_new_vault
from sync.team import Team
from tests.factories import NoSecretStore
from tests.harness.server import admin_create_user
from tests.integration.desktop_sync.desktop_helpers import fast_client


def test_a_supervisor_wipes_an_assistants_lost_laptop(sync_server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    sup = sync_server.new_user("supervisor")
    email = f"assistant-{uuid.uuid4().hex[:8]}@example.org"
    code = admin_create_user(sync_server.admin, email=email, role="social_assistant")
    folder = tmp_path / "assistant-vault"
    vault = enrol_new_vault(folder, server_url=sync_server.base_url, email=email,
                            enrolment_code=code, passphrase=f"passphrase of {email}",
                            device_name="assistant-laptop", display_name="Assistant",
                            organisation_key="org", kdf_params=TEST_KDF_PARAMS,
                            secret_store=NoSecretStore(), client_factory=fast_client)
    engine = SyncEngine(vault, client_factory=fast_client, secret_store=NoSecretStore())
    try:
        assert engine.run_once().outcome in ("ok", "clock_skew")
        client = engine.client()
        assert client is not None
        laptop = client.device_id
        team = Team(sup)
        listed = {d.id: d for d in team.team_devices()}
        assert laptop in listed and listed[laptop].user_id == client.user.id
        revoked = team.revoke_device(laptop, wipe=True)
        assert revoked.id == laptop and revoked.wipe and revoked.revoked_at is not None
        report = engine.run_once()
        assert report.outcome == "wiped"
        assert vault.is_locked
        assert not Vault.exists(folder)
        assert not folder.exists() or not any(p.name.startswith("vault.")
                                              for p in folder.iterdir())
        # the supervisor sees it revoked with wipe; the audit log says who did it, not what
        after = {d.id: d for d in team.team_devices()}[laptop]
        assert after.wipe and after.revoked_at is not None
        assert any(e.action == "team.device.wipe" and e.target_id == laptop
                   and e.user_id == sup.user.id and e.outcome == "ok" for e in team.audit())
    finally:
        engine.close()
        if not vault.is_locked:
            vault.lock()

"""Two desktop vaults of a team sync through the real server: offline notes, merges,
conflicts resolved on one side reaching the other, record history."""

from __future__ import annotations

from datetime import date

import pytest

from fieldapp.casework import cases as casework
from fieldapp.casework.models import CaseNote
from fieldapp.local.profile import get_profile
from fieldapp.vault import Vault
from sync.client.pins_store import VaultPinnedKeys
from sync.engine import SyncEngine, state
from tests.factories import make_world
from tests.integration.desktop_sync.desktop_helpers import NoSecretStore, fast_client, snapshot

pytestmark = pytest.mark.postgres


def _world(team):  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    boss.sync()
    a = team.enrol("social_assistant", "ann")
    b = team.enrol("social_assistant", "bob")
    team.grant(boss, a, b)
    for m in (a, b, boss, a):  # each one's name goes round too (issue 14)
        m.sync()
    return boss, a, b, world


def _add_note(member, case_id: str, text: str) -> str:  # type: ignore[no-untyped-def]
    with member.vault.session() as s:
        actor = get_profile(s).id
        return casework.add_note(s, case_id=case_id, kind="phone_call", text=text,
                                 occurred_on=date(2026, 11, 19), actor_id=actor).id


def _note_text(member, note_id: str) -> str:  # type: ignore[no-untyped-def]
    with member.vault.session(read_only=True) as s:
        return s.get(CaseNote, note_id).text


def test_offline_notes_on_both_sides_arrive_on_both(team) -> None:  # type: ignore[no-untyped-def]
    boss, a, b, world = _world(team)
    assert snapshot(a.vault) == snapshot(boss.vault)
    a_notes = [_add_note(a, world.case_id, f"Ann offline {i}") for i in range(5)]
    b_notes = [_add_note(b, world.case_id, f"Bob offline {i}") for i in range(7)]
    assert a.engine.status().waiting == 5
    a.sync()
    b.sync()
    a.sync()
    boss.sync()
    for m in (a, b, boss):
        texts = {_note_text(m, n) for n in a_notes + b_notes}
        assert len(texts) == 12
        assert m.engine.status().waiting == 0
    assert snapshot(a.vault) == snapshot(b.vault) == snapshot(boss.vault)


def test_same_text_changed_on_both_sides_is_a_conflict_resolved_everywhere(team) -> None:  # type: ignore[no-untyped-def]
    _boss, a, b, world = _world(team)
    note = _add_note(a, world.case_id, "Gesprek over de huur.")
    a.sync()
    b.sync()
    with a.vault.session() as s:
        casework.edit_note(s, note_id=note, actor_id=get_profile(s).id,
                           text="Gesprek over de huur. Afbetalingsplan voorgesteld.")
    with b.vault.session() as s:
        casework.edit_note(s, note_id=note, actor_id=get_profile(s).id,
                           text="Gesprek over de huur. Doorverwezen naar OCMW.")
    a.sync()
    report = b.sync()
    assert report.conflicts == 1
    [conflict] = b.engine.list_conflicts()
    [field] = [f for f in conflict.fields if f.field == "text"]
    assert field.mine.endswith("Doorverwezen naar OCMW.")
    assert field.theirs.endswith("Afbetalingsplan voorgesteld.")
    assert conflict.theirs_by == "ann" and conflict.mine_by == "bob"
    assert b.engine.status().conflicts == 1
    assert _note_text(b, note).endswith("OCMW.")  # my text stays on screen meanwhile
    joined = field.theirs + " Doorverwezen naar OCMW."
    b.engine.resolve_conflict(conflict.id, {"text": joined})
    assert b.engine.list_conflicts() == []
    b.sync()
    a.sync()
    assert _note_text(a, note) == _note_text(b, note) == joined
    assert snapshot(a.vault) == snapshot(b.vault)
    history = a.engine.history("case_notes", note)
    assert [h.author_name for h in history] == ["ann", "ann", "bob"]
    assert history[-1].payload["text"] == joined


def test_field_changed_on_one_side_only_merges_silently(team) -> None:  # type: ignore[no-untyped-def]
    _boss, a, b, world = _world(team)
    note = _add_note(a, world.case_id, "Eerste gesprek.")
    a.sync()
    b.sync()
    with a.vault.session() as s:
        casework.edit_note(s, note_id=note, actor_id=get_profile(s).id,
                           text="Eerste gesprek, lang.")
    with b.vault.session() as s:
        casework.edit_note(s, note_id=note, actor_id=get_profile(s).id, kind="home_visit")
    a.sync()
    report = b.sync()
    assert report.conflicts == 0 and report.merged >= 1
    a.sync()
    for m in (a, b):
        with m.vault.session(read_only=True) as s:
            row = s.get(CaseNote, note)
            assert (row.text, row.kind) == ("Eerste gesprek, lang.", "home_visit")
            assert not row.dirty
    assert snapshot(a.vault) == snapshot(b.vault)


def test_a_note_made_restricted_moves_to_the_restricted_collection(team) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    world = make_world(boss.vault)
    with boss.vault.session() as s:  # the supervisor's own restricted collection
        boss_note = casework.add_note(
            s, case_id=world.case_id, kind="phone_call", text="Vertrouwelijk.",
            occurred_on=date(2026, 11, 19), actor_id=get_profile(s).id,
            confidentiality="restricted").id
    boss.sync()
    a = team.enrol("social_assistant", "ann")
    team.grant(boss, a)
    a.sync()
    note = _add_note(a, world.case_id, "Eerst voor het team.")
    a.sync()
    boss.sync()
    with a.vault.session() as s:
        casework.edit_note(s, note_id=note, actor_id=get_profile(s).id,
                           confidentiality="restricted", text="Toch vertrouwelijk.")
    a.sync()
    assert a.engine.status().waiting == 0
    boss.sync()
    with boss.vault.session(read_only=True) as s:
        row = s.get(CaseNote, note)
        assert (row.text, row.confidentiality, row.deleted) == (
            "Toch vertrouwelijk.", "restricted", False)
        assert row.collection_id == f"casework-restricted:{world.site_id}:{a.user_id}"
    # the supervisor reads A's restricted note; A never holds the supervisor's (issue 14)
    assert snapshot(a.vault) == {k: v for k, v in snapshot(boss.vault).items()
                                 if k != boss_note}
    with boss.vault.session(read_only=True) as s:  # its team revisions are purged there
        casework_id = state.collection_by_key(s, f"casework:{world.site_id}").server_id
    assert all(r.deleted for r in boss.engine.client().history(casework_id, note))
    history = boss.engine.history("case_notes", note)
    assert history[-1].payload["text"] == "Toch vertrouwelijk."



def test_account_keys_tokens_and_pins_live_only_inside_the_encrypted_vault(team) -> None:  # type: ignore[no-untyped-def]
    boss, a, _b, world = _world(team)
    client = a.engine.client()
    secrets = [client.auth.tokens.refresh_token.encode(),
               client.auth.account_keys.sign_private, client.auth.account_keys.wrap_private]
    a.engine.close()
    a.vault.lock()
    for path in a.folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not any(secret in data for secret in secrets), path.name
    a.vault = Vault.unlock(a.folder, a.passphrase, secret_store=NoSecretStore())
    boss_keys = boss.engine.client().auth.account_keys.public
    assert VaultPinnedKeys(a.vault).accepted(boss.user_id) == [boss_keys]
    a.engine = SyncEngine(a.vault, client_factory=fast_client, secret_store=NoSecretStore())
    note = _add_note(a, world.case_id, "Na een herstart.")  # the session resumes from the vault
    a.sync()
    boss.sync()
    assert _note_text(boss, note) == "Na een herstart."


def test_a_deleted_record_keeps_no_words_on_either_laptop(team) -> None:  # type: ignore[no-untyped-def]
    """Deleted means gone (issue 14): a follow-up entered by mistake and deleted leaves a
    tombstone that syncs, but neither the laptop that deleted it nor the colleague's holds
    its words any more — not in the record, not in the sync base."""
    from fieldapp.casework import appointments, followups
    from tests.integration.gdpr.scan import scan_vault

    _boss, a, b, world = _world(team)
    marker = "Zyxwv-followup-marker"
    with a.vault.session() as s:
        actor = get_profile(s).id
        planned = followups.add_followup(s, case_id=world.case_id, due_on=date(2026, 12, 1),
                                         text=f"Bel {marker} terug", actor_id=actor,
                                         today=date(2026, 11, 19))
    a.sync()
    b.sync()
    assert scan_vault(b.vault, [marker])  # the colleague has it
    with a.vault.session() as s:
        appointments.delete_planned(s, kind="followup", record_id=planned.id,
                                    actor_id=get_profile(s).id)
    # the record is blank at once; its last synced state goes when the tombstone is taken
    assert scan_vault(a.vault, [marker]) == ["vault:sync_base"]
    a.sync()
    b.sync()
    assert scan_vault(a.vault, [marker]) == []
    assert scan_vault(b.vault, [marker]) == []

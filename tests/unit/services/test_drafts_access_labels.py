from __future__ import annotations

import ast
from pathlib import Path

import pytest
from sqlalchemy import select

import fieldapp
from fieldapp.audit import access_log
from fieldapp.casework import labels
from fieldapp.errors import ValidationError
from fieldapp.local import drafts
from fieldapp.vault import MemorySecretStore, Vault
from tests.factories import PASSPHRASE, World


def test_drafts_save_load_discard(s, world: World) -> None:
    key = f"note:{world.case_id}"
    assert drafts.load_draft(s, key=key) is None
    drafts.save_draft(s, key=key, text="Half geschreven")
    drafts.save_draft(s, key=key, text="Half geschreven verslag")
    assert drafts.load_draft(s, key=key) == "Half geschreven verslag"
    assert [d.key for d in drafts.list_drafts(s)] == [key]
    drafts.save_draft(s, key=key, text="   ")
    assert drafts.load_draft(s, key=key) is None
    drafts.save_draft(s, key=key, text="Opnieuw")
    drafts.discard_draft(s, key=key)
    assert drafts.list_drafts(s) == []
    with pytest.raises(ValidationError):
        drafts.save_draft(s, key="", text="x")


def test_draft_survives_lock_and_unlock(tmp_path: Path) -> None:
    from tests.factories import make_vault

    store = MemorySecretStore()
    vault = make_vault(tmp_path, store=store)
    with vault.session() as s:
        drafts.save_draft(s, key="note:abc", text="Niet verloren na vergrendeling")
    vault.lock()
    again = Vault.unlock(tmp_path, PASSPHRASE, secret_store=store)
    with again.session() as s:
        assert drafts.load_draft(s, key="note:abc") == "Niet verloren na vergrendeling"
    again.lock()


def test_access_log_print_and_export(s, world: World) -> None:
    for action in ("print", "export"):
        access_log.record_access(s, actor_id=world.actor_id, action=action,
                                 object_type="case_file", object_id=world.case_id)
    actions = [e.action for e in access_log.list_access(s, object_id=world.case_id)]
    assert sorted(actions) == ["export", "open", "print"]
    with pytest.raises(ValidationError) as err:
        access_log.record_access(s, actor_id=world.actor_id, action="peek",
                                 object_type="case_file", object_id=world.case_id)
    assert str(err.value) == "Unknown access-log action 'peek'."


def test_labels_cover_the_domain() -> None:
    assert len(labels.OBJECTIVES) == 18 and set(labels.AXES) == {"1", "2", "3", "4", "T"}
    assert {labels.axis_of(o) for o in labels.OBJECTIVES} == set(labels.AXES)
    assert set(labels.NOTE_KINDS) == {"office_hours", "office_interview", "home_visit",
                                      "phone_call", "letter_email"}
    assert len(labels.THEMES) == 8
    assert set(labels.REFERRAL_DESTINATIONS) == {"ocmw_cpas", "caw", "mental_health",
                                                 "debt_help", "other"}


def test_user_facing_strings_are_marked_for_translation() -> None:
    """Every ServiceError/VaultError message literal goes through QT_TRANSLATE_NOOP."""
    root = Path(fieldapp.__file__).parent
    for path in [*root.joinpath("services").glob("*.py"), *root.joinpath("vault").glob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in {
                "ValidationError", "NotFound", "ServiceError",
            }:
                first = node.args[0] if node.args else None
                assert not isinstance(first, ast.Constant), f"{path.name}:{node.lineno}"


def test_access_log_entries_travel_in_their_authors_own_collection(s, world: World) -> None:
    """Every entry goes to `audit:<org>:<author>`: the author syncs it, the supervisors read
    it, colleagues never do (issue 14), whatever it is about."""
    from fieldapp.audit.models import AccessLogEntry

    mine = f"audit:test-org:{world.actor_id}"
    entries = s.scalars(select(AccessLogEntry).where(AccessLogEntry.object_id == world.case_id))
    assert {e.collection_id for e in entries} == {mine}
    access_log.record_access(s, actor_id=world.actor_id, action="export",
                             object_type="indicators", object_id="all")
    report = s.scalars(select(AccessLogEntry).where(AccessLogEntry.object_id == "all")).one()
    assert report.collection_id == mine

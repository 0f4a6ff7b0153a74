"""Enrol after an in-person code check, grant, remove (access ends, key rotates), revoke a
lost device with wipe, read the audit log — a supervisor against the real server."""

from __future__ import annotations

import pytest

from sync.client import Change
from sync.client.errors import ApiError, DeviceWiped, SessionEnded
from sync.team import AdminNeeded, CodeMismatch, Team
from tests.harness.server import passphrase_for


def _collection(sup):
    info = sup.create_collection("casework", meta={"local_key": "casework:site-1",
                                                   "name": "Anneessens"})
    sup.push(info.id, [Change(item_id="00000000-0000-4000-8000-000000000001",
                              payload={"_table": "case_notes", "text": "x"})])
    return info


def test_a_wrong_code_blocks_the_grant(sync_server):
    sup, worker = sync_server.new_user("supervisor"), sync_server.new_user("social_assistant")
    team = Team(sup)
    info = _collection(sup)
    their = team.their_code(worker.user.id)
    assert their == worker.my_fingerprint()  # both screens show the same code
    assert team.my_code() == sup.my_fingerprint() and team.my_code() != their
    wrong = their[:-1] + ("0" if their[-1] != "0" else "1")
    with pytest.raises(CodeMismatch) as err:
        team.grant(worker.user.id, typed_code=wrong, collections=[info.id])
    assert "Nothing was granted" in err.value.message
    assert [m.user_id for m in team.collection_members(info.id)] == [sup.user.id]
    assert info.id not in {c.id for c in worker.collections()}
    # read aloud with spaces or dashes, the right code grants
    team.grant(worker.user.id, typed_code=their.replace(" ", "-"), collections=[info.id],
               access="read")
    members = {m.user_id: m.access for m in team.collection_members(info.id)}
    assert members == {sup.user.id: "manage", worker.user.id: "read"}
    assert [c.name for c in team.collections()] == ["Anneessens"]


def test_removal_ends_access_and_rotates(sync_server):
    sup, worker = sync_server.new_user("supervisor"), sync_server.new_user("social_assistant")
    team = Team(sup)
    info = _collection(sup)
    team.grant(worker.user.id, typed_code=worker.my_fingerprint(), collections=[info.id])
    revisions, _ = worker.pull_all(info.id)
    assert len(revisions) == 1
    rotated = team.remove(worker.user.id)
    assert [c.key_version for c in rotated] == [2]
    assert info.id not in {c.id for c in worker.collections()}
    with pytest.raises(ApiError) as err:
        worker.pull_all(info.id)
    assert err.value.code == "not_found"
    # the supervisor goes on writing under the new key version
    sup.collections()
    out = sup.push(info.id, [Change(item_id="00000000-0000-4000-8000-000000000002",
                                    payload={"_table": "case_notes", "text": "y"})])
    assert out[0].status == "accepted"
    assert {m.user_id for m in team.collection_members(info.id)} == {sup.user.id}


def test_a_revoked_lost_device_wipes(sync_server):
    sup = sync_server.new_user("supervisor")
    lost = sync_server.client()
    lost.login(email=sup.test_email, passphrase=passphrase_for(sup.test_email),
               device_name="lost-laptop")
    lost.collections()
    team = Team(sup)
    assert lost.device_id in {d.id for d in team.my_devices()}
    revoked = team.revoke_device(lost.device_id, wipe=True)
    assert revoked.revoked_at is not None and revoked.wipe
    with pytest.raises(DeviceWiped):
        lost.refresh_session()
    # a field worker's device: the supervisor revokes it (no wipe: it is only revoked)
    worker = sync_server.new_user("social_assistant")
    assert worker.device_id in {d.id for d in team.team_devices()}
    assert not team.revoke_device(worker.device_id, wipe=False).wipe
    with pytest.raises(SessionEnded):
        worker.refresh_session()
    # another supervisor's or the admin's device stays with the admin
    other = sync_server.new_user("supervisor")
    for device_id in (other.device_id, sync_server.admin.device_id):
        assert device_id not in {d.id for d in team.team_devices()}
        with pytest.raises(AdminNeeded):
            team.revoke_device(device_id, wipe=True)
    admin_team = Team(sync_server.admin)
    assert admin_team.revoke_device(other.device_id, wipe=True).wipe
    with pytest.raises(DeviceWiped):
        other.refresh_session()


def test_audit_log_is_metadata_for_supervisors_only(sync_server):
    sup, worker = sync_server.new_user("supervisor"), sync_server.new_user("social_assistant")
    info = _collection(sup)
    entries = Team(sup).audit()
    assert any(e.collection_id == info.id for e in entries)
    assert all(set(e.model_dump()) == {"id", "at", "user_id", "device_id", "action",
                                       "collection_id", "item_id", "blob_id", "target_id",
                                       "outcome"} for e in entries)
    with pytest.raises(ApiError) as err:
        Team(worker).audit()
    assert err.value.code == "forbidden"

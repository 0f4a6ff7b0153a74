"""The client wraps a collection key only for keys verified on this device (issue 14): a
grant without a verification, or a rotation for a member whose key was never verified,
sends nothing; comparing safety numbers (or typing the enrolment code) unblocks it."""

from __future__ import annotations

from typing import Any

import pytest

from sync.client.errors import FingerprintMismatch, NotVerified

pytestmark = pytest.mark.postgres


def test_nothing_is_wrapped_for_an_unverified_key(sync_server: Any) -> None:
    ann = sync_server.new_user("social_assistant", name="Ann")
    bob = sync_server.new_user("social_assistant", name="Bob")
    boss = sync_server.new_user("supervisor", name="Boss")
    info = ann.create_collection("casework-restricted",
                                 meta={"local_key": f"casework-restricted:s:{ann.user.id}"})
    with pytest.raises(NotVerified) as blocked:
        ann.add_member(info.id, bob.user.id, access="read")
    assert not blocked.value.changed
    assert {m.user_id for m in ann.list_members(info.id).members} == {ann.user.id}

    # a safety number Bob's screen does not show is refused, and records nothing
    with pytest.raises(FingerprintMismatch):
        ann.confirm_safety_number(bob.user.id, "12345 " * 12)
    assert not ann.key_verified(bob.user.id)
    ann.confirm_safety_number(bob.user.id, bob.safety_number(ann.user.id)[0])
    assert ann.key_verified(bob.user.id)
    ann.add_member(info.id, bob.user.id, access="read")

    # the enrolment code typed is a verification too
    ann.add_member(info.id, boss.user.id, access="manage",
                   verified_fingerprint=boss.my_fingerprint())
    assert ann.key_verified(boss.user.id)

    # a fresh device of Ann's (nothing verified there) cannot rotate for them
    other = sync_server.client()
    other.login(email=ann.test_email, passphrase=_passphrase(ann.test_email),
                device_name="second-laptop")
    before = other.list_members(info.id).key_version
    with pytest.raises(NotVerified):
        other.rotate_key(info.id)
    assert other.list_members(info.id).key_version == before
    ann.rotate_key(info.id)  # the first laptop verified both: the key rotates
    assert ann.list_members(info.id).key_version == before + 1


def _passphrase(email: str) -> str:
    from tests.harness.server import passphrase_for

    return passphrase_for(email)


def test_removing_a_member_ends_access_at_once_and_the_rotation_waits(sync_server: Any) -> None:
    """The supervisor's Team.remove on a laptop where the remaining members' keys are not
    verified: the person's access ends at once, the new key waits (said in words)."""
    from sync.team import RotationWaits, Team

    sup = sync_server.new_user("supervisor", name="Sup")
    ann = sync_server.new_user("social_assistant", name="Ann")
    bob = sync_server.new_user("social_assistant", name="Bob")
    cid = sup.create_collection("casework", meta={"local_key": "casework:s-9"}).id
    team = Team(sup)
    for worker in (ann, bob):  # the enrolment: typed codes
        team.grant(worker.user.id, typed_code=worker.my_fingerprint(), collections=[cid])
    desk = sync_server.client()  # the supervisor's second laptop: nothing verified there
    desk.login(email=sup.test_email, passphrase=_passphrase(sup.test_email),
               device_name="desk")
    waits: list[str] = []
    with pytest.raises(RotationWaits) as said:
        Team(desk).remove(ann.user.id, collections=[cid],
                          on_rotation_waits=lambda c, _exc: waits.append(c))
    assert "ended at once" in said.value.message
    members = sup.list_members(cid)
    assert {m.user_id for m in members.members} == {sup.user.id, bob.user.id}
    assert members.key_version == 1 and waits == [cid]
    team.remove(bob.user.id, collections=[cid])  # the first laptop verified them: rotates
    assert sup.list_members(cid).key_version == 2

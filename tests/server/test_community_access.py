"""Issue 19 on the server: a community worker of the PSC's non-profit (another legal
entity) holds the PSC's and the social map's keys only; the social map is read-only to
the other field roles."""

from __future__ import annotations

from fieldapp.crypto import aead
from sync.protocol import b64encode
from tests.server.server_factories import World, new_id


def _put(world: World, kind: str, member_role: str, access: str) -> int:
    sup, member = world.person("supervisor"), world.person(member_role)
    cid, _key = world.collection(sup, kind)
    key = aead.new_key()  # a wrapped key of the right shape (the server cannot open it)
    r = sup.put(f"/v1/collections/{cid}/members/{member.id}", {
        "access": access,
        "wrapped_keys": [sup.wrap_for(key, collection_id=cid, version=1, member=member)]})
    return r.status_code


def test_a_community_worker_gets_the_psc_and_the_social_map_only(world: World) -> None:
    assert _put(world, "community", "community_worker", "write") == 200
    assert _put(world, "partners", "community_worker", "write") == 200
    for kind in ("registry", "casework", "handoff", "supervision", "neighbourhood"):
        assert _put(world, kind, "community_worker", "read") == 403


def test_the_psc_is_not_for_other_field_roles_and_the_map_is_theirs_to_read(world: World) -> None:
    assert _put(world, "community", "social_assistant", "read") == 403
    assert _put(world, "partners", "social_assistant", "read") == 200
    assert _put(world, "partners", "social_assistant", "write") == 403


def test_a_community_worker_keeps_no_restricted_notes(world: World) -> None:
    worker = world.person("community_worker")
    key, cid = aead.new_key(), new_id()
    r = worker.post("/v1/collections", {
        "id": cid, "kind": "casework-restricted", "key_version": 1,
        "sealed_meta": b64encode(aead.encrypt(key, b"meta", b"meta")),
        "wrapped_key": worker.wrap_for(key, collection_id=cid, version=1, member=worker)})
    assert r.status_code == 403


def test_the_mental_health_team_gets_the_consultations_and_reads_the_map(world: World) -> None:
    """The DMBSH's mobile team: consulted under a pseudonym, no other key (issue 19)."""
    assert _put(world, "consultation", "mental_health_team", "write") == 200
    assert _put(world, "partners", "mental_health_team", "read") == 200
    assert _put(world, "partners", "mental_health_team", "write") == 403
    for kind in ("registry", "casework", "handoff", "supervision", "neighbourhood",
                 "community", "collective", "signal"):
        assert _put(world, kind, "mental_health_team", "read") == 403


def test_the_consultations_are_for_the_team_and_the_site_assistants(world: World) -> None:
    assert _put(world, "consultation", "social_assistant", "write") == 200
    for role in ("community_worker", "collective_assistant", "neighbourhood_agent",
                 "renovation_assistant"):
        assert _put(world, "consultation", role, "read") == 403


def test_the_collective_assistant_writes_the_premises_lent_and_nobody_else_joins(
        world: World) -> None:
    """Issue 19, item 1: a collective assistant marks a common room lent to the PSC, a
    record in `community:<org>`; the other field roles are refused the PSC's key."""
    assert _put(world, "community", "collective_assistant", "write") == 200
    assert _put(world, "community", "collective_assistant", "manage") == 403
    for role in ("social_assistant", "neighbourhood_agent", "renovation_assistant",
                 "mental_health_team"):
        for access in ("read", "write"):
            assert _put(world, "community", role, access) == 403, (role, access)
    # and the community worker still gets no collective key
    assert _put(world, "collective", "community_worker", "read") == 403

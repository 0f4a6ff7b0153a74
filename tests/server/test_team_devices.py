"""A supervisor revokes (and orders wiped) a lost device of their team (issue 7, §5.6):
field workers of their own organisation and their own devices only; anything else answers
exactly like a missing device."""

from __future__ import annotations

from tests.server.server_factories import World, new_id


def _strip(r):  # type: ignore[no-untyped-def]
    return r.status_code, r.json()


def test_supervisor_lists_and_revokes_a_field_workers_device_with_wipe(world: World) -> None:
    sup = world.person("supervisor")
    alice = world.person("social_assistant")
    agent = world.person("neighbourhood_agent")
    other_sup = world.person("supervisor")
    admin = world.person("admin")
    outsider = world.person("social_assistant", org_id=world.make_org("Autre Logement"))
    listed = {d["id"] for d in sup.get("/v1/team/devices").json()["devices"]}
    assert {alice.device_id, agent.device_id, sup.device_id} <= listed
    assert not listed & {other_sup.device_id, admin.device_id, outsider.device_id}

    r = sup.post(f"/v1/team/devices/{alice.device_id}/revoke", {"wipe": True})
    assert r.status_code == 200, r.text
    assert r.json()["wipe"] is True and r.json()["revoked_at"] is not None
    me = alice.get("/v1/me")
    assert me.status_code == 401 and me.json()["code"] == "device_wiped"
    # without wipe: revoked, not wiped
    r = sup.post(f"/v1/team/devices/{agent.device_id}/revoke", {"wipe": False})
    assert r.status_code == 200 and r.json()["wipe"] is False
    me = agent.get("/v1/me")
    assert me.status_code == 401 and me.json()["code"] == "device_revoked"
    # audited, metadata only
    entries = sup.get("/v1/audit?since=0&limit=1000").json()["entries"]
    done = {(e["action"], e["target_id"], e["outcome"]) for e in entries}
    assert ("team.device.wipe", alice.device_id, "ok") in done
    assert ("team.device.revoke", agent.device_id, "ok") in done


def test_other_org_admin_and_supervisor_devices_answer_like_missing_ones(world: World) -> None:
    sup = world.person("supervisor")
    other_sup = world.person("supervisor")
    admin = world.person("admin")
    outsider = world.person("social_assistant", org_id=world.make_org("Autre Logement"))
    missing = _strip(sup.post(f"/v1/team/devices/{new_id()}/revoke", {"wipe": True}))
    assert missing[0] == 404
    for person in (outsider, admin, other_sup):
        answer = _strip(sup.post(f"/v1/team/devices/{person.device_id}/revoke", {"wipe": True}))
        assert answer == missing
        assert person.get("/v1/me").status_code == 200  # untouched
    entries = sup.get("/v1/audit?since=0&limit=1000").json()["entries"]
    denied = {e["target_id"] for e in entries
              if e["action"] == "team.device.revoke" and e["outcome"] == "denied"}
    assert {admin.device_id, other_sup.device_id, outsider.device_id} <= denied
    # a supervisor may revoke their own device
    r = sup.post(f"/v1/team/devices/{sup.device_id}/revoke", {"wipe": False})
    assert r.status_code == 200


def test_a_social_assistant_cannot(world: World) -> None:
    alice = world.person("social_assistant")
    bob = world.person("social_assistant")
    assert alice.get("/v1/team/devices").status_code == 403
    r = alice.post(f"/v1/team/devices/{bob.device_id}/revoke", {"wipe": True})
    assert r.status_code == 403 and r.json()["code"] == "forbidden"
    assert bob.get("/v1/me").status_code == 200
    admin = world.person("admin")
    assert admin.get("/v1/team/devices").status_code == 403

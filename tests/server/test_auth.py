"""Enrolment, pre-login, login, refresh rotation, throttling, disabling, devices."""

from __future__ import annotations

import requests
import sqlalchemy as sa

from sync.protocol import SERVER_TIME_HEADER, b64decode, b64encode
from tests.server.server_factories import World


def test_enrol_login_and_me(world: World) -> None:
    alice = world.person("social_assistant")
    me = alice.get("/v1/me")
    assert me.status_code == 200
    body = me.json()
    assert body["user"]["id"] == alice.id
    assert body["organisation"]["max_offline_days"] == 30
    assert body["device"]["id"] == alice.device_id
    assert abs(float(me.headers[SERVER_TIME_HEADER]) - world.clock()) < 5

    r = alice.login()
    assert r.status_code == 200, r.text
    data = r.json()
    assert b64decode(data["sealed_private_keys"])
    assert data["user"]["email"] == alice.email
    assert data["device_id"] != body["device"]["id"]  # no device_id sent: a new device
    again = alice.login(device_id=data["device_id"])
    assert again.json()["device_id"] == data["device_id"]


def test_enrolment_code_is_one_time(world: World) -> None:
    user_id, email, code = world.account("social_assistant")
    world.enrol(user_id, email, "social_assistant", code)
    r = requests.post(
        world.base_url + "/v1/auth/enrol",
        json={
            "email": email,
            "enrolment_code": code,
            "auth_key": b64encode(b"k" * 32),
            "account_salt": b64encode(b"s" * 16),
            "kdf_params": {"memory_kib": 256, "iterations": 1, "lanes": 1},
            "wrap_public": b64encode(b"w" * 32),
            "sign_public": b64encode(b"p" * 32),
            "sealed_private_keys": b64encode(b"x" * 60),
            "device_name": "thief",
        },
        timeout=10,
    )
    assert r.status_code == 400
    assert r.json()["code"] == "invalid_enrolment"


def test_enrolment_code_expires(world: World) -> None:
    user_id, email, code = world.account("social_assistant")
    world.clock.advance(8 * 24 * 3600)
    try:
        world.enrol(user_id, email, "social_assistant", code)
    except AssertionError as exc:
        assert "invalid_enrolment" in str(exc)
    else:
        raise AssertionError("an expired code enrolled")


def test_prelogin_real_and_fake_salts(world: World) -> None:
    alice = world.person()
    url = world.base_url + "/v1/auth/prelogin"
    real = requests.post(url, json={"email": alice.email}, timeout=10).json()
    assert real["kdf_params"]["memory_kib"] == 256  # what the client chose at enrolment
    fake1 = requests.post(url, json={"email": "nobody@example.test"}, timeout=10).json()
    fake2 = requests.post(url, json={"email": "Nobody@Example.test"}, timeout=10).json()
    other = requests.post(url, json={"email": "someone-else@example.test"}, timeout=10).json()
    assert fake1 == fake2  # stable, so repeated probes learn nothing
    assert fake1["account_salt"] != other["account_salt"]
    assert len(b64decode(fake1["account_salt"])) == 16
    assert set(fake1) == set(real)


def test_wrong_auth_key_and_unknown_account_answer_alike(world: World) -> None:
    alice = world.person()
    wrong = alice.login(auth=b"\x00" * 32)
    ghost = requests.post(
        world.base_url + "/v1/auth/login",
        json={
            "email": "ghost@example.test",
            "auth_key": b64encode(b"\x00" * 32),
            "device_name": "x",
        },
        timeout=10,
    )
    assert wrong.status_code == ghost.status_code == 401
    assert wrong.json() == ghost.json()


def test_refresh_rotates_and_reuse_revokes_the_family(world: World) -> None:
    alice = world.person()
    first_refresh, first_access = alice.refresh, alice.access
    r = requests.post(
        world.base_url + "/v1/auth/refresh", json={"refresh_token": first_refresh}, timeout=10
    )
    assert r.status_code == 200
    alice.adopt(r.json())
    assert alice.refresh != first_refresh and alice.access != first_access
    assert alice.get("/v1/me").status_code == 200
    # The old refresh token comes back (stolen copy): the whole family ends.
    reuse = requests.post(
        world.base_url + "/v1/auth/refresh", json={"refresh_token": first_refresh}, timeout=10
    )
    assert reuse.status_code == 401 and reuse.json()["code"] == "refresh_reused"
    me = alice.get("/v1/me")
    assert me.status_code == 401
    newest = requests.post(
        world.base_url + "/v1/auth/refresh", json={"refresh_token": alice.refresh}, timeout=10
    )
    assert newest.status_code == 401
    # Another session (another login) is untouched.
    assert alice.login().status_code == 200
    assert alice.get("/v1/me").status_code == 200


def test_access_token_expires_after_15_minutes(world: World) -> None:
    alice = world.person()
    world.clock.advance(15 * 60 + 1)
    r = alice.get("/v1/me")
    assert r.status_code == 401 and r.json()["code"] == "token_expired"
    r = requests.post(
        world.base_url + "/v1/auth/refresh", json={"refresh_token": alice.refresh}, timeout=10
    )
    assert r.status_code == 200
    alice.adopt(r.json())
    assert alice.get("/v1/me").status_code == 200


def test_brute_force_login_is_slowed_then_recovers(world: World) -> None:
    alice = world.person()
    statuses = [alice.login(auth=b"\x01" * 32).status_code for _ in range(5)]
    assert statuses == [401] * 5
    blocked = alice.login()  # even the right key waits: the account is throttled
    assert blocked.status_code == 429
    assert blocked.json()["code"] == "rate_limited"
    first_wait = int(blocked.headers["Retry-After"])
    assert first_wait >= 1
    world.clock.advance(first_wait + 0.5)
    assert alice.login(auth=b"\x01" * 32).status_code == 401
    second = alice.login()
    assert second.status_code == 429
    assert int(second.headers["Retry-After"]) > first_wait  # grows exponentially
    # Capped, never permanent: after the wait the right key works again.
    world.clock.advance(int(second.headers["Retry-After"]) + 0.5)
    assert alice.login().status_code == 200
    # ... and a success resets the account's counter.
    assert alice.login(auth=b"\x01" * 32).status_code == 401
    assert alice.login().status_code == 200


def test_throttle_delay_is_capped(world: World) -> None:
    alice = world.person()
    waits = []
    for _ in range(20):
        r = alice.login(auth=b"\x02" * 32)
        if r.status_code == 429:
            wait = int(r.headers["Retry-After"])
            waits.append(wait)
            world.clock.advance(wait + 0.5)
    assert max(waits) <= 15 * 60
    world.clock.advance(15 * 60 + 1)
    assert alice.login().status_code == 200


def test_disabled_user_fails_on_next_request(world: World) -> None:
    admin = world.person("admin")
    alice = world.person()
    assert alice.get("/v1/me").status_code == 200
    r = admin.post(f"/v1/admin/users/{alice.id}/disable")
    assert r.status_code == 200 and r.json()["disabled"] is True
    me = alice.get("/v1/me")
    assert me.status_code == 401
    assert (
        requests.post(
            world.base_url + "/v1/auth/refresh", json={"refresh_token": alice.refresh}, timeout=10
        ).status_code
        == 401
    )
    assert alice.login().status_code == 401
    assert admin.post(f"/v1/admin/users/{alice.id}/enable").status_code == 200
    assert alice.login().status_code == 200


def test_revoked_device_fails_and_wipe_is_delivered(world: World) -> None:
    admin = world.person("admin")
    alice = world.person()
    laptop = alice.device_id
    r = admin.post(f"/v1/admin/devices/{laptop}/revoke", {"wipe": True})
    assert r.status_code == 200 and r.json()["wipe"] is True
    me = alice.get("/v1/me")
    assert me.status_code == 401 and me.json()["code"] == "device_wiped"
    again = alice.login(device_id=laptop)
    assert again.status_code == 401 and again.json()["code"] == "device_wiped"
    # After wiping, the person logs in as a new device.
    assert alice.login().status_code == 200
    assert alice.device_id != laptop


def test_user_lists_and_revokes_own_devices_only(world: World) -> None:
    alice = world.person()
    bob = world.person()
    old = alice.device_id
    alice.login()
    devices = alice.get("/v1/devices").json()["devices"]
    assert {d["id"] for d in devices} == {old, alice.device_id}
    assert bob.post(f"/v1/devices/{old}/revoke", {"wipe": False}).status_code == 404
    r = alice.post(f"/v1/devices/{old}/revoke", {"wipe": False})
    assert r.status_code == 200 and r.json()["revoked_at"] is not None
    assert alice.get("/v1/me").status_code == 200  # the other device still works


def test_admin_only_endpoints(world: World) -> None:
    supervisor = world.person("supervisor")
    r = supervisor.post(
        "/v1/admin/users", {"email": "x@example.test", "role": "supervisor"}
    )
    assert r.status_code == 403 and r.json()["code"] == "forbidden"
    admin = world.person("admin")
    r = admin.post(
        "/v1/admin/users",
        {"email": "new@example.test", "role": "social_assistant"},
    )
    assert r.status_code == 201
    assert r.json()["enrolment_code"]
    users = admin.get("/v1/admin/users").json()["users"]
    assert "new@example.test" in {u["email"] for u in users}


def test_the_server_keeps_no_name(world: World) -> None:
    """Issue 14: an account is an e-mail address and roles; a name sent along is refused,
    the users table has no column for one, and no answer carries one."""
    admin = world.person("admin")
    r = admin.post("/v1/admin/users", {"email": "named@example.test", "display_name": "Ann",
                                       "role": "social_assistant"})
    assert r.status_code == 422 and "display_name" in r.text
    assert "named@example.test" not in {u["email"] for u in
                                        admin.get("/v1/admin/users").json()["users"]}
    with world.state.sessions() as s:
        columns = {c["name"] for c in sa.inspect(s.get_bind()).get_columns("users")}
    assert "display_name" not in columns and "email" in columns
    person = world.person("social_assistant")
    for answer in (person.get("/v1/users").json()["users"], person.get("/v1/me").json()):
        assert "display_name" not in str(answer)


def test_reenrolment_invalidates_old_keys_and_sessions(world: World) -> None:
    admin = world.person("admin")
    alice = world.person()
    r = admin.post(f"/v1/admin/users/{alice.id}/enrolment-code")
    assert r.status_code == 200
    assert alice.get("/v1/me").status_code == 401
    assert alice.login().status_code == 401
    keys = admin.get(f"/v1/users/{alice.id}/keys").json()
    assert keys["wrap_public"] is None and keys["fingerprint"] is None
    again = world.enrol(
        alice.id, alice.email, alice.role, r.json()["enrolment_code"], passphrase="new one"
    )
    assert again.get("/v1/me").status_code == 200
    # The old public keys stay listed, so what they signed stays verifiable.
    keys = again.get(f"/v1/users/{alice.id}/keys").json()
    assert keys["fingerprint"] == again.keys.public.fingerprint()
    assert [k["fingerprint"] for k in keys["previous_keys"]] == [alice.keys.public.fingerprint()]
    assert keys["previous_keys"][0]["valid_until"] >= keys["previous_keys"][0]["valid_from"]
    listed = {u["id"]: u for u in again.get("/v1/users").json()["users"]}
    assert listed[alice.id]["previous_keys"] == keys["previous_keys"]


def test_users_and_fingerprints(world: World) -> None:
    alice = world.person()
    bob = world.person("supervisor")
    world.person(org_id=world.make_org("Other"))
    users = alice.get("/v1/users").json()["users"]
    assert {u["id"] for u in users} == {alice.id, bob.id}
    keys = alice.get(f"/v1/users/{bob.id}/keys").json()
    assert keys["fingerprint"] == bob.keys.public.fingerprint()


def test_errors_have_code_message_and_server_time(world: World) -> None:
    r = requests.get(world.base_url + "/v1/me", timeout=10)
    assert r.status_code == 401
    assert set(r.json()) >= {"code", "message"}
    assert SERVER_TIME_HEADER in r.headers
    r = requests.post(world.base_url + "/v1/auth/login", json={"email": 3}, timeout=10)
    assert r.status_code == 422 and r.json()["code"] == "invalid_request"
    assert requests.get(world.base_url + "/openapi.json", timeout=10).status_code == 200


def test_server_time_follows_the_injected_clock(world: World) -> None:
    world.clock.advance(3600)
    r = requests.get(world.base_url + "/v1/health", timeout=10)
    assert abs(float(r.headers[SERVER_TIME_HEADER]) - world.clock()) < 5


def test_logout_ends_the_session_and_wipe_reaches_refresh(world: World) -> None:
    alice = world.person()
    assert alice.post("/v1/auth/logout").status_code == 200
    assert alice.get("/v1/me").status_code == 401
    refresh = requests.post(
        world.base_url + "/v1/auth/refresh", json={"refresh_token": alice.refresh}, timeout=10
    )
    assert refresh.status_code == 401 and refresh.json()["code"] == "session_revoked"
    assert alice.login().status_code == 200
    admin = world.person("admin")
    admin.post(f"/v1/admin/devices/{alice.device_id}/revoke", {"wipe": True})
    refresh = requests.post(
        world.base_url + "/v1/auth/refresh", json={"refresh_token": alice.refresh}, timeout=10
    )
    assert refresh.status_code == 401 and refresh.json()["code"] == "device_wiped"

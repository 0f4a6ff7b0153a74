"""A person with several roles (issue 12): a supervisor who also carries cases is enrolled
with both; every authorisation check asks whether the account holds the role, not whether
its one role is it; the admin enrols several roles with validation (admin stands alone, an
unknown role is a 422 that names it); migration 0004 gives old accounts their one role."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command

from sync.server.db import alembic_config
from sync.server.errors import ApiError
from sync.server.services.accounts import create_user
from tests.server.server_factories import Person, World, new_id


def _admin_creates(admin: Person, body: dict[str, object]):  # type: ignore[no-untyped-def]
    email = f"multi-{new_id()[:8]}@example.test"
    return admin.post("/v1/admin/users", {"email": email, **body})


def _two_role_person(world: World, admin: Person, roles: list[str]) -> Person:
    r = _admin_creates(admin, {"roles": roles})
    assert r.status_code == 201, r.text
    user = r.json()["user"]
    return world.enrol(user["id"], user["email"], user["role"], r.json()["enrolment_code"])


def test_the_admin_enrols_a_supervisor_who_also_carries_cases(world: World) -> None:
    admin = world.person("admin")
    r = _admin_creates(admin, {"roles": ["social_assistant", "supervisor"]})
    assert r.status_code == 201, r.text
    user = r.json()["user"]
    # the primary role first (the order of sync.protocol.ROLES), kept as `role`
    assert user["role"] == "supervisor"
    assert user["roles"] == ["supervisor", "social_assistant"]
    person = world.enrol(user["id"], user["email"], user["role"], r.json()["enrolment_code"])
    me = person.get("/v1/me").json()["user"]
    assert me["roles"] == ["supervisor", "social_assistant"] and me["role"] == "supervisor"
    listed = {u["id"]: u for u in person.get("/v1/users").json()["users"]}
    assert listed[person.id]["roles"] == ["supervisor", "social_assistant"]
    admins_view = {u["id"]: u for u in admin.get("/v1/admin/users").json()["users"]}
    assert admins_view[person.id]["roles"] == ["supervisor", "social_assistant"]
    # one role as before: a list of one
    r = _admin_creates(admin, {"role": "neighbourhood_agent"})
    assert r.status_code == 201 and r.json()["user"]["roles"] == ["neighbourhood_agent"]


def test_role_checks_ask_whether_the_account_holds_the_role(world: World) -> None:
    admin = world.person("admin")
    both = _two_role_person(world, admin, ["social_assistant", "supervisor"])
    # supervisor-only: the team's devices, the audit log, creating a collection
    assert both.get("/v1/team/devices").status_code == 200
    assert both.get("/v1/audit?since=0&limit=10").status_code == 200
    cid, _key = world.collection(both, "casework")
    assert cid
    # a field worker with two field roles is still no supervisor
    field = _two_role_person(world, admin, ["social_assistant", "neighbourhood_agent"])
    assert field.get("/v1/team/devices").status_code == 403
    assert field.get("/v1/audit?since=0&limit=10").status_code == 403


def test_team_devices_of_people_with_several_roles(world: World) -> None:
    sup = world.person("supervisor")
    admin = world.person("admin")
    field = _two_role_person(world, admin, ["social_assistant", "neighbourhood_agent"])
    other_sup = _two_role_person(world, admin, ["supervisor", "social_assistant"])
    listed = {d["id"] for d in sup.get("/v1/team/devices").json()["devices"]}
    assert field.device_id in listed  # a field worker with two field roles is in the team
    assert other_sup.device_id not in listed  # a supervisor who carries cases is not
    r = sup.post(f"/v1/team/devices/{other_sup.device_id}/revoke", {"wipe": True})
    assert r.status_code == 404
    assert other_sup.get("/v1/me").status_code == 200
    r = sup.post(f"/v1/team/devices/{field.device_id}/revoke", {"wipe": False})
    assert r.status_code == 200, r.text


def test_an_admin_with_another_role_cannot_be_a_member(world: World) -> None:
    admin = world.person("admin")
    r = _admin_creates(admin, {"roles": ["admin", "supervisor"]})
    assert r.status_code == 422


def test_enrolment_validation_answers_422_with_a_clear_message(world: World) -> None:
    admin = world.person("admin")
    for body, words in (
        ({"roles": ["social_assistant", "wizard"]}, "unknown role 'wizard'"),
        ({"roles": ["admin", "supervisor"]}, "admin role cannot be combined"),
        ({"role": "admin", "roles": ["social_assistant"]}, "admin role cannot be combined"),
        ({"roles": []}, "at least one role"),
        ({}, "at least one role"),
        ({"role": "wizard"}, "unknown role 'wizard'"),
    ):
        r = _admin_creates(admin, body)
        assert r.status_code == 422, (body, r.text)
        messages = " ".join(e["msg"] for e in r.json()["details"]["errors"])
        assert words in messages, (body, messages)
    users = admin.get("/v1/admin/users").json()["users"]
    assert not [u for u in users if u["email"].startswith("multi-")]


def test_the_accounts_service_checks_the_roles_too(world: World) -> None:
    with world.state.sessions() as s, s.begin():
        try:
            create_user(s, world.state.settings, organisation_id=world.org_id,
                        email=f"svc-{new_id()[:8]}@example.test",
                        roles=["admin", "social_assistant"], now=world.clock())
        except ApiError as exc:
            assert exc.status == 422 and "admin" in exc.message
        else:
            raise AssertionError("admin with a field role was accepted")
        result = create_user(s, world.state.settings, organisation_id=world.org_id,
                             email=f"svc-{new_id()[:8]}@example.test",
                             roles=["renovation_assistant", "social_assistant"],
                             now=world.clock())
    assert result.user.roles == ["social_assistant", "renovation_assistant"]
    assert result.user.role == "social_assistant"


def test_migration_0004_gives_every_account_its_one_role(tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    config = alembic_config(url)
    command.upgrade(config, "0003")
    engine = sa.create_engine(url)
    with engine.begin() as c:
        c.execute(sa.text("INSERT INTO organisations (id, name, max_offline_days, "
                          "require_device_secret, created_at) VALUES ('o', 'Org', 30, 0, 0)"))
        c.execute(sa.text("INSERT INTO users (id, organisation_id, email, display_name, role, "
                          "disabled, created_at) VALUES ('u', 'o', 'a@b.test', 'A', "
                          "'supervisor', 0, 0)"))
    command.upgrade(config, "0004")
    with engine.connect() as c:
        raw = c.execute(sa.text("SELECT role, roles FROM users")).one()
    assert raw[0] == "supervisor" and raw[1].replace(" ", "") == '["supervisor"]'
    command.downgrade(config, "0003")
    with engine.connect() as c:
        columns = {col["name"] for col in sa.inspect(c).get_columns("users")}
    assert "roles" not in columns and "role" in columns
    engine.dispose()


def test_the_desktop_keeps_every_role_at_enrolment(world: World, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The first run with an enrolment code saves the account's roles in the vault profile
    (the app builds an area for each)."""
    from fieldapp.crypto.kdf import TEST_KDF_PARAMS
    from fieldapp.local.profile import get_profile
    from sync.engine import enrol_new_vault
    from tests.factories import NoSecretStore

    admin = world.person("admin")
    r = _admin_creates(admin, {"roles": ["social_assistant", "supervisor"]})
    assert r.status_code == 201, r.text
    vault = enrol_new_vault(
        tmp_path / "vault", server_url=world.base_url, email=r.json()["user"]["email"],
        enrolment_code=r.json()["enrolment_code"], passphrase="correct horse battery",
        device_name="laptop", display_name="Multi", organisation_key="test-org",
        kdf_params=TEST_KDF_PARAMS, secret_store=NoSecretStore())
    try:
        with vault.session(read_only=True) as s:
            profile = get_profile(s)
    finally:
        vault.lock()
    assert profile.role == "supervisor"
    assert profile.roles == ("supervisor", "social_assistant")

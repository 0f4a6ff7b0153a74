"""Collections, members, access levels, rotation, and non-members seeing nothing."""

from __future__ import annotations

import logging

import pytest

from fieldapp.crypto.records import open_record
from fieldapp.crypto.wrap import unwrap_collection_key
from sync.protocol import SealedRecordModel, WrappedKeyModel
from tests.server.server_factories import World, new_id

BLOB = "ab" * 32


def test_supervisor_creates_member_reads(world: World) -> None:
    sup = world.person("supervisor")
    alice = world.person()
    cid, key = world.collection(sup)
    world.share(sup, cid, key, alice, "write")
    listing = alice.get("/v1/collections").json()["collections"]
    assert [c["id"] for c in listing] == [cid]
    info = listing[0]
    assert info["access"] == "write" and info["key_version"] == 1
    wrapped = WrappedKeyModel.model_validate(info["wrapped_keys"][0]).to_crypto()
    assert (
        unwrap_collection_key(
            wrapped, member_keys=alice.keys, granter_sign_public=sup.keys.public.sign_public
        )
        == key
    )
    record = alice.seal(cid, key, {"note": "visit"})
    assert alice.push(cid, [record]).json()["results"][0]["status"] == "accepted"
    page = sup.get(f"/v1/collections/{cid}/changes?since=0").json()
    got = SealedRecordModel.model_validate(page["items"][0]["record"]).to_crypto(cid)
    assert open_record(
        got, collection_key=key, author_sign_public=alice.keys.public.sign_public
    ) == {"note": "visit"}
    members = sup.get(f"/v1/collections/{cid}/members").json()["members"]
    assert {m["user_id"]: m["access"] for m in members} == {sup.id: "manage", alice.id: "write"}


def test_only_supervisors_create_collections(world: World) -> None:
    alice = world.person()
    admin = world.person("admin")
    for person in (alice, admin):
        cid = new_id()
        r = person.post(
            "/v1/collections",
            {
                "id": cid,
                "kind": "casework",
                "key_version": 1,
                "wrapped_key": person.wrap_for(
                    b"k" * 32, collection_id=cid, version=1, member=person
                ),
            },
        )
        assert r.status_code == 403


def test_admin_cannot_read_or_be_added(world: World) -> None:
    sup = world.person("supervisor")
    admin = world.person("admin")
    cid, key = world.collection(sup)
    sup.push(cid, [sup.seal(cid, key, {"x": 1})])
    assert admin.get(f"/v1/collections/{cid}/changes").status_code == 404
    assert admin.get("/v1/collections").json()["collections"] == []
    r = sup.put(
        f"/v1/collections/{cid}/members/{admin.id}",
        {
            "access": "read",
            "wrapped_keys": [sup.wrap_for(key, collection_id=cid, version=1, member=admin)],
        },
    )
    assert r.status_code == 400 and r.json()["code"] == "admin_not_member"


def test_non_member_sees_exactly_what_a_missing_id_gives(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    sup = world.person("supervisor")
    mallory = world.person()
    cid, key = world.collection(sup)
    record = sup.seal(cid, key, {"secret": "x"})
    sup.push(cid, [record])
    blob = b"\x00" * 100
    import hashlib

    blob_id = hashlib.sha256(blob).hexdigest()
    sup.post("/v1/blobs", {"blob_id": blob_id, "size": len(blob), "collection_id": cid})
    sup.put(f"/v1/blobs/{blob_id}/data?offset=0", data=blob)
    assert sup.post(f"/v1/blobs/{blob_id}/complete").status_code == 200
    missing = new_id()
    probes = [
        ("GET", "/v1/collections/{c}", None),
        ("GET", "/v1/collections/{c}/changes?since=0", None),
        ("GET", "/v1/collections/{c}/members", None),
        (
            "POST",
            "/v1/collections/{c}/push",
            {
                "items": [
                    SealedRecordModel.from_crypto(mallory.seal(cid, key, {"a": 1})).model_dump(
                        mode="json"
                    )
                ]
            },
        ),
        ("GET", "/v1/collections/{c}/items/" + record.item_id + "/history", None),
        (
            "PUT",
            "/v1/collections/{c}/members/" + mallory.id,
            {"access": "manage", "wrapped_keys": []},
        ),
        ("DELETE", "/v1/collections/{c}/members/" + sup.id, None),
        ("POST", "/v1/blobs", {"blob_id": BLOB, "size": 10, "collection_id": "{c}"}),
    ]
    with caplog.at_level(logging.WARNING, logger="fieldapp.server.access"):
        for method, path, body in probes:
            real = mallory.call(method, path.format(c=cid), json=_fill(body, cid))
            fake = mallory.call(method, path.format(c=missing), json=_fill(body, missing))
            assert (
                (real.status_code, real.json())
                == (fake.status_code, fake.json())
                == (404, {"code": "not_found", "message": "not found", "details": None})
            ), (method, path)
    real_blob = mallory.get(f"/v1/blobs/{blob_id}")
    fake_blob = mallory.get(f"/v1/blobs/{'cd' * 32}")
    assert (real_blob.status_code, real_blob.json()) == (fake_blob.status_code, fake_blob.json())
    assert mallory.put(f"/v1/blobs/{blob_id}/data?offset=0", data=b"x").status_code == 404
    assert "denied" in caplog.text
    assert "secret" not in caplog.text


def _fill(body: object, cid: str) -> object:
    if isinstance(body, dict):
        return {k: (v.replace("{c}", cid) if isinstance(v, str) else v) for k, v in body.items()}
    return body


def test_item_history_of_other_collection_is_not_found(world: World) -> None:
    sup = world.person("supervisor")
    c1, k1 = world.collection(sup)
    c2, _ = world.collection(sup)
    record = sup.seal(c1, k1, {"a": 1})
    sup.push(c1, [record])
    assert sup.get(f"/v1/collections/{c1}/items/{record.item_id}/history").status_code == 200
    assert sup.get(f"/v1/collections/{c2}/items/{record.item_id}/history").status_code == 404


def test_access_levels(world: World) -> None:
    sup = world.person("supervisor")
    reader = world.person()
    writer = world.person()
    cid, key = world.collection(sup)
    world.share(sup, cid, key, reader, "read")
    world.share(sup, cid, key, writer, "write")
    r = reader.push(cid, [reader.seal(cid, key, {"a": 1})])
    assert r.status_code == 403 and r.json()["code"] == "forbidden"
    assert reader.get(f"/v1/collections/{cid}/changes").status_code == 200
    assert writer.push(cid, [writer.seal(cid, key, {"a": 1})]).status_code == 200
    outsider = world.person()
    r = writer.put(
        f"/v1/collections/{cid}/members/{outsider.id}",
        {
            "access": "read",
            "wrapped_keys": [writer.wrap_for(key, collection_id=cid, version=1, member=outsider)],
        },
    )
    assert r.status_code == 403
    assert writer.delete(f"/v1/collections/{cid}/members/{reader.id}").status_code == 403
    assert (
        writer.post(
            f"/v1/collections/{cid}/rotate", {"new_key_version": 2, "wrapped_keys": []}
        ).status_code
        == 403
    )
    world.share(sup, cid, key, writer, "manage")
    world.share(writer, cid, key, outsider, "read")


def test_wrapped_key_signature_checked(world: World) -> None:
    sup = world.person("supervisor")
    alice = world.person()
    cid, key = world.collection(sup)
    wrapped = sup.wrap_for(key, collection_id=cid, version=1, member=alice)
    wrapped["signature"] = alice.wrap_for(key, collection_id=cid, version=1, member=alice)[
        "signature"
    ]
    r = sup.put(
        f"/v1/collections/{cid}/members/{alice.id}", {"access": "read", "wrapped_keys": [wrapped]}
    )
    assert r.status_code == 400 and r.json()["code"] == "bad_signature"


def test_removal_revokes_at_once_and_rotation_makes_old_key_stale(world: World) -> None:
    sup = world.person("supervisor")
    alice = world.person()
    bob = world.person()
    cid, key = world.collection(sup)
    world.share(sup, cid, key, alice, "write")
    world.share(sup, cid, key, bob, "write")
    first = alice.seal(cid, key, {"n": 1})
    assert alice.push(cid, [first]).status_code == 200
    r = sup.delete(f"/v1/collections/{cid}/members/{bob.id}")
    assert r.status_code == 200 and r.json()["needs_rotation"] is True
    assert bob.get(f"/v1/collections/{cid}/changes").status_code == 404
    assert bob.push(cid, [bob.seal(cid, key, {"n": 2})]).status_code == 404
    assert bob.get("/v1/collections").json()["collections"] == []
    # Rotation must cover exactly the remaining members.
    new_key = b"\x07" * 32
    partial = sup.post(
        f"/v1/collections/{cid}/rotate",
        {
            "new_key_version": 2,
            "wrapped_keys": [sup.wrap_for(new_key, collection_id=cid, version=2, member=sup)],
        },
    )
    assert partial.status_code == 409
    r = sup.post(
        f"/v1/collections/{cid}/rotate",
        {
            "new_key_version": 2,
            "wrapped_keys": [
                sup.wrap_for(new_key, collection_id=cid, version=2, member=m) for m in (sup, alice)
            ],
        },
    )
    assert r.status_code == 200
    assert r.json()["key_version"] == 2 and r.json()["needs_rotation"] is False
    stale = alice.push(cid, [alice.seal(cid, key, {"n": 3})])
    assert stale.status_code == 409 and stale.json()["code"] == "stale_key"
    assert stale.json()["details"]["current_key_version"] == 2
    # Re-sending the revision accepted before the rotation is still a harmless duplicate.
    assert alice.push(cid, [first]).json()["results"][0]["status"] == "duplicate"
    fresh = alice.seal(cid, new_key, {"n": 4}, version=2)
    assert alice.push(cid, [fresh]).json()["results"][0]["status"] == "accepted"
    info = alice.get(f"/v1/collections/{cid}").json()
    assert sorted(w["key_version"] for w in info["wrapped_keys"]) == [1, 2]


def test_other_organisation_user_cannot_be_added(world: World) -> None:
    sup = world.person("supervisor")
    foreign = world.person(org_id=world.make_org("Elsewhere"))
    cid, key = world.collection(sup)
    r = sup.put(
        f"/v1/collections/{cid}/members/{foreign.id}",
        {
            "access": "read",
            "wrapped_keys": [sup.wrap_for(key, collection_id=cid, version=1, member=foreign)],
        },
    )
    assert r.status_code == 404

"""Issue 14 on the server: a field worker creates only their own restricted-notes and
access-log collections; the access log is append-only for everyone; moved records' old
revisions are purged and an emptied collection retired; a tombstoned record's blob is
deleted from the store."""

from __future__ import annotations

from pathlib import Path

from fieldapp.crypto import aead
from fieldapp.crypto.blobs import blob_id as make_blob_id
from fieldapp.crypto.blobs import encrypt_blob
from fieldapp.crypto.records import seal_record
from sync.protocol import b64encode
from tests.server.server_factories import Person, World, new_id


def _create(person: Person, kind: str) -> tuple[int, str, bytes]:
    cid, key = new_id(), aead.new_key()
    r = person.post("/v1/collections", {
        "id": cid, "kind": kind, "key_version": 1,
        "sealed_meta": b64encode(aead.encrypt(key, b"meta", b"meta")),
        "wrapped_key": person.wrap_for(key, collection_id=cid, version=1, member=person),
    })
    return r.status_code, cid, key


def _tombstone(person: Person, cid: str, key: bytes, item_id: str, base_rev: str):  # type: ignore[no-untyped-def]
    return seal_record(None, collection_key=key, key_version=1, collection_id=cid,
                       item_id=item_id, rev=new_id(), base_rev=base_rev, author_id=person.id,
                       author_keys=person.keys)


def test_a_field_worker_creates_only_their_own_kinds(world: World) -> None:
    alice = world.person()
    for kind in ("casework-restricted", "audit"):
        status, cid, _ = _create(alice, kind)
        assert status == 201
        members = alice.get(f"/v1/collections/{cid}/members").json()["members"]
        assert [(m["user_id"], m["access"]) for m in members] == [(alice.id, "manage")]
    for kind in ("casework", "registry", "supervision", "handoff"):
        assert _create(alice, kind)[0] == 403
    admin = world.person("admin")
    assert _create(admin, "audit")[0] == 403


def test_the_access_log_is_append_only_for_everyone(world: World) -> None:
    alice = world.person()
    sup = world.person("supervisor")
    bob = world.person()
    _, cid, key = _create(alice, "audit")
    world.share(alice, cid, key, sup, "manage")
    entry = alice.seal(cid, key, {"action": "open"})
    assert alice.push(cid, [entry]).json()["results"][0]["status"] == "accepted"
    assert alice.push(cid, [entry]).json()["results"][0]["status"] == "duplicate"

    edit = alice.seal(cid, key, {"action": "print"}, item_id=entry.item_id, base_rev=entry.rev)
    for who, record in ((alice, edit),
                        (alice, _tombstone(alice, cid, key, entry.item_id, entry.rev)),
                        (sup, _tombstone(sup, cid, key, entry.item_id, entry.rev)),
                        (sup, sup.seal(cid, key, {"x": 1}, item_id=entry.item_id))):
        refused = who.push(cid, [record])
        assert refused.status_code == 409, refused.text
        assert refused.json()["code"] == "append_only"
    # a colleague who is no member learns nothing (the uniform 404)
    stranger = bob.push(cid, [_tombstone(bob, cid, key, entry.item_id, entry.rev)])
    assert stranger.status_code == 404
    history = sup.get(f"/v1/collections/{cid}/items/{entry.item_id}/history").json()
    assert [r["record"]["deleted"] for r in history["revisions"]] == [False]
    assert alice.post(f"/v1/collections/{cid}/purge",
                      {"item_ids": [entry.item_id]}).json()["purged"] == []


def test_purge_of_moved_items_then_retire(world: World) -> None:
    sup = world.person("supervisor")
    alice = world.person()
    bob = world.person()
    cid, key = world.collection(sup, "casework-restricted")
    world.share(sup, cid, key, alice, "write")
    world.share(sup, cid, key, bob, "write")
    note = alice.seal(cid, key, {"text": "old restricted note"})
    alice.push(cid, [note])
    bobs = bob.seal(cid, key, {"text": "bob's own"})
    bob.push(cid, [bobs])
    # not moved yet: nothing purged
    r = alice.post(f"/v1/collections/{cid}/purge", {"item_ids": [note.item_id]})
    assert r.status_code == 200 and r.json()["purged"] == []
    alice.push(cid, [_tombstone(alice, cid, key, note.item_id, note.rev)])
    # bob may not purge alice's record
    assert bob.post(f"/v1/collections/{cid}/purge",
                    {"item_ids": [note.item_id]}).status_code == 403
    done = alice.post(f"/v1/collections/{cid}/purge", {"item_ids": [note.item_id]}).json()
    assert done == {"purged": [note.item_id], "revisions": 1, "remaining_items": 1}
    history = sup.get(f"/v1/collections/{cid}/items/{note.item_id}/history").json()
    assert [r["record"]["deleted"] for r in history["revisions"]] == [True]
    # bob's record is still there: retiring is refused; then it moves too
    assert sup.post(f"/v1/collections/{cid}/retire").json()["code"] == "not_empty"
    assert bob.post(f"/v1/collections/{cid}/retire").status_code == 403
    bob.push(cid, [_tombstone(bob, cid, key, bobs.item_id, bobs.rev)])
    assert sup.post(f"/v1/collections/{cid}/purge",
                    {"item_ids": [bobs.item_id]}).json()["purged"] == [bobs.item_id]
    assert sup.post(f"/v1/collections/{cid}/retire").status_code == 200
    for person in (sup, alice, bob):
        assert cid not in [c["id"] for c in person.get("/v1/collections").json()["collections"]]
        assert person.get(f"/v1/collections/{cid}/changes?since=0").status_code == 404


def test_a_tombstoned_records_blob_is_deleted_from_the_store(
        world: World, server_blob_dir: Path) -> None:
    sup = world.person("supervisor")
    alice = world.person()
    reader = world.person()
    cid, key = world.collection(sup, "renovation")
    world.share(sup, cid, key, alice, "write")
    world.share(sup, cid, key, reader, "read")
    cipher = encrypt_blob(aead.new_key(), b"\xff\xd8 a photo" * 100)
    bid = make_blob_id(cipher)
    alice.post("/v1/blobs", {"blob_id": bid, "size": len(cipher), "collection_id": cid})
    alice.put(f"/v1/blobs/{bid}/data?offset=0", data=cipher)
    assert alice.post(f"/v1/blobs/{bid}/complete").json()["done"] is True
    photo = alice.seal(cid, key, {"blob_id": bid})
    alice.push(cid, [photo])
    assert any(p.name == bid for p in server_blob_dir.rglob("*"))
    body = {"collection_id": cid, "item_id": photo.item_id}
    live = alice.post(f"/v1/blobs/{bid}/delete", body)
    assert live.status_code == 409 and live.json()["code"] == "not_deleted"
    alice.push(cid, [_tombstone(alice, cid, key, photo.item_id, photo.rev)])
    assert reader.post(f"/v1/blobs/{bid}/delete", body).status_code == 403
    gone = alice.post(f"/v1/blobs/{bid}/delete", body)
    assert gone.status_code == 200 and gone.json() == {"blob_id": bid, "removed": True}
    assert not any(p.name == bid for p in server_blob_dir.rglob("*"))
    assert sup.get(f"/v1/blobs/{bid}").status_code == 404
    assert alice.post(f"/v1/blobs/{bid}/delete", body).status_code == 404


def test_only_the_author_names_who_reads_their_restricted_notes(world: World) -> None:
    """A supervisor manages an author's restricted collection (to re-grant after a
    re-enrolment) but cannot add a colleague to it: only the author names colleagues."""
    alice = world.person()
    sup = world.person("supervisor")
    other_sup = world.person("supervisor")
    bob = world.person()
    for kind in ("casework-restricted", "audit"):
        _, cid, key = _create(alice, kind)
        world.share(alice, cid, key, sup, "manage")
        refused = sup.put(f"/v1/collections/{cid}/members/{bob.id}", {
            "access": "read",
            "wrapped_keys": [sup.wrap_for(key, collection_id=cid, version=1, member=bob)]})
        assert refused.status_code == 403 and refused.json()["code"] == "forbidden"
        world.share(sup, cid, key, other_sup, "manage")  # another supervisor: allowed
        world.share(sup, cid, key, alice, "manage")  # the author again: allowed
        world.share(alice, cid, key, bob, "read")  # the author names bob
        members = {m["user_id"] for m in
                   alice.get(f"/v1/collections/{cid}/members").json()["members"]}
        assert members == {alice.id, sup.id, other_sup.id, bob.id}

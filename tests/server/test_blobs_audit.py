"""Resumable blob upload, member-only download, audit log, and no plaintext at rest."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from sqlalchemy import inspect, text

from fieldapp.crypto import aead
from fieldapp.crypto.blobs import blob_id as make_blob_id
from fieldapp.crypto.blobs import decrypt_blob, encrypt_blob
from tests.server.server_factories import World


def _setup(world: World):  # type: ignore[no-untyped-def]
    sup = world.person("supervisor")
    alice = world.person()
    cid, key = world.collection(sup)
    world.share(sup, cid, key, alice, "write")
    return sup, alice, cid, key


def test_resumable_upload_and_download(world: World) -> None:
    sup, alice, cid, _key = _setup(world)
    blob_key = aead.new_key()
    photo = os.urandom(3 * 1024 * 1024 + 123)
    cipher = encrypt_blob(blob_key, photo)
    bid = make_blob_id(cipher)
    start = alice.post(
        "/v1/blobs", {"blob_id": bid, "size": len(cipher), "collection_id": cid}
    ).json()
    assert start == {"blob_id": bid, "size": len(cipher), "offset": 0, "done": False}
    half = len(cipher) // 2
    assert alice.put(f"/v1/blobs/{bid}/data?offset=0", data=cipher[:half]).json()["offset"] == half
    # The connection is cut; the client asks where to resume.
    resumed = alice.post(
        "/v1/blobs", {"blob_id": bid, "size": len(cipher), "collection_id": cid}
    ).json()
    assert resumed["offset"] == half
    wrong = alice.put(f"/v1/blobs/{bid}/data?offset=10", data=cipher[10:20])
    assert wrong.status_code == 409 and wrong.json()["details"]["offset"] == half
    early = alice.post(f"/v1/blobs/{bid}/complete")
    assert early.status_code == 400 and early.json()["code"] == "blob_incomplete"
    assert alice.put(f"/v1/blobs/{bid}/data?offset={half}", data=cipher[half:]).status_code == 200
    done = alice.post(f"/v1/blobs/{bid}/complete").json()
    assert done["done"] is True
    assert alice.post(f"/v1/blobs/{bid}/complete").json()["done"] is True  # idempotent
    again = alice.post(
        "/v1/blobs", {"blob_id": bid, "size": len(cipher), "collection_id": cid}
    ).json()
    assert again["offset"] == len(cipher) and again["done"] is True
    got = sup.get(f"/v1/blobs/{bid}")
    assert got.status_code == 200 and got.content == cipher
    assert decrypt_blob(blob_key, got.content) == photo
    part = sup.get(f"/v1/blobs/{bid}", headers={"Range": "bytes=100-199"})
    assert part.status_code == 206 and part.content == cipher[100:200]


def test_hash_mismatch_rejected(world: World) -> None:
    _sup, alice, cid, _key = _setup(world)
    data = b"some ciphertext bytes"
    claimed = hashlib.sha256(b"something else").hexdigest()
    alice.post("/v1/blobs", {"blob_id": claimed, "size": len(data), "collection_id": cid})
    alice.put(f"/v1/blobs/{claimed}/data?offset=0", data=data)
    r = alice.post(f"/v1/blobs/{claimed}/complete")
    assert r.status_code == 400 and r.json()["code"] == "blob_hash_mismatch"
    assert alice.get(f"/v1/blobs/{claimed}").status_code == 404
    # Start again from zero.
    assert (
        alice.post(
            "/v1/blobs", {"blob_id": claimed, "size": len(data), "collection_id": cid}
        ).json()["offset"]
        == 0
    )


def test_blob_readable_only_through_referencing_collections(world: World) -> None:
    sup, alice, cid, _key = _setup(world)
    other_cid, other_key = world.collection(sup)
    bob = world.person()
    world.share(sup, other_cid, other_key, bob, "write")
    data = os.urandom(1000)
    bid = hashlib.sha256(data).hexdigest()
    alice.post("/v1/blobs", {"blob_id": bid, "size": len(data), "collection_id": cid})
    alice.put(f"/v1/blobs/{bid}/data?offset=0", data=data)
    alice.post(f"/v1/blobs/{bid}/complete")
    assert bob.get(f"/v1/blobs/{bid}").status_code == 404
    # Bob may not attach it to a collection he cannot write...
    assert (
        bob.post("/v1/blobs", {"blob_id": bid, "size": len(data), "collection_id": cid}).status_code
        == 404
    )
    # ... and a blob id alone is no capability: claiming it into his own collection asks
    # him for the bytes, and until he proves he has them he reads nothing.
    claim = bob.post("/v1/blobs", {"blob_id": bid, "size": len(data), "collection_id": other_cid})
    assert claim.status_code == 200 and claim.json() == {
        "blob_id": bid,
        "size": len(data),
        "offset": 0,
        "done": False,
    }
    assert bob.post(f"/v1/blobs/{bid}/complete").json()["code"] == "blob_incomplete"
    assert bob.get(f"/v1/blobs/{bid}").status_code == 404
    bob.put(f"/v1/blobs/{bid}/data?offset=0", data=b"\x00" * len(data))
    assert bob.post(f"/v1/blobs/{bid}/complete").json()["code"] == "blob_hash_mismatch"
    assert bob.get(f"/v1/blobs/{bid}").status_code == 404
    assert alice.get(f"/v1/blobs/{bid}").content == data  # the original is untouched
    # With the real bytes he proves possession and may read it through his collection.
    bob.put(f"/v1/blobs/{bid}/data?offset=0", data=data)
    assert bob.post(f"/v1/blobs/{bid}/complete").json()["done"] is True
    assert bob.get(f"/v1/blobs/{bid}").content == data
    # Alice, who can read it already, attaches it to another collection without re-upload.
    third, third_key = world.collection(sup)
    world.share(sup, third, third_key, alice, "write")
    again = alice.post("/v1/blobs", {"blob_id": bid, "size": len(data), "collection_id": third})
    assert again.json()["done"] is True


def test_audit_readable_by_supervisors_only_and_metadata_only(world: World) -> None:
    sup, alice, cid, key = _setup(world)
    record = alice.seal(cid, key, {"note": "AUDIT-MARKER-42"})
    alice.push(cid, [record])
    intruder = world.person()
    intruder.get(f"/v1/collections/{cid}/changes")
    assert intruder.login(auth=b"\x00" * 32).status_code == 401
    assert alice.get("/v1/audit").status_code == 403
    admin = world.person("admin")
    assert admin.get("/v1/audit").status_code == 403
    entries = sup.get("/v1/audit?since=0&limit=1000").json()["entries"]
    actions = {(e["action"], e["outcome"]) for e in entries}
    assert ("push.accepted", "ok") in actions
    assert ("changes", "denied") in actions
    assert ("login", "invalid_credentials") in actions
    pushed = [e for e in entries if e["action"] == "push.accepted"]
    assert pushed[0]["item_id"] == record.item_id and pushed[0]["user_id"] == alice.id
    assert pushed[0]["device_id"] == alice.device_id
    assert "AUDIT-MARKER-42" not in str(entries)
    # Another organisation's supervisor sees none of it.
    other_sup = world.person("supervisor", org_id=world.make_org("Other"))
    foreign = other_sup.get("/v1/audit").json()["entries"]
    assert not {e["user_id"] for e in foreign} & {alice.id, sup.id, intruder.id}


MARKERS = [
    "Mevrouw Janssens-Dubois",
    "Rue Haute 123 bte 4",
    "diabète type 2",
    "schuldbemiddeling OCMW",
    "85.07.30-033.61",
    "PHOTO-PLAINTEXT-MARKER",
    "Site Peterbos",
]


def test_dump_of_every_table_and_blob_dir_has_no_plaintext(world: World) -> None:
    sup, alice, cid, key = _setup(world)
    records = [
        alice.seal(
            cid,
            key,
            {
                "name": MARKERS[0],
                "address": MARKERS[1],
                "health": MARKERS[2],
                "referral": MARKERS[3],
                "nrn": MARKERS[4],
            },
        )
        for _ in range(5)
    ]
    records.append(alice.seal(cid, key, {"note": " ".join(MARKERS)}))
    assert alice.push(cid, records).status_code == 200
    blob_key = aead.new_key()
    cipher = encrypt_blob(blob_key, (MARKERS[5] + " ").encode() * 5000)
    bid = make_blob_id(cipher)
    alice.post("/v1/blobs", {"blob_id": bid, "size": len(cipher), "collection_id": cid})
    alice.put(f"/v1/blobs/{bid}/data?offset=0", data=cipher)
    assert alice.post(f"/v1/blobs/{bid}/complete").status_code == 200
    sup.get(f"/v1/collections/{cid}/changes")

    engine = world.state.sessions.kw["bind"]
    dump = []
    with engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        assert "revisions" in tables and "audit_log" in tables
        for table in tables:
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                dump.append(repr(tuple(row)))
                dump.extend(
                    bytes(v).decode("latin-1") for v in row if isinstance(v, (bytes, memoryview))
                )
    blob_root = Path(world.state.settings.blob_dir)
    files = [p for p in blob_root.rglob("*") if p.is_file()]
    assert files
    for path in files:
        dump.append(path.read_bytes().decode("latin-1"))
    everything = "\n".join(dump)
    assert "revisions" in tables and len(everything) > 10_000
    for marker in MARKERS:
        assert marker not in everything
        assert marker.encode("utf-8").decode("latin-1") not in everything

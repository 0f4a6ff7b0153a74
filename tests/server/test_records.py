"""Push semantics (accepted / duplicate / conflict), signatures, authors, pages, history."""

from __future__ import annotations

import dataclasses

from sync.protocol import SealedRecordModel
from tests.server.server_factories import World, new_id


def _setup(world: World):  # type: ignore[no-untyped-def]
    sup = world.person("supervisor")
    alice = world.person()
    cid, key = world.collection(sup)
    world.share(sup, cid, key, alice, "write")
    return sup, alice, cid, key


def test_accepted_duplicate_conflict(world: World) -> None:
    sup, alice, cid, key = _setup(world)
    v1 = alice.seal(cid, key, {"text": "first"})
    r = alice.push(cid, [v1]).json()
    assert r["results"][0] == {
        "item_id": v1.item_id,
        "rev": v1.rev,
        "status": "accepted",
        "seq": 1,
        "current": None,
    }
    # A re-send after a cut connection: duplicate, never a second revision.
    again = alice.push(cid, [v1]).json()["results"][0]
    assert again["status"] == "duplicate" and again["seq"] == 1
    v2 = alice.seal(cid, key, {"text": "second"}, item_id=v1.item_id, base_rev=v1.rev)
    assert alice.push(cid, [v2]).json()["results"][0]["status"] == "accepted"
    # The supervisor edits from the stale base v1: conflict, with the current revision.
    other = sup.seal(cid, key, {"text": "sup"}, item_id=v1.item_id, base_rev=v1.rev)
    res = sup.push(cid, [other]).json()["results"][0]
    assert res["status"] == "conflict"
    assert res["current"]["record"]["rev"] == v2.rev and res["current"]["seq"] == 2
    # A "new item" whose id exists is a conflict too.
    clash = alice.seal(cid, key, {"text": "dup id"}, item_id=v1.item_id)
    assert alice.push(cid, [clash]).json()["results"][0]["status"] == "conflict"
    page = alice.get(f"/v1/collections/{cid}/changes?since=0").json()
    assert [i["seq"] for i in page["items"]] == [1, 2]
    assert page["done"] is True and page["last_seq"] == 2
    history = alice.get(f"/v1/collections/{cid}/items/{v1.item_id}/history").json()
    assert [h["record"]["rev"] for h in history["revisions"]] == [v1.rev, v2.rev]


def test_chain_in_one_batch_and_tombstone(world: World) -> None:
    _sup, alice, cid, key = _setup(world)
    v1 = alice.seal(cid, key, {"a": 1})
    v2 = alice.seal(cid, key, {"a": 2}, item_id=v1.item_id, base_rev=v1.rev)
    gone = alice.seal(cid, key, None, item_id=v1.item_id, base_rev=v2.rev)
    results = alice.push(cid, [v1, v2, gone]).json()["results"]
    assert [r["status"] for r in results] == ["accepted"] * 3
    assert [r["seq"] for r in results] == [1, 2, 3]
    page = alice.get(f"/v1/collections/{cid}/changes").json()
    assert page["items"][-1]["record"]["deleted"] is True
    assert page["items"][-1]["record"]["ciphertext"] == ""


def test_paging_with_done_flag(world: World) -> None:
    _sup, alice, cid, key = _setup(world)
    records = [alice.seal(cid, key, {"i": i}) for i in range(25)]
    assert alice.push(cid, records).status_code == 200
    seen, since, pages = [], 0, 0
    while True:
        page = alice.get(f"/v1/collections/{cid}/changes?since={since}&limit=10").json()
        pages += 1
        seen += [i["seq"] for i in page["items"]]
        since = page["last_seq"]
        if page["done"]:
            break
    assert seen == list(range(1, 26)) and pages == 3
    assert alice.get(f"/v1/collections/{cid}/changes?limit=1001").status_code == 422


def test_forged_signature_and_wrong_author_rejected(world: World) -> None:
    sup, alice, cid, key = _setup(world)
    good = alice.seal(cid, key, {"a": 1})
    forged = dataclasses.replace(
        good, ciphertext=good.ciphertext[:-1] + bytes([good.ciphertext[-1] ^ 1])
    )
    r = alice.push(cid, [forged])
    assert r.status_code == 400 and r.json()["code"] == "bad_signature"
    # Signed by Alice but claiming the supervisor as author.
    impostor = dataclasses.replace(good, author_id=sup.id)
    r = alice.push(cid, [impostor])
    assert r.status_code == 403 and r.json()["code"] == "author_mismatch"
    # Signed by the supervisor's key? Alice does not have it; a record signed by Alice's key
    # but naming another item than signed is rejected too.
    moved = dataclasses.replace(good, item_id=new_id())
    assert alice.push(cid, [moved]).json()["code"] == "bad_signature"
    # Nothing of the rejected batches was stored.
    assert alice.get(f"/v1/collections/{cid}/changes").json()["items"] == []


def test_batch_limit(world: World) -> None:
    _sup, alice, cid, key = _setup(world)
    one = SealedRecordModel.from_crypto(alice.seal(cid, key, {"a": 1})).model_dump(mode="json")
    r = alice.post(f"/v1/collections/{cid}/push", {"items": [one] * 501})
    assert r.status_code == 422

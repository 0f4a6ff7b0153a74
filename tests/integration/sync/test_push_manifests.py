"""A pushed batch is signed once, by its manifest (issue 13): real uvicorn + PostgreSQL.

What a reader relies on: every record still proves its author and its content one by one —
a server that alters, moves, reorders or re-attributes a record, or changes, truncates or
drops a manifest, is caught and the record named; records signed one by one (stored before
manifests, or pushed by an older client) still verify beside the new ones.
"""

from __future__ import annotations

import uuid

import psycopg
import pytest

from sync.client import Change, RecordRejected
from sync.client.errors import ApiError
from sync.client.http import JsonBody
from sync.protocol import PushManifest, PushRequest, PushResponse
from tests.integration.sync.sync_factories import MARKERS, new_changes, shared_collection

pytestmark = pytest.mark.postgres


def _two_batches(sync_server):  # type: ignore[no-untyped-def]
    """A supervisor pushes a batch of 3 and a batch of 2; the worker can read them."""
    sup = sync_server.new_user("supervisor")
    worker = sync_server.new_user("social_assistant")
    cid = shared_collection(sup, worker)
    first, second = new_changes(3), new_changes(2)
    sup.push(cid, first)
    sup.push(cid, second)
    worker.collections()
    return sup, worker, cid, first + second


def test_a_batch_is_signed_once_and_every_record_still_verifies(sync_server) -> None:
    sup, worker, cid, changes = _two_batches(sync_server)
    with psycopg.connect(sync_server.dsn()) as conn:
        manifests = conn.execute(
            "SELECT id, author_id, length(signature), length(digests) FROM manifests"
            " WHERE collection_id = %s ORDER BY id", (cid,)
        ).fetchall()
        rows = conn.execute(
            "SELECT seq, manifest_id, manifest_index, length(signature) FROM revisions"
            " WHERE collection_id = %s ORDER BY seq", (cid,)
        ).fetchall()
    assert manifests == [(1, sup.user.id, 64, 3 * 32), (4, sup.user.id, 64, 2 * 32)]
    assert rows == [(1, 1, 0, 0), (2, 1, 1, 0), (3, 1, 2, 0), (4, 4, 0, 0), (5, 4, 1, 0)]
    for limit in (1, 2, 500):  # a manifest whose records come over several pages
        revisions, last = worker.pull_all(cid, limit=limit)
        assert [r.payload for r in revisions] == [c.payload for c in changes]
        assert [r.author_id for r in revisions] == [sup.user.id] * 5 and last == 5
    assert [r.rev for r in worker.history(cid, changes[1].item_id)] == [changes[1].rev]


def _swap_seqs(a: int, b: int) -> str:
    return (
        f"UPDATE revisions SET seq = seq + 1000 WHERE collection_id = %(cid)s AND seq = {a};"
        f"UPDATE revisions SET seq = {a} WHERE collection_id = %(cid)s AND seq = {b};"
        f"UPDATE revisions SET seq = {b} WHERE collection_id = %(cid)s AND seq = {a} + 1000"
    )


MANIFEST_TAMPERS = {
    # The second record of the first batch named as the first one of the second batch.
    "record moved to another manifest": "UPDATE revisions SET manifest_id = 4,"
    " manifest_index = 0 WHERE collection_id = %(cid)s AND seq = 2",
    # The record at seq 2 pointed at the digest of the one after it (same manifest).
    "record pointed at another place": "UPDATE revisions SET manifest_index = 2"
    " WHERE collection_id = %(cid)s AND seq = 2",
    "records reordered in the sequence": _swap_seqs(2, 3),
    "one digest of the manifest changed": "UPDATE manifests SET digests = overlay(digests"
    " placing decode(lpad(to_hex(get_byte(digests, 40) # 1), 2, '0'), 'hex') from 41 for 1)"
    " WHERE collection_id = %(cid)s AND id = 1",
    "manifest truncated": "UPDATE manifests SET digests = substring(digests from 1 for 64)"
    " WHERE collection_id = %(cid)s AND id = 1",
    "manifest dropped from the record": "UPDATE revisions SET manifest_id = NULL,"
    " manifest_index = NULL WHERE collection_id = %(cid)s AND seq = 2",
    "manifest no longer served": "DELETE FROM manifests WHERE collection_id = %(cid)s"
    " AND id = 1",
    "manifest given to another author": "UPDATE manifests SET author_id = %(other)s"
    " WHERE collection_id = %(cid)s AND id = 1;"
    "UPDATE revisions SET author_id = %(other)s WHERE collection_id = %(cid)s AND seq = 2",
}


@pytest.mark.parametrize("tamper", sorted(MANIFEST_TAMPERS))
def test_a_server_that_tampers_with_a_manifest_is_caught(sync_server, tamper) -> None:
    _sup, worker, cid, changes = _two_batches(sync_server)
    with psycopg.connect(sync_server.dsn()) as conn:
        for statement in MANIFEST_TAMPERS[tamper].split(";"):
            conn.execute(statement, {"cid": cid, "other": worker.user.id})
    for limit in (1, 500):  # alone on its page, and among the others
        with pytest.raises(RecordRejected) as caught:
            worker.pull_all(cid, limit=limit)
        error = caught.value
        assert error.collection_id == cid
        assert error.item_id in {c.item_id for c in changes[:3]}
        assert "did not verify" in str(error)
        assert not any(m in str(error) for m in MARKERS)


def _push_signed_one_by_one(client, cid: str, changes: list[Change]) -> PushResponse:  # type: ignore[no-untyped-def]
    """What a client from before manifests sends: every record with its own signature."""
    version = client.records.ring.current_version(cid)
    items = [client.records.seal(cid, c, key_version=version) for c in changes]
    body = JsonBody(PushRequest(items=items).model_dump_json().encode())
    return client.records.http.call("POST", f"/v1/collections/{cid}/push", PushResponse, body)


def test_records_signed_one_by_one_still_verify_beside_manifests(sync_server) -> None:
    sup = sync_server.new_user("supervisor")
    worker = sync_server.new_user("social_assistant")
    cid = shared_collection(sup, worker)
    old = new_changes(2)
    answer = _push_signed_one_by_one(sup, cid, old)
    assert [r.status for r in answer.results] == ["accepted", "accepted"]
    new = [Change(old[0].item_id, {"n": 1}, base_rev=old[0].rev, rev=str(uuid.uuid4()))]
    sup.push(cid, new + new_changes(1))
    worker.collections()
    revisions, _ = worker.pull_all(cid)
    assert [r.rev for r in revisions] == [old[0].rev, old[1].rev, new[0].rev, revisions[3].rev]
    assert [r.rev for r in worker.history(cid, old[0].item_id)] == [old[0].rev, new[0].rev]
    # A one-by-one signature is still checked: altered, the record is refused by name.
    with psycopg.connect(sync_server.dsn()) as conn:
        conn.execute(
            "UPDATE revisions SET signature = overlay(signature placing '\\x00'::bytea"
            " from 1 for 1) WHERE collection_id = %s AND seq = 2", (cid,)
        )
    with pytest.raises(RecordRejected) as caught:
        worker.pull_all(cid)
    assert caught.value.item_id == old[1].item_id


def test_the_server_stores_nothing_of_a_batch_whose_manifest_does_not_verify(
    sync_server,
) -> None:
    sup = sync_server.new_user("supervisor")
    cid = shared_collection(sup)
    version = sup.records.ring.current_version(cid)
    changes = [c.with_rev() for c in new_changes(3)]
    good = sup.records.sealed_batch(cid, changes, key_version=version)
    other = sup.records.sealed_batch(cid, changes[::-1], key_version=version)
    assert good.manifest is not None and other.manifest is not None
    forged = [
        # signed over the same records in another order
        PushRequest(items=good.items, manifest=other.manifest),
        # one record left out of what was signed
        PushRequest(items=good.items[:2], manifest=good.manifest),
        # a record's own signature beside a manifest
        PushRequest(
            items=[sup.records.seal(cid, changes[0], key_version=version)],
            manifest=PushManifest(signature=good.manifest.signature),
        ),
    ]
    for request in forged:
        with pytest.raises(ApiError) as caught:
            sup.records.http.call(
                "POST", f"/v1/collections/{cid}/push", PushResponse,
                JsonBody(request.model_dump_json().encode()),
            )
        assert caught.value.status == 400 and caught.value.code == "bad_signature"
    assert sup.pull_all(cid) == ([], 0)
    sup.records.http.call(
        "POST", f"/v1/collections/{cid}/push", PushResponse,
        JsonBody(good.model_dump_json().encode()),
    )
    assert [r.rev for r in sup.pull_all(cid)[0]] == [c.rev for c in changes]

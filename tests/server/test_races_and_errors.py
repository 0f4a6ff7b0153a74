"""Races that used to end in a 500, the shape of an unexpected 500, and the last manager.

The races are made deterministic: the test's own transaction inserts the contested row and
holds it uncommitted while the request runs, so the request's insert waits on PostgreSQL's
unique index and fails the moment the test commits — exactly what the loser of two
simultaneous requests sees.
"""

from __future__ import annotations

import concurrent.futures
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import requests
from sqlalchemy import text
from sqlalchemy.orm import Session

from fieldapp.crypto import aead
from fieldapp.crypto.blobs import blob_id as make_blob_id
from fieldapp.crypto.blobs import encrypt_blob
from sync.protocol import SERVER_TIME_HEADER, b64encode
from tests.server.server_factories import World, new_id

pytestmark = pytest.mark.postgres


def _waiting_on_a_lock(world: World) -> int:
    with world.state.sessions() as s:
        return int(
            s.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND wait_event_type = 'Lock'"
                )
            )
            or 0
        )


@contextmanager
def _held_insert(world: World, sql: str, params: dict[str, Any]) -> Iterator[Callable[[], None]]:
    """Insert a row in a transaction left open; yields `commit`, to call once the request
    under test is blocked behind it."""
    session: Session = world.state.sessions()
    session.execute(text(sql), params)
    try:
        yield session.commit
    finally:
        session.rollback()
        session.close()


def _race(world: World, sql: str, params: dict[str, Any], send: Callable[[], requests.Response]):  # type: ignore[no-untyped-def]
    """Run `send` while the test holds a conflicting uncommitted insert, then commit it."""
    with (
        concurrent.futures.ThreadPoolExecutor(1) as pool,
        _held_insert(world, sql, params) as commit,
    ):
        before = _waiting_on_a_lock(world)
        future = pool.submit(send)
        deadline = time.monotonic() + 10
        while _waiting_on_a_lock(world) <= before:
            assert not future.done(), future.result().text
            assert time.monotonic() < deadline, "the request never waited on the held row"
            time.sleep(0.01)
        commit()
        return future.result(timeout=30)


def _new_collection_body(world: World, owner, cid: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    key = aead.new_key()
    return {
        "id": cid,
        "kind": "casework",
        "sealed_meta": b64encode(aead.encrypt(key, b"meta", b"meta")),
        "key_version": 1,
        "wrapped_key": owner.wrap_for(key, collection_id=cid, version=1, member=owner),
    }


def test_same_collection_id_created_at_the_same_instant_is_a_clean_409(world: World) -> None:
    sup = world.person("supervisor")
    other = world.person("supervisor")
    cid = new_id()
    r = _race(
        world,
        "INSERT INTO collections (id, organisation_id, kind, key_version, needs_rotation, "
        "last_seq, created_by, created_at) VALUES (:id, :org, 'casework', 1, false, 0, :by, 0)",
        {"id": cid, "org": world.org_id, "by": other.id},
        lambda: sup.post("/v1/collections", _new_collection_body(world, sup, cid)),
    )
    assert r.status_code == 409, r.text
    assert r.json()["code"] == "already_exists"
    assert SERVER_TIME_HEADER in r.headers
    # Nothing of the loser was kept: it is not a member of the winner's collection.
    assert sup.get(f"/v1/collections/{cid}").status_code == 404


def test_same_collection_id_from_two_clients_at_once_never_500s(world: World) -> None:
    sups = [world.person("supervisor") for _ in range(6)]
    for _round in range(5):
        cid = new_id()
        bodies = [_new_collection_body(world, s, cid) for s in sups]
        start = threading.Barrier(len(sups))

        def create(i: int) -> int:
            start.wait()
            return sups[i].post("/v1/collections", bodies[i]).status_code

        with concurrent.futures.ThreadPoolExecutor(len(sups)) as pool:
            statuses = sorted(pool.map(create, range(len(sups))))
        assert statuses == [201] + [409] * (len(sups) - 1)


def test_same_new_blob_started_at_the_same_instant_is_a_clean_409(world: World) -> None:
    sup = world.person("supervisor")
    alice = world.person()
    cid, key = world.collection(sup)
    world.share(sup, cid, key, alice, "write")
    cipher = encrypt_blob(aead.new_key(), os.urandom(5000))
    bid = make_blob_id(cipher)
    start = {"blob_id": bid, "size": len(cipher), "collection_id": cid}
    r = _race(
        world,
        "INSERT INTO blobs (organisation_id, blob_id, size, complete, created_by, created_at) "
        "VALUES (:org, :bid, :size, false, :by, 0)",
        {"org": world.org_id, "bid": bid, "size": len(cipher), "by": sup.id},
        lambda: alice.post("/v1/blobs", start),
    )
    assert r.status_code == 409, r.text
    assert r.json()["code"] == "upload_race"
    assert SERVER_TIME_HEADER in r.headers
    # Starting again resumes the upload the other request began.
    again = alice.post("/v1/blobs", start)
    assert again.status_code == 200 and again.json()["offset"] == 0
    assert alice.put(f"/v1/blobs/{bid}/data?offset=0", data=cipher).status_code == 200
    assert alice.post(f"/v1/blobs/{bid}/complete").json()["done"] is True


def test_unexpected_error_is_a_generic_500_with_server_time(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sync.server.routes import people

    alice = world.person()
    secret = "Janssens-MARKER-7731 rue Haute 123"

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError(f"boom while handling {secret} {alice.email}")

    monkeypatch.setattr(people, "user_public", broken)
    r = alice.get(f"/v1/users/{alice.id}/keys")
    assert r.status_code == 500
    assert r.json() == {"code": "internal", "message": "internal server error", "details": None}
    assert SERVER_TIME_HEADER in r.headers
    assert abs(float(r.headers[SERVER_TIME_HEADER]) - world.clock()) < 5
    assert secret not in r.text and alice.email not in r.text
    # The failed request's audit entry is still written (metadata only), and the server
    # goes on answering.
    assert alice.get("/v1/me").status_code == 200


def test_last_manager_cannot_be_removed_or_downgraded(world: World) -> None:
    sup = world.person("supervisor")
    alice = world.person()
    cid, key = world.collection(sup)
    world.share(sup, cid, key, alice, "write")
    for attempt in (
        lambda: sup.delete(f"/v1/collections/{cid}/members/{sup.id}"),
        lambda: sup.put(f"/v1/collections/{cid}/members/{sup.id}", {"access": "write"}),
        lambda: sup.put(f"/v1/collections/{cid}/members/{sup.id}", {"access": "read"}),
    ):
        r = attempt()
        assert r.status_code == 409, r.text
        assert r.json()["code"] == "last_manager"
        assert "manage" in r.json()["message"]
    members = {
        m["user_id"]: m["access"]
        for m in sup.get(f"/v1/collections/{cid}/members").json()["members"]
    }
    assert members == {sup.id: "manage", alice.id: "write"}
    # Once another member manages, the first may step down or leave.
    world.share(sup, cid, key, alice, "manage")
    r = sup.put(f"/v1/collections/{cid}/members/{sup.id}", {"access": "read"})
    assert r.status_code == 200 and r.json()["access"] == "read"
    r = alice.delete(f"/v1/collections/{cid}/members/{alice.id}")
    assert r.status_code == 409 and r.json()["code"] == "last_manager"
    assert alice.delete(f"/v1/collections/{cid}/members/{sup.id}").status_code == 200
    audit = [
        e
        for e in world.person("supervisor").get("/v1/audit").json()["entries"]
        if e["outcome"] == "last_manager"
    ]
    assert len(audit) == 4 and {e["target_id"] for e in audit} == {sup.id, alice.id}

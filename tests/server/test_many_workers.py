"""Many workers, one truth (issue 13, item 9): four uvicorn worker processes behind one
port on the real PostgreSQL. Twenty clients push and pull at once, over connections that
land on any worker: no sequence number is lost, duplicated or reordered. Login throttling
and token revocation hold whichever worker answers, because their state is in the
database, not in a process."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from fieldapp.crypto import aead
from tests.harness.server import ServerProcess
from tests.server.server_factories import Person, World, enrol_person, new_id

pytestmark = pytest.mark.postgres

WORKERS = 4
CLIENTS = 20
PULLERS = 4
BATCHES = 4
BATCH = 25
WRONG = b"\x05" * 32


@pytest.fixture(scope="module")
def four(pg_url: str, server_blob_dir: Path) -> Iterator[ServerProcess]:
    """One four-worker server for the module (starting one takes half a minute on busy
    cores); each test's `world` empties its tables first, and every state the tests rely
    on (sequence, throttling, sessions) is in the database, not in a process."""
    # A first block of 60 s (not 2): the throttling test's six refused logins must all
    # fall inside it even when busy cores stretch them over seconds.
    with ServerProcess(pg_url, server_blob_dir, workers=WORKERS,
                       env_extra={"FIELDAPP_SERVER_LOGIN_BLOCK_SECONDS": "60"}) as server:
        children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
        assert len(children) >= WORKERS  # the workers (and multiprocessing's helper)
        yield server


def _person(world: World, url: str, role: str = "social_assistant") -> Person:
    user_id, email, code = world.account(role)
    person = enrol_person(url, user_id, email, role, code)
    # A fresh connection per request: the kernel hands each to any of the workers.
    person.http.headers["Connection"] = "close"
    return person


def _collection(owner: Person, members: list[tuple[Person, str]]) -> tuple[str, bytes]:
    cid, key = new_id(), aead.new_key()
    r = owner.post(
        "/v1/collections",
        {
            "id": cid,
            "kind": "casework",
            "key_version": 1,
            "wrapped_key": owner.wrap_for(key, collection_id=cid, version=1, member=owner),
        },
    )
    assert r.status_code == 201, r.text
    for member, access in members:
        wrapped = owner.wrap_for(key, collection_id=cid, version=1, member=member)
        r = owner.put(
            f"/v1/collections/{cid}/members/{member.id}",
            {"access": access, "wrapped_keys": [wrapped]},
        )
        assert r.status_code == 200, r.text
    return cid, key


def test_twenty_clients_on_four_workers_see_one_sequence(
    world: World, four: ServerProcess
) -> None:
    sup = _person(world, four.url, "supervisor")
    with ThreadPoolExecutor(8) as pool:
        writers = list(pool.map(lambda _: _person(world, four.url), range(CLIENTS)))
        readers = list(pool.map(lambda _: _person(world, four.url), range(PULLERS)))
    cid, key = _collection(sup, [(w, "write") for w in writers] + [(r, "read") for r in readers])
    accepted: list[tuple[int, str]] = []
    lock = threading.Lock()
    stop = threading.Event()

    def pusher(person: Person) -> None:
        mine: dict[str, str] = {}
        for b in range(BATCHES):
            batch = []
            for i in range(BATCH):
                if mine and i % 3 == 0:
                    item_id = next(iter(mine))
                    record = person.seal(
                        cid, key, {"b": b}, item_id=item_id, base_rev=mine[item_id]
                    )
                else:
                    record = person.seal(cid, key, {"b": b, "i": i})
                mine[record.item_id] = record.rev
                batch.append(record)
            r = person.push(cid, batch)
            assert r.status_code == 200, r.text
            results = r.json()["results"]
            assert [x["status"] for x in results] == ["accepted"] * BATCH
            with lock:
                accepted.extend((x["seq"], x["rev"]) for x in results)
            again = person.push(cid, batch)  # a re-send lands on another worker: harmless
            assert {x["status"] for x in again.json()["results"]} == {"duplicate"}

    def puller(person: Person, seen: list[tuple[int, str]]) -> None:
        since = 0
        while True:
            finishing = stop.is_set()
            while True:
                r = person.get(f"/v1/collections/{cid}/changes?since={since}&limit=53")
                assert r.status_code == 200, r.text
                page = r.json()
                seen.extend((x["seq"], x["record"]["rev"]) for x in page["items"])
                since = page["last_seq"]
                if page["done"]:
                    break
            if finishing:
                return

    seen: list[list[tuple[int, str]]] = [[] for _ in readers]
    with ThreadPoolExecutor(CLIENTS + PULLERS) as pool:
        pulls = [pool.submit(puller, r, seen[i]) for i, r in enumerate(readers)]
        pushes = [pool.submit(pusher, w) for w in writers]
        try:
            for f in pushes:
                f.result()
        finally:
            stop.set()  # a failed pusher must not leave the pullers running
        for f in pulls:
            f.result()
    total = CLIENTS * BATCHES * BATCH
    assert sorted(s for s, _ in accepted) == list(range(1, total + 1))
    for got in seen:
        assert [s for s, _ in got] == list(range(1, total + 1))  # none lost, twice or late
        assert got == sorted(accepted)


def test_throttling_and_revocation_hold_across_workers(world: World, four: ServerProcess) -> None:
    alice = _person(world, four.url)
    admin = _person(world, four.url, "admin")
    # Five failures, each on whichever worker takes the connection ...
    for _ in range(5):
        assert alice.login(auth=WRONG).status_code == 401
    # ... and every worker now slows this account for a new device.
    statuses = {alice.login().status_code for _ in range(6)}
    assert statuses == {429}
    # A session ended on one worker is ended on all of them.
    token = alice.access
    assert alice.post("/v1/auth/logout").status_code == 200
    for _ in range(8):
        r = requests.get(
            four.url + "/v1/me",
            headers={"Authorization": f"Bearer {token}", "Connection": "close"},
            timeout=10,
        )
        assert r.status_code == 401
    # A device revoked by the admin is refused by every worker at once.
    bob = _person(world, four.url)
    assert bob.get("/v1/me").status_code == 200
    r = admin.post(f"/v1/admin/devices/{bob.device_id}/revoke", {"wipe": False})
    assert r.status_code == 200
    codes = {bob.get("/v1/me").json()["code"] for _ in range(8)}
    assert codes == {"device_revoked"}

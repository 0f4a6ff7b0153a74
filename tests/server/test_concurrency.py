"""20 clients push into one collection over a real uvicorn while others pull: every revision
gets a unique seq, the sequence has no gap, and a puller paging with `since` misses none."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from tests.server.server_factories import Person, World

PUSHERS = 20
PULLERS = 3
BATCHES = 5
BATCH = 10
ROUNDS = 3


def _pusher(
    person: Person, cid: str, key: bytes, accepted: list[tuple[int, str]], lock: threading.Lock
) -> None:
    mine: dict[str, str] = {}  # item_id -> current rev
    previous = None
    for b in range(BATCHES):
        batch = []
        for i in range(BATCH):
            if mine and i % 2 == 0:
                item_id = next(iter(mine))
                record = person.seal(
                    cid, key, {"b": b, "i": i}, item_id=item_id, base_rev=mine[item_id]
                )
            else:
                record = person.seal(cid, key, {"b": b, "i": i})
            mine[record.item_id] = record.rev
            batch.append(record)
        r = person.push(cid, batch)
        assert r.status_code == 200, r.text
        results = r.json()["results"]
        assert [x["status"] for x in results] == ["accepted"] * BATCH, results
        with lock:
            accepted.extend((x["seq"], x["rev"]) for x in results)
        if previous is not None and b % 2 == 0:
            # A re-send after a "cut connection": all duplicates, nothing new.
            again = person.push(cid, previous).json()["results"]
            assert {x["status"] for x in again} == {"duplicate"}
        previous = batch


def _puller(person: Person, cid: str, stop: threading.Event, seen: list[tuple[int, str]]) -> None:
    since = 0
    while True:
        finishing = stop.is_set()
        while True:
            page = person.get(f"/v1/collections/{cid}/changes?since={since}&limit=37").json()
            seen.extend((item["seq"], item["record"]["rev"]) for item in page["items"])
            since = page["last_seq"]
            if page["done"]:
                break
        if finishing:
            return


def test_concurrent_pushers_and_pullers(world: World) -> None:
    sup = world.person("supervisor")
    people = [world.person() for _ in range(PUSHERS)]
    readers = [world.person() for _ in range(PULLERS)]
    for round_ in range(ROUNDS):
        cid, key = world.collection(sup)
        for p in people:
            world.share(sup, cid, key, p, "write")
        for p in readers:
            world.share(sup, cid, key, p, "read")
        accepted: list[tuple[int, str]] = []
        lock = threading.Lock()
        stop = threading.Event()
        seen: list[list[tuple[int, str]]] = [[] for _ in readers]
        with ThreadPoolExecutor(PUSHERS + PULLERS) as pool:
            pulls = [pool.submit(_puller, r, cid, stop, seen[i]) for i, r in enumerate(readers)]
            pushes = [pool.submit(_pusher, p, cid, key, accepted, lock) for p in people]
            try:
                for f in pushes:
                    f.result()
            finally:
                stop.set()  # a failed pusher must not leave the pullers running
            for f in pulls:
                f.result()
        total = PUSHERS * BATCHES * BATCH
        seqs = sorted(s for s, _ in accepted)
        assert seqs == list(range(1, total + 1)), f"round {round_}: gap or duplicate seq"
        expected = sorted(accepted)
        for got in seen:
            assert [s for s, _ in got] == list(range(1, total + 1)), (
                f"round {round_}: a puller missed one"
            )
            assert got == expected

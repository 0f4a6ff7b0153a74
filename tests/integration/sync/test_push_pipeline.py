"""A push of several batches seals the next batch while the server takes the current one
(sync/client/records.py): the batches still reach the server one after the other, in
order, and a key rotated between two batches is still answered by re-sealing."""

from __future__ import annotations

from typing import Any

import pytest

from tests.integration.sync.sync_factories import new_changes, shared_collection

pytestmark = pytest.mark.postgres


def _count_pushes(client: Any, monkeypatch: pytest.MonkeyPatch, after_first=None) -> list[int]:  # type: ignore[no-untyped-def]
    """Record how many items each push request carried; run `after_first` once the server
    answered the first one."""
    sizes: list[int] = []
    real = client.http.call

    def call(method: str, path: str, *args: Any, **kwargs: Any) -> Any:
        answer = real(method, path, *args, **kwargs)
        if path.endswith("/push"):
            sizes.append(len(answer.results))
            if len(sizes) == 1 and after_first is not None:
                after_first()
        return answer

    monkeypatch.setattr(client.http, "call", call)
    return sizes


def test_batches_go_in_order_and_all_arrive(sync_server, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    sup = sync_server.new_user("supervisor")
    worker = sync_server.new_user("social_assistant")
    cid = shared_collection(sup, worker)
    changes = new_changes(130)
    sizes = _count_pushes(worker, monkeypatch)
    outcomes = worker.records.push(cid, changes, batch_size=40)
    assert sizes == [40, 40, 40, 10]
    assert [o.rev for o in outcomes] == [c.rev for c in changes]
    assert {o.status for o in outcomes} == {"accepted"}
    seqs = [o.seq for o in outcomes]
    assert seqs == sorted(seqs)  # stored in the order they were sent
    pulled, _ = sup.pull_all(cid)
    assert {r.rev: r.payload for r in pulled} == {c.rev: c.payload for c in changes}


def test_a_key_rotated_between_batches_is_answered_by_resealing(sync_server, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    sup = sync_server.new_user("supervisor")
    worker = sync_server.new_user("social_assistant")
    cid = shared_collection(sup, worker)
    worker.collections()
    changes = new_changes(90)
    # The next batch is already sealed under version 1 when the supervisor rotates.
    sizes = _count_pushes(worker, monkeypatch, after_first=lambda: sup.rotate_key(cid))
    outcomes = worker.records.push(cid, changes, batch_size=30)
    assert {o.status for o in outcomes} == {"accepted"}
    assert len(sizes) == 3
    pulled, _ = sup.pull_all(cid)
    versions = {r.rev: r.key_version for r in pulled}
    assert [versions[c.rev] for c in changes] == [1] * 30 + [2] * 60

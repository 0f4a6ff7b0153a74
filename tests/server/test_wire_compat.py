"""Strict in, tolerant out (sync/protocol.py): the server refuses a request field it does
not know, at any level, and stores nothing of such a request."""

from __future__ import annotations

import pytest

from sync.protocol import SealedRecordModel
from tests.server.server_factories import World

pytestmark = pytest.mark.postgres


def test_the_server_refuses_unknown_request_fields_at_every_level(world: World) -> None:
    sup = world.person("supervisor")
    cid, key = world.collection(sup)
    record = SealedRecordModel.from_crypto(sup.seal(cid, key, {"text": "x"})).model_dump(
        mode="json"
    )
    push = f"/v1/collections/{cid}/push"
    r = sup.post(push, {"items": [record], "priority": "high"})
    assert r.status_code == 422 and r.json()["code"] == "invalid_request"
    r = sup.post(push, {"items": [{**record, "visible_to": "everyone"}]})
    assert r.status_code == 422 and r.json()["code"] == "invalid_request"
    changes = sup.get(f"/v1/collections/{cid}/changes?since=0").json()
    assert changes["items"] == []  # nothing of a refused request was stored
    start = {"collection_id": cid, "blob_id": "b" * 64, "size": 1, "public": True}
    r = sup.post("/v1/blobs", start)
    assert r.status_code == 422 and r.json()["code"] == "invalid_request"
    r = sup.post("/v1/auth/prelogin", {"email": "a@b.c", "debug": True}, token="")
    assert r.status_code == 422
    # The same bodies without the stranger fields are taken.
    assert sup.post(push, {"items": [record]}).json()["results"][0]["status"] == "accepted"

"""Erasure orders, legal holds and GDPR settings on the server (issue 14), over HTTP:
supervisors only, their organisation only; an order deletes every revision, item and blob
at once and is the same order when sent again; a hold refuses it; each device sees what it
must purge and confirms; `fieldapp-server audit-export` gives the audit log of a window."""

from __future__ import annotations

import csv
import io
import time

from sqlalchemy import func, select

from fieldapp.crypto import aead
from sync.protocol import b64encode
from sync.server.models import Item, Revision
from tests.server.server_factories import World, new_id


def _reason(cid: str, key: bytes, about: str) -> dict[str, object]:
    return {"collection_id": cid, "key_version": 1,
            "sealed": b64encode(aead.encrypt(key, b"request of the data subject", about.encode()))}


def _items(boss, cid: str, key: bytes, n: int) -> list[str]:  # type: ignore[no-untyped-def]
    ids = [new_id() for _ in range(n)]
    r = boss.push(cid, [boss.seal(cid, key, {"text": "note"}, item_id=i) for i in ids])
    assert r.status_code == 200, r.text
    return ids


def _count(world: World, model, **where) -> int:  # type: ignore[no-untyped-def]
    with world.state.sessions() as s:
        q = select(func.count()).select_from(model)
        for column, value in where.items():
            q = q.where(getattr(model, column).in_(value))
        return int(s.scalar(q) or 0)


def test_a_supervisor_erases_items_and_each_device_confirms(world: World) -> None:
    boss = world.person("supervisor")
    ann = world.person("social_assistant")
    cid, key = world.collection(boss, "casework")
    world.share(boss, cid, key, ann)
    sup_cid, sup_key = world.collection(boss, "supervision")
    erased = _items(boss, cid, key, 3)
    kept = _items(boss, cid, key, 2)
    order_id = new_id()
    body = {"id": order_id, "scope": "household",
            "items": [{"collection_id": cid, "item_id": i} for i in erased],
            "blob_ids": [], "reason": _reason(sup_cid, sup_key, order_id)}

    assert ann.post("/v1/erasures", body).status_code == 403  # not a supervisor
    r = boss.post("/v1/erasures", body)
    assert r.status_code == 201, r.text
    info = r.json()
    assert info["items"] == 3 and info["revisions_deleted"] == 3
    assert _count(world, Revision, item_id=erased) == 0
    assert _count(world, Item, item_id=erased) == 0
    assert _count(world, Revision, item_id=kept) == 2
    # a device that had not applied the order yet can't bring a record back
    again_pushed = boss.push(cid, [boss.seal(cid, key, {"text": "note"}, item_id=erased[0])])
    assert again_pushed.status_code == 409 and again_pushed.json()["code"] == "erased"
    assert _count(world, Revision, item_id=erased) == 0
    again = boss.post("/v1/erasures", body)  # a retried request is the same order
    assert again.status_code == 201 and again.json()["id"] == order_id
    assert len(boss.get("/v1/erasures").json()["orders"]) == 1
    assert ann.get("/v1/erasures").status_code == 403

    pending = ann.get("/v1/erasures/pending").json()["orders"]
    assert [o["id"] for o in pending] == [order_id]
    assert {t["item_id"] for t in pending[0]["items"]} == set(erased)
    assert ann.post(f"/v1/erasures/{order_id}/confirm").status_code == 200
    assert ann.get("/v1/erasures/pending").json()["orders"] == []
    devices = {d["user_id"]: d["confirmed_at"] for d in
               boss.get("/v1/erasures").json()["orders"][0]["devices"]}
    assert devices[ann.id] is not None and devices[boss.id] is None


def test_other_organisations_see_nothing_and_touch_nothing(world: World) -> None:
    boss = world.person("supervisor")
    cid, key = world.collection(boss, "casework")
    sup_cid, sup_key = world.collection(boss, "supervision")
    erased = _items(boss, cid, key, 1)
    other_org = world.make_org("Andere Woningen")
    stranger = world.person("supervisor", org_id=other_org)
    order_id = new_id()
    body = {"id": order_id, "scope": "person",
            "items": [{"collection_id": cid, "item_id": erased[0]}], "blob_ids": [],
            "reason": _reason(sup_cid, sup_key, order_id)}
    assert stranger.post("/v1/erasures", body).status_code == 404
    assert _count(world, Revision, item_id=erased) == 1
    assert boss.post("/v1/erasures", body).status_code == 201
    assert stranger.get("/v1/erasures").json()["orders"] == []
    assert stranger.post(f"/v1/erasures/{order_id}/confirm").status_code == 404


def test_a_legal_hold_refuses_an_erasure_until_released(world: World) -> None:
    boss = world.person("supervisor")
    cid, key = world.collection(boss, "casework")
    sup_cid, sup_key = world.collection(boss, "supervision")
    items = _items(boss, cid, key, 2)
    hold_id = new_id()
    r = boss.post("/v1/legal-holds", {"id": hold_id,
                                      "items": [{"collection_id": cid, "item_id": items[0]}],
                                      "reason": _reason(sup_cid, sup_key, hold_id)})
    assert r.status_code == 201, r.text
    order_id = new_id()
    body = {"id": order_id, "scope": "case_file",
            "items": [{"collection_id": cid, "item_id": i} for i in items], "blob_ids": [],
            "reason": _reason(sup_cid, sup_key, order_id)}
    refused = boss.post("/v1/erasures", body)
    assert refused.status_code == 409 and refused.json()["code"] == "legal_hold"
    assert _count(world, Revision, item_id=items) == 2
    assert boss.post(f"/v1/legal-holds/{hold_id}/release").json()["released_at"] is not None
    assert boss.post("/v1/erasures", body).status_code == 201
    assert _count(world, Revision, item_id=items) == 0


def test_settings_are_the_organisations_and_changed_by_supervisors(world: World) -> None:
    boss = world.person("supervisor")
    ann = world.person("social_assistant")
    assert ann.get("/v1/gdpr/settings").json()["retention"]["closed_case_days"] == 0
    body = {"retention": {"closed_case_days": 1825, "inventory_days": 3650,
                          "intervention_days": 730, "access_log_days": 365},
            "controller": "Sociale dienst", "dpo_contact": "dpo@example.org", "activities": []}
    assert ann.put("/v1/gdpr/settings", body).status_code == 403
    assert boss.put("/v1/gdpr/settings", body).status_code == 200
    assert ann.get("/v1/gdpr/settings").json()["retention"]["closed_case_days"] == 1825
    assert boss.put("/v1/gdpr/settings", {**body, "surprise": 1}).status_code == 422


def test_audit_export_gives_the_window(world: World, pg_url: str) -> None:
    from sync.server.audit_export import export, moment

    boss = world.person("supervisor")
    world.collection(boss, "casework")
    now = time.time()
    out = io.StringIO()
    n = export(pg_url, start=now - 3600, end=now + 3600, out=out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert n == len(rows) > 0
    assert {"login", "collection.create"} & {r["action"] for r in rows}
    empty = io.StringIO()
    assert export(pg_url, start=moment("2001-01-01"), end=moment("2001-01-02"), out=empty) == 0


def test_fieldapp_server_audit_export(world: World, pg_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime, timedelta

    from sync.server.cli import main

    world.person("supervisor")
    today = datetime.now(UTC).date()
    out = tmp_path / "audit.jsonl"
    code = main(["audit-export", "--database-url", pg_url, "--from", today.isoformat(),
                 "--to", (today + timedelta(days=1)).isoformat(), "--format", "jsonl",
                 "--out", str(out)])
    assert code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and all(line.startswith("{") for line in lines)
    assert main(["audit-export", "--database-url", pg_url, "--from", "2026-12-02",
                 "--to", "2026-12-01"]) == 2


def test_a_device_names_its_dependent_records_and_the_others_apply_again(world: World) -> None:
    boss = world.person("supervisor")
    ann = world.person("social_assistant")
    cid, key = world.collection(boss, "casework")
    world.share(boss, cid, key, ann)
    other_cid, other_key = world.collection(boss, "casework")  # ann is no member here
    sup_cid, sup_key = world.collection(boss, "supervision")
    erased = _items(boss, cid, key, 1)
    anns = _items(ann, cid, key, 1)  # a record of ann's the supervisor never saw
    foreign = _items(boss, other_cid, other_key, 1)
    order_id = new_id()
    body = {"id": order_id, "scope": "case_file",
            "items": [{"collection_id": cid, "item_id": erased[0]}], "blob_ids": [],
            "reason": _reason(sup_cid, sup_key, order_id)}
    assert boss.post("/v1/erasures", body).status_code == 201
    assert boss.post(f"/v1/erasures/{order_id}/confirm", {"items": []}).status_code == 200
    r = ann.post(f"/v1/erasures/{order_id}/confirm", {"items": [
        {"collection_id": cid, "item_id": anns[0]},
        {"collection_id": other_cid, "item_id": foreign[0]}]})
    assert r.status_code == 200 and r.json()["erased"] == 1
    assert _count(world, Revision, item_id=anns) == 0
    assert _count(world, Revision, item_id=foreign) == 1  # not ann's to erase
    # the supervisor's device had confirmed: it applies the grown order once more
    pending = boss.get("/v1/erasures/pending").json()["orders"]
    assert {t["item_id"] for t in pending[0]["items"]} == {erased[0], anns[0]}
    assert ann.get("/v1/erasures/pending").json()["orders"] == []

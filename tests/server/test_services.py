"""The server's services called directly, without HTTP: a session, a caller, an audit."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.protocol import ChangesResponse, RotateRequest, SealedRecordModel
from sync.server.errors import ApiError
from sync.server.models import AccessToken, Device, Organisation, User
from sync.server.security import token_hash
from sync.server.services import grants, maintenance, records
from sync.server.services.context import Audit, Caller
from tests.server.conftest import LiveServer
from tests.server.server_factories import Person, World

pytestmark = pytest.mark.postgres


def _caller(world: World, person: Person) -> tuple[Session, Caller]:
    session = world.state.sessions()
    token = session.scalars(
        select(AccessToken).where(AccessToken.token_hash == token_hash(person.access))
    ).one()
    user = session.get(User, token.user_id)
    device = session.get(Device, token.device_id)
    assert user is not None and device is not None
    org = session.get(Organisation, user.organisation_id)
    assert org is not None
    return session, Caller(user=user, device=device, family_id=token.family_id, organisation=org)


def test_push_changes_and_members_as_plain_functions(world: World) -> None:
    sup = world.person("supervisor")
    alice = world.person()
    cid, key = world.collection(sup)
    world.share(sup, cid, key, alice, "write")
    session, caller = _caller(world, alice)
    with session:
        first = alice.seal(cid, key, {"n": 1})
        items = [SealedRecordModel.from_crypto(r) for r in (first, alice.seal(cid, key, {"n": 2}))]
        audit = Audit(now=world.clock())
        result = records.push(session, caller=caller, audit=audit, collection_id=cid, items=items)
        assert [r.status for r in result.results] == ["accepted", "accepted"]
        again = records.push(session, caller=caller, audit=audit, collection_id=cid, items=items)
        assert [r.status for r in again.results] == ["duplicate", "duplicate"]
        stale = alice.seal(cid, key, {"n": 3}, item_id=first.item_id, base_rev=None)
        conflict = records.push(
            session,
            caller=caller,
            audit=audit,
            collection_id=cid,
            items=[SealedRecordModel.from_crypto(stale)],
        )
        assert conflict.results[0].status == "conflict"
        assert conflict.results[0].current is not None
        assert conflict.results[0].current.record.rev == first.rev
        page = records.changes(
            session, caller=caller, audit=audit, collection_id=cid, since=0, limit=1
        )
        assert [s.seq for s in page.items] == [1] and not page.done
        for since, limit in ((0, 1), (0, 10), (2, 10), (5, 3)):
            fast = records.changes_json(
                session, caller=caller, audit=audit, collection_id=cid, since=since, limit=limit
            )
            slow = records.changes(
                session, caller=caller, audit=audit, collection_id=cid, since=since, limit=limit
            )
            assert json.loads(fast) == json.loads(slow.model_dump_json())
            assert ChangesResponse.model_validate_json(fast) == slow
        members = grants.list_members(session, caller=caller, audit=audit, collection_id=cid)
        assert {m.user_id for m in members.members} == {sup.id, alice.id}
        with pytest.raises(ApiError) as denied:
            grants.rotate(
                session,
                caller=caller,
                audit=audit,
                collection_id=cid,
                body=RotateRequest(new_key_version=2, wrapped_keys=[]),
            )
        assert denied.value.status == 403
        session.rollback()


def test_statistics_are_refreshed_when_a_collection_doubles(live: LiveServer) -> None:
    assert not maintenance.crossed(10, 900)
    assert maintenance.crossed(1000, 1100)
    assert not maintenance.crossed(1100, 2000)
    assert maintenance.crossed(2000, 2100)
    engine = live.app.state.engine  # type: ignore[attr-defined]
    assert maintenance.refresh_if_stale(engine, force=True)
    with engine.connect() as conn:
        analyzed = conn.exec_driver_sql(
            "SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'revisions'"
        ).scalar()
    assert analyzed

"""The server's services called directly, without HTTP: a session, a caller, an audit."""

from __future__ import annotations

import json
import time

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from sync.protocol import ChangesResponse, RotateRequest, SealedRecordModel
from sync.server.errors import ApiError
from sync.server.models import AccessToken, Collection, Device, Organisation, User
from sync.server.security import token_hash
from sync.server.services import grants, maintenance, records
from sync.server.services.context import Audit, Caller
from tests.harness.server import LiveServer
from tests.server.server_factories import Person, World, seed_revisions

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


def test_statistics_are_refreshed_when_a_collection_doubles(live_server: LiveServer) -> None:
    assert not maintenance.crossed(10, 900)
    assert maintenance.crossed(1000, 1100)
    assert not maintenance.crossed(1100, 2000)
    assert maintenance.crossed(2000, 2100)
    engine = live_server.app.state.engine
    assert maintenance.refresh_if_stale(engine, force=True)
    with engine.connect() as conn:
        analyzed = conn.exec_driver_sql(
            "SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'revisions'"
        ).scalar()
    assert analyzed


def test_a_push_that_doubles_a_collection_refreshes_statistics(world: World) -> None:
    sup = world.person("supervisor")
    cid, key = world.collection(sup)
    other, _ = world.collection(sup)
    session, caller = _caller(world, sup)
    with session:
        raw = session.connection().connection.driver_connection
        seed_revisions(
            raw,
            collection_id=other,
            organisation_id=world.org_id,
            author_id=sup.id,
            device_id=sup.device_id,
            count=3000,
        )
        session.commit()
        deadline = time.monotonic() + 10
        while _changed_since_analyze(session) < 3000:  # the counters are flushed lazily
            assert time.monotonic() < deadline
            time.sleep(0.2)
        session.execute(
            Collection.__table__.update().where(Collection.id == cid).values(last_seq=1023)
        )
        session.commit()
        before = _analyze_count(session)
        maintenance.reset_interval()
        item = SealedRecordModel.from_crypto(sup.seal(cid, key, {"n": 1}))
        result = records.push(
            session, caller=caller, audit=Audit(now=world.clock()), collection_id=cid, items=[item]
        )
        assert result.results[0].seq == 1024
        session.commit()  # the check runs after the commit, on a thread of its own
        deadline = time.monotonic() + 10
        while _analyze_count(session) == before:
            assert time.monotonic() < deadline, "revisions was not analyzed"
            time.sleep(0.1)


def _changed_since_analyze(session: Session) -> int:
    session.rollback()
    return int(
        session.execute(
            text("SELECT n_mod_since_analyze FROM pg_stat_user_tables WHERE relname = 'revisions'")
        ).scalar_one()
    )


def _analyze_count(session: Session) -> int:
    session.rollback()  # a fresh snapshot of the statistics views
    return int(
        session.execute(
            text("SELECT analyze_count FROM pg_stat_user_tables WHERE relname = 'revisions'")
        ).scalar_one()
    )

"""Pages verified on several threads (issue 13): same revisions in the same order as one
thread, and a single altered record in the middle of a large page is still refused by name.
Real server, real PostgreSQL, real signatures; the alteration is made in the database."""

from __future__ import annotations

import psycopg
import pytest

from sync.client.errors import RecordRejected
from tests.integration.sync.sync_factories import new_changes, shared_collection

pytestmark = pytest.mark.postgres

RECORDS = 600  # several batches of MIN_VERIFY_BATCH per page


def _reader(sync_server, sup, worker, workers: int):  # type: ignore[no-untyped-def]
    from tests.harness.server import passphrase_for

    reader = sync_server.client(verify_workers=workers)
    reader.login(email=worker.test_email, passphrase=passphrase_for(worker.test_email),
                 device_name=f"reader-{workers}")
    return reader


def test_parallel_verify_matches_one_thread_and_refuses_an_altered_record(sync_server) -> None:
    sup = sync_server.new_user("supervisor")
    worker = sync_server.new_user("social_assistant")
    cid = shared_collection(sup, worker)
    changes = new_changes(RECORDS, prefix="parallel")
    sup.push(cid, changes)

    one = _reader(sync_server, sup, worker, 1)
    four = _reader(sync_server, sup, worker, 4)
    serial, last1 = one.pull_all(cid, limit=1000)
    parallel, last4 = four.pull_all(cid, limit=1000)
    assert last1 == last4 and len(parallel) == RECORDS
    assert parallel == serial
    assert [r.seq for r in parallel] == sorted(r.seq for r in parallel)
    assert [r.item_id for r in parallel] == [c.item_id for c in changes]

    # One record's ciphertext altered in the database, near the end of the page (its
    # batch's manifest is intact: the record no longer matches its digest there).
    victim = changes[RECORDS - 50]
    with psycopg.connect(sync_server.dsn()) as conn:
        conn.execute(
            "UPDATE revisions SET ciphertext = overlay(ciphertext placing decode(lpad(to_hex("
            "get_byte(ciphertext, 20) # 1), 2, '0'), 'hex') from 21 for 1) "
            "WHERE collection_id = %s AND item_id = %s",
            (cid, victim.item_id),
        )
    for reader in (one, four):
        with pytest.raises(RecordRejected) as caught:
            reader.pull_all(cid, limit=1000)
        assert caught.value.item_id == victim.item_id
        assert "did not verify" in caught.value.reason

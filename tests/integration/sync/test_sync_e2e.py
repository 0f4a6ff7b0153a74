"""End to end: real uvicorn + PostgreSQL, real clients (issue 3 acceptance tests)."""

from __future__ import annotations

import uuid

import pytest

from fieldapp.crypto.errors import DecryptionError
from sync.client import Change, FingerprintMismatch, KeyChanged, RecordRejected
from sync.client.errors import NotFound, SessionEnded
from tests.harness.server import passphrase_for
from tests.integration.sync.sync_factories import (
    MARKERS,
    case_note,
    new_changes,
    shared_collection,
)

pytestmark = pytest.mark.postgres


def test_members_share_and_outsider_sees_nothing(sync_server, tmp_path) -> None:
    sup = sync_server.new_user("supervisor")
    worker = sync_server.new_user("social_assistant")
    outsider = sync_server.new_user("social_assistant")
    cid = shared_collection(sup, worker)

    changes = new_changes(7)
    outcomes = sup.push(cid, changes)
    assert [o.status for o in outcomes] == ["accepted"] * 7

    assert cid in {c.id for c in worker.collections()}
    revisions, last_seq = worker.pull_all(cid)
    assert last_seq == max(o.seq for o in outcomes)
    assert {r.item_id: r.payload for r in revisions} == {c.item_id: c.payload for c in changes}
    assert all(r.author_id == sup.user.id for r in revisions)
    assert worker.collection_meta(cid) == {"name": MARKERS[5]}

    # The worker writes back; the supervisor reads it.
    reply = Change(item_id=changes[0].item_id, payload=case_note(99), base_rev=changes[0].rev)
    assert worker.push(cid, [reply])[0].status == "accepted"
    mine, _ = sup.pull_all(cid, since=last_seq)
    assert [(r.item_id, r.payload, r.author_id) for r in mine] == [
        (reply.item_id, reply.payload, worker.user.id)
    ]

    # A blob referenced by the collection.
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(MARKERS[6].encode() * 5000)
    ref = sup.put_file(cid, photo)

    # The outsider: no collection listed, and every id answers 404 like a missing one.
    assert outsider.collections() == []
    item = changes[0].item_id
    probes = [
        ("GET", f"/v1/collections/{cid}"),
        ("GET", f"/v1/collections/{cid}/members"),
        ("GET", f"/v1/collections/{cid}/changes"),
        ("GET", f"/v1/collections/{cid}/items/{item}/history"),
        ("GET", f"/v1/blobs/{ref.blob_id}"),
    ]
    missing_cid = str(uuid.uuid4())
    for method, path in probes:
        with pytest.raises(NotFound) as real:
            outsider.http.request(method, path)
        with pytest.raises(NotFound) as fake:
            outsider.http.request(method, path.replace(cid, missing_cid))
        assert (real.value.status, real.value.code, real.value.message) == (
            fake.value.status,
            fake.value.code,
            fake.value.message,
        )
    with pytest.raises(NotFound):
        outsider.http.request("POST", f"/v1/collections/{cid}/push", json={"items": []})
    with pytest.raises(NotFound):
        outsider.blobs.download(ref.blob_id, tmp_path / "stolen")
    # Members download and decrypt it.
    worker.get_file(ref, tmp_path / "copy.jpg")
    assert (tmp_path / "copy.jpg").read_bytes() == photo.read_bytes()


def test_server_dump_holds_no_plaintext(sync_server, tmp_path) -> None:
    import psycopg

    sup = sync_server.new_user("supervisor")
    worker = sync_server.new_user("social_assistant")
    cid = shared_collection(sup, worker)
    sup.push(cid, new_changes(20))
    tomb = new_changes(1)[0]
    sup.push(cid, [tomb])
    sup.push(cid, [Change(item_id=tomb.item_id, payload=None, base_rev=tomb.rev)])
    photo = tmp_path / "photo.bin"
    photo.write_bytes((MARKERS[6] + " ").encode() * 300_000)  # ~7 MB, several chunks
    sup.put_file(cid, photo)
    worker.pull_all(cid)

    forbidden_text = [*MARKERS, sync_server_passphrase(sup)]
    forbidden_bytes = [m.encode() for m in forbidden_text] + [
        sup.auth.require_keys().wrap_private,
        sup.auth.require_keys().sign_private,
        sup.auth.require_keys().wrap_private.hex().encode(),
    ]
    rows = 0
    with psycopg.connect(sync_server.dsn()) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
            )
        ]
        assert {"revisions", "wrapped_keys", "users", "collections", "blobs"} <= set(tables)
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                rows += 1
                for value in row:
                    if isinstance(value, (bytes, memoryview)):
                        raw = bytes(value)
                        assert not any(m in raw for m in forbidden_bytes), table
                    text = str(value)
                    assert not any(m in text for m in forbidden_text), table
            # And the text rendering PostgreSQL itself would dump.
            dump = "\n".join(r[0] for r in conn.execute(f'SELECT t::text FROM "{table}" t'))
            assert not any(m in dump for m in forbidden_text), table
            assert not any(m.encode().hex() in dump for m in forbidden_text), table
    assert rows > 40
    files = [p for p in sync_server.blob_dir.rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        assert not any(m in data for m in forbidden_bytes), path.name


def sync_server_passphrase(client) -> str:
    return passphrase_for(client.test_email)


TAMPERS = {
    "ciphertext": "UPDATE revisions SET ciphertext = overlay(ciphertext placing "
    "decode(lpad(to_hex(get_byte(ciphertext, 20) # 1), 2, '0'), 'hex') from 21 for 1)",
    # A batch is signed once, by its manifest (test_push_manifests.py tampers with those).
    "signature": "UPDATE manifests m SET signature = overlay(m.signature placing "
    "decode(lpad(to_hex(get_byte(m.signature, 3) # 1), 2, '0'), 'hex') from 4 for 1)"
    " FROM revisions r WHERE m.collection_id = r.collection_id AND m.id = r.manifest_id",
    "key_version_aad": "UPDATE revisions SET key_version = key_version + 1",
    "rev_aad": "UPDATE revisions SET rev = '00000000-0000-4000-8000-000000000001'",
    "base_rev": "UPDATE revisions SET base_rev = '00000000-0000-4000-8000-000000000002'",
    "item_id_aad": "UPDATE revisions SET item_id = '00000000-0000-4000-8000-000000000003'",
    "deleted_flag": "UPDATE revisions SET deleted = NOT deleted",
    "swapped_ciphertext": "UPDATE revisions r SET ciphertext = o.ciphertext FROM revisions o "
    "WHERE o.collection_id = r.collection_id AND o.seq = r.seq + 1",
}


@pytest.mark.parametrize("tamper", sorted(TAMPERS))
def test_tampered_record_is_rejected_loudly(sync_server, tamper) -> None:
    import psycopg

    sup = sync_server.new_user("supervisor")
    worker = sync_server.new_user("social_assistant")
    cid = shared_collection(sup, worker)
    changes = new_changes(2)
    sup.push(cid, changes)
    worker.collections()
    with psycopg.connect(sync_server.dsn()) as conn:
        key_version_new = tamper == "key_version_aad"
        if key_version_new:
            # make sure the reader *has* a key for the forged version, so the AAD is what fails
            sup.rotate_key(cid)
            worker.collections()
        seq = conn.execute(
            "SELECT min(seq) FROM revisions WHERE collection_id = %s", (cid,)
        ).fetchone()[0]
        where = " AND" if " WHERE " in TAMPERS[tamper] else " WHERE"
        where += (
            " r.collection_id = %s AND r.seq = %s"
            if "revisions r" in TAMPERS[tamper]
            else (" collection_id = %s AND seq = %s")
        )
        conn.execute(TAMPERS[tamper] + where, (cid, seq))
    with pytest.raises(RecordRejected) as caught:
        worker.pull_all(cid)
    error = caught.value
    assert error.collection_id == cid
    message = str(error)
    assert error.item_id in message
    assert not any(m in message for m in MARKERS)
    assert "did not verify" in message or "did not decrypt" in message


def test_removed_member_loses_access_and_new_key(sync_server) -> None:
    import psycopg

    sup = sync_server.new_user("supervisor")
    leaver = sync_server.new_user("social_assistant")
    stayer = sync_server.new_user("social_assistant")
    cid = shared_collection(sup, leaver, stayer)
    sup.push(cid, new_changes(3))
    assert len(leaver.pull_all(cid)[0]) == 3
    old_key = leaver.keyring.key(cid, 1)

    info = sup.remove_member(cid, leaver.user.id)
    assert info.key_version == 2 and not info.needs_rotation

    # Access ends at once, with the token the leaver already holds.
    with pytest.raises(NotFound):
        leaver.pull_all(cid)
    with pytest.raises(NotFound):
        leaver.push(cid, new_changes(1))
    assert cid not in {c.id for c in leaver.collections()}

    # New records use version 2; the stayer reads them, the old key cannot.
    fresh = new_changes(2)
    assert {o.status for o in sup.push(cid, fresh)} == {"accepted"}
    revisions, _ = stayer.pull_all(cid)
    assert {r.key_version for r in revisions if r.item_id in {c.item_id for c in fresh}} == {2}
    with psycopg.connect(sync_server.dsn()) as conn:
        rows = conn.execute(
            "SELECT item_id, rev, base_rev, key_version, author_id, deleted, ciphertext, signature "
            "FROM revisions WHERE collection_id = %s AND key_version = 2",
            (cid,),
        ).fetchall()
    assert len(rows) == 2
    from fieldapp.crypto.records import RecordOpener, SealedRecord

    # (signed by the batch's manifest: what matters here is that the old key opens nothing)
    old_opener = RecordOpener({2: old_key})
    for row in rows:
        record = SealedRecord(cid, *row[:6], bytes(row[6]), bytes(row[7]))
        with pytest.raises(DecryptionError):
            old_opener.decrypt(record)
    # The member list and wrapped keys no longer include the leaver.
    assert leaver.user.id not in {m.user_id for m in sup.list_members(cid).members}


def test_add_member_requires_matching_fingerprint(sync_server) -> None:
    sup = sync_server.new_user("supervisor")
    worker = sync_server.new_user("social_assistant")
    other = sync_server.new_user("social_assistant")
    cid = sup.create_collection("casework").id
    with pytest.raises(FingerprintMismatch):
        sup.add_member(
            cid, worker.user.id, access="write", verified_fingerprint=other.my_fingerprint()
        )
    assert worker.user.id not in {m.user_id for m in sup.list_members(cid).members}
    # Grouping and separators do not matter, digits do.
    spaced = worker.my_fingerprint().replace(" ", "-")
    sup.add_member(cid, worker.user.id, access="read", verified_fingerprint=spaced)
    assert cid in {c.id for c in worker.collections()}


def test_changed_public_key_raises_key_changed(sync_server) -> None:
    from sync.protocol import EnrolmentCodeResponse

    sup = sync_server.new_user("supervisor")
    worker = sync_server.new_user("social_assistant")
    cid = shared_collection(sup, worker)
    # The worker forgets the passphrase: the admin issues a new code and the worker re-enrols.
    code = sync_server.admin.http.call(
        "POST", f"/v1/admin/users/{worker.user.id}/enrolment-code", EnrolmentCodeResponse
    ).enrolment_code
    fresh = sync_server.client()
    fresh.enrol(
        email=worker.test_email,
        enrolment_code=code,
        passphrase=passphrase_for(worker.test_email) + " new",
        device_name="new-laptop",
        kdf_params=__import__("fieldapp.crypto.kdf", fromlist=["x"]).TEST_KDF_PARAMS,
    )
    sup.directory.forget_cache()
    with pytest.raises(KeyChanged) as caught:
        sup.public_keys(worker.user.id)
    assert caught.value.served_fingerprint == fresh.my_fingerprint()
    with pytest.raises(FingerprintMismatch):  # only an in-person check can accept a new key
        sup.add_member(cid, worker.user.id, access="write", verified_fingerprint="0" * 60)
    with pytest.raises(KeyChanged):
        sup.public_keys(worker.user.id)
    with pytest.raises(FingerprintMismatch):
        sup.accept_new_keys(worker.user.id, "1" * 60)
    sup.accept_new_keys(worker.user.id, fresh.my_fingerprint())
    sup.add_member(cid, worker.user.id, access="write", verified_fingerprint=fresh.my_fingerprint())
    assert cid in {c.id for c in fresh.collections()}


def test_disabled_user_token_fails_within_one_request(sync_server) -> None:
    from sync.protocol import AdminUser

    worker = sync_server.new_user("social_assistant")
    assert worker.me().user.id == worker.user.id
    sync_server.admin.http.call("POST", f"/v1/admin/users/{worker.user.id}/disable", AdminUser)
    with pytest.raises(SessionEnded) as caught:
        worker.me()
    assert caught.value.code in {"account_disabled", "session_revoked"}
    with pytest.raises(SessionEnded):
        worker.login(
            email=worker.test_email,
            passphrase=sync_server_passphrase(worker),
            device_name="again",
        )

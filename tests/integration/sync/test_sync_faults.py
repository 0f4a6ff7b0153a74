"""Faults and races against the real server: cut connections, stale bases, token abuse,
interrupted blob uploads, clock skew, and 20 clients pushing at once."""

from __future__ import annotations

import threading
import time
import uuid

import pytest

from sync.client import Change, ClockSkewError
from sync.client.errors import SessionEnded, TransportError
from sync.protocol import RefreshRequest, Session
from tests.integration.sync.sync_factories import (
    case_note,
    faulty_session,
    new_changes,
    once,
    shared_collection,
)

pytestmark = pytest.mark.postgres


def test_resend_after_cut_connection_is_duplicate(sync_server) -> None:
    session, adapter = faulty_session(once(lambda r: "/push" in r.url, "after"))
    sup = sync_server.new_user("supervisor", session=session)
    cid = shared_collection(sup)
    change = new_changes(1)[0]
    # The first push reaches the server, the answer is lost; the client re-sends by itself.
    [outcome] = sup.push(cid, [change])
    assert outcome.status == "duplicate"
    assert sum("/push" in s for s in adapter.sent) == 2
    # An explicit re-send (e.g. after a crash, from the outbox) is harmless too.
    [again] = sup.push(cid, [change])
    assert (again.status, again.seq) == ("duplicate", outcome.seq)
    history = sup.history(cid, change.item_id)
    assert [r.rev for r in history] == [change.rev]
    revisions, _ = sup.pull_all(cid)
    assert len(revisions) == 1


def test_push_on_stale_base_is_conflict(sync_server) -> None:
    sup = sync_server.new_user("supervisor")
    worker = sync_server.new_user("social_assistant")
    cid = shared_collection(sup, worker)
    first = new_changes(1)[0]
    sup.push(cid, [first])
    worker.pull_all(cid)
    theirs = Change(first.item_id, case_note(2), base_rev=first.rev, rev=str(uuid.uuid4()))
    assert worker.push(cid, [theirs])[0].status == "accepted"
    mine = Change(first.item_id, case_note(3), base_rev=first.rev, rev=str(uuid.uuid4()))
    [outcome] = sup.push(cid, [mine])
    assert outcome.status == "conflict"
    assert outcome.current is not None
    assert (outcome.current.rev, outcome.current.payload) == (theirs.rev, theirs.payload)
    assert outcome.current.author_id == worker.user.id
    # Both revisions remain in history; the rejected one was not stored.
    assert [r.rev for r in sup.history(cid, first.item_id)] == [first.rev, theirs.rev]
    # After merging, a push on the current base is accepted.
    merged = Change(first.item_id, case_note(4), base_rev=theirs.rev)
    assert sup.push(cid, [merged])[0].status == "accepted"


def test_chain_and_tombstone_in_one_batch(sync_server) -> None:
    sup = sync_server.new_user("supervisor")
    cid = shared_collection(sup)
    item = str(uuid.uuid4())
    r1, r2, r3 = (str(uuid.uuid4()) for _ in range(3))
    outcomes = sup.push(
        cid,
        [
            Change(item, case_note(1), None, r1),
            Change(item, case_note(2), r1, r2),
            Change(item, None, r2, r3),
        ],
    )
    assert [o.status for o in outcomes] == ["accepted"] * 3
    revisions, _ = sup.pull_all(cid)
    assert [(r.rev, r.deleted, r.payload is None) for r in revisions] == [
        (r1, False, False),
        (r2, False, False),
        (r3, True, True),
    ]


def test_refresh_is_transparent_and_rotates(sync_server) -> None:
    offset = {"s": 0.0}
    worker = sync_server.new_user("social_assistant", clock=lambda: time.time() + offset["s"])
    before = worker.auth.tokens
    sync_server.clock.offset = offset["s"] = 16 * 60  # the 15-minute access token expired
    assert worker.me().user.id == worker.user.id
    after = worker.auth.tokens
    assert after.access_token != before.access_token
    assert after.refresh_token != before.refresh_token
    assert worker.clock_skew is None


def test_refresh_token_reuse_revokes_the_family(sync_server) -> None:
    worker = sync_server.new_user("social_assistant")
    stolen = worker.auth.tokens.refresh_token
    worker.refresh_session()  # legitimate rotation
    assert worker.me().user.id == worker.user.id
    # The old refresh token comes back (stolen copy): the whole family is revoked.
    with pytest.raises(SessionEnded) as caught:
        worker.http.call(
            "POST", "/v1/auth/refresh", Session, RefreshRequest(refresh_token=stolen), auth=False
        )
    assert caught.value.code == "refresh_reused"
    with pytest.raises(SessionEnded):
        worker.me()  # the current access token died with its family
    assert worker.auth.tokens is None  # the client forgot the dead session
    # Logging in again works.
    from tests.harness.server import passphrase_for

    worker.login(
        email=worker.test_email, passphrase=passphrase_for(worker.test_email), device_name="x"
    )
    assert worker.me().user.id == worker.user.id


def test_logout_ends_the_session(sync_server) -> None:
    worker = sync_server.new_user("social_assistant")
    token = worker.auth.tokens.access_token
    worker.logout()
    from sync.client.errors import AuthError

    with pytest.raises(AuthError):
        worker.http.request(
            "GET", "/v1/me", headers={"Authorization": f"Bearer {token}"}, auth=False
        )


def test_clock_skew_is_detected_with_an_injected_clock(sync_server) -> None:
    seen = []
    worker = sync_server.new_user(
        "social_assistant", clock=lambda: time.time() - 11 * 60, on_clock_skew=seen.append
    )
    worker.me()
    worker.me()
    assert worker.clock_skew is not None
    assert 10 * 60 < worker.clock_skew.skew_seconds < 12 * 60
    assert len(seen) == 1  # told once, not on every request
    assert "minutes behind" in worker.clock_skew.message
    with pytest.raises(ClockSkewError):
        worker.check_clock()
    near = sync_server.new_user("social_assistant", clock=lambda: time.time() + 60)
    near.me()
    assert near.clock_skew is None
    near.check_clock()


def _blob_file(tmp_path, size: int):
    path = tmp_path / "inventory-photos.bin"
    block = bytes(range(256)) * 4096
    with open(path, "wb") as f:
        written = 0
        while written < size:
            piece = block[: size - written]
            f.write(piece)
            written += len(piece)
    return path


def test_blob_upload_cut_in_the_middle_resumes(sync_server, tmp_path) -> None:
    from sync.client.blobs import encrypt_file

    down = {"on": False, "fired": False}
    puts = []

    def rule(request):
        if request.method == "PUT" and "/data" in request.url:
            if down["on"]:
                return "before"
            puts.append(request.url)
            if len(puts) == 2 and not down["fired"]:
                down["on"] = down["fired"] = True  # the network drops after the second piece left
                return "after"
        return None

    session, _ = faulty_session(rule)
    sup = sync_server.new_user("supervisor", session=session, blob_piece_size=1024 * 1024)
    sup.blobs.max_resumes = 0
    worker = sync_server.new_user("social_assistant")
    cid = shared_collection(sup, worker)
    plain = _blob_file(tmp_path, 3 * 1024 * 1024 + 12345)
    cipher = tmp_path / "cipher"
    ref = encrypt_file(plain, cipher)
    with pytest.raises(TransportError):
        sup.blobs.upload(cid, cipher, blob_id=ref.blob_id)
    status = sup.blobs.status(cid, ref.blob_id, ref.size)
    assert status.offset == 2 * 1024 * 1024 and not status.done  # both pieces arrived

    down["on"] = False
    puts.clear()
    done = sup.blobs.upload(cid, cipher, blob_id=ref.blob_id)
    assert done.done and done.offset == ref.size
    assert len(puts) == 2  # only the rest was sent
    # Idempotent: uploading again sends nothing.
    puts.clear()
    assert sup.blobs.upload(cid, cipher, blob_id=ref.blob_id).done
    assert puts == []
    out = tmp_path / "out.bin"
    worker.get_file(ref, out)
    assert out.read_bytes() == plain.read_bytes()


def test_blob_upload_survives_lost_answers_by_itself(sync_server, tmp_path) -> None:
    session, _ = faulty_session(
        once(lambda r: r.method == "PUT" and "offset=1048576" in r.url, "after")
    )
    sup = sync_server.new_user("supervisor", session=session, blob_piece_size=1024 * 1024)
    cid = shared_collection(sup)
    plain = _blob_file(tmp_path, 2 * 1024 * 1024 + 7)
    ref = sup.put_file(cid, plain)
    out = tmp_path / "out.bin"
    sup.get_file(ref, out)
    assert out.read_bytes() == plain.read_bytes()


def test_tampered_blob_is_rejected(sync_server, tmp_path) -> None:
    from sync.client import BlobRejected

    sup = sync_server.new_user("supervisor")
    cid = shared_collection(sup)
    plain = _blob_file(tmp_path, 100_000)
    ref = sup.put_file(cid, plain)
    stored = [p for p in sync_server.blob_dir.rglob("*") if p.is_file() and ref.blob_id in p.name]
    assert stored
    data = bytearray(stored[0].read_bytes())
    data[500] ^= 1
    stored[0].write_bytes(bytes(data))
    with pytest.raises(BlobRejected) as caught:
        sup.get_file(ref, tmp_path / "out.bin")
    assert ref.blob_id in str(caught.value)
    assert not (tmp_path / "out.bin").exists()


ROUNDS = 3
WRITERS = 20
READERS = 3
ITEMS_PER_WRITER = 12
BATCH = 3


@pytest.fixture
def crowd(sync_server):  # each round on a clean server: new people, a new collection
    sup = sync_server.new_user("supervisor")
    writers = [sync_server.new_user("social_assistant") for _ in range(WRITERS)]
    readers = [sync_server.new_user("social_assistant") for _ in range(READERS)]
    return sup, writers, readers


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_twenty_clients_push_while_others_pull(sync_server, crowd, round_) -> None:
    sup, writers, readers = crowd
    cid = shared_collection(sup, *writers)
    for reader in readers:
        sup.add_member(
            cid, reader.user.id, access="read", verified_fingerprint=reader.my_fingerprint()
        )
    for client in (*writers, *readers):
        client.collections()

    pushed: list[set[tuple[str, str]]] = [set() for _ in writers]
    seen: list[list[tuple[int, str, str]]] = [[] for _ in readers]
    errors: list[BaseException] = []
    start = threading.Barrier(WRITERS + READERS)
    writing = threading.Event()
    writing.set()

    def write(i: int) -> None:
        try:
            client = writers[i]
            changes = new_changes(ITEMS_PER_WRITER, prefix=f"w{i}")
            start.wait()
            for b in range(0, len(changes), BATCH):
                batch = changes[b : b + BATCH]
                outcomes = client.push(cid, batch)
                assert {o.status for o in outcomes} == {"accepted"}
                pushed[i].update((c.item_id, c.rev) for c in batch)
            # and a second revision of the first item, on the acknowledged base
            first = changes[0]
            update = Change(first.item_id, case_note(1000 + i), base_rev=first.rev)
            [outcome] = client.push(cid, [update])
            assert outcome.status == "accepted"
            pushed[i].add((update.item_id, outcome.rev))
        except BaseException as exc:
            errors.append(exc)

    def read(j: int) -> None:
        try:
            client = readers[j]
            since = 0
            start.wait()
            while True:
                still_writing = writing.is_set()
                for page in client.pull(cid, since=since, limit=7):
                    seen[j].extend((r.seq, r.item_id, r.rev) for r in page.revisions)
                    since = page.last_seq
                if not still_writing:
                    return
                time.sleep(0.005)
        except BaseException as exc:
            errors.append(exc)

    writer_threads = [threading.Thread(target=write, args=(i,)) for i in range(WRITERS)]
    reader_threads = [threading.Thread(target=read, args=(j,)) for j in range(READERS)]
    for t in writer_threads + reader_threads:
        t.start()
    for t in writer_threads:
        t.join(timeout=90)
    writing.clear()
    for t in reader_threads:
        t.join(timeout=90)
    assert not errors, errors[:3]

    expected = set().union(*pushed)
    assert len(expected) == WRITERS * (ITEMS_PER_WRITER + 1)
    for log in seen:  # incremental pulls during the storm: nothing skipped, nothing twice
        revs = [(item, rev) for _, item, rev in log]
        assert len(revs) == len(set(revs))
        assert set(revs) == expected
        seqs = [seq for seq, _, _ in log]
        assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    for client in writers[:5]:  # and a full pull from scratch agrees
        revisions, _ = client.pull_all(cid)
        assert {(r.item_id, r.rev) for r in revisions} == expected
        assert len(revisions) == len(expected)


def test_brute_force_login_is_slowed_but_never_locked_for_good(sync_server) -> None:
    from sync.client import RetryPolicy
    from sync.client.errors import AuthError, RateLimited
    from tests.harness.server import passphrase_for

    victim = sync_server.new_user("social_assistant")
    attacker = sync_server.client(retry=RetryPolicy(attempts=1, max_retry_after=0))
    limited = None
    for attempt in range(20):
        try:
            attacker.login(email=victim.test_email, passphrase=f"guess {attempt}", device_name="x")
        except RateLimited as exc:
            limited = exc
            break
        except AuthError as exc:
            assert exc.code == "invalid_credentials"
    assert limited is not None and limited.retry_after > 0
    assert attempt <= 10
    # While throttled, even the right passphrase waits ...
    with pytest.raises(RateLimited):
        attacker.login(
            email=victim.test_email, passphrase=passphrase_for(victim.test_email), device_name="x"
        )
    # ... and once the wait is over it works: no permanent lock-out.
    sync_server.clock.offset = limited.retry_after + 1
    user = sync_server.client(clock=sync_server.clock).login(
        email=victim.test_email, passphrase=passphrase_for(victim.test_email), device_name="x"
    )
    assert user.id == victim.user.id


class _CutStream:
    """A response body that breaks after `limit` bytes, as a dropped connection does."""

    def __init__(self, raw, limit: int) -> None:
        self._raw, self._limit = raw, limit

    def stream(self, amt=None, decode_content=True):
        from urllib3.exceptions import ProtocolError

        sent = 0
        for chunk in self._raw.stream(amt, decode_content=decode_content):
            if sent + len(chunk) >= self._limit:
                yield chunk[: self._limit - sent]
                raise ProtocolError("connection cut mid-download")
            sent += len(chunk)
            yield chunk

    def __getattr__(self, name):
        return getattr(self._raw, name)


def test_blob_download_cut_in_the_middle_resumes_with_range(sync_server, tmp_path) -> None:
    from requests.adapters import HTTPAdapter

    ranges: list[str | None] = []

    class CuttingAdapter(HTTPAdapter):
        def send(self, request, **kwargs):
            response = super().send(request, **kwargs)
            if request.method == "GET" and "/v1/blobs/" in request.url:
                ranges.append(request.headers.get("Range"))
                if len(ranges) == 1:
                    response.raw = _CutStream(response.raw, 1_500_000)
            return response

    import requests as rq

    session = rq.Session()
    session.mount("http://", CuttingAdapter())
    sup = sync_server.new_user("supervisor")
    worker = sync_server.new_user("social_assistant", session=session)
    cid = shared_collection(sup, worker)
    plain = _blob_file(tmp_path, 3 * 1024 * 1024 + 99)
    ref = sup.put_file(cid, plain)
    out = tmp_path / "out.bin"
    worker.get_file(ref, out)
    assert out.read_bytes() == plain.read_bytes()
    assert ranges == [None, "bytes=1500000-"]


def test_session_resumes_from_saved_tokens_and_keys(sync_server) -> None:
    saved = []
    worker = sync_server.new_user("social_assistant", on_tokens=saved.append)
    sup = sync_server.new_user("supervisor")
    cid = shared_collection(sup, worker)
    sup.push(cid, new_changes(2))
    tokens, keys = saved[-1], worker.auth.require_keys()
    later = sync_server.client()  # the app restarted; tokens and keys came out of the vault
    assert later.resume(tokens, keys).id == worker.user.id
    assert len(later.pull_all(cid)[0]) == 2


def test_fifty_megabyte_blob_is_never_held_whole_in_memory(sync_server, tmp_path) -> None:
    import tracemalloc

    sup = sync_server.new_user("supervisor")
    cid = shared_collection(sup)
    size = 50 * 1024 * 1024
    plain = _blob_file(tmp_path, size)
    tracemalloc.start()
    try:
        ref = sup.put_file(cid, plain)
        sup.get_file(ref, tmp_path / "back.bin")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Peak Python allocations of client *and* in-process server together stay a fraction
    # of the blob: it streams through in pieces, it is never held whole, let alone twice.
    assert peak < size / 2, f"peak {peak / 2**20:.1f} MiB"
    assert (tmp_path / "back.bin").stat().st_size == size
    assert (tmp_path / "back.bin").read_bytes() == plain.read_bytes()


def _reenrol(sync_server, worker):
    """The worker forgot the passphrase: the admin issues a new code, the worker re-enrols
    on a new laptop (new keys; the old ones become `previous_keys`)."""
    from fieldapp.crypto.kdf import TEST_KDF_PARAMS
    from sync.protocol import EnrolmentCodeResponse
    from tests.harness.server import passphrase_for

    code = sync_server.admin.http.call(
        "POST", f"/v1/admin/users/{worker.user.id}/enrolment-code", EnrolmentCodeResponse
    ).enrolment_code
    fresh = sync_server.client()
    fresh.enrol(
        email=worker.test_email,
        enrolment_code=code,
        passphrase=passphrase_for(worker.test_email) + "!",
        device_name="new",
        kdf_params=TEST_KDF_PARAMS,
    )
    return fresh


def _reader(sync_server, sup, worker, fresh, which: str):
    """A device reading the collection after the worker's re-enrolment: the supervisor on a
    new laptop (never saw the old key), or the old laptop that had pinned the old key and
    accepted the new one after the in-person check."""
    from tests.harness.server import passphrase_for

    if which == "fresh device":
        reader = sync_server.client()
        reader.login(
            email=sup.test_email, passphrase=passphrase_for(sup.test_email), device_name="new"
        )
    else:
        reader = sup
        reader.directory.forget_cache()
        reader.accept_new_keys(worker.user.id, fresh.my_fingerprint())
    reader.collections()
    return reader


KEY_READERS = ["fresh device", "device that pinned the old key"]


@pytest.mark.parametrize("which", KEY_READERS)
def test_fresh_device_verifies_history_signed_before_a_reenrolment(sync_server, which) -> None:
    sup = sync_server.new_user("supervisor")
    worker = sync_server.new_user("social_assistant")
    cid = shared_collection(sup, worker)
    old = new_changes(1)[0]
    worker.push(cid, [old])
    fresh = _reenrol(sync_server, worker)
    sup.add_member(cid, worker.user.id, access="write", verified_fingerprint=fresh.my_fingerprint())
    fresh.collections()
    new = Change(old.item_id, case_note(9), base_rev=old.rev, rev=str(uuid.uuid4()))
    assert fresh.push(cid, [new])[0].status == "accepted"
    reader = _reader(sync_server, sup, worker, fresh, which)
    revisions, _ = reader.pull_all(cid)
    assert [(r.rev, r.author_id, r.payload) for r in revisions] == [
        (old.rev, worker.user.id, old.payload),
        (new.rev, worker.user.id, new.payload),
    ]
    # The re-enrolled worker's own new device verifies what the old key signed, too.
    assert [r.rev for r in fresh.history(cid, old.item_id)] == [old.rev, new.rev]
    # The old key was pinned with its window, as the server listed it.
    [retired] = reader.pins.retired(worker.user.id)
    assert retired.keys == worker.auth.require_keys().public
    assert retired.covers(revisions[0].received_at)
    assert not retired.covers(revisions[1].received_at)


@pytest.mark.parametrize("which", KEY_READERS)
@pytest.mark.parametrize("claimed", ["after the re-enrolment", "before the old enrolment"])
def test_old_key_is_not_trusted_outside_its_window(sync_server, which, claimed) -> None:
    import psycopg

    from sync.client import RecordRejected

    sup = sync_server.new_user("supervisor")
    worker = sync_server.new_user("social_assistant")
    cid = shared_collection(sup, worker)
    worker.push(cid, new_changes(2))
    fresh = _reenrol(sync_server, worker)
    with psycopg.connect(sync_server.dsn()) as conn:
        valid_from, valid_until = conn.execute(
            "SELECT valid_from, valid_until FROM retired_keys WHERE user_id = %s",
            (worker.user.id,),
        ).fetchone()
        # The server (or whoever rewrote its database) claims the second revision, signed
        # with the old key, was received outside the window in which that key was current.
        moved = valid_until + 3600 if claimed.startswith("after") else valid_from - 3600
        conn.execute(
            "UPDATE revisions SET received_at = %s WHERE collection_id = %s AND seq = "
            "(SELECT max(seq) FROM revisions WHERE collection_id = %s)",
            (moved, cid, cid),
        )
    reader = _reader(sync_server, sup, worker, fresh, which)
    with pytest.raises(RecordRejected) as caught:
        reader.pull_all(cid)
    assert "did not verify" in str(caught.value)
    [first] = reader.records.pull_page(cid, since=0, limit=1).revisions
    assert first.author_id == worker.user.id  # the one inside the window still verifies


def test_a_moved_window_of_a_pinned_retired_key_is_refused(sync_server) -> None:
    import psycopg

    from sync.client.errors import RetiredKeysChanged

    sup = sync_server.new_user("supervisor")
    worker = sync_server.new_user("social_assistant")
    cid = shared_collection(sup, worker)
    worker.push(cid, new_changes(1))
    fresh = _reenrol(sync_server, worker)
    reader = _reader(sync_server, sup, worker, fresh, "fresh device")
    assert len(reader.pull_all(cid)[0]) == 1
    with psycopg.connect(sync_server.dsn()) as conn:
        conn.execute(
            "UPDATE retired_keys SET valid_until = valid_until + 86400 WHERE user_id = %s",
            (worker.user.id,),
        )
    reader.directory.forget_cache()
    with pytest.raises(RetiredKeysChanged):
        reader.public_keys(worker.user.id)
    [pinned] = reader.pins.retired(worker.user.id)  # the first window stays pinned
    with psycopg.connect(sync_server.dsn()) as conn:
        served_until = conn.execute(
            "SELECT valid_until FROM retired_keys WHERE user_id = %s", (worker.user.id,)
        ).fetchone()[0]
    assert pinned.valid_until == served_until - 86400


def test_device_wiped_is_raised_on_every_path(sync_server, tmp_path) -> None:
    """The admin revokes a laptop with wipe: every way the client can next reach the server
    raises DeviceWiped (erasing the vault is the desktop's job)."""
    from sync.client.errors import DeviceWiped
    from sync.protocol import DeviceInfo, RevokeDeviceRequest
    from tests.harness.server import passphrase_for

    saved = []
    sup = sync_server.new_user("supervisor")
    worker = sync_server.new_user("social_assistant", on_tokens=saved.append)
    cid = shared_collection(sup, worker)
    sup.push(cid, new_changes(1))
    ref = sup.put_file(cid, _blob_file(tmp_path, 1000))
    worker.collections()
    tokens, keys, device_id = saved[-1], worker.auth.require_keys(), worker.device_id
    revoked = sync_server.admin.http.call(
        "POST",
        f"/v1/admin/devices/{device_id}/revoke",
        DeviceInfo,
        RevokeDeviceRequest(wipe=True),
    )
    assert revoked.wipe
    calls = {
        "me": worker.me,
        "collections": worker.collections,
        "pull": lambda: worker.pull_all(cid),
        "history": lambda: worker.history(cid, new_changes(1)[0].item_id),
        "push": lambda: worker.push(cid, new_changes(1)),
        "put_file": lambda: worker.put_file(cid, _blob_file(tmp_path, 10)),
        "get_file": lambda: worker.get_file(ref, tmp_path / "out.bin"),
        "refresh": worker.refresh_session,
    }
    for name, call in calls.items():
        with pytest.raises(DeviceWiped):
            call()
        if name == "refresh":
            assert worker.auth.tokens is None  # the dead session was forgotten
    # After a restart, from the tokens and keys kept in the vault.
    later = sync_server.client()
    later.resume(tokens, keys)
    with pytest.raises(DeviceWiped):
        later.pull_all(cid)
    with pytest.raises(DeviceWiped):
        later.logout()
    assert later.auth.tokens is None
    # A login naming the wiped device, even with the right passphrase.
    with pytest.raises(DeviceWiped):
        sync_server.client().login(
            email=worker.test_email,
            passphrase=passphrase_for(worker.test_email),
            device_name="x",
            device_id=device_id,
        )


@pytest.mark.parametrize("moved", [False, True])
def test_keys_granted_before_the_granter_reenrolled_still_open(sync_server, moved) -> None:
    """The supervisor who granted the worker's key forgets the passphrase and re-enrols:
    the worker's new laptop still verifies that grant against the supervisor's retired key,
    but only for a grant the server stored inside that key's window."""
    import psycopg

    from sync.client.errors import WrappedKeyRejected
    from tests.harness.server import passphrase_for

    sup = sync_server.new_user("supervisor")
    worker = sync_server.new_user("social_assistant")
    cid = shared_collection(sup, worker)
    sup.push(cid, new_changes(1))
    _reenrol(sync_server, sup)
    if moved:
        with psycopg.connect(sync_server.dsn()) as conn:
            conn.execute(
                "UPDATE wrapped_keys SET created_at = created_at + 86400 "
                "WHERE collection_id = %s AND user_id = %s",
                (cid, worker.user.id),
            )
    laptop = sync_server.client()
    laptop.login(
        email=worker.test_email, passphrase=passphrase_for(worker.test_email), device_name="n"
    )
    if moved:
        with pytest.raises(WrappedKeyRejected, match="granter signature did not verify"):
            laptop.collections()
        return
    [info] = laptop.collections()
    assert info.wrapped_keys[0].granted_at is not None
    [revision] = laptop.pull_all(cid)[0]
    assert revision.author_id == sup.user.id


def test_a_retired_key_slipped_in_under_an_unchanged_key_is_refused(sync_server) -> None:
    """The server lists an 'old key' the user never had while the current key stays: no
    device pins it, not even during an in-person check of the (unchanged) current key."""
    import os

    import psycopg

    from sync.client.errors import RetiredKeysChanged

    sup = sync_server.new_user("supervisor")
    worker = sync_server.new_user("social_assistant")
    shared_collection(sup, worker)
    assert sup.pins.retired(worker.user.id) == []
    with psycopg.connect(sync_server.dsn()) as conn:
        conn.execute(
            "INSERT INTO retired_keys (user_id, sign_public, organisation_id, wrap_public, "
            "valid_from, valid_until) VALUES (%s, %s, %s, %s, 0, 1e12)",
            (worker.user.id, os.urandom(32), worker.user.organisation_id, os.urandom(32)),
        )
    sup.directory.forget_cache()
    with pytest.raises(RetiredKeysChanged):
        sup.public_keys(worker.user.id)
    other = sup.create_collection("casework")
    with pytest.raises(RetiredKeysChanged):
        sup.add_member(
            other.id, worker.user.id, access="read", verified_fingerprint=worker.my_fingerprint()
        )
    assert sup.pins.retired(worker.user.id) == []

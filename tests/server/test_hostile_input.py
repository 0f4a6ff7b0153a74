"""Tried as an attacker would (issue 13, item 8): bodies bounded before they are read,
the token checked before a body is parsed, malformed values answered 4xx never 500, and
login throttling that slows guessing without locking the owner out."""

from __future__ import annotations

import socket
import threading
import uuid
from pathlib import Path

import pytest
import requests

from sync.protocol import SealedRecordModel, b64encode
from tests.harness.server import ServerProcess
from tests.server.server_factories import World

pytestmark = pytest.mark.postgres

MIB = 1024 * 1024
WRONG = b"\x03" * 32


def _send_body(port: int, path: str, size: int, *, declare_length: bool) -> int:
    """POST `size` bytes to `path` on a raw socket, as fast as the server takes them, and
    return the status the server answered (it may answer, and close, long before the
    end). Chunked transfer when the length is not declared."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    head = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json"]
    head.append(f"Content-Length: {size}" if declare_length else "Transfer-Encoding: chunked")
    status: list[int] = []

    def read_status() -> None:
        data = b""
        try:
            while b"\r\n" not in data:
                chunk = sock.recv(4096)
                if not chunk:
                    return
                data += chunk
            status.append(int(data.split(b" ", 2)[1]))
        except OSError:
            return

    reader = threading.Thread(target=read_status, daemon=True)
    reader.start()
    piece = b"[" * MIB
    try:
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
        sent = 0
        while sent < size and not status:
            if declare_length:
                sock.sendall(piece)
            else:
                sock.sendall(b"%x\r\n" % len(piece) + piece + b"\r\n")
            sent += len(piece)
        if not declare_length and not status:
            sock.sendall(b"0\r\n\r\n")
    except OSError:
        pass  # the server answered and closed: what we want
    reader.join(30)
    sock.close()
    assert status, f"no answer for {path}"
    return status[0]


def test_a_50_mb_stranger_body_leaves_server_memory_flat(
    world: World, pg_url: str, server_blob_dir: Path
) -> None:
    with ServerProcess(pg_url, server_blob_dir) as server:
        for _ in range(20):  # warm up: imports, pools, first allocations
            requests.post(server.url + "/v1/auth/prelogin", json={"email": "a@b.c"}, timeout=10)
        before = server.rss_kib()
        push = f"/v1/collections/{uuid.uuid4()}/push"
        answers = {
            ("push", "length"): _send_body(server.port, push, 50 * MIB, declare_length=True),
            ("push", "chunked"): _send_body(server.port, push, 50 * MIB, declare_length=False),
            ("login", "length"): _send_body(
                server.port, "/v1/auth/login", 50 * MIB, declare_length=True
            ),
            ("login", "chunked"): _send_body(
                server.port, "/v1/auth/login", 50 * MIB, declare_length=False
            ),
        }
        after = server.rss_kib()
        print(f"\nserver RSS {before / 1024:.1f} MiB -> {after / 1024:.1f} MiB; {answers}")
        assert answers[("push", "length")] == 401  # not parsed: no token
        assert answers[("push", "chunked")] == 401
        assert answers[("login", "length")] == 413  # refused by its length alone
        assert answers[("login", "chunked")] == 413  # refused as it streamed past 64 KiB
        assert after - before <= 20 * 1024
        # ... and the server still serves.
        r = requests.post(server.url + "/v1/auth/prelogin", json={"email": "a@b.c"}, timeout=10)
        assert r.status_code == 200


def test_token_is_checked_before_the_body_is_parsed(world: World) -> None:
    alice = world.person()
    cid, _ = world.collection(world.person("supervisor"))
    url = f"{world.base_url}/v1/collections/{cid}/push"
    garbage = b'{"items": [' + b"{" * 1000
    r = requests.post(url, data=garbage, headers={"Content-Type": "application/json"}, timeout=10)
    assert r.status_code == 401 and r.json()["code"] == "unauthenticated"
    r = alice.call("POST", f"/v1/collections/{cid}/push", data=garbage)
    assert r.status_code == 422 and r.json()["code"] == "invalid_request"
    # A body over the push limit is refused whoever sends it, before it is read.
    r = alice.call("POST", f"/v1/collections/{cid}/push", headers={"Content-Length": str(65 * MIB)})
    assert r.status_code == 413 and r.json()["code"] == "too_large"


def test_blob_routes_check_the_token_before_the_body(world: World) -> None:
    """The blob routes too: starting an upload parses its JSON only for a known caller, and
    the bytes of a chunk are not read for a stranger."""
    alice = world.person()
    cid, _ = world.collection(world.person("supervisor"))
    garbage = b'{"collection_id": "' + cid.encode() + b'", "blob_id": [' + b"[" * 1000
    json_header = {"Content-Type": "application/json"}
    r = requests.post(world.base_url + "/v1/blobs", data=garbage, headers=json_header,
                      timeout=10)
    assert r.status_code == 401 and r.json()["code"] == "unauthenticated"
    r = alice.call("POST", "/v1/blobs", data=garbage, headers=dict(json_header))
    assert r.status_code == 422 and r.json()["code"] == "invalid_request"
    # A well-formed start from a stranger is refused the same way (nothing to tell apart).
    start = {"collection_id": cid, "blob_id": "a" * 64, "size": 3}
    r = requests.post(world.base_url + "/v1/blobs", json=start, timeout=10)
    assert r.status_code == 401 and r.json()["code"] == "unauthenticated"
    blob = "/v1/blobs/" + "a" * 64
    r = requests.put(world.base_url + blob + "/data?offset=0", data=b"abc", timeout=10)
    assert r.status_code == 401 and r.json()["code"] == "unauthenticated"
    r = requests.post(world.base_url + blob + "/complete", timeout=10)
    assert r.status_code == 401 and r.json()["code"] == "unauthenticated"
    # The start body is still documented for clients and the schema-based fuzz run.
    schema = requests.get(world.base_url + "/openapi.json", timeout=10).json()
    start_op = schema["paths"]["/v1/blobs"]["post"]
    assert "BlobStartRequest" in str(start_op["requestBody"])


@pytest.mark.parametrize(
    "path",
    [
        "/v1/auth/prelogin",
        "/v1/auth/login",
        "/v1/auth/enrol",
    ],
)
def test_nul_byte_in_an_email_is_a_4xx(world: World, path: str) -> None:
    body = {
        "email": "ali\x00ce@example.test",
        "auth_key": "AAAA",
        "device_name": "x",
        "enrolment_code": "ABCDE",
        "account_salt": "AAAA",
        "kdf_params": {"memory_kib": 1024, "iterations": 1, "lanes": 1, "algorithm": "argon2id"},
        "wrap_public": "AAAA",
        "sign_public": "AAAA",
        "sealed_private_keys": "AAAA",
    }
    r = requests.post(world.base_url + path, json=body, timeout=10)
    assert 400 <= r.status_code < 500, r.text


def test_malformed_ids_and_numbers_are_4xx(world: World) -> None:
    sup = world.person("supervisor")
    admin = world.person("admin")
    cid, key = world.collection(sup)
    huge = str(2**64)
    cases = [
        (sup, "GET", f"/v1/collections/{cid}/changes?since={2**63}"),
        (sup, "GET", f"/v1/collections/{cid}/changes?since={huge}"),
        (sup, "GET", f"/v1/collections/{cid}/changes?since=-1"),
        (sup, "GET", f"/v1/collections/{cid}/changes?limit={huge}"),
        (sup, "GET", f"/v1/collections/{cid}/changes?since=1e400"),
        (sup, "GET", "/v1/collections/%00abc/changes"),
        (sup, "GET", "/v1/collections/not-a-uuid/changes"),
        (sup, "GET", "/v1/collections/" + "a" * 5000),
        (sup, "GET", f"/v1/collections/{cid}/items/%00/history"),
        (sup, "GET", "/v1/users/%00/keys"),
        (sup, "GET", "/v1/users/not-a-uuid/keys"),
        (sup, "DELETE", f"/v1/collections/{cid}/members/%00"),
        (admin, "POST", "/v1/admin/users/%00/disable"),
        (admin, "POST", "/v1/admin/users/not-a-uuid/disable"),
        (sup, "GET", "/v1/blobs/%00"),
        (sup, "GET", f"/v1/audit?since={huge}"),
            (sup, "GET", "/v1/collections/" + "b" * 64),
    ]
    for person, method, path in cases:
        r = person.call(method, path)
        assert 400 <= r.status_code < 500, (method, path, r.status_code, r.text)
    record = sup.seal(cid, key, {"n": 1})
    item = SealedRecordModel.from_crypto(record).model_dump(mode="json")
    for field, value in [
        ("key_version", 10**30),
        ("key_version", -(2**70)),
        ("item_id", "x\x00y"),
        ("rev", "not-a-uuid"),
        ("ciphertext", "%%%"),
        ("deleted", "maybe"),
    ]:
        r = sup.post(f"/v1/collections/{cid}/push", {"items": [{**item, field: value}]})
        assert 400 <= r.status_code < 500, (field, r.status_code, r.text)
    r = admin.post(
        "/v1/admin/users",
        {"email": "new\x00one@example.test", "role": "social_assistant"},
    )
    assert 400 <= r.status_code < 500, r.text


def test_a_stranger_cannot_lock_the_owner_out(world: World) -> None:
    alice = world.person()
    laptop = alice.device_id
    # Someone who knows Alice's e-mail address guesses, from elsewhere.
    for _ in range(8):
        r = alice.login(auth=WRONG)
        assert r.status_code in (401, 429)
    blocked = requests.post(
        world.base_url + "/v1/auth/login",
        json={
            "email": alice.email,
            "auth_key": b64encode(alice.auth_key),
            "device_name": "new laptop",
        },
        timeout=10,
    )
    assert blocked.status_code == 429  # a new device waits: guessing is slowed
    # Alice's own laptop is not held back by the stranger's failures.
    assert alice.login(device_id=laptop).status_code == 200
    assert alice.device_id == laptop
    # Her laptop is throttled on a counter of its own (and a success resets it).
    for _ in range(5):
        assert alice.login(device_id=laptop, auth=WRONG).status_code == 401
    mine = alice.login(device_id=laptop)
    assert mine.status_code == 429
    world.clock.advance(int(mine.headers["Retry-After"]) + 1)
    assert alice.login(device_id=laptop).status_code == 200


def test_guessing_from_one_address_is_slowed_across_accounts(world: World) -> None:
    alice = world.person()
    free = world.state.settings.throttle_address_free
    for i in range(free):
        r = requests.post(
            world.base_url + "/v1/auth/login",
            json={"email": f"nobody-{i}@example.test", "auth_key": "AAAA", "device_name": "x"},
            timeout=10,
        )
        assert r.status_code == 401
    assert alice.login().status_code == 429  # this address is slowed, whatever account
    assert alice.login(device_id=alice.device_id).status_code == 200  # not a known device

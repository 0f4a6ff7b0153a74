"""A blob data request is checked as its bytes arrive: past 16 MiB the server answers 413
while the client is still sending, instead of reading the whole body first."""

from __future__ import annotations

import hashlib
import socket
from urllib.parse import urlsplit

from sync.protocol import MAX_BLOB_PUT
from tests.server.server_factories import World


def _setup(world: World):  # type: ignore[no-untyped-def]
    sup = world.person("supervisor")
    alice = world.person()
    cid, key = world.collection(sup)
    world.share(sup, cid, key, alice, "write")
    return alice, cid


def _status_line(sock: socket.socket) -> str:
    data = b""
    while b"\r\n" not in data:
        piece = sock.recv(4096)
        if not piece:
            break
        data += piece
    return data.split(b"\r\n", 1)[0].decode()


def test_oversized_chunked_body_refused_before_it_ends(world: World) -> None:
    alice, cid = _setup(world)
    size = 64 * 1024 * 1024
    bid = hashlib.sha256(b"too big").hexdigest()
    start = alice.post("/v1/blobs", {"blob_id": bid, "size": size, "collection_id": cid})
    assert start.status_code == 200, start.text
    url = urlsplit(world.base_url)
    sock = socket.create_connection((url.hostname, url.port), timeout=20)
    try:
        sock.sendall(
            (
                f"PUT /v1/blobs/{bid}/data?offset=0 HTTP/1.1\r\n"
                f"Host: {url.hostname}\r\n"
                f"Authorization: Bearer {alice.access}\r\n"
                "Content-Type: application/octet-stream\r\n"
                "Transfer-Encoding: chunked\r\n\r\n"
            ).encode()
        )
        piece = b"\0" * (1024 * 1024)
        chunk = f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
        for _ in range(MAX_BLOB_PUT // len(piece)):
            sock.sendall(chunk)
        sock.sendall(b"1\r\nX\r\n")  # one byte past the limit, and nothing more to read
        # The body is not finished (no final 0-length chunk): a server that waited for
        # the whole body would never answer, and this read would time out.
        assert _status_line(sock).startswith("HTTP/1.1 413")
    finally:
        sock.close()
    # Nothing of it was stored.
    again = alice.post("/v1/blobs", {"blob_id": bid, "size": size, "collection_id": cid})
    assert again.json()["offset"] == 0


def test_declared_oversized_body_refused_at_once(world: World) -> None:
    alice, cid = _setup(world)
    bid = hashlib.sha256(b"declared").hexdigest()
    alice.post("/v1/blobs", {"blob_id": bid, "size": 64 * 1024 * 1024, "collection_id": cid})
    url = urlsplit(world.base_url)
    sock = socket.create_connection((url.hostname, url.port), timeout=20)
    try:
        sock.sendall(
            (
                f"PUT /v1/blobs/{bid}/data?offset=0 HTTP/1.1\r\n"
                f"Host: {url.hostname}\r\n"
                f"Authorization: Bearer {alice.access}\r\n"
                f"Content-Length: {MAX_BLOB_PUT + 1}\r\n\r\n"
            ).encode()
        )
        assert _status_line(sock).startswith("HTTP/1.1 413")  # not a byte of body sent
    finally:
        sock.close()


def test_unauthenticated_upload_refused_before_the_body(world: World) -> None:
    url = urlsplit(world.base_url)
    bid = hashlib.sha256(b"anon").hexdigest()
    sock = socket.create_connection((url.hostname, url.port), timeout=20)
    try:
        sock.sendall(
            (
                f"PUT /v1/blobs/{bid}/data?offset=0 HTTP/1.1\r\n"
                f"Host: {url.hostname}\r\n"
                "Content-Length: 1000000\r\n\r\n"
            ).encode()
        )
        assert _status_line(sock).startswith("HTTP/1.1 401")
    finally:
        sock.close()

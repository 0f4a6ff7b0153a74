"""The S3-compatible blob store against a real S3-speaking server on 127.0.0.1 (moto in
server mode): resumable chunked upload, idempotent re-upload, ranges, purge; and the API
serving blobs from it through a real uvicorn."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest

from fieldapp.crypto import aead
from fieldapp.crypto.blobs import blob_id as make_blob_id
from fieldapp.crypto.blobs import encrypt_blob
from sync.server.app import create_app
from sync.server.blobstore import make_blob_store
from sync.server.blobstore.s3 import S3BlobStore
from sync.server.settings import Settings
from tests.harness.server import Clock, LiveServer
from tests.server.server_factories import World

ORG = "00000000-0000-4000-8000-000000000001"
MiB = 1024 * 1024


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


def _client(endpoint: str):  # type: ignore[no-untyped-def]
    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="fieldapp-test",
        aws_secret_access_key="fieldapp-test-secret",  # moto accepts any
    )


@pytest.fixture
def store(s3_endpoint: str) -> S3BlobStore:
    client = _client(s3_endpoint)
    bucket = f"fieldapp-{os.urandom(4).hex()}"
    client.create_bucket(Bucket=bucket)
    return S3BlobStore(bucket=bucket, prefix="tenant-a", client=client)


def _blob(size: int) -> tuple[str, bytes]:
    data = os.urandom(size)
    return hashlib.sha256(data).hexdigest(), data


def test_chunked_upload_resumes_and_finishes(store: S3BlobStore) -> None:
    bid, data = _blob(3 * MiB + 17)
    assert store.partial_size(ORG, bid) == 0
    assert store.append(ORG, bid, 0, data[:MiB]) == MiB
    assert store.append(ORG, bid, MiB, data[MiB : 2 * MiB]) == 2 * MiB
    # A worker died after storing a piece the client never heard about; the client resumes
    # from what it was told (1 MiB) and the unconfirmed piece is replaced.
    assert store.partial_size(ORG, bid) == 2 * MiB
    assert store.append(ORG, bid, MiB, data[MiB : 2 * MiB]) == 2 * MiB
    store.append(ORG, bid, 2 * MiB, data[2 * MiB :])
    assert store.partial_size(ORG, bid) == len(data)
    assert not store.exists(ORG, bid)
    assert store.finish(ORG, bid) == bid
    assert store.exists(ORG, bid)
    assert store.partial_size(ORG, bid) == 0  # the pieces are gone
    assert b"".join(store.read(ORG, bid)) == data
    assert b"".join(store.read(ORG, bid, 100, 200)) == data[100:200]
    assert b"".join(store.read(ORG, bid, len(data) - 5)) == data[-5:]
    assert b"".join(store.read(ORG, bid, 10, 10)) == b""
    assert [(b.organisation_id, b.blob_id, b.size) for b in store.list_blobs()] == [
        (ORG, bid, len(data))
    ]


def test_large_blob_goes_up_in_parts(store: S3BlobStore) -> None:
    bid, data = _blob(16 * MiB + 5)
    store.append(ORG, bid, 0, data[: 16 * MiB])
    store.append(ORG, bid, 16 * MiB, data[16 * MiB :])
    assert store.finish(ORG, bid) == bid
    head = store.client.head_object(Bucket=store.bucket, Key=store._final(ORG, bid))
    assert head["ContentLength"] == len(data)
    assert "-" in head["ETag"]  # a multipart object
    assert hashlib.sha256(b"".join(store.read(ORG, bid))).hexdigest() == bid


def test_mismatch_never_touches_a_finished_blob(store: S3BlobStore) -> None:
    bid, data = _blob(1000)
    store.append(ORG, bid, 0, data)
    assert store.finish(ORG, bid) == bid
    # Someone "re-uploads" other bytes under the same id (to prove possession, say).
    store.append(ORG, bid, 0, b"x" * 1000)
    assert store.finish(ORG, bid) == hashlib.sha256(b"x" * 1000).hexdigest()
    assert b"".join(store.read(ORG, bid)) == data
    assert store.partial_size(ORG, bid) == 0


def test_reupload_is_idempotent_and_purge(store: S3BlobStore, tmp_path: Path) -> None:
    bid, data = _blob(4096)
    for _ in range(2):
        store.append(ORG, bid, 0, data)
        assert store.finish(ORG, bid) == bid
    assert [b.blob_id for b in store.list_blobs()] == [bid]
    # Restore path: put a finished blob from a file (same bytes again: harmless).
    source = tmp_path / bid
    source.write_bytes(data)
    store.put_finished(ORG, bid, source)
    assert b"".join(store.read(ORG, bid)) == data
    # An abandoned upload is purged only once it is old enough.
    idle, idle_data = _blob(2048)
    store.append(ORG, idle, 0, idle_data[:1024])
    assert store.purge_partials(time.time() - 3600) == 0
    assert store.partial_size(ORG, idle) == 1024
    assert store.purge_partials(time.time() + 60) == 1
    assert store.partial_size(ORG, idle) == 0
    # Erasure deletes the finished blob.
    store.delete(ORG, bid)
    assert not store.exists(ORG, bid)
    assert list(store.list_blobs()) == []
    store.check_writable()
    assert [o["Key"] for o in store._list("")] == []  # the probe cleaned up after itself


def test_chosen_by_configuration(
    s3_endpoint: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _client(s3_endpoint).create_bucket(Bucket="fieldapp-config")
    settings = Settings(
        database_url="sqlite://",
        blob_store="s3",
        s3_bucket="fieldapp-config",
        s3_endpoint_url=s3_endpoint,
        s3_region="us-east-1",
    )
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "fieldapp-test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "fieldapp-test-secret")
    store = make_blob_store(settings)
    assert isinstance(store, S3BlobStore)
    store.check_writable()
    directory = make_blob_store(Settings(database_url="sqlite://", blob_dir=tmp_path / "b"))
    assert type(directory).__name__ == "DirectoryBlobStore"
    with pytest.raises(ValueError, match="unknown blob store"):
        make_blob_store(Settings(database_url="sqlite://", blob_store="ftp"))


@pytest.fixture
def s3_world(world: World, server_settings: Settings, server_clock: Clock,
             store: S3BlobStore) -> Iterator[World]:
    """A second real uvicorn on the same database, keeping its blobs in S3."""
    app = create_app(server_settings, blob_store=store)
    with LiveServer(app) as server:
        other = World(server.url, app.state.server, server_clock)
        other.org_id = world.org_id
        yield other
        other.close()
    app.state.engine.dispose()


def test_api_upload_resume_and_download_through_s3(s3_world: World, store: S3BlobStore) -> None:
    sup = s3_world.person("supervisor")
    alice = s3_world.person()
    cid, key = s3_world.collection(sup)
    s3_world.share(sup, cid, key, alice, "write")
    cipher = encrypt_blob(aead.new_key(), os.urandom(2 * MiB + 99))
    bid = make_blob_id(cipher)
    start = {"blob_id": bid, "size": len(cipher), "collection_id": cid}
    assert alice.post("/v1/blobs", start).json()["offset"] == 0
    half = len(cipher) // 2
    assert alice.put(f"/v1/blobs/{bid}/data?offset=0", data=cipher[:half]).status_code == 200
    assert alice.post("/v1/blobs", start).json()["offset"] == half  # resumed
    assert alice.put(f"/v1/blobs/{bid}/data?offset={half}", data=cipher[half:]).status_code == 200
    assert alice.post(f"/v1/blobs/{bid}/complete").json()["done"] is True
    assert alice.post(f"/v1/blobs/{bid}/complete").json()["done"] is True  # idempotent
    assert alice.post("/v1/blobs", start).json() == {
        "blob_id": bid,
        "size": len(cipher),
        "offset": len(cipher),
        "done": True,
    }
    assert store.exists(s3_world.org_id, bid)
    got = sup.get(f"/v1/blobs/{bid}")
    assert got.status_code == 200 and got.content == cipher
    part = sup.get(f"/v1/blobs/{bid}", headers={"Range": "bytes=-10"})
    assert part.status_code == 206 and part.content == cipher[-10:]


def test_backup_from_s3_and_restore_into_another_bucket(
    store: S3BlobStore, s3_endpoint: str, tmp_path: Path
) -> None:
    from sqlalchemy import create_engine, text

    from sync.server.backup import backup, restore
    from sync.server.cli import main
    from sync.server.db import upgrade

    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    upgrade(url)
    bid, data = _blob(70_000)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO organisations (id, name, max_offline_days, "
                          "require_device_secret, created_at) VALUES (:o, 'Org', 30, 0, 0)"),
                     {"o": ORG})  # fmt: skip
        conn.execute(text("INSERT INTO blobs (organisation_id, blob_id, size, complete, "
                          "created_by, created_at) VALUES (:o, :b, :s, 1, :o, 0)"),
                     {"o": ORG, "b": bid, "s": len(data)})  # fmt: skip
    engine.dispose()
    store.append(ORG, bid, 0, data)
    store.finish(ORG, bid)
    idle, _ = _blob(10)
    store.append(ORG, idle, 0, b"half")  # an unfinished upload is not backed up
    settings = Settings(database_url=url, blob_store="s3", s3_bucket=store.bucket)
    assert backup(settings, tmp_path / "b", store=store).blobs == 1
    other = S3BlobStore(bucket=f"fieldapp-{os.urandom(4).hex()}", client=_client(s3_endpoint))
    other.client.create_bucket(Bucket=other.bucket)
    assert restore(settings, tmp_path / "b", store=other).blobs == 1
    assert b"".join(other.read(ORG, bid)) == data
    assert [b.blob_id for b in other.list_blobs()] == [bid]
    # The CLI purges idle uploads of the configured store.
    assert main(["purge-uploads", "--database-url", url, "--blob-dir", str(tmp_path / "d"),
                 "--older-than-hours", "0"]) == 0  # fmt: skip

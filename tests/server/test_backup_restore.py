"""`fieldapp-server backup` / `restore`, and a restore drill on the real PostgreSQL.

The drill: a server is backed up, keeps working (laptops push records and a photo), is
lost, and the older backup is restored. What the server guarantees afterwards:

- the restored database and blob store are consistent (every finished blob is there);
- every answer carries a new ``X-Server-Generation``, so a laptop can tell;
- revisions stored after the restore are numbered above anything the lost server handed
  out, so a laptop pulling from its old token skips nothing;
- the revisions the restored server lost are accepted again when their authors' laptops
  push them again (same rev, same signature, in order), and a photo can be uploaded again;
  revisions it kept answer `duplicate`;
- a revision built on a lost one answers `conflict` with the restored current revision, so
  a laptop that only kept its newest state can rebase onto what the server has.

After the laptops pushed again, a new device pulling from zero finds every record: nothing
is lost. (What the desktop client must do to push the lost revisions again on its own is
written in docs/deploy.md, "Restore".)
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from fieldapp.crypto import aead
from fieldapp.crypto.blobs import blob_id as make_blob_id
from fieldapp.crypto.blobs import encrypt_blob
from sync.server.app import create_app
from sync.server.backup import RESTORE_SEQ_GAP, BackupError, backup, restore
from sync.server.blobstore import DirectoryBlobStore
from sync.server.cli import main
from sync.server.db import upgrade
from sync.server.settings import Settings
from tests.harness.ci import missing
from tests.harness.postgres import throwaway_database
from tests.harness.server import Clock, LiveServer
from tests.server.server_factories import Person, World


def _need(tool: str) -> None:
    if shutil.which(tool) is None:
        missing(f"{tool} is not installed (PostgreSQL client tools)")


@pytest.fixture
def drill_settings(pg_url: str, tmp_path: Path) -> Iterator[Settings]:
    """A database of its own (restore replaces it whole) on the test PostgreSQL."""
    _need("pg_dump")
    _need("pg_restore")
    with throwaway_database("fieldapp_drill") as url:
        upgrade(url)
        yield Settings(database_url=url, blob_dir=tmp_path / "blobs", clock=Clock(),
                       auth_hash_memory_kib=1024, auth_hash_iterations=1, pool_size=5)


@contextlib.contextmanager
def _server(settings: Settings) -> Iterator[LiveServer]:
    app = create_app(settings)
    try:
        with LiveServer(app) as live:
            yield live
    finally:
        app.state.engine.dispose()


def _where(settings: Settings) -> list[str]:
    return ["--database-url", settings.database_url, "--blob-dir", str(settings.blob_dir)]


def _upload(person: Person, cid: str, cipher: bytes) -> str:
    bid = make_blob_id(cipher)
    start = person.post("/v1/blobs", {"blob_id": bid, "size": len(cipher), "collection_id": cid})
    assert start.status_code == 200, start.text
    if not start.json()["done"]:
        offset = start.json()["offset"]
        put = person.put(f"/v1/blobs/{bid}/data?offset={offset}", data=cipher[offset:])
        assert put.status_code == 200, put.text
        assert person.post(f"/v1/blobs/{bid}/complete").json()["done"] is True
    return bid


def _statuses(response) -> list[str]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.text
    return [r["status"] for r in response.json()["results"]]


def _pull(person: Person, cid: str, since: int) -> list[dict]:  # type: ignore[type-arg]
    items: list[dict] = []  # type: ignore[type-arg]
    while True:
        page = person.get(f"/v1/collections/{cid}/changes?since={since}&limit=1000").json()
        items += page["items"]
        since = page["last_seq"]
        if page["done"]:
            return items


def test_restore_drill_nothing_lost(drill_settings: Settings, tmp_path: Path) -> None:
    clock = drill_settings.clock
    with _server(drill_settings) as live:
        world = World(live.url, live.app.state.server, clock)  # type: ignore[attr-defined]
        sup = world.person("supervisor")
        alice = world.person()
        cid, key = world.collection(sup)
        world.share(sup, cid, key, alice, "write")
        a1 = alice.seal(cid, key, {"note": "first visit"})
        a2 = alice.seal(cid, key, {"note": "phone call"})
        assert _statuses(alice.push(cid, [a1, a2])) == ["accepted", "accepted"]
        photo1 = encrypt_blob(aead.new_key(), os.urandom(300_000))
        blob1 = _upload(alice, cid, photo1)

        assert main(["backup", *_where(drill_settings), str(tmp_path / "b1")]) == 0

        # The server keeps working after the backup; then it is lost.
        a3 = alice.seal(cid, key, {"note": "home visit"})
        a1b = alice.seal(cid, key, {"note": "first visit, corrected"}, item_id=a1.item_id,
                         base_rev=a1.rev)  # fmt: skip
        assert _statuses(alice.push(cid, [a3, a1b])) == ["accepted", "accepted"]
        s1 = sup.seal(cid, key, {"review": "fine"})
        assert _statuses(sup.push(cid, [s1])) == ["accepted"]
        photo2 = encrypt_blob(aead.new_key(), os.urandom(200_000))
        blob2 = _upload(alice, cid, photo2)
        lost_generation = sup.get("/v1/me").headers["X-Server-Generation"]
        seen = _pull(sup, cid, 0)
        sup_token = seen[-1]["seq"]  # the supervisor's laptop saved this token
        assert len(seen) == 5
        world.close()

    shutil.rmtree(drill_settings.blob_dir)  # the disk went with the server
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["restore", *_where(drill_settings), str(tmp_path / "b1")]) == 0
    assert "restored: postgresql database" in out.getvalue()

    with _server(drill_settings) as live:
        for person in (sup, alice):
            person.base_url = live.url  # the laptops reach the new server at the old address
        # The laptops can tell: the server's generation changed.
        assert sup.get("/v1/me").headers["X-Server-Generation"] != lost_generation
        # Tokens issued before the backup still work; the restored server has the old state.
        assert [r["record"]["rev"] for r in _pull(sup, cid, 0)] == [a1.rev, a2.rev]
        assert sup.get(f"/v1/blobs/{blob1}").content == photo1
        assert sup.get(f"/v1/blobs/{blob2}").status_code == 404

        # A laptop that kept only its newest state gets the restored current revision back.
        a1c = alice.seal(cid, key, {"note": "first visit, v3"}, item_id=a1.item_id,
                         base_rev=a1b.rev)  # fmt: skip
        conflict = alice.push(cid, [a1c]).json()["results"][0]
        assert conflict["status"] == "conflict" and conflict["current"]["record"]["rev"] == a1.rev

        # The laptops push again what the lost server had acknowledged, in their order.
        assert _statuses(alice.push(cid, [a1, a2, a3, a1b])) == [
            "duplicate",
            "duplicate",
            "accepted",
            "accepted",
        ]
        assert _statuses(alice.push(cid, [a1c])) == ["accepted"]  # now on top of a1b
        assert _statuses(sup.push(cid, [s1])) == ["accepted"]
        assert _upload(alice, cid, photo2) == blob2

        # The supervisor's laptop pulls from its old token and skips nothing.
        news = _pull(sup, cid, sup_token)
        assert [r["record"]["rev"] for r in news] == [a3.rev, a1b.rev, a1c.rev, s1.rev]
        assert all(r["seq"] > RESTORE_SEQ_GAP for r in news)
        # A new device finds every record; its current state is the laptops' newest.
        everything = _pull(sup, cid, 0)
        current = {r["record"]["item_id"]: r["record"]["rev"] for r in everything}
        assert current == {a1.item_id: a1c.rev, a2.item_id: a2.rev, a3.item_id: a3.rev,
                           s1.item_id: s1.rev}  # fmt: skip
        assert sup.get(f"/v1/blobs/{blob2}").content == photo2
        for person in (sup, alice):
            person.http.close()


def test_sqlite_backup_restore_and_damage(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    store = DirectoryBlobStore(tmp_path / "blobs")
    settings = Settings(database_url=url, blob_dir=tmp_path / "blobs")
    upgrade(url)
    org = "00000000-0000-4000-8000-000000000001"
    data = os.urandom(5000)
    bid = hashlib.sha256(data).hexdigest()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO organisations (id, name, max_offline_days, "
                          "require_device_secret, created_at) VALUES (:o, 'Org', 30, 0, 0)"),
                     {"o": org})  # fmt: skip
        conn.execute(text("INSERT INTO blobs (organisation_id, blob_id, size, complete, "
                          "created_by, created_at) VALUES (:o, :b, :s, 1, :o, 0)"),
                     {"o": org, "b": bid, "s": len(data)})  # fmt: skip
    store.append(org, bid, 0, data)
    store.finish(org, bid)

    summary = backup(settings, tmp_path / "b1")
    assert (summary.database, summary.blobs, summary.blob_bytes) == ("sqlite", 1, len(data))
    with pytest.raises(BackupError, match="not empty"):
        backup(settings, tmp_path / "b1")
    # The server lost both its database and its blobs.
    engine.dispose()
    (tmp_path / "server.sqlite3").unlink()
    shutil.rmtree(tmp_path / "blobs")
    restored = restore(settings, tmp_path / "b1")
    assert restored.blobs == 1
    assert b"".join(DirectoryBlobStore(tmp_path / "blobs").read(org, bid)) == data
    engine = create_engine(url)
    with engine.connect() as conn:
        generation = conn.execute(
            text("SELECT count(*) FROM server_config WHERE key = 'server_generation'")
        ).scalar()
    engine.dispose()
    assert generation == 1

    # A damaged copy in the backup is refused, not restored.
    copy = next((tmp_path / "b1" / "blobs").glob("*/*/*"))
    copy.write_bytes(b"rotten" + data[6:])
    shutil.rmtree(tmp_path / "blobs")
    with pytest.raises(BackupError, match="damaged"):
        restore(settings, tmp_path / "b1")
    # A blob the database calls finished but the store lost makes the backup fail loudly.
    shutil.rmtree(tmp_path / "blobs")
    assert main(["backup", "--database-url", url, "--blob-dir", str(tmp_path / "blobs"),
                 str(tmp_path / "b2")]) == 1  # fmt: skip
    assert not (tmp_path / "b2" / "manifest.json").exists()
    with pytest.raises(BackupError, match="not a finished backup"):
        restore(settings, tmp_path / "b2")


def test_password_goes_in_the_environment_not_the_command_line() -> None:
    from sync.server.backup import _libpq_env, libpq_url

    url = "postgresql+psycopg://fieldapp:s%40cret@db:5432/fieldapp?sslmode=require"
    assert libpq_url(url) == "postgresql://fieldapp@db:5432/fieldapp?sslmode=require"
    assert _libpq_env(url)["PGPASSWORD"] == "s@cret"

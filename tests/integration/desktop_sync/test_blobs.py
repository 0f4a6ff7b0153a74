"""Attachments' encrypted files travel with their records and survive connection cuts."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from cutting_proxy import CuttingProxy
from desktop_helpers import FAST_RETRY, NoSecretStore
from factories import make_world

from fieldapp.models import Attachment
from fieldapp.services import _records as rec
from fieldapp.services.local import get_profile
from sync.client import SyncClient
from sync.client.blobs import decrypt_file, encrypt_file
from sync.engine import SyncEngine
from sync.engine.blobs import blob_dir

pytestmark = pytest.mark.postgres


def _attach(member, plain: Path) -> str:  # type: ignore[no-untyped-def]
    folder = blob_dir(member.vault)
    folder.mkdir(exist_ok=True)
    tmp = folder / "new.part"
    ref = encrypt_file(plain, tmp)
    tmp.rename(folder / ref.blob_id)
    with member.vault.session() as s:
        actor = get_profile(s).id
        row = Attachment(owner_type="inventory_element", owner_id=rec.new_id(), kind="photo",
                         mime="image/jpeg", size=plain.stat().st_size, sha256="0" * 64,
                         caption="", blob_id=ref.blob_id, blob_key=ref.key.hex())
        rec.create(s, row, actor_id=actor, collection_id="renovation:project-1")
    return ref.blob_id


def test_blobs_upload_and_download_across_connection_cuts(team, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    make_world(boss.vault)
    plain = tmp_path / "photo.jpg"
    plain.write_bytes(os.urandom(3_000_000))
    blob_id = _attach(boss, plain)
    port = int(team.server.base_url.rsplit(":", 1)[1])
    proxy = CuttingProxy(port, cut_after=1_200_000)

    def cutting(_url: str, pins):  # type: ignore[no-untyped-def]
        return SyncClient(proxy.url, pins=pins, retry=FAST_RETRY, blob_piece_size=64 * 1024)

    try:
        engine = SyncEngine(boss.vault, client_factory=cutting, secret_store=NoSecretStore())
        report = engine.run_once()
        assert report.outcome == "ok" and report.blobs_up == 1
        engine.close()
        uploads = proxy.cuts
        assert uploads >= 2
        a = team.enrol("renovation_assistant", "ria")
        team.grant(boss, a)
        engine = SyncEngine(a.vault, client_factory=cutting, secret_store=NoSecretStore())
        report = engine.run_once()
        assert report.outcome == "ok" and report.blobs_down == 1, report
        assert proxy.cuts > uploads
        engine.close()
    finally:
        proxy.close()
    got = blob_dir(a.vault) / blob_id
    assert hashlib.sha256(got.read_bytes()).hexdigest() == blob_id
    with a.vault.session(read_only=True) as s:
        row = s.query(Attachment).one()
    from sync.client.blobs import BlobRef

    out = tmp_path / "back.jpg"
    decrypt_file(BlobRef(blob_id, bytes.fromhex(row.blob_key), got.stat().st_size), got, out)
    assert out.read_bytes() == plain.read_bytes()
    assert a.engine.status().waiting == 0

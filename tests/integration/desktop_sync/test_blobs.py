"""Attachments' encrypted files travel with their records and survive connection cuts."""

from __future__ import annotations

import hashlib
import io
import os

import pytest

from fieldapp.attachments import files as attachments
from fieldapp.attachments.models import Attachment
from fieldapp.local.profile import get_profile
from fieldapp.records.base import new_id
from sync.client import SyncClient
from sync.engine import SyncEngine
from sync.engine.blobs import blob_dir
from tests.factories import make_world
from tests.integration.desktop_sync.cutting_proxy import CuttingProxy
from tests.integration.desktop_sync.desktop_helpers import FAST_RETRY, NoSecretStore

pytestmark = pytest.mark.postgres


def _photo() -> bytes:
    from PIL import Image

    image = Image.frombytes("RGB", (1100, 1100), os.urandom(1100 * 1100 * 3))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _attach(member, photo: bytes) -> str:  # type: ignore[no-untyped-def]
    with member.vault.session() as s:
        view = attachments.store_image(
            s, image=photo, owner_type="inventory_element", owner_id=new_id(), kind="photo",
            collection_id="renovation:project-1", actor_id=get_profile(s).id)
    return view.id


def test_blobs_upload_and_download_across_connection_cuts(team) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    make_world(boss.vault)
    photo = _photo()
    attachment_id = _attach(boss, photo)
    with boss.vault.session(read_only=True) as s:
        row = s.get(Attachment, attachment_id)
        blob_ids = {row.blob_id, row.medium_id, row.thumb_id}
    port = int(team.server.base_url.rsplit(":", 1)[1])
    proxy = CuttingProxy(port, cut_after=1_200_000)

    def cutting(_url: str, pins):  # type: ignore[no-untyped-def]
        return SyncClient(proxy.url, pins=pins, retry=FAST_RETRY, blob_piece_size=64 * 1024)

    try:
        engine = SyncEngine(boss.vault, client_factory=cutting, secret_store=NoSecretStore())
        report = engine.run_once()
        assert report.outcome == "ok" and report.blobs_up == 3
        engine.close()
        uploads = proxy.cuts
        assert uploads >= 2
        a = team.enrol("renovation_assistant", "ria")
        team.grant(boss, a)
        engine = SyncEngine(a.vault, client_factory=cutting, secret_store=NoSecretStore())
        report = engine.run_once()
        assert report.outcome == "ok" and report.blobs_down == 3, report
        assert proxy.cuts > uploads
        engine.close()
    finally:
        proxy.close()
    for blob_id in blob_ids:
        got = blob_dir(a.vault) / blob_id
        assert hashlib.sha256(got.read_bytes()).hexdigest() == blob_id
    with a.vault.session(read_only=True) as s:
        assert attachments.read_image(s, attachment_id=attachment_id) == photo
        assert attachments.read_image(s, attachment_id=attachment_id, variant="thumb")
    assert a.engine.status().waiting == 0

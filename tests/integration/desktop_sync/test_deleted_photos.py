"""Issue 14, "deleted means gone": deleting a photo leaves no decryptable copy — its files
leave the device at once, the tombstone carries no key (here and on the wire), the server
deletes the blobs, and the other laptops drop their files and keys at their next sync."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from fieldapp.attachments import files as attachments
from fieldapp.attachments.models import Attachment
from fieldapp.local.profile import get_profile
from fieldapp.local.sync_state import SyncBase
from fieldapp.records.base import new_id
from sync.engine.blobs import blob_dir
from tests.factories import make_world
from tests.integration.desktop_sync.desktop_helpers import Member, Team

pytestmark = pytest.mark.postgres


def _photo() -> bytes:
    from PIL import Image

    image = Image.frombytes("RGB", (400, 300), os.urandom(400 * 300 * 3))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _blob_ids(member: Member, attachment_id: str) -> set[str]:
    with member.vault.session(read_only=True) as s:
        row = s.get(Attachment, attachment_id)
        return {row.blob_id, row.medium_id, row.thumb_id}


def _server_files(team: Team) -> set[str]:
    return {p.name for p in Path(team.server.blob_dir).rglob("*") if p.is_file()}


def _no_key_left(member: Member, attachment_id: str) -> None:
    with member.vault.session(read_only=True) as s:
        row = s.get(Attachment, attachment_id)
        assert row.deleted
        assert (row.blob_key, row.medium_key, row.thumb_key) == ("", "", "")
        base = s.get(SyncBase, attachment_id)
        assert base is None or base.payload is None  # the tombstone: no payload, no key


def test_deleting_a_photo_leaves_no_decryptable_copy(team: Team) -> None:
    boss = team.enrol("supervisor", "boss")
    make_world(boss.vault)
    with boss.vault.session() as s:
        attachment_id = attachments.store_image(
            s, image=_photo(), owner_type="inventory_element", owner_id=new_id(),
            kind="photo", collection_id="renovation:project-1", actor_id=get_profile(s).id).id
    boss.sync()
    ria = team.enrol("renovation_assistant", "ria")
    team.grant(boss, ria)
    ria.sync()
    names = _blob_ids(ria, attachment_id)
    assert all((blob_dir(ria.vault) / n).is_file() for n in names)
    assert names <= _server_files(team)

    with ria.vault.session() as s:  # ria deletes it: gone from her laptop at once
        attachments.remove(s, attachment_id=attachment_id, actor_id=get_profile(s).id)
    assert not any((blob_dir(ria.vault) / n).exists() for n in names)
    with ria.vault.session(read_only=True) as s:
        row = s.get(Attachment, attachment_id)
        assert (row.blob_key, row.medium_key, row.thumb_key) == ("", "", "")

    ria.sync()  # the tombstone goes up, then the server deletes the blobs
    assert not names & _server_files(team)
    _no_key_left(ria, attachment_id)
    with ria.vault.session(read_only=True) as s:
        row = s.get(Attachment, attachment_id)
        assert (row.blob_id, row.medium_id, row.thumb_id) == ("", "", "")
    client = ria.engine.client()
    with ria.vault.session(read_only=True) as s:
        from sync.engine import state
        server_id = state.collection_by_key(s, "renovation:project-1").server_id
    history = client.history(server_id, attachment_id)
    assert history[-1].deleted and history[-1].payload is None

    boss.sync()  # the other laptop drops its files and keys too
    assert not any((blob_dir(boss.vault) / n).exists() for n in names)
    _no_key_left(boss, attachment_id)
    assert boss.engine.status().waiting == 0 and ria.engine.status().waiting == 0

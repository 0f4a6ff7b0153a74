"""Restore drill with files (issue 13, item 7): a photo uploaded after the backup is gone
from the restored server with its record; the laptop that has it sends both again, and a
colleague's laptop then downloads the photo. Real server, PostgreSQL and blob store; the
restore is simulated in SQL and on the blob store's disk."""

from __future__ import annotations

import pytest

from fieldapp.attachments import files as attachments
from sync.engine import SyncEngine
from tests.factories import make_world
from tests.integration.desktop_sync.desktop_helpers import NoSecretStore, fast_client
from tests.integration.desktop_sync.test_blobs import _attach, _photo
from tests.integration.sync.sync_factories import (
    restore_blobs_to,
    restore_to,
    server_blobs,
    server_heads,
)

pytestmark = pytest.mark.postgres


def test_files_the_restored_server_lost_are_uploaded_again(team) -> None:  # type: ignore[no-untyped-def]
    boss = team.enrol("supervisor", "boss")
    make_world(boss.vault)
    _attach(boss, _photo())  # the project's collection exists before the backup
    boss.sync()
    dsn = team.server.dsn()
    heads, files = server_heads(dsn), server_blobs(dsn)  # the backup

    photo = _photo()
    attachment_id = _attach(boss, photo)
    assert boss.sync().blobs_up == 3
    restore_to(dsn, heads)
    assert restore_blobs_to(dsn, team.server.blob_dir, files) == 3

    report = boss.sync()
    assert report.restored >= 1 and report.blobs_up == 3, report

    ria = team.enrol("renovation_assistant", "ria")
    team.grant(boss, ria)
    engine = SyncEngine(ria.vault, client_factory=fast_client, secret_store=NoSecretStore())
    try:
        got = engine.run_once()
        assert got.outcome == "ok" and got.blobs_down == 6, got
    finally:
        engine.close()
    with ria.vault.session(read_only=True) as s:
        assert attachments.read_image(s, attachment_id=attachment_id) == photo

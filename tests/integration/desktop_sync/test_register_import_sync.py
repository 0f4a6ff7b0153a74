"""`fieldapp register-import` on an enrolled office vault syncs afterwards: the imported
households reach a colleague's laptop after her next round (issue 16 item 5; real uvicorn +
PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from fieldapp import cli
from fieldapp.registry.models import Household
from tests.factories import make_world
from tests.integration.desktop_sync.desktop_helpers import NoSecretStore
from ui.main import sync_once

pytestmark = pytest.mark.postgres

SAMPLE = Path("/work/shared/domain/tenant-register-sample.csv")


def test_the_headless_import_syncs_to_the_team(team, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    office = team.enrol("supervisor", "office")
    make_world(office.vault)
    office.sync()
    ann = team.enrol("social_assistant", "ann")
    team.grant(office, ann)
    ann.sync()
    office.engine.close()
    office.vault.lock()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(office.passphrase, encoding="utf-8")

    code = cli.main(["register-import", "--vault", str(office.folder), "--passphrase-file",
                     str(secret), str(SAMPLE)], sync=sync_once, secret_store=NoSecretStore())

    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert out[0].startswith("sync: ") and " records sent" in out[0], out
    assert out[-1].startswith("households: 28 added, 0 updated, 0 unchanged, 2 moved out")
    ann.sync()
    with ann.vault.session(read_only=True) as s:
        refs = set(s.scalars(select(Household.reference).where(Household.reference.is_not(None))))
    assert len(refs) == 30 and "M1004" in refs

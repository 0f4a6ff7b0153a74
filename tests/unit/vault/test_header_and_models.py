"""The header never fails in an untyped way; every synced table carries sync metadata."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldapp.casework import cases as casework
from fieldapp.casework.models import CaseNote
from fieldapp.catalogue import SYNCED_MODELS
from fieldapp.local.models import Draft, LocalProfile, Setting
from fieldapp.vault import VaultCorrupt
from fieldapp.vault import header as hdr
from tests.factories import NOW, TODAY, make_vault, make_world

SYNC_COLUMNS = {"id", "collection_id", "rev", "base_rev", "dirty", "deleted", "created_by",
                "updated_by", "created_at", "updated_at"}


@given(raw=st.binary(max_size=400))
def test_any_bytes_as_header_are_corrupt_or_valid(raw: bytes) -> None:
    try:
        hdr.parse(raw)
    except VaultCorrupt:
        pass


def test_truncated_header_is_corrupt(tmp_path: Path) -> None:
    make_vault(tmp_path).lock()
    raw = (tmp_path / "vault.header.json").read_bytes()
    for cut in (0, 1, len(raw) // 2, len(raw) - 2):
        with pytest.raises(VaultCorrupt) as err:
            hdr.parse(raw[:cut])
        assert "header file is damaged or was altered" in str(err.value)


@pytest.mark.parametrize("model", SYNCED_MODELS, ids=lambda m: m.__tablename__)
def test_every_synced_table_carries_sync_metadata(model) -> None:
    assert SYNC_COLUMNS <= set(model.__table__.columns.keys())
    assert [c.name for c in model.__table__.primary_key.columns] == ["id"]


def test_local_tables_are_not_synced() -> None:
    for model in (Draft, Setting, LocalProfile):
        assert "collection_id" not in model.__table__.columns


def test_record_timestamps_come_from_the_vault_clock(tmp_path: Path) -> None:
    vault = make_vault(tmp_path)  # factories pass a fixed clock
    world = make_world(vault)
    with vault.session() as s:
        note = casework.add_note(s, case_id=world.case_id, kind="letter_email", text="Brief",
                                 occurred_on=TODAY, actor_id=world.actor_id)
        row = s.get(CaseNote, note.id)
        assert row.created_at == row.updated_at == NOW
        assert len(row.id) == 36 and len(row.rev) == 36
    vault.lock()

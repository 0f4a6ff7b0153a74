"""Pure parts of sync: record payloads over every synced model, and the three-way merge."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from factories import make_vault, make_world

from fieldapp.casework.models import CaseNote
from fieldapp.catalogue import SYNCED_MODELS
from fieldapp.records.merge import apply_choices, three_way
from fieldapp.records.payload import (
    SYNC_METADATA,
    TABLE_FIELD,
    from_payload,
    model_for_table,
    to_payload,
)


def test_every_synced_model_round_trips_through_its_payload(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "v")
    make_world(vault)
    with vault.session(read_only=True) as s:
        for model in SYNCED_MODELS:
            assert model_for_table(model.__tablename__) is model
            for row in s.query(model).limit(3):
                payload = to_payload(model, row)
                assert payload[TABLE_FIELD] == model.__tablename__
                assert not SYNC_METADATA & set(payload)
                values = from_payload(model, payload)
                for name, value in values.items():
                    assert getattr(row, name) == value, (model.__tablename__, name)
    vault.lock()


def test_dates_travel_as_iso_text_and_unknown_fields_are_ignored() -> None:
    at = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    note = CaseNote(case_id="c", kind="phone_call", occurred_on=date(2026, 11, 19), text="x",
                    confidentiality="team", objective=None, author_id="a", created_by="a",
                    updated_by="a", created_at=at, updated_at=at)
    payload = to_payload(CaseNote, note)
    assert payload["occurred_on"] == "2026-11-19"
    assert payload["updated_at"] == "2026-11-20T09:30:00+00:00"
    values = from_payload(CaseNote, {**payload, "field_of_a_newer_app": 1})
    assert values["occurred_on"] == date(2026, 11, 19) and values["updated_at"] == at
    assert "field_of_a_newer_app" not in values
    assert model_for_table("table_of_a_newer_app") is None


def test_three_way_merge() -> None:
    base = {"text": "a", "kind": "phone_call", "updated_at": "t0", TABLE_FIELD: "case_notes"}
    mine = {**base, "text": "a, mine", "updated_at": "t1"}
    theirs = {**base, "kind": "home_visit", "updated_at": "t2"}
    clean = three_way(base, mine, theirs)
    assert clean.clean and clean.merged["text"] == "a, mine"
    assert clean.merged["kind"] == "home_visit" and clean.merged["updated_at"] == "t1"
    both = three_way(base, mine, {**theirs, "text": "a, theirs"})
    [conflict] = both.conflicts
    assert (conflict.field, conflict.base, conflict.mine, conflict.theirs) == (
        "text", "a", "a, mine", "a, theirs")
    same = three_way(base, mine, {**theirs, "text": "a, mine"})
    assert same.clean and same.merged["text"] == "a, mine"
    fields = {"text": {"base": "a", "mine": "a, mine", "theirs": "a, theirs"}}
    assert apply_choices(both.merged, fields, {"text": "theirs"})["text"] == "a, theirs"
    assert apply_choices(both.merged, fields, {})["text"] == "a, mine"  # nothing dropped
    assert apply_choices(both.merged, fields, {"text": "both"})["text"] == "both"

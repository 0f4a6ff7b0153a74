"""Pure parts of sync: record payloads over every synced model, and the three-way merge."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, LargeBinary, String
from sqlalchemy.types import TypeDecorator

from fieldapp.casework.models import CaseNote
from fieldapp.catalogue import SYNCED_MODELS
from fieldapp.records.merge import apply_choices, three_way
from fieldapp.records.payload import (
    SYNC_METADATA,
    TABLE_FIELD,
    canonical,
    from_payload,
    model_for_table,
    payload_columns,
    synced_models,
    to_payload,
)
from tests.factories import make_vault, make_world


def _value(column: Any, variant: int) -> Any:
    """A value of the column's type (variant 0 and 1 differ), from the type alone."""
    col_type = column.type
    if isinstance(col_type, TypeDecorator):
        col_type = col_type.impl_instance
    if isinstance(col_type, DateTime):
        return datetime(2026, 11, 20 + variant, 9, 30, 15, 123456, tzinfo=UTC)
    if isinstance(col_type, Date):
        return date(2026, 11, 19 + variant)
    if isinstance(col_type, Boolean):
        return variant == 0
    if isinstance(col_type, Integer):
        return 7 + variant
    if isinstance(col_type, Float):
        return 1.25 + variant
    if isinstance(col_type, LargeBinary):
        return bytes([variant, 0, 255]) * 3
    if isinstance(col_type, JSON):
        return {"list": [1, "é", None, variant], "nested": {"ok": True}}
    if isinstance(col_type, String):  # String, Text, Unicode
        text = f"{column.name}-{variant} é ß \n“quote”"
        return text[: col_type.length] if col_type.length else text
    raise AssertionError(f"no test value for {column.table.name}.{column.name}: {col_type!r}")


def test_every_synced_model_round_trips_through_its_payload() -> None:
    """Every column of every synced model, with values made from its type: full and with
    every nullable column empty, as an object and as a row mapping, through JSON."""
    assert synced_models() == tuple(SYNCED_MODELS)
    for model in synced_models():
        assert model_for_table(model.__tablename__) is model
        columns = payload_columns(model)
        assert columns, model.__tablename__
        for variant in (0, 1):
            values = {c.name: _value(c, variant) for c in columns}
            if variant == 1:
                values.update({c.name: None for c in columns if c.nullable})
            for row in (model(**values), dict(values)):
                payload = json.loads(canonical(to_payload(model, row)))  # as it travels
                assert payload[TABLE_FIELD] == model.__tablename__
                assert not SYNC_METADATA & set(payload)
                assert set(payload) == {c.name for c in columns} | {TABLE_FIELD}
                assert from_payload(model, payload) == values, model.__tablename__


def test_stored_records_round_trip_through_their_payload(tmp_path: Path) -> None:
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

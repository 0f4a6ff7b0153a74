"""Records ↔ wire payloads, generically over every synced model (DESIGN.md §6, issue 4).

A payload is every column of the model except the sync metadata (``id``, ``collection_id``,
``rev``, ``base_rev``, ``dirty``, ``deleted``), plus ``"_table"`` naming the table so a pulled
revision can be routed. Dates and datetimes travel as ISO text; JSON columns as they are.
Models are looked up in ``fieldapp.catalogue.SYNCED_MODELS`` at call time, so models added by
other areas are picked up without edits here. Pure functions: no HTTP, no sync imports.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Column, Date, DateTime, LargeBinary
from sqlalchemy.sql.schema import ScalarElementColumnDefault
from sqlalchemy.types import TypeDecorator

# re-exported: the merge and the tests read them here
from fieldapp.records.blanks import BOOKKEEPING as BOOKKEEPING
from fieldapp.records.blanks import SYNC_METADATA as SYNC_METADATA

TABLE_FIELD = "_table"


def synced_models() -> tuple[Any, ...]:
    from fieldapp.catalogue import SYNCED_MODELS

    return tuple(SYNCED_MODELS)


def model_for_table(table_name: str) -> Any | None:
    """The synced model of a table name, or None for a table this vault does not know."""
    for model in synced_models():
        if model.__tablename__ == table_name:
            return model
    return None


@cache
def payload_columns(model: Any) -> tuple[Column[Any], ...]:
    return tuple(c for c in model.__table__.columns if c.name not in SYNC_METADATA)


def _kind(column: Column[Any]) -> str:
    col_type = column.type
    if isinstance(col_type, TypeDecorator):
        col_type = col_type.impl_instance
    if isinstance(col_type, DateTime):
        return "datetime"
    if isinstance(col_type, Date):
        return "date"
    if isinstance(col_type, LargeBinary):
        return "bytes"
    return "plain"


def encode_value(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    kind = _kind(column)
    if kind in ("date", "datetime"):
        return value.isoformat()
    if kind == "bytes":
        return bytes(value).hex()
    return value


def decode_value(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    kind = _kind(column)
    if kind == "datetime":
        return value if isinstance(value, datetime) else datetime.fromisoformat(value)
    if kind == "date":
        return value if isinstance(value, date) else date.fromisoformat(value)
    if kind == "bytes":
        return bytes.fromhex(value)
    return value


def to_payload(model: Any, row: Any) -> dict[str, Any]:
    """The wire payload of an ORM object or a row mapping of `model`."""
    get = row.get if isinstance(row, dict) else (lambda name: getattr(row, name))
    payload = {c.name: encode_value(c, get(c.name)) for c in payload_columns(model)}
    payload[TABLE_FIELD] = model.__tablename__
    return payload


def from_payload(model: Any, payload: dict[str, Any]) -> dict[str, Any]:
    """Column values (decoded) for `model` from a payload. Fields this vault does not know
    are ignored; columns the payload lacks get their scalar default or None."""
    values: dict[str, Any] = {}
    for column in payload_columns(model):
        if column.name in payload:
            values[column.name] = decode_value(column, payload[column.name])
        else:
            default = column.default
            values[column.name] = (
                default.arg if isinstance(default, ScalarElementColumnDefault) else None
            )
    return values


def canonical(payload: dict[str, Any] | None) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(payload: dict[str, Any] | None) -> str:
    """SHA-256 of the canonical JSON of a payload (to compare replicas)."""
    return hashlib.sha256(canonical(payload).encode()).hexdigest()

"""What a deleted record keeps of its own words: nothing (issue 14, deleted means gone).

Kept apart from `payload` (which looks models up in the catalogue) so that the record
kernel (`fieldapp.records.common`) can blank a tombstone without importing any area."""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import JSON, String, Text
from sqlalchemy.types import TypeDecorator

SYNC_METADATA = frozenset({"id", "collection_id", "rev", "base_rev", "dirty", "deleted"})
BOOKKEEPING = frozenset({"updated_at", "updated_by"})  # differ on every save; never a conflict


def blank_private(row: Any) -> None:
    """Blank a deleted record's own words (see `private_blanks`)."""
    for name, blank in private_blanks(type(row)):
        setattr(row, name, blank)


def private_blanks(model: Any) -> tuple[tuple[str, Any], ...]:
    """What a tombstone leaves of a record's own words: every free-text column (Text, or
    String of 100 characters or more: names, places, titles, remarks), every JSON
    column that may be empty and the short ones a model lists in `__private__` (a
    person's name, phone, national number), with its blank value. Ids, keys, unique
    codes, dates and numbers stay, so the tombstone still syncs, merges and counts.
    Issue 14: deleted means gone, on the laptop that deleted and on every laptop the
    tombstone reaches."""
    return _blanks(model)


@cache
def _blanks(model: Any) -> tuple[tuple[str, Any], ...]:
    blanks: list[tuple[str, Any]] = []
    extra = set(getattr(model, "__private__", ()))  # short fields that name a person
    for column in model.__table__.columns:
        if (column.name in SYNC_METADATA or column.name in BOOKKEEPING
                or column.name == "created_by" or column.primary_key or column.foreign_keys
                or column.unique):
            continue
        kind = column.type.impl if isinstance(column.type, TypeDecorator) else column.type
        if (isinstance(kind, Text) or (isinstance(kind, String) and (kind.length or 0) >= 100)
                or (isinstance(kind, JSON) and column.nullable) or column.name in extra):
            blanks.append((column.name, _blank(column)))
    return tuple(blanks)


def _blank(column: Any) -> Any:
    """None where the column allows it, else its own scalar default (False for a flag),
    else an empty text."""
    if column.nullable:
        return None
    default = column.default
    if default is not None and default.is_scalar and not isinstance(default.arg, str):
        return default.arg
    return ""

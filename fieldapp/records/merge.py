"""Three-way merge of one record, field by field, against the base both sides started from.

A field changed on one side only takes that change; the same field changed on both sides
to different values is a conflict the user resolves (both values kept); free text is never
silently dropped. ``updated_at``/``updated_by`` are bookkeeping, taken from the side that
changed something. Pure: dictionaries in, dictionaries out (DESIGN.md §6, issue 4).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fieldapp.records.payload import BOOKKEEPING, TABLE_FIELD


@dataclass(frozen=True)
class FieldConflict:
    field: str
    base: Any
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class MergeResult:
    merged: dict[str, Any]  # theirs' value for conflicting fields (mine are in conflicts)
    conflicts: tuple[FieldConflict, ...]
    mine_changed: frozenset[str]
    theirs_changed: frozenset[str]

    @property
    def clean(self) -> bool:
        return not self.conflicts


def three_way(
    base: dict[str, Any] | None, mine: dict[str, Any], theirs: dict[str, Any]
) -> MergeResult:
    base = base or {}
    fields = (set(mine) | set(theirs)) - BOOKKEEPING - {TABLE_FIELD}
    merged: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    mine_changed, theirs_changed = set(), set()
    for name in sorted(fields):
        b, m, t = base.get(name), mine.get(name, base.get(name)), theirs.get(name, base.get(name))
        if m != b:
            mine_changed.add(name)
        if t != b:
            theirs_changed.add(name)
        if m == t or m == b:
            merged[name] = t
        elif t == b:
            merged[name] = m
        else:
            merged[name] = t
            conflicts.append(FieldConflict(name, b, m, t))
    newer = mine if (mine_changed - theirs_changed) or conflicts else theirs
    for name in BOOKKEEPING:
        if name in newer or name in theirs:
            merged[name] = newer.get(name, theirs.get(name))
    table = theirs.get(TABLE_FIELD, mine.get(TABLE_FIELD))
    if table is not None:
        merged[TABLE_FIELD] = table
    return MergeResult(merged, tuple(conflicts), frozenset(mine_changed), frozenset(theirs_changed))


def apply_choices(
    merged: dict[str, Any], conflicts: dict[str, dict[str, Any]], choices: dict[str, Any]
) -> dict[str, Any]:
    """The resolved payload: for each conflicting field "mine", "theirs" or a custom value.
    A field left out of `choices` keeps mine (nothing typed here is dropped silently)."""
    result = dict(merged)
    for name, versions in conflicts.items():
        choice = choices.get(name, "mine")
        if choice == "mine":
            result[name] = versions.get("mine")
        elif choice == "theirs":
            result[name] = versions.get("theirs")
        else:
            result[name] = choice
    return result

"""Unambiguous byte encoding of several fields, for AAD and signed messages.

DESIGN.md writes AAD as a concatenation `a ‖ b ‖ c`. Plain concatenation of
variable-length fields is ambiguous ("ab"+"c" == "a"+"bc"), so every field is
length-prefixed (4-byte big-endian length, then the bytes). Integers are 8-byte
big-endian; None is encoded as an empty field with length 0xFFFFFFFF so it
differs from the empty string.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable

Field = bytes | str | int | bool | None

_NONE_MARK = struct.pack(">I", 0xFFFFFFFF)


def _field_bytes(value: Field) -> bytes:
    if value is None:
        return _NONE_MARK
    if isinstance(value, bool):
        raw = b"\x01" if value else b"\x00"
    elif isinstance(value, int):
        raw = struct.pack(">q", value)
    elif isinstance(value, str):
        raw = value.encode("utf-8")
    else:
        raw = bytes(value)
    return struct.pack(">I", len(raw)) + raw


def pack_fields(domain: str, fields: Iterable[Field]) -> bytes:
    """Encode a domain label and fields as one unambiguous byte string."""
    return _field_bytes(domain) + b"".join(_field_bytes(f) for f in fields)

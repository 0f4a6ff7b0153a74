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
_LENGTH = struct.Struct(">I").pack
_INT = struct.Struct(">q").pack


def _field_bytes(value: Field) -> bytes:
    # The common types first: this runs for every field of every signed message a pull
    # verifies. bool before int (a bool is an int).
    if isinstance(value, str):
        raw = value.encode("utf-8")
    elif isinstance(value, bytes):
        raw = value
    elif value is None:
        return _NONE_MARK
    elif isinstance(value, bool):
        raw = b"\x01" if value else b"\x00"
    elif isinstance(value, int):
        raw = _INT(value)
    else:
        raw = bytes(value)
    return _LENGTH(len(raw)) + raw


_DOMAINS: dict[str, bytes] = {}


def pack_fields(domain: str, fields: Iterable[Field]) -> bytes:
    """Encode a domain label and fields as one unambiguous byte string.

    Byte for byte what ``_field_bytes`` of the domain and of each field joined would give
    (tests/unit/crypto/test_encoding.py); this runs for every record sealed, pushed or
    pulled, so the exact built-in types take a path without a call per field, and the
    domain's bytes are kept (a handful of constant labels)."""
    head = _DOMAINS.get(domain)
    if head is None:
        head = _field_bytes(domain)
        if len(_DOMAINS) < 64:
            _DOMAINS[domain] = head
    parts = [head]
    append = parts.append
    for value in fields:
        raw: bytes
        if type(value) is str:
            raw = value.encode("utf-8")
        elif type(value) is bytes:
            raw = value
        elif value is None:
            append(_NONE_MARK)
            continue
        elif type(value) is bool:
            raw = b"\x01" if value else b"\x00"
        elif type(value) is int:
            raw = _INT(value)
        else:  # subclasses, bytearray, memoryview: the general rules
            append(_field_bytes(value))
            continue
        append(_LENGTH(len(raw)))
        append(raw)
    return b"".join(parts)

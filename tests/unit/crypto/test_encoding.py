"""pack_fields is byte for byte the documented encoding (every signature and AAD depends
on it): the fast path for exact built-in types gives what the general per-field rules
give, for subclasses too, and a fixed vector pins the bytes."""

from __future__ import annotations

import enum
import struct

from hypothesis import given
from hypothesis import strategies as st

from fieldapp.crypto.encoding import _field_bytes, pack_fields

fields = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.text(max_size=40), st.binary(max_size=40),
)


def reference(domain: str, values: list[object]) -> bytes:
    return b"".join([_field_bytes(domain), *(_field_bytes(v) for v in values)])  # type: ignore[arg-type]


@given(st.text(max_size=30), st.lists(fields, max_size=12))
def test_the_fast_path_gives_the_general_rules_bytes(domain: str, values: list[object]) -> None:
    assert pack_fields(domain, values) == reference(domain, values)  # type: ignore[arg-type]


class Kind(enum.StrEnum):
    NOTE = "note"


class Count(int):
    pass


def test_subclasses_and_other_byte_types_take_the_general_rules() -> None:
    values = [Kind.NOTE, Count(7), bytearray(b"ab"), memoryview(b"cd"), True, 1]
    assert pack_fields("d", values) == reference("d", values)  # type: ignore[arg-type]
    # bool stays distinct from int even though it is one
    assert pack_fields("d", [True]) != pack_fields("d", [1])


def test_a_fixed_vector() -> None:
    got = pack_fields("fieldapp/x", ["é", b"\x00", None, False, 258])
    length = struct.Struct(">I").pack
    assert got == (
        length(10) + b"fieldapp/x" + length(2) + "é".encode() + length(1) + b"\x00"
        + b"\xff\xff\xff\xff" + length(1) + b"\x00" + length(8) + (258).to_bytes(8, "big")
    )

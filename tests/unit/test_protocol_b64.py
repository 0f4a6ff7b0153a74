"""base64url on the wire (sync/protocol.py): no padding out, padding optional in, nothing
else accepted — the same answers as the standard library's decoder on the texts it is
meant for, and a refusal for everything the convention excludes."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.protocol import SealedRecordModel, b64decode, b64encode


@given(st.binary(max_size=300))
def test_round_trip_without_padding(data: bytes) -> None:
    text = b64encode(data)
    assert "=" not in text and "+" not in text and "/" not in text
    assert text == base64.urlsafe_b64encode(data).decode().rstrip("=")
    assert b64decode(text) == data
    assert b64decode(base64.urlsafe_b64encode(data).decode()) == data  # padded, as well


@pytest.mark.parametrize(
    "text",
    ["A", "AAAAA", "QQ===", "QUJD====", "QU+D", "QU/D", "QU D", "QUJD\n", "QU=D", "=QUJ",
     "QUJDé", "QUJD\x00", "QQ=\n"],
)
def test_anything_else_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        b64decode(text)


def test_a_record_field_refuses_standard_base64_too() -> None:
    record = {
        "item_id": "7d4e8a52-4a1f-4b0e-9a53-2f8f3f3b6a10",
        "rev": "0c7e6f3a-93f4-4a0c-8d1e-5a6b7c8d9e0f",
        "base_rev": None, "key_version": 1, "author_id": "3a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
        "deleted": False, "ciphertext": "+/+/", "signature": "AAAA",
    }
    with pytest.raises(ValueError):
        SealedRecordModel.model_validate(record)
    record["ciphertext"] = "-_-_"
    assert SealedRecordModel.model_validate(record).ciphertext == b"\xfb\xff\xbf"

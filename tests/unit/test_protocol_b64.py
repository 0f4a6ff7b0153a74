"""base64url on the wire (sync/protocol.py): no padding out, padding optional in, nothing
else accepted — the same answers as the standard library's decoder on the texts it is
meant for, and a refusal for everything the convention excludes. A page of changes read
the fast way (`read_changes`) answers alike and refuses at least as much."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from sync.protocol import (
    ChangesResponse,
    SealedRecordModel,
    b64decode,
    b64encode,
    read_answer,
    read_changes,
)


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


def _page(ciphertext: str, *, item_id: str = "7d4e8a52-4a1f-4b0e-9a53-2f8f3f3b6a10") -> bytes:
    """A changes page as the server sends it, one record under a manifest."""
    return (
        '{"items": [{"seq": 7, "received_at": 1780000000.25, "record": {'
        f'"item_id": "{item_id}", "rev": "0c7e6f3a-93f4-4a0c-8d1e-5a6b7c8d9e0f",'
        ' "base_rev": null, "key_version": 1,'
        ' "author_id": "3a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "deleted": false,'
        f' "ciphertext": "{ciphertext}", "signature": ""}},'
        ' "manifest": {"id": 7, "index": 0}, "added_later": 1}],'
        ' "last_seq": 7, "done": true, "manifests": [{"id": 7,'
        ' "author_id": "3a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",'
        f' "signature": "{b64encode(bytes(64))}", "digests": "{b64encode(bytes(32))}"}}]}}'
    ).encode()


@given(st.binary(max_size=200))
def test_a_changes_page_reads_alike_fast_or_strict(data: bytes) -> None:
    for text in (b64encode(data), base64.urlsafe_b64encode(data).decode()):
        raw = _page(text)
        fast = read_changes(raw)
        assert type(fast) is not ChangesResponse  # decoded by pydantic-core itself
        assert fast.model_dump() == read_answer(ChangesResponse, raw).model_dump()
        assert fast.items[0].record.ciphertext == data
        assert fast.items[0].record.to_crypto("c").ciphertext == data


@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_= ",
               max_size=12))
def test_the_fast_read_accepts_no_text_that_b64decode_refuses(text: str) -> None:
    try:
        expected: bytes | None = b64decode(text)
    except ValueError:
        expected = None
    try:
        got: bytes | None = read_changes(_page(text)).items[0].record.ciphertext
    except ValueError:  # pydantic's ValidationError
        got = None
    assert got is None or got == expected


@pytest.mark.parametrize(
    "ciphertext",
    ["QU+D", "QU/D", "QU\\/D", "QU\\u002bD", "QUJD====", "QU=D", "QU.D", "QUJDé", "A"],
)
def test_a_malformed_changes_page_is_refused(ciphertext: str) -> None:
    with pytest.raises(ValidationError, match="ciphertext"):
        read_changes(_page(ciphertext))


def test_a_changes_page_with_a_malformed_id_is_refused() -> None:
    with pytest.raises(ValidationError, match="item_id"):
        read_changes(_page("QUJD", item_id="7D4E8A52-4A1F-4B0E-9A53-2F8F3F3B6A10"))

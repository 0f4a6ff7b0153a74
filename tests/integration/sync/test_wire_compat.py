"""Strict in, tolerant out (sync/protocol.py): this client reads answers of a newer server
that carry fields it does not know, at the top and nested, and keeps the fields it knows;
what it sends stays exactly what it knows."""

from __future__ import annotations

import json
from typing import Any

import pytest
import requests
from requests.adapters import BaseAdapter

from sync.client.http import Http, RetryPolicy
from sync.protocol import (
    BlobStatus,
    ChangesResponse,
    UserInfo,
    read_answer,
    read_stored,
)

ITEM = "7d4e8a52-4a1f-4b0e-9a53-2f8f3f3b6a10"
REV = "0c7e6f3a-93f4-4a0c-8d1e-5a6b7c8d9e0f"
AUTHOR = "3a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"


class NewerServer(BaseAdapter):
    """Answers every request with one JSON body, as a later server version would."""

    def __init__(self, body: dict[str, Any]) -> None:
        super().__init__()
        self.body = body
        self.sent: list[requests.PreparedRequest] = []

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        self.sent.append(request)
        response = requests.Response()
        response.status_code = 200
        response.headers["X-Server-Time"] = "1000.0"
        response._content = json.dumps(self.body).encode()
        response.url = request.url or ""
        response.request = request
        return response

    def close(self) -> None:
        pass


def _client(body: dict[str, Any]) -> tuple[Http, NewerServer]:
    session = requests.Session()
    server = NewerServer(body)
    session.mount("https://", server)
    http = Http("https://sync.test", session=session, retry=RetryPolicy(attempts=1),
                clock=lambda: 1000.0, sleep=lambda _s: None, rng=lambda: 1.0)
    return http, server


def _changes_with_extras() -> dict[str, Any]:
    record = {
        "item_id": ITEM, "rev": REV, "base_rev": None, "key_version": 1,
        "author_id": AUTHOR, "deleted": False, "ciphertext": "AAEC", "signature": "AwQF",
        "compression": "zstd",  # added by a newer server, nested two levels down
    }
    return {
        "items": [{"seq": 1, "received_at": 5.0, "record": record, "region": "eu"}],
        "last_seq": 1, "done": True, "next_poll_seconds": 30,
    }


def test_an_older_client_reads_a_newer_servers_answer() -> None:
    http, server = _client(_changes_with_extras())
    page = http.call("GET", "/v1/collections/x/changes", ChangesResponse)
    assert page.last_seq == 1 and page.done
    assert page.items[0].record.item_id == ITEM
    assert page.items[0].record.ciphertext == b"\x00\x01\x02"
    assert "compression" not in page.items[0].record.model_dump()
    assert len(server.sent) == 1


def test_known_fields_are_still_checked_in_an_answer() -> None:
    body = _changes_with_extras()
    body["items"][0]["record"]["item_id"] = "not-a-uuid"
    http, _ = _client(body)
    with pytest.raises(ValueError):
        http.call("GET", "/v1/collections/x/changes", ChangesResponse)


def test_blob_status_and_stored_answers_are_read_the_same_way() -> None:
    status = {"blob_id": "c" * 64, "size": 3, "offset": 0, "done": False, "expires_at": 9.0}
    assert read_answer(BlobStatus, json.dumps(status)).size == 3
    user = {"id": AUTHOR, "organisation_id": ITEM, "email": "a@b.c", "display_name": "A",
            "role": "social_assistant", "pronouns": "she"}
    assert read_stored(UserInfo, user).email == "a@b.c"


def test_the_same_models_stay_strict_for_what_the_server_reads() -> None:
    with pytest.raises(ValueError):
        ChangesResponse.model_validate_json(json.dumps(_changes_with_extras()))
    # ... and the tolerant reading of one answer loosened nothing for the next strict one.
    read_answer(ChangesResponse, json.dumps(_changes_with_extras()))
    with pytest.raises(ValueError):
        ChangesResponse.model_validate_json(json.dumps(_changes_with_extras()))

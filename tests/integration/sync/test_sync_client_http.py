"""The client's transport policy: retries, backoff with jitter, Retry-After, typed errors.

Driven through a stub requests adapter (no sockets, no patched time): the clock, sleep and
jitter are injected, so every wait the client would make is recorded and checked.
"""

from __future__ import annotations

import json

import pytest
import requests
from requests.adapters import BaseAdapter

from sync.client.errors import (
    ApiError,
    Conflict,
    DeviceWiped,
    Forbidden,
    NotFound,
    RateLimited,
    SessionEnded,
    TransportError,
)
from sync.client.http import Http, RetryPolicy


class Script(BaseAdapter):
    """Answers requests from a list: an int status (+ headers/body) or an exception."""

    def __init__(self, answers) -> None:
        super().__init__()
        self.answers = list(answers)
        self.requests: list[requests.PreparedRequest] = []

    def send(self, request, **kwargs):
        self.requests.append(request)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        status, headers, body = (
            (*answer, {}, None)[:3] if isinstance(answer, tuple) else (answer, {}, None)
        )
        response = requests.Response()
        response.status_code = status
        response.headers.update({"X-Server-Time": "1000.0", **headers})
        response._content = json.dumps(body if body is not None else {"ok": True}).encode()
        response.url = request.url
        response.request = request
        return response

    def close(self) -> None:
        pass


def make(answers, *, retry: RetryPolicy | None = None, clock=lambda: 1000.0):
    session = requests.Session()
    script = Script(answers)
    session.mount("https://", script)
    sleeps: list[float] = []
    http = Http(
        "https://sync.test",
        session=session,
        retry=retry or RetryPolicy(attempts=5, base_delay=1.0, max_delay=8.0, max_retry_after=60),
        clock=clock,
        sleep=sleeps.append,
        rng=lambda: 1.0,
    )
    return http, script, sleeps


def refused() -> requests.ConnectionError:
    from urllib3.exceptions import MaxRetryError, NewConnectionError

    return requests.ConnectionError(
        MaxRetryError(None, "/", NewConnectionError(None, "Connection refused"))
    )


def test_5xx_and_connection_errors_are_retried_with_exponential_backoff() -> None:
    http, script, sleeps = make([503, refused(), 502, requests.ConnectionError("reset"), 200])
    assert http.request("GET", "/v1/health").status_code == 200
    assert len(script.requests) == 5
    assert sleeps == [1.0, 2.0, 4.0, 8.0]  # rng = 1.0: the upper end of the jitter


def test_jitter_stays_between_half_and_full_delay() -> None:
    policy = RetryPolicy(base_delay=1.0, max_delay=100.0)
    for attempt in range(5):
        low, high = policy.backoff(attempt, lambda: 0.0), policy.backoff(attempt, lambda: 1.0)
        assert (low, high) == (2**attempt / 2, 2**attempt)


def test_429_honours_retry_after_seconds_and_http_date() -> None:
    http, _, sleeps = make(
        [
            (429, {"Retry-After": "3"}, {"code": "rate_limited", "message": "slow down"}),
            (429, {"Retry-After": "Thu, 01 Jan 1970 00:16:50 GMT"}),  # clock 1000 → 10 s
            200,
        ]
    )
    http.request("POST", "/v1/auth/login", json={}, idempotent=False)
    assert sleeps == [3.0, 10.0]


def test_long_retry_after_is_raised_not_slept() -> None:
    http, _, sleeps = make(
        [(429, {"Retry-After": "900"}, {"code": "rate_limited", "message": "too many attempts"})]
    )
    with pytest.raises(RateLimited) as caught:
        http.request("POST", "/v1/auth/login", json={})
    assert caught.value.retry_after == 900
    assert sleeps == []


def test_gives_up_after_the_last_attempt() -> None:
    http, script, sleeps = make([refused()] * 3, retry=RetryPolicy(attempts=3, base_delay=0.1))
    with pytest.raises(TransportError) as caught:
        http.request("GET", "/v1/me")
    assert len(script.requests) == 3 and len(sleeps) == 2
    assert "server unreachable" in str(caught.value)
    http, _, _ = make([500] * 3, retry=RetryPolicy(attempts=3, base_delay=0.1))
    with pytest.raises(ApiError) as err:
        http.request("GET", "/v1/me")
    assert err.value.status == 500


def test_non_idempotent_requests_are_not_resent_once_they_may_have_arrived() -> None:
    http, script, _ = make([requests.ConnectionError("reset by peer"), 200])
    with pytest.raises(TransportError):
        http.request("POST", "/v1/auth/refresh", json={}, idempotent=False)
    assert len(script.requests) == 1
    http, script, _ = make([503, 200])
    with pytest.raises(ApiError):
        http.request("POST", "/v1/auth/refresh", json={}, idempotent=False)
    assert len(script.requests) == 1
    # ... but a connection that could not even be opened is safe to try again.
    http, script, _ = make([refused(), 200])
    assert http.request("POST", "/v1/auth/refresh", json={}, idempotent=False).ok
    assert len(script.requests) == 2


@pytest.mark.parametrize(
    ("status", "code", "cls"),
    [
        (404, "not_found", NotFound),
        (403, "forbidden", Forbidden),
        (409, "stale_key", Conflict),
        (401, "refresh_reused", SessionEnded),
        (401, "account_disabled", SessionEnded),
        (401, "device_wiped", DeviceWiped),
        (400, "bad_signature", ApiError),
    ],
)
def test_errors_are_typed_and_carry_code_and_message(status, code, cls) -> None:
    body = {"code": code, "message": "human text", "details": {"current_key_version": 3}}
    http, _, _ = make([(status, {}, body)])
    with pytest.raises(cls) as caught:
        http.request("GET", "/v1/x", auth=False)
    assert (caught.value.status, caught.value.code, caught.value.message) == (
        status,
        code,
        "human text",
    )
    assert caught.value.details == {"current_key_version": 3}


def test_expired_token_is_refreshed_once_and_the_request_resent() -> None:
    class Auth:
        token = "old"
        refreshes = 0

        def access_token(self):
            return self.token

        def refresh_after_401(self, failed):
            self.refreshes += 1
            self.token = "new"
            return True

    http, script, _ = make([(401, {}, {"code": "token_expired", "message": "expired"}), 200])
    http.authenticator = auth = Auth()
    http.request("GET", "/v1/me")
    assert [r.headers["Authorization"] for r in script.requests] == ["Bearer old", "Bearer new"]
    assert auth.refreshes == 1
    # A second 401 after the refresh is not looped on.
    http, script, _ = make([(401, {}, {"code": "token_expired", "message": "x"})] * 2)
    http.authenticator = Auth()
    with pytest.raises(ApiError):
        http.request("GET", "/v1/me")
    assert len(script.requests) == 2


def test_clock_skew_is_read_from_every_response() -> None:
    http, _, _ = make([200, 200], clock=lambda: 1000.0 - 301)
    http.request("GET", "/v1/health")
    assert http.clock_skew is not None and round(http.clock_skew.skew_seconds) == 301
    http2, _, _ = make([200], clock=lambda: 1000.0 + 299)
    http2.request("GET", "/v1/health")
    assert http2.clock_skew is None


def test_device_wiped_comes_through_the_transparent_refresh() -> None:
    from sync.client.auth import Auth, Tokens
    from sync.protocol import UserInfo

    wiped = {"code": "device_wiped", "message": "erase its local data"}
    http, script, _ = make(
        [(401, {}, {"code": "token_expired", "message": "expired"}), (401, {}, wiped)]
    )
    auth = Auth(http)
    user = UserInfo(
        id="00000000-0000-4000-8000-000000000001",
        email="a@example.org",
        role="social_assistant",
        organisation_id="00000000-0000-4000-8000-000000000002",
    )
    auth.tokens = Tokens("access", "refresh", "00000000-0000-4000-8000-000000000003", user)
    with pytest.raises(DeviceWiped):
        http.request("GET", "/v1/me")
    assert [r.path_url for r in script.requests] == ["/v1/me", "/v1/auth/refresh"]
    assert auth.tokens is None  # the dead session is forgotten; erasing is the caller's job


def test_blob_start_race_is_retried_once() -> None:
    from sync.client.blobs import Blobs

    bid = "ab" * 32
    race = {"code": "upload_race", "message": "another upload started"}
    status = {"blob_id": bid, "size": 10, "offset": 4, "done": False}
    http, script, _ = make([(409, {}, race), (200, {}, status)])
    assert Blobs(http).status("00000000-0000-4000-8000-000000000001", bid, 10).offset == 4
    assert len(script.requests) == 2
    http, script, _ = make([(409, {}, race), (409, {}, race)])
    with pytest.raises(Conflict):
        Blobs(http).status("00000000-0000-4000-8000-000000000001", bid, 10)

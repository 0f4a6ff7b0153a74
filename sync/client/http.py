"""HTTP transport: base URL, timeouts, CA bundle, retries with backoff, typed errors, clock skew.

Retries: connection failures, 5xx and 429 are retried with exponential backoff and jitter;
429 and 503 honour ``Retry-After``. A request marked ``idempotent=False`` (token refresh) is
retried only when it certainly never reached the server (the connection could not be made)
or was refused with 429 — re-sending a refresh the server already used would revoke the
whole session family. Pushes and blob uploads are idempotent by design (revision ids,
content addresses, offsets), so they are retried like reads.

``clock`` and ``sleep`` are injectable so tests never patch time globally.

Transport security (issue 13): the base URL must be ``https://``; plain ``http://`` is
refused (:class:`InsecureServerUrl`) except to this computer (127.0.0.0/8, ::1,
``localhost``), where nothing crosses a network. Redirects are never followed (a 307 to
another address would re-send a login body there). An organisation CA bundle
(``ca_bundle``) is passed to every request as ``verify=``, so it wins over the
``REQUESTS_CA_BUNDLE`` / ``CURL_CA_BUNDLE`` environment variables, which requests would
otherwise prefer to the session's setting; without one, requests' default trust applies.
"""

from __future__ import annotations

import email.utils
import ipaddress
import logging
import os
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar
from urllib.parse import urlsplit

import requests
from cryptography import x509
from pydantic import BaseModel

from sync.client.errors import (
    ApiError,
    ClockSkewError,
    InsecureServerUrl,
    TransportError,
    UntrustedCertificate,
    error_for,
)
from sync.protocol import SERVER_TIME_HEADER, WireModel, read_answer

log = logging.getLogger(__name__)

M = TypeVar("M", bound=WireModel)

MAX_CLOCK_SKEW = 5 * 60.0
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REFRESHABLE_CODES = frozenset({"token_expired", "unauthenticated"})


def is_loopback_host(host: str) -> bool:
    """127.0.0.0/8, ::1 or localhost: a server on this very computer."""
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def server_url_problem(url: str) -> str | None:
    """Why `url` may not be used as the sync server's address, or None when it may:
    "scheme" (neither https:// nor http://), "no_host", or "plain_http" (http:// to
    another computer: logins and tokens would cross the network in clear)."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError:
        return "no_host"
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http"):
        return "scheme"
    if not host:
        return "no_host"
    if scheme == "http" and not is_loopback_host(host):
        return "plain_http"
    return None


@dataclass(frozen=True)
class JsonBody:
    """A request body already serialised as JSON (e.g. sealed ahead of time)."""

    data: bytes


MAX_CA_BUNDLE_BYTES = 10 * 1024 * 1024  # the system's whole store is ~0.2 MiB


def ca_bundle_problem(path: str | os.PathLike[str]) -> str | None:
    """Why the file at `path` may not be used as the organisation's CA bundle, or None
    when it may: "missing" (no such file, or a folder), "unreadable" (no permission, or
    larger than any bundle), or "no_certificate" (not PEM, or PEM without a
    certificate — e.g. a private key or a DER file)."""
    file = Path(path)
    if not file.is_file():
        return "missing"
    try:
        with file.open("rb") as f:
            data = f.read(MAX_CA_BUNDLE_BYTES + 1)
    except OSError:
        return "unreadable"
    if len(data) > MAX_CA_BUNDLE_BYTES:
        return "unreadable"
    try:
        certificates = x509.load_pem_x509_certificates(data)
    except ValueError:
        return "no_certificate"
    return None if certificates else "no_certificate"


_URL_MESSAGES = {
    "scheme": "the sync server's address must start with https://",
    "no_host": "the sync server's address names no server",
    "plain_http": (
        "refusing an http:// sync server address to another computer: the login and tokens "
        "would travel unencrypted; use the https:// address (http:// is accepted only for "
        "a server on this computer: 127.0.0.1, ::1, localhost)"
    ),
}


def check_server_url(url: str) -> str:
    """Return `url` without a trailing slash, or raise InsecureServerUrl saying why not."""
    problem = server_url_problem(url)
    if problem is not None:
        raise InsecureServerUrl(problem, _URL_MESSAGES[problem])
    return url.strip().rstrip("/")


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5  # tries in all, first one included
    base_delay: float = 0.25
    max_delay: float = 8.0
    max_retry_after: float = 30.0  # a longer Retry-After is raised as RateLimited instead

    def backoff(self, attempt: int, rng: Callable[[], float]) -> float:
        """Exponential backoff with jitter: between half and all of base·2^attempt."""
        delay: float = min(self.max_delay, self.base_delay * (2.0**attempt))
        return delay * (0.5 + 0.5 * rng())


NO_RETRY = RetryPolicy(attempts=1)


@dataclass(frozen=True)
class ClockSkew:
    """The local clock is off the server's by more than 5 minutes; a UI shows ``message``."""

    skew_seconds: float  # server time minus local time

    @property
    def message(self) -> str:
        return str(ClockSkewError(self.skew_seconds))


class Authenticator(Protocol):
    """What the transport needs from the auth layer (see sync.client.auth)."""

    def access_token(self) -> str | None: ...

    def refresh_after_401(self, failed_token: str) -> bool:
        """Get a fresh access token; False when that is impossible."""
        ...


class Http:
    """A requests.Session bound to one server, with retries and typed errors."""

    def __init__(
        self,
        base_url: str,
        *,
        timeout: float | tuple[float, float] = (5.0, 60.0),
        ca_bundle: str | None = None,
        retry: RetryPolicy | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        rng: Callable[[], float] = random.random,
        on_clock_skew: Callable[[ClockSkew], None] | None = None,
        session: requests.Session | None = None,
    ) -> None:
        self.base_url = check_server_url(base_url)
        self.timeout = timeout
        self.retry = retry or RetryPolicy()
        self.clock = clock
        self.sleep = sleep
        self.rng = rng
        self.on_clock_skew = on_clock_skew
        self.session = session or requests.Session()
        # Passed with every request: a session-level `verify` loses to REQUESTS_CA_BUNDLE
        # and CURL_CA_BUNDLE (requests merges the environment over it).
        self.verify: str | None = ca_bundle  # None: the session's and requests' defaults
        if ca_bundle is not None:
            self.session.verify = ca_bundle
        self.authenticator: Authenticator | None = None
        self.clock_skew: ClockSkew | None = None
        self.server_time_offset: float | None = None

    def close(self) -> None:
        self.session.close()

    # ------------------------------------------------------------------ clock

    def _observe_clock(self, response: requests.Response) -> None:
        raw = response.headers.get(SERVER_TIME_HEADER)
        if raw is None:
            return
        try:
            server_time = float(raw)
        except ValueError:
            return
        offset = server_time - self.clock()
        self.server_time_offset = offset
        if abs(offset) > MAX_CLOCK_SKEW:
            fresh = self.clock_skew is None
            self.clock_skew = ClockSkew(offset)
            if fresh:
                log.warning("clock skew of %.0f s against the sync server", offset)
                if self.on_clock_skew is not None:
                    self.on_clock_skew(self.clock_skew)
        else:
            self.clock_skew = None

    def check_clock(self) -> None:
        """Raise ClockSkewError if the last response showed the clock > 5 min off."""
        if self.clock_skew is not None:
            raise ClockSkewError(self.clock_skew.skew_seconds)

    # ------------------------------------------------------------------ requests

    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        data: bytes | None = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        auth: bool = True,
        idempotent: bool = True,
        stream: bool = False,
        retry: RetryPolicy | None = None,
    ) -> requests.Response:
        """Send one request; return a 2xx response or raise a typed error (a redirect too).

        On 401 ``token_expired``/``unauthenticated`` with ``auth``, the authenticator
        refreshes the session once and the request is sent again.
        """
        refreshed = False
        while True:
            token = self.authenticator.access_token() if auth and self.authenticator else None
            response = self._send_with_retries(
                method,
                path,
                json=json,
                data=data,
                params=params,
                headers=headers,
                token=token,
                idempotent=idempotent,
                stream=stream,
                retry=retry or self.retry,
            )
            if response.status_code < 300:
                return response  # a 3xx is never followed: it is raised like an error
            error = self._error(response)
            if (
                response.status_code == 401
                and error.code in REFRESHABLE_CODES
                and auth
                and token is not None
                and self.authenticator is not None
                and not refreshed
                and self.authenticator.refresh_after_401(token)
            ):
                refreshed = True
                continue
            raise error

    def call(
        self,
        method: str,
        path: str,
        response_model: type[M],
        body: BaseModel | JsonBody | None = None,
        **kwargs: Any,
    ) -> M:
        """JSON in (a protocol model, or one already serialised), protocol model out. A
        model is serialised by pydantic itself (one pass, no intermediate dicts)."""
        if body is None:
            response = self.request(method, path, **kwargs)
        else:
            data = body.data if isinstance(body, JsonBody) else body.model_dump_json().encode()
            headers = {**(kwargs.pop("headers", None) or {}), "Content-Type": "application/json"}
            response = self.request(method, path, data=data, headers=headers, **kwargs)
        return read_answer(response_model, response.content)

    def _send_with_retries(
        self,
        method: str,
        path: str,
        *,
        token: str | None,
        idempotent: bool,
        retry: RetryPolicy,
        headers: Mapping[str, str] | None,
        **kwargs: Any,
    ) -> requests.Response:
        url = self.base_url + path
        all_headers = dict(headers or {})
        if token is not None:
            all_headers["Authorization"] = f"Bearer {token}"
        attempt = 0
        while True:
            delay: float | None = None
            try:
                response = self.session.request(
                    method, url, headers=all_headers, timeout=self.timeout,
                    verify=self.verify, allow_redirects=False, **kwargs,
                )
            except requests.exceptions.SSLError:
                raise UntrustedCertificate(
                    f"{method} {path}: the server's certificate did not verify against the "
                    "trusted certificate authorities (is the organisation's CA bundle set?)"
                ) from None
            except requests.RequestException as exc:
                never_sent = _never_reached_server(exc)
                if attempt + 1 >= retry.attempts or not (idempotent or never_sent):
                    raise TransportError(
                        f"{method} {path}: server unreachable ({type(exc).__name__})"
                    ) from None
                log.info("%s %s: %s, retrying", method, path, type(exc).__name__)
            else:
                self._observe_clock(response)
                status = response.status_code
                retryable = status in RETRY_STATUSES and (idempotent or status == 429)
                if not retryable or attempt + 1 >= retry.attempts:
                    return response
                delay = _retry_after(response, self.clock)
                if delay is not None and delay > retry.max_retry_after:
                    return response  # the caller gets RateLimited with retry_after
                response.close()
                log.info("%s %s: HTTP %s, retrying", method, path, status)
            self.sleep(delay if delay is not None else retry.backoff(attempt, self.rng))
            attempt += 1

    @staticmethod
    def _error(response: requests.Response) -> ApiError:
        code, message, details = "http_error", f"HTTP {response.status_code}", None
        try:
            body = response.json()
            if isinstance(body, dict) and "code" in body:
                code = str(body["code"])
                message = str(body.get("message", message))
                raw_details = body.get("details")
                details = raw_details if isinstance(raw_details, dict) else None
        except ValueError:
            pass
        if response.status_code == 429:
            details = dict(details or {})
            retry_after = response.headers.get("Retry-After")
            if retry_after and "retry_after" not in details:
                details["retry_after"] = retry_after
        return error_for(response.status_code, code, message, details)


def _never_reached_server(exc: requests.RequestException) -> bool:
    """True when the connection could not even be opened (so nothing was sent)."""
    if isinstance(exc, requests.ConnectTimeout):
        return True
    if isinstance(exc, requests.ConnectionError):
        text = repr(exc.args[0]) if exc.args else ""
        return "NewConnectionError" in text or "NameResolutionError" in text
    return False


def _retry_after(response: requests.Response, clock: Callable[[], float]) -> float | None:
    raw = response.headers.get("Retry-After")
    if not raw:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - clock())

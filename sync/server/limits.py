"""Request body limits, enforced before anything is parsed (issue 13, hostile input).

A pure ASGI middleware, outermost in the stack: a request whose ``Content-Length`` exceeds
the limit of its route is answered 413 at once, without reading a byte of its body; a body
without a length (chunked) is counted as it streams in and refused as soon as it passes
the limit. So a stranger's 50 MB body never sits in the server's memory.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from typing import Any

from starlette.exceptions import HTTPException

from sync.protocol import MAX_BLOB_PUT

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

KIB = 1024
MIB = 1024 * KIB
DEFAULT_LIMIT = 1 * MIB
# (method, path pattern, limit), first match wins.
DEFAULT_RULES: tuple[tuple[str, str, int], ...] = (
    ("POST", r"^/v1/auth/", 64 * KIB),
    # 500 records; ordinary records are a few KiB, so this leaves a wide margin.
    ("POST", r"^/v1/collections/[^/]+/push$", 64 * MIB),
    ("PUT", r"^/v1/blobs/[^/]+/data$", MAX_BLOB_PUT),
    ("POST", r"^/v1/collections/[^/]+/rotate$", 8 * MIB),
    ("PUT", r"^/v1/collections/[^/]+/members/[^/]+$", 8 * MIB),
)
TOO_LARGE = {"code": "too_large", "message": "the request body is too large", "details": None}


class BodyTooLarge(HTTPException):
    def __init__(self) -> None:
        super().__init__(413, TOO_LARGE["message"])


def _too_large_response() -> tuple[Message, Message]:
    body = json.dumps(TOO_LARGE).encode()
    start = {
        "type": "http.response.start",
        "status": 413,
        "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ],
    }
    return start, {"type": "http.response.body", "body": body, "more_body": False}


class BodyLimitMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        *,
        default: int = DEFAULT_LIMIT,
        rules: Sequence[tuple[str, str, int]] = DEFAULT_RULES,
    ) -> None:
        self.app = app
        self.default = default
        self.rules = [(method, re.compile(pattern), limit) for method, pattern, limit in rules]

    def limit_for(self, method: str, path: str) -> int:
        for rule_method, pattern, limit in self.rules:
            if rule_method == method and pattern.match(path):
                return limit
        return self.default

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["method"], scope["path"])
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _refuse(send)
            return
        received = 0
        exceeded = False
        started = False

        async def counted_receive() -> Message:
            nonlocal received, exceeded
            if exceeded:
                raise BodyTooLarge()
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    exceeded = True
                    raise BodyTooLarge()
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if exceeded:
                # Whatever the app answers to a body it could not finish reading: 413.
                if message["type"] == "http.response.start" and not started:
                    started = True
                    await _refuse(send)
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except BodyTooLarge:
            if not started:
                await _refuse(send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None  # the HTTP parser refuses a malformed length before us
    return None


async def _refuse(send: Send) -> None:
    start, body = _too_large_response()
    await send(start)
    await send(body)

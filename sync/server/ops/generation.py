"""The server's generation: a random value kept in the database, replaced by every
`fieldapp-server restore`, sent on every response as ``X-Server-Generation``.

A laptop that remembers the generation it last synced with sees it change after a restore,
and knows the server may have lost revisions and blobs it had acknowledged (what the client
then does is in docs/deploy.md, "Restore"). Restores need the servers stopped, so each
process reads the value once at start.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from sync.server.models import ServerConfig

GENERATION_HEADER = "X-Server-Generation"
GENERATION_KEY = "server_generation"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def server_generation(sessions: Any) -> str:
    """The generation in the database (created on first start)."""
    try:
        with sessions() as s, s.begin():
            if s.get(ServerConfig, GENERATION_KEY) is None:
                s.add(ServerConfig(key=GENERATION_KEY, value=os.urandom(16)))
    except IntegrityError:
        pass  # another worker created it first
    with sessions() as s:
        value = s.scalars(
            select(ServerConfig.value).where(ServerConfig.key == GENERATION_KEY)
        ).one()
        return bytes(value).hex()


class GenerationMiddleware:
    def __init__(self, app: ASGIApp, generation: str) -> None:
        self.app = app
        self.header = (GENERATION_HEADER.lower().encode(), generation.encode())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_generation(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), self.header]
            await send(message)

        await self.app(scope, receive, send_with_generation)

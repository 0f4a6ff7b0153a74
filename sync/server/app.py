"""The FastAPI application factory: create_app(settings)."""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from sync.protocol import API_PREFIX, SERVER_TIME_HEADER, OkResponse
from sync.server.blobstore import BlobStore, make_blob_store
from sync.server.body import install_body_schemas
from sync.server.db import make_engine, make_sessionmaker
from sync.server.errors import install_handlers, internal_error, log_unexpected
from sync.server.limits import BodyLimitMiddleware
from sync.server.models import ServerConfig
from sync.server.ops import generation as ops_generation
from sync.server.ops import health as ops_health
from sync.server.ops import metrics as ops_metrics
from sync.server.routes import (
    admin,
    audit,
    auth,
    blobs,
    collections,
    gdpr,
    people,
    purge,
    records,
    team,
)
from sync.server.security import hash_auth_key
from sync.server.services.context import ServerState
from sync.server.settings import Settings

log = logging.getLogger("fieldapp.server")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

PRELOGIN_CONFIG_ROW = "prelogin_secret"


class ServerTimeMiddleware:
    """Adds X-Server-Time (unix seconds) to every HTTP response, errors included, and turns
    an unexpected exception into the generic 500 ``{"code": "internal", "message"}`` (the
    exception is logged by type and code location only, never its message)."""

    def __init__(self, app: ASGIApp, clock: Callable[[], float]) -> None:
        self.app = app
        self.clock = clock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = False

        async def send_with_time(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", []))
                headers.append(
                    (SERVER_TIME_HEADER.lower().encode(), f"{self.clock():.3f}".encode())
                )
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_with_time)
        except Exception as exc:
            log_unexpected(exc)
            if started:
                return  # too late for an error body; the connection is closed unfinished
            await internal_error().response()(scope, receive, send_with_time)


def _prelogin_secret(sessions: Any) -> bytes:
    """A server-wide random secret, created once and shared by every worker via the DB."""
    try:
        with sessions() as s, s.begin():
            if s.get(ServerConfig, PRELOGIN_CONFIG_ROW) is None:
                s.add(ServerConfig(key=PRELOGIN_CONFIG_ROW, value=os.urandom(32)))
    except IntegrityError:
        pass  # another worker created it first
    with sessions() as s:
        value = s.scalars(
            select(ServerConfig.value).where(ServerConfig.key == PRELOGIN_CONFIG_ROW)
        ).one()
        return bytes(value)


def create_app(settings: Settings, *, blob_store: BlobStore | None = None) -> FastAPI:
    engine = make_engine(
        settings.database_url,
        pool_size=settings.pool_size,
        max_overflow=settings.overflow,
        pool_timeout=settings.pool_timeout_seconds,
        echo=settings.echo_sql,
    )
    sessions = make_sessionmaker(engine)
    state = ServerState(
        settings=settings,
        sessions=sessions,
        blobs=blob_store or make_blob_store(settings),
        prelogin_secret=_prelogin_secret(sessions),
        dummy_auth_hash=hash_auth_key(
            uuid.uuid4().bytes * 2,
            memory_kib=settings.auth_hash_memory_kib,
            iterations=settings.auth_hash_iterations,
        ),
    )
    app = FastAPI(
        title="FieldApp sync server",
        version="1",
        description="Stores ciphertext only; see sync/protocol.py for the wire protocol.",
    )
    app.state.server = state
    app.state.engine = engine
    install_handlers(app)
    for module in (auth, people, admin, team, collections, records, blobs, audit, purge, gdpr):
        app.include_router(module.router, prefix=API_PREFIX)

    @app.get(API_PREFIX + "/health", response_model=OkResponse)
    def health() -> OkResponse:
        return OkResponse()

    app.include_router(ops_health.router)
    app.include_router(ops_metrics.router)

    install_body_schemas(app)
    app.add_middleware(ServerTimeMiddleware, clock=settings.clock)
    app.add_middleware(ops_metrics.MetricsMiddleware, engine=engine)
    app.add_middleware(
        ops_generation.GenerationMiddleware,
        generation=ops_generation.server_generation(sessions),
    )
    app.add_middleware(BodyLimitMiddleware)  # outermost: before anything reads a body
    return app


ENV_DATABASE_URL = "FIELDAPP_SERVER_DATABASE_URL"
ENV_BLOB_DIR = "FIELDAPP_SERVER_BLOB_DIR"


def app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory` with several worker processes (`serve --workers N`)
    and containers: workers share nothing but the database and the blob store. The
    variables are listed in sync/server/ops/env.py."""
    from sync.server.ops.env import settings_from_env

    return create_app(settings_from_env())

"""Prometheus metrics at `/metrics` (prometheus-client).

Per route template (``/v1/collections/{collection_id}/push``, never a concrete id): request
count by method and status, latency histogram; records pushed by outcome (accepted,
duplicate, conflict) and records pulled; authentication failures (401) and refused
authorisation checks; database connections in use. Labels never carry an id, an address
or anything from a body.

With several worker processes set ``PROMETHEUS_MULTIPROC_DIR`` to an empty folder before
the workers start (`fieldapp-server serve --workers N` does it), so any worker's
``/metrics`` answers for all of them. Serve `/metrics` to the internal network only: the
reverse proxy of packaging/server refuses it from outside.
"""

from __future__ import annotations

import collections
import os
import re
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

REQUESTS = Counter(
    "fieldapp_http_requests_total",
    "HTTP requests answered, by route template, method and status",
    ["route", "method", "status"],
)
LATENCY = Histogram(
    "fieldapp_http_request_duration_seconds",
    "Time from request start to the end of the response, by route template",
    ["route", "method"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0),
)
IN_FLIGHT = Gauge(
    "fieldapp_http_requests_in_flight",
    "Requests being answered now",
    multiprocess_mode="livesum",
)
PUSHED = Counter("fieldapp_push_records_total", "Records in push requests, by outcome", ["outcome"])
PULLED = Counter("fieldapp_pull_records_total", "Revisions handed out by changes pages")
CONFLICTS = Counter("fieldapp_conflicts_total", "Pushed records answered with a conflict")
AUTH_FAILURES = Counter(
    "fieldapp_auth_failures_total",
    "Requests refused for authentication (401) by route template",
    ["route"],
)
DENIED = Counter(
    "fieldapp_authorisation_denied_total",
    "Authorisation checks that failed (answered as not found), by action",
    ["action"],
)
POOL_IN_USE = Gauge(
    "fieldapp_db_pool_connections_in_use",
    "Database connections checked out of this process's pool",
    multiprocess_mode="livesum",
)
POOL_SIZE = Gauge(
    "fieldapp_db_pool_size",
    "Database connections this process's pool keeps open",
    multiprocess_mode="livesum",
)

UNMATCHED = "unmatched"  # a 404 for a path no route has: never its raw path (ids, probes)
PULL_ROUTE_SUFFIX = "/changes"
SEQ_KEY = b'"seq":'  # once per revision in a changes page ("last_seq" does not match)

router = APIRouter()


@router.get("/metrics", include_in_schema=False)
def metrics(request: Request) -> Response:
    _observe_pool(request.app.state.engine)
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


def _observe_pool(engine: Any) -> None:
    pool = engine.pool
    checked_out = getattr(pool, "checkedout", None)
    size = getattr(pool, "size", None)
    if callable(checked_out):
        POOL_IN_USE.set(checked_out())
    if callable(size):
        POOL_SIZE.set(size())


class MetricsMiddleware:
    """Counts and times every HTTP request by the route template it matched."""

    def __init__(self, app: ASGIApp, engine: Any) -> None:
        self.app = app
        self.engine = engine

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500
        seqs = 0
        counting = scope.get("path", "").endswith(PULL_ROUTE_SUFFIX)

        async def observe(message: Message) -> None:
            nonlocal status, seqs
            if message["type"] == "http.response.start":
                status = int(message["status"])
            elif counting and message["type"] == "http.response.body":
                seqs += bytes(message.get("body", b"")).count(SEQ_KEY)
            await send(message)

        IN_FLIGHT.inc()
        try:
            await self.app(scope, receive, observe)
        finally:
            IN_FLIGHT.dec()
            route = route_template(scope)
            method = scope.get("method", "")
            REQUESTS.labels(route, method, str(status)).inc()
            LATENCY.labels(route, method).observe(time.perf_counter() - started)
            if status == 401:
                AUTH_FAILURES.labels(route).inc()
            if status == 200 and route.endswith(PULL_ROUTE_SUFFIX) and seqs:
                PULLED.inc(seqs)
            _count_audit(scope)
            _observe_pool(self.engine)


def route_template(scope: Scope) -> str:
    """The template of the route that answered, with the prefix of the router it was
    included with (FastAPI may keep an included router's routes relative to it)."""
    route = scope.get("route")
    template = getattr(route, "path_format", None)
    regex = getattr(route, "path_regex", None)
    if not isinstance(template, str) or not template or not isinstance(regex, re.Pattern):
        return UNMATCHED
    path: str = scope.get("path", "")
    for i, char in enumerate(path):
        if char == "/" and regex.match(path[i:]):
            return path[:i] + template
    return template


def _count_audit(scope: Scope) -> None:
    """Push outcomes and refused checks, from the request's audit entries (metadata)."""
    audit = (scope.get("state") or {}).get("audit")
    # Counted first, then added once per label: a push of 500 items writes 500 entries.
    pushed: collections.Counter[str] = collections.Counter()
    denied: collections.Counter[str] = collections.Counter()
    for entry in getattr(audit, "entries", ()):
        action, outcome = entry.get("action", ""), entry.get("outcome", "")
        if outcome == "ok" and action.startswith("push."):
            pushed[action.removeprefix("push.")] += 1
        elif outcome == "denied":
            denied[action] += 1
    for kind, count in pushed.items():
        PUSHED.labels(kind).inc(count)
    if pushed["conflict"]:
        CONFLICTS.inc(pushed["conflict"])
    for action, count in denied.items():
        DENIED.labels(action).inc(count)

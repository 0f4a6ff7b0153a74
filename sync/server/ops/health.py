"""`/healthz` (the process answers) and `/readyz` (it can do its work: database reachable,
schema at the newest migration, blob store writable). Outside the API prefix, no token:
they say nothing about any organisation's data."""

from __future__ import annotations

import logging
import time
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import Engine, text
from starlette.concurrency import run_in_threadpool

log = logging.getLogger("fieldapp.server.health")

router = APIRouter()

_HEAD_REVISION: str | None = None


def head_revision() -> str:
    """The newest Alembic revision this code knows (read once from the migration scripts)."""
    global _HEAD_REVISION
    if _HEAD_REVISION is None:
        from alembic.script import ScriptDirectory

        from sync.server.db import alembic_config

        _HEAD_REVISION = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    return _HEAD_REVISION or ""


def database_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])


def readiness(engine: Engine, blobs: Any) -> tuple[bool, dict[str, str]]:
    checks: dict[str, str] = {}
    try:
        revision = database_revision(engine)
        checks["database"] = "ok"
        checks["migrations"] = "ok" if revision == head_revision() else "behind"
    except Exception as exc:
        log.warning("readiness: database check failed: %s", type(exc).__name__)
        checks["database"] = "unreachable"
        checks["migrations"] = "unknown"
    try:
        blobs.check_writable()
        checks["blob_store"] = "ok"
    except Exception as exc:
        log.warning("readiness: blob store check failed: %s", type(exc).__name__)
        checks["blob_store"] = "not_writable"
    return all(v == "ok" for v in checks.values()), checks


@router.get("/healthz", include_in_schema=False)
async def healthz() -> JSONResponse:
    return JSONResponse({"status": "ok"})


@router.get("/readyz", include_in_schema=False)
async def readyz(request: Request) -> JSONResponse:
    started = time.monotonic()
    ready, checks = await run_in_threadpool(
        readiness, request.app.state.engine, request.app.state.server.blobs
    )
    body = {
        "status": "ready" if ready else "not_ready",
        "checks": checks,
        "seconds": round(time.monotonic() - started, 3),
    }
    return JSONResponse(body, status_code=200 if ready else 503)

"""Server settings from environment variables (containers, `serve --workers N`).

    FIELDAPP_SERVER_DATABASE_URL     postgresql+psycopg://user@host:5432/db (required)
    FIELDAPP_SERVER_BLOB_STORE       directory (default) | s3
    FIELDAPP_SERVER_BLOB_DIR         folder of the directory store (default fieldapp-blobs)
    FIELDAPP_SERVER_S3_BUCKET        bucket of the s3 store
    FIELDAPP_SERVER_S3_PREFIX        key prefix inside the bucket (optional)
    FIELDAPP_SERVER_S3_ENDPOINT_URL  e.g. http://minio:9000 (omit for AWS S3)
    FIELDAPP_SERVER_S3_REGION        optional
    FIELDAPP_SERVER_POOL_SIZE        database connections kept open per worker (default 10)
    FIELDAPP_SERVER_POOL_MAX_OVERFLOW  more per worker under load (default: the pool size)
    FIELDAPP_SERVER_POOL_TIMEOUT     seconds a request waits for a free connection (30)
    FIELDAPP_SERVER_LOGIN_BLOCK_SECONDS  first block after too many failed logins (2);
                                     it doubles with each further failure, up to 15 min

S3 credentials are read by boto3 itself (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, ...).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TypeVar

from sync.server.settings import Settings

PREFIX = "FIELDAPP_SERVER_"
DATABASE_URL = PREFIX + "DATABASE_URL"
BLOB_STORE = PREFIX + "BLOB_STORE"
BLOB_DIR = PREFIX + "BLOB_DIR"

N = TypeVar("N", int, float)
D = TypeVar("D", int, float, None)


def settings_from_env(environ: Mapping[str, str] | None = None) -> Settings:
    env = os.environ if environ is None else environ

    def get(name: str, default: str = "") -> str:
        return env.get(PREFIX + name, default).strip()

    url = get("DATABASE_URL")
    if not url:
        raise SystemExit(f"set {DATABASE_URL}")
    return Settings(
        database_url=url,
        blob_store=get("BLOB_STORE", "directory") or "directory",
        blob_dir=Path(get("BLOB_DIR", "fieldapp-blobs")),
        s3_bucket=get("S3_BUCKET"),
        s3_prefix=get("S3_PREFIX"),
        s3_endpoint_url=get("S3_ENDPOINT_URL") or None,
        s3_region=get("S3_REGION") or None,
        pool_size=_number(int, "POOL_SIZE", get("POOL_SIZE"), 10),
        pool_max_overflow=_number(int, "POOL_MAX_OVERFLOW", get("POOL_MAX_OVERFLOW"), None),
        pool_timeout_seconds=_number(float, "POOL_TIMEOUT", get("POOL_TIMEOUT"), 30.0),
        throttle_base_seconds=_number(float, "LOGIN_BLOCK_SECONDS",
                                      get("LOGIN_BLOCK_SECONDS"), 2.0),
    )


def _number(kind: Callable[[str], N], name: str, text: str, default: D) -> N | D:
    if not text:
        return default
    try:
        return kind(text)
    except ValueError:
        raise SystemExit(f"{PREFIX}{name} must be a number, not {text!r}") from None


def settings_to_env(settings: Settings) -> dict[str, str]:
    """The variables that make `settings_from_env` give these settings back (workers)."""
    values = {
        DATABASE_URL: settings.database_url,
        BLOB_STORE: settings.blob_store,
        BLOB_DIR: str(Path(settings.blob_dir).resolve()),
        PREFIX + "S3_BUCKET": settings.s3_bucket,
        PREFIX + "S3_PREFIX": settings.s3_prefix,
        PREFIX + "S3_ENDPOINT_URL": settings.s3_endpoint_url or "",
        PREFIX + "S3_REGION": settings.s3_region or "",
        PREFIX + "POOL_SIZE": str(settings.pool_size),
        PREFIX + "POOL_MAX_OVERFLOW": str(settings.overflow),
        PREFIX + "POOL_TIMEOUT": str(settings.pool_timeout_seconds),
        PREFIX + "LOGIN_BLOCK_SECONDS": str(settings.throttle_base_seconds),
    }
    return values

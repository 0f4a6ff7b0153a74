"""Server settings: one plain object built by the CLI or the tests, passed to create_app()."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


def system_clock() -> float:
    return time.time()


@dataclass
class Settings:
    database_url: str
    blob_dir: Path = Path("fieldapp-blobs")
    # Blob store: "directory" (blob_dir) or "s3" (any S3-compatible object storage).
    blob_store: str = "directory"
    s3_bucket: str = ""
    s3_prefix: str = ""
    s3_endpoint_url: str | None = None
    s3_region: str | None = None
    clock: Callable[[], float] = field(default=system_clock)
    access_token_seconds: int = 15 * 60
    refresh_token_seconds: int = 30 * 24 * 3600
    enrolment_code_seconds: int = 7 * 24 * 3600
    # Slow hash of auth_key (Argon2id, OWASP's m=19 MiB t=2 p=1).
    auth_hash_memory_kib: int = 19 * 1024
    auth_hash_iterations: int = 2
    # Login throttling: after `free` failures, blocked for base * 2**(extra failures), capped.
    throttle_account_free: int = 5
    throttle_address_free: int = 30
    throttle_base_seconds: float = 2.0
    throttle_cap_seconds: float = 15 * 60
    throttle_window_seconds: float = 60 * 60
    # Default KDF parameters handed out at pre-login for unknown accounts (DESIGN §3).
    default_kdf: dict[str, int | str] = field(
        default_factory=lambda: {
            "memory_kib": 64 * 1024,
            "iterations": 3,
            "lanes": 4,
            "algorithm": "argon2id",
        }
    )
    pool_size: int = 20
    echo_sql: bool = False

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
    # Database connections of one server process (PostgreSQL; SQLite has no pool): kept
    # open, plus up to `pool_max_overflow` more under load (None: as many as the pool
    # size), waiting `pool_timeout_seconds`
    # for a free one before the request fails. Every process opens at most their sum, and
    # `serve --workers N` runs N processes (docs/deploy.md §8: keep the total below
    # PostgreSQL's max_connections, 100 by default, with the backups' and admins' few).
    # Tests and benches size it to what they run (one test server: a few; the 20-client
    # 4-worker test: more), since they share one PostgreSQL.
    pool_size: int = 10
    pool_max_overflow: int | None = None
    pool_timeout_seconds: float = 30.0
    echo_sql: bool = False

    def __post_init__(self) -> None:
        if self.pool_size < 1:
            raise ValueError(f"pool_size must be at least 1, not {self.pool_size}")
        if self.pool_max_overflow is not None and self.pool_max_overflow < 0:
            raise ValueError(
                f"pool_max_overflow must be 0 or more, not {self.pool_max_overflow}"
            )
        if not self.pool_timeout_seconds > 0:
            raise ValueError(
                f"pool_timeout_seconds must be positive, not {self.pool_timeout_seconds}"
            )

    @property
    def max_connections(self) -> int:
        """The most database connections one server process opens."""
        return self.pool_size + self.overflow

    @property
    def overflow(self) -> int:
        """Connections beyond the pool under load."""
        return self.pool_size if self.pool_max_overflow is None else self.pool_max_overflow

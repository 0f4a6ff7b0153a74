"""The database pool of a server process: sized by settings (and the environment of a
container or of `serve --workers N`), checked, and what the engine really gets."""

from __future__ import annotations

import pytest

from sync.server.db import make_engine
from sync.server.ops.env import settings_from_env, settings_to_env
from sync.server.settings import Settings

URL = "postgresql+psycopg://fieldapp@127.0.0.1:5432/nowhere"  # never connected to


def test_defaults_leave_room_for_four_workers_in_postgresqls_hundred() -> None:
    settings = Settings(database_url=URL)
    assert (settings.pool_size, settings.overflow, settings.pool_timeout_seconds) == (10, 10, 30)
    assert 4 * settings.max_connections < 100


def test_the_environment_sizes_the_pool_and_workers_get_the_same() -> None:
    env = {
        "FIELDAPP_SERVER_DATABASE_URL": URL,
        "FIELDAPP_SERVER_POOL_SIZE": "3",
        "FIELDAPP_SERVER_POOL_MAX_OVERFLOW": "0",
        "FIELDAPP_SERVER_POOL_TIMEOUT": "2.5",
        "FIELDAPP_SERVER_LOGIN_BLOCK_SECONDS": "30",
    }
    settings = settings_from_env(env)
    assert (settings.pool_size, settings.overflow, settings.pool_timeout_seconds) == (3, 0, 2.5)
    again = settings_from_env(settings_to_env(settings))
    assert (again.pool_size, again.overflow, again.pool_timeout_seconds) == (3, 0, 2.5)
    assert again.throttle_base_seconds == 30.0  # the login block, in every worker
    env.pop("FIELDAPP_SERVER_LOGIN_BLOCK_SECONDS")
    assert settings_from_env(env).throttle_base_seconds == 2.0
    # Overflow not given: as many as the pool (what the settings always did).
    env.pop("FIELDAPP_SERVER_POOL_MAX_OVERFLOW")
    assert settings_from_env(env).max_connections == 6


def test_the_engine_gets_the_sizes() -> None:
    settings = Settings(database_url=URL, pool_size=4, pool_max_overflow=2,
                        pool_timeout_seconds=7)
    engine = make_engine(settings.database_url, pool_size=settings.pool_size,
                         max_overflow=settings.overflow, pool_timeout=settings.pool_timeout_seconds)
    pool = engine.pool
    assert (pool.size(), pool._max_overflow, pool._timeout) == (4, 2, 7)
    engine.dispose()


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("POOL_SIZE", "many", "must be a number"),
        ("POOL_TIMEOUT", "soon", "must be a number"),
    ],
)
def test_a_bad_number_in_the_environment_says_which(name: str, value: str, message: str) -> None:
    env = {"FIELDAPP_SERVER_DATABASE_URL": URL, f"FIELDAPP_SERVER_{name}": value}
    with pytest.raises(SystemExit, match=f"FIELDAPP_SERVER_{name} {message}"):
        settings_from_env(env)


@pytest.mark.parametrize(
    "options",
    [{"pool_size": 0}, {"pool_max_overflow": -1}, {"pool_timeout_seconds": 0}],
)
def test_impossible_sizes_are_refused(options: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="must be"):
        Settings(database_url=URL, **options)

"""`fieldapp-server` init-db / create-org / create-user / demo-init on PostgreSQL and SQLite."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from sync.server.cli import main
from sync.server.db import alembic_config
from tests.harness.postgres import throwaway_database


def _cli(*args: str) -> str:
    """Run the CLI in-process (fast); test_console_script runs the real executable once."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(list(args)) == 0
    return out.getvalue().strip()


def test_console_script(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    result = subprocess.run(
        [sys.executable, "-m", "sync.server.cli", "init-db", "--database-url", url],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "schema up to date" in result.stdout


def _create_and_count(url: str) -> None:
    assert "schema up to date" in _cli("init-db", "--database-url", url)
    _cli("init-db", "--database-url", url)  # idempotent
    org = _cli("create-org", "--database-url", url, "--name", "Logements Test")
    assert len(org) == 36
    code = _cli(
        "create-user",
        "--database-url",
        url,
        "--org",
        org,
        "--email",
        "sup@example.test",
        "--role",
        "supervisor",
    )
    assert len(code.replace("-", "")) == 20
    engine = create_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("select count(*) from users")).scalar() == 1
        stored = conn.execute(text("select code_hash from enrolment_codes")).scalar()
        assert stored and code not in stored  # stored hashed
        head = ScriptDirectory.from_config(alembic_config(url)).get_current_head()
        assert conn.execute(text("select version_num from alembic_version")).scalar() == head
    engine.dispose()


def test_cli_on_postgresql(pg_url: str) -> None:
    with throwaway_database("fieldapp_cli") as url:
        _create_and_count(url)


def test_cli_on_sqlite(tmp_path: Path) -> None:
    _create_and_count(f"sqlite:///{tmp_path / 'server.sqlite3'}")


def test_demo_init(tmp_path: Path) -> None:
    out = _cli("demo-init", "--path", str(tmp_path / "demo.sqlite3"))
    assert "supervisor@demo.fieldapp.local: DEMO0-SUPER-00000-00002" in out
    with pytest.raises(SystemExit):
        _cli("demo-init", "--path", str(tmp_path / "demo.sqlite3"))  # refuses to overwrite


def test_demo_server_on_sqlite_serves_a_push(tmp_path: Path) -> None:
    """The embedded SQLite default works end to end (BEGIN IMMEDIATE instead of FOR UPDATE)."""
    from sync.server.app import create_app
    from sync.server.settings import Settings
    from tests.harness.server import Clock, LiveServer
    from tests.server.server_factories import World

    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    _cli("init-db", "--database-url", url)
    settings = Settings(
        database_url=url,
        blob_dir=tmp_path / "blobs",
        clock=Clock(),
        auth_hash_memory_kib=1024,
        auth_hash_iterations=1,
    )
    app = create_app(settings)
    with LiveServer(app) as live:
        world = World(live.url, app.state.server, settings.clock)  # type: ignore[arg-type]
        sup = world.person("supervisor")
        alice = world.person()
        cid, key = world.collection(sup)
        world.share(sup, cid, key, alice, "write")
        record = alice.seal(cid, key, {"a": 1})
        assert alice.push(cid, [record]).json()["results"][0]["status"] == "accepted"
        assert alice.login(auth=b"x" * 32).status_code == 401
        assert alice.login().status_code == 200
        page = sup.get(f"/v1/collections/{cid}/changes").json()
        assert [i["record"]["rev"] for i in page["items"]] == [record.rev]
        world.close()
    app.state.engine.dispose()


def test_migrations_match_the_models(pg_url: str) -> None:
    """Alembic's head builds exactly the schema the models describe."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from sync.server.models import Base

    engine = create_engine(pg_url)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    engine.dispose()


def test_create_user_refuses_a_name_with_a_sentence(tmp_path: Path) -> None:
    """The server keeps no person's name (issue 14): an administrator used to `--name` is
    told where the name goes now, and no account is made."""
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    _cli("init-db", "--database-url", url)
    org = _cli("create-org", "--database-url", url, "--name", "Logements Test")
    try:
        main(["create-user", "--database-url", url, "--org", org, "--email", "a@example.test",
              "--name", "Ann Peeters", "--role", "social_assistant"])
    except SystemExit as exc:
        assert "keeps no person's name" in str(exc.code)
    else:
        raise AssertionError("a name was accepted")
    engine = create_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("select count(*) from users")).scalar() == 0
    engine.dispose()

"""`fieldapp-server`: init-db, create-org, create-user, serve, backup, restore,
purge-uploads, audit-export, demo-init."""

from __future__ import annotations

import argparse
import logging
import sys
import uuid
from collections.abc import Sequence
from pathlib import Path

from sync.protocol import ROLES, check_roles
from sync.server import db as server_db
from sync.server.models import Organisation
from sync.server.settings import Settings, system_clock

DEMO_DB = Path("fieldapp-demo-server.sqlite3")
DEMO_ORG = "Demo Woningen / Logements Démo"
# Known demo enrolment codes (the demo server only; printed by demo-init). The demo
# supervisor also carries cases: her window has both areas (issue 12).
DEMO_USERS: tuple[tuple[str, str, str | tuple[str, ...], str], ...] = (
    ("admin@demo.fieldapp.local", "Demo Admin", "admin", "DEMO0-ADMIN-00000-00001"),
    (
        "supervisor@demo.fieldapp.local",
        "An Peeters",
        ("supervisor", "social_assistant"),
        "DEMO0-SUPER-00000-00002",
    ),
    (
        "assistant@demo.fieldapp.local",
        "Karim El Amrani",
        "social_assistant",
        "DEMO0-SOCIA-00000-00003",
    ),
)


def _env(name: str) -> str:
    import os

    return os.environ.get(f"FIELDAPP_SERVER_{name}", "").strip()


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.resolve()}"


def _sessions(url: str):  # type: ignore[no-untyped-def]
    engine = server_db.make_engine(url, pool_size=2)
    return engine, server_db.make_sessionmaker(engine)


def init_db(url: str) -> None:
    server_db.upgrade(url)


def create_org(url: str, name: str, *, org_id: str | None = None) -> str:
    engine, sessions = _sessions(url)
    org_id = org_id or str(uuid.uuid4())
    with sessions() as s, s.begin():
        s.add(
            Organisation(
                id=org_id,
                name=name,
                max_offline_days=30,
                require_device_secret=False,
                created_at=system_clock(),
            )
        )
    engine.dispose()
    return org_id


def create_user(
    url: str,
    *,
    org: str,
    email: str,
    role: str | Sequence[str],
    code: str | None = None,
) -> tuple[str, str]:
    """Returns (user id, one-time enrolment code). `role`: one role or several."""
    from sync.server.models import EnrolmentCode
    from sync.server.routes.admin import create_user as make_user
    from sync.server.security import normalise_code, token_hash

    roles = [role] if isinstance(role, str) else list(role)
    try:
        check_roles(roles)
    except ValueError as exc:
        raise SystemExit(str(exc)) from None
    engine, sessions = _sessions(url)
    settings = Settings(database_url=url)
    with sessions() as s, s.begin():
        if s.get(Organisation, org) is None:
            raise SystemExit(f"no organisation with id {org}")
        result = make_user(
            s,
            settings,
            organisation_id=org,
            email=email,
            roles=roles,
            now=system_clock(),
        )
        enrolment_code = result.enrolment_code
        if code is not None:  # demo only: a known code instead of the random one
            row = s.query(EnrolmentCode).filter_by(user_id=result.user.id, used_at=None).one()
            row.code_hash = token_hash(normalise_code(code))
            enrolment_code = code
    engine.dispose()
    return result.user.id, enrolment_code


def demo_init(path: Path) -> dict[str, str]:
    """A SQLite demo server database with a demo organisation and known enrolment codes."""
    if path.exists():
        raise SystemExit(f"{path} exists; remove it to start the demo afresh")
    url = sqlite_url(path)
    init_db(url)
    org = create_org(url, DEMO_ORG)
    codes = {}
    for email, _name, role, code in DEMO_USERS:  # the name is typed on the laptop only
        create_user(url, org=org, email=email, role=role, code=code)
        codes[email] = code
    return {"organisation_id": org, "database_url": url, **codes}


def _settings(args: argparse.Namespace) -> Settings:
    return Settings(
        database_url=args.database_url,
        blob_store=args.blob_store,
        blob_dir=args.blob_dir,
        s3_bucket=args.s3_bucket,
        s3_prefix=args.s3_prefix,
        s3_endpoint_url=args.s3_endpoint_url,
        s3_region=args.s3_region,
    )


def serve(
    settings: Settings,
    host: str,
    port: int,
    workers: int = 1,
    *,
    access_log: bool = False,
    graceful_seconds: int | None = 30,
) -> None:
    """uvicorn with uvloop and httptools where installed, JSON logs, no access log by
    default. SIGTERM stops accepting connections and lets requests in flight finish (for
    at most `graceful_seconds`)."""
    import os
    import tempfile

    import uvicorn

    from sync.server.app import create_app
    from sync.server.ops.env import settings_to_env
    from sync.server.ops.logs import uvicorn_log_config
    from sync.server.serving import uvicorn_options

    options = dict(
        uvicorn_options(),  # uvloop and httptools where installed (sync/server/serving.py)
        host=host,
        port=port,
        access_log=access_log,
        log_config=uvicorn_log_config(access_log=access_log),
        timeout_graceful_shutdown=graceful_seconds,
        # A worker that starts slowly on a loaded machine is not a dead one.
        timeout_worker_healthcheck=60,
        proxy_headers=True,
    )
    if workers > 1:
        # Stateless workers: tokens, throttles, sequences and locks live in the database.
        os.environ.update(settings_to_env(settings))
        if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            # Metrics of every worker in one /metrics (set before the workers start).
            os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="fieldapp-metrics-")
        uvicorn.run("sync.server.app:app_from_env", factory=True, workers=workers, **options)
        return
    uvicorn.run(create_app(settings), **options)


def _print_summary(action: str, summary: object) -> None:
    values = summary.as_dict()  # type: ignore[attr-defined]
    print(
        f"{action}: {values['database']} database at revision {values['revision']}, "
        f"{values['blobs']} blobs ({values['blob_bytes']} bytes) in {values['seconds']} s"
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fieldapp-server", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def with_db(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument(
            "--database-url",
            default=_env("DATABASE_URL") or sqlite_url(DEMO_DB),
            help="postgresql+psycopg://USER@HOST:PORT/DB (default: $FIELDAPP_SERVER_DATABASE_URL,"
            " else the demo SQLite file)",
        )
        return p

    with_db(sub.add_parser("init-db", help="create or upgrade the schema (Alembic upgrade head)"))
    p = with_db(sub.add_parser("create-org", help="create an organisation; prints its id"))
    p.add_argument("--name", required=True)
    p = with_db(sub.add_parser("create-user", help="create an account; prints an enrolment code"))
    p.add_argument("--org", required=True)
    p.add_argument("--email", required=True)
    p.add_argument("--name", help=argparse.SUPPRESS)  # refused with a sentence, below
    p.add_argument(
        "--role",
        required=True,
        choices=ROLES,
        action="append",
        help="repeat for a person with several roles (admin stands alone)",
    )

    def with_blobs(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        # Defaults from the FIELDAPP_SERVER_* variables (sync/server/ops/env.py).
        p.add_argument(
            "--blob-store", choices=("directory", "s3"), default=_env("BLOB_STORE") or "directory"
        )
        p.add_argument("--blob-dir", type=Path, default=Path(_env("BLOB_DIR") or "fieldapp-blobs"))
        p.add_argument("--s3-bucket", default=_env("S3_BUCKET"))
        p.add_argument("--s3-prefix", default=_env("S3_PREFIX"))
        p.add_argument(
            "--s3-endpoint-url",
            default=_env("S3_ENDPOINT_URL") or None,
            help="e.g. http://minio:9000; omit for AWS S3",
        )
        p.add_argument("--s3-region", default=_env("S3_REGION") or None)
        return p

    p = with_blobs(with_db(sub.add_parser("serve", help="run the API with uvicorn")))
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    p.add_argument("--access-log", action="store_true", help="log every request (paths carry ids)")
    p.add_argument(
        "--graceful-seconds",
        type=int,
        default=30,
        help="on SIGTERM, wait this long for requests in flight",
    )
    p = with_blobs(
        with_db(sub.add_parser("backup", help="back up the database and blobs into a new DIR"))
    )
    p.add_argument("dir", type=Path)
    p = with_blobs(
        with_db(
            sub.add_parser("restore", help="restore a backup DIR (stop every server process first)")
        )
    )
    p.add_argument("dir", type=Path)
    p = with_blobs(
        with_db(sub.add_parser("purge-uploads", help="drop unfinished blob uploads left idle"))
    )
    p.add_argument("--older-than-hours", type=float, default=48.0)
    from sync.server import audit_export

    audit_export.add_parser(sub, with_db)
    p = sub.add_parser("demo-init", help="create a SQLite demo server with known enrolment codes")
    p.add_argument("--path", type=Path, default=DEMO_DB)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "serve":
        from sync.server.ops.logs import configure

        configure(access_log=args.access_log)
    else:
        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if args.command == "init-db":
        init_db(args.database_url)
        print("schema up to date")
    elif args.command == "create-org":
        print(create_org(args.database_url, args.name))
    elif args.command == "create-user":
        if args.name is not None:
            raise SystemExit("create-user takes no --name: the server keeps no person's name. "
                             "The person types their name on their laptop when they enrol.")
        _user_id, code = create_user(
            args.database_url, org=args.org, email=args.email, role=args.role
        )
        print(code)
    elif args.command == "serve":
        serve(
            _settings(args),
            args.host,
            args.port,
            args.workers,
            access_log=args.access_log,
            graceful_seconds=args.graceful_seconds,
        )
    elif args.command in ("backup", "restore"):
        from sync.server import backup

        try:
            if args.command == "backup":
                _print_summary("backed up", backup.backup(_settings(args), args.dir))
            else:
                _print_summary("restored", backup.restore(_settings(args), args.dir))
        except backup.BackupError as exc:
            print(f"{args.command} failed: {exc}", file=sys.stderr)
            return 1
    elif args.command == "purge-uploads":
        from sync.server.blobstore import make_blob_store

        cutoff = system_clock() - args.older_than_hours * 3600
        print(f"dropped {make_blob_store(_settings(args)).purge_partials(cutoff)} idle uploads")
    elif args.command == "audit-export":
        from sync.server import audit_export

        return audit_export.run(args)
    elif args.command == "demo-init":
        for key, value in demo_init(args.path).items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

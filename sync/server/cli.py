"""`fieldapp-server`: init-db, create-org, create-user, serve, demo-init."""

from __future__ import annotations

import argparse
import logging
import sys
import uuid
from pathlib import Path

from sync.protocol import ROLES
from sync.server import db as server_db
from sync.server.models import Organisation
from sync.server.settings import Settings, system_clock

DEMO_DB = Path("fieldapp-demo-server.sqlite3")
DEMO_ORG = "Demo Woningen / Logements Démo"
# Known demo enrolment codes (the demo server only; printed by demo-init).
DEMO_USERS = (
    ("admin@demo.fieldapp.local", "Demo Admin", "admin", "DEMO0-ADMIN-00000-00001"),
    ("supervisor@demo.fieldapp.local", "An Peeters", "supervisor", "DEMO0-SUPER-00000-00002"),
    (
        "assistant@demo.fieldapp.local",
        "Karim El Amrani",
        "social_assistant",
        "DEMO0-SOCIA-00000-00003",
    ),
)


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
    url: str, *, org: str, email: str, name: str, role: str, code: str | None = None
) -> tuple[str, str]:
    """Returns (user id, one-time enrolment code)."""
    from sync.server.models import EnrolmentCode
    from sync.server.routes.admin import create_user as make_user
    from sync.server.security import normalise_code, token_hash

    if role not in ROLES:
        raise SystemExit(f"unknown role {role!r}; one of: {', '.join(ROLES)}")
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
            display_name=name,
            role=role,
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
    for email, name, role, code in DEMO_USERS:
        create_user(url, org=org, email=email, name=name, role=role, code=code)
        codes[email] = code
    return {"organisation_id": org, "database_url": url, **codes}


def serve(url: str, host: str, port: int, blob_dir: Path, workers: int = 1) -> None:
    import os

    import uvicorn

    from sync.server.app import ENV_BLOB_DIR, ENV_DATABASE_URL, create_app

    if workers > 1:
        # Stateless workers: tokens, throttles, sequences and locks live in the database.
        os.environ[ENV_DATABASE_URL] = url
        os.environ[ENV_BLOB_DIR] = str(blob_dir.resolve())
        uvicorn.run(
            "sync.server.app:app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="info",
        )
        return
    app = create_app(Settings(database_url=url, blob_dir=blob_dir))
    uvicorn.run(app, host=host, port=port, log_level="info")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fieldapp-server", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def with_db(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument(
            "--database-url",
            default=sqlite_url(DEMO_DB),
            help="postgresql+psycopg://USER@HOST:PORT/DB (default: the demo SQLite file)",
        )
        return p

    with_db(sub.add_parser("init-db", help="create or upgrade the schema (Alembic upgrade head)"))
    p = with_db(sub.add_parser("create-org", help="create an organisation; prints its id"))
    p.add_argument("--name", required=True)
    p = with_db(sub.add_parser("create-user", help="create an account; prints an enrolment code"))
    p.add_argument("--org", required=True)
    p.add_argument("--email", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--role", required=True, choices=ROLES)
    p = with_db(sub.add_parser("serve", help="run the API with uvicorn"))
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--blob-dir", type=Path, default=Path("fieldapp-blobs"))
    p.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    p = sub.add_parser("demo-init", help="create a SQLite demo server with known enrolment codes")
    p.add_argument("--path", type=Path, default=DEMO_DB)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if args.command == "init-db":
        init_db(args.database_url)
        print("schema up to date")
    elif args.command == "create-org":
        print(create_org(args.database_url, args.name))
    elif args.command == "create-user":
        _user_id, code = create_user(
            args.database_url, org=args.org, email=args.email, name=args.name, role=args.role
        )
        print(code)
    elif args.command == "serve":
        serve(args.database_url, args.host, args.port, args.blob_dir, args.workers)
    elif args.command == "demo-init":
        for key, value in demo_init(args.path).items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

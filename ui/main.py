"""`fieldapp`: the desktop app; `fieldapp register-import ...` imports a tenant register headless.

    fieldapp [--vault DIR] [--lang nl|fr|en]
    fieldapp register-import --vault DIR --passphrase-file FILE [--mapping NAME] FILE
    fieldapp gdpr-export --vault DIR --passphrase-file FILE --household REF --out DIR

The sub-commands never import Qt widgets (they run on servers and in CI).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ui.version import app_version

if TYPE_CHECKING:
    from fieldapp.vault import Vault

LANGUAGES = ("nl", "fr", "en")


def default_vault_dir() -> Path:
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base or Path.home()) / "fieldapp" / "vault"


def sync_once(vault: Vault) -> str:
    """One sync round for a headless command (no Qt): its outcome as one line."""
    from sync.engine import SyncEngine

    engine = SyncEngine(vault)
    try:
        report = engine.run_once()
    finally:
        engine.close()
    if report.outcome == "not_enrolled":
        return "sync: this vault is not enrolled with a server; nothing was sent."
    if report.ok:
        return f"sync: {report.pushed} records sent, {report.pulled} received."
    return f"sync: {report.outcome} - {report.message}"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="fieldapp", description="FieldApp desktop")
    parser.add_argument("--vault", type=Path, help="vault folder (default: per-user data folder)")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the interface")
    parser.add_argument("--version", action="version", version=f"fieldapp {app_version()}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation (resources, Qt, first window) and exit")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "register-import":
        from fieldapp.cli import main as cli_main

        return int(cli_main(argv, sync=sync_once) or 0)
    if argv and argv[0] == "gdpr-export":
        from fieldapp.cli import main as cli_main

        return int(cli_main(argv, sync=sync_once) or 0)
    args = parse_args(argv)
    logging.basicConfig(level=os.environ.get("FIELDAPP_LOG_LEVEL", "WARNING"))
    if args.self_test:
        from ui.self_test import run

        return run()

    from PySide6.QtWidgets import QApplication

    from ui.app import FieldApp
    from ui.qt_runtime import refcount_defect

    qt_app = QApplication.instance() or QApplication([sys.argv[0]])
    defect = refcount_defect()
    if defect is not None:
        print(f"FieldApp cannot start: {defect}", file=sys.stderr)
        return 3
    qt_app.setApplicationName("FieldApp")
    qt_app.setOrganizationName("FieldApp")
    app = FieldApp(args.vault or default_vault_dir(), language=args.lang)
    if args.lang:
        app.settings.language = args.lang
    qt_app.aboutToQuit.connect(app.shutdown)
    app.start()
    return qt_app.exec()


if __name__ == "__main__":
    sys.exit(main())

"""Headless commands of the desktop app (ui/main.py delegates here).

    fieldapp register-import --vault DIR --passphrase-file FILE [--mapping NAME]
                             [--no-new-sites] FILE.csv|.xlsx
    fieldapp gdpr-export --vault DIR --passphrase-file FILE (--household REF | --person ID)
                         --out DIR [--language nl|fr|en] [--include-restricted REASON]

`register-import` imports the tenant register (fieldapp.registry.register_import) in one
transaction, then syncs when the vault is enrolled (ui/main.py hands in the sync step:
nothing in fieldapp imports sync), and ends with one summary line. Exit status: 0 every
line taken, 3 some lines refused (the rest imported; they are listed on stderr by line
number, field and reason, never their content), 2 the file or mapping is unusable (nothing
imported), 1 the vault can't be opened or the import failed (nothing imported; the error's
kind is printed, never its text, which could quote the data). `gdpr-export` is the
subject-access export of fieldapp.gdpr (see fieldapp/gdpr/cli.py).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fieldapp", description="FieldApp headless commands")
    commands = parser.add_subparsers(dest="command", required=True)
    reg = commands.add_parser("register-import", help="import the tenant register (CSV/XLSX)")
    reg.add_argument("--vault", required=True, type=Path, help="folder of the vault")
    reg.add_argument("--passphrase-file", required=True, type=Path,
                     help="file holding the vault's passphrase")
    reg.add_argument("--mapping", default="",
                     help="a column mapping saved in the app (default: the built-in one)")
    reg.add_argument("--no-new-sites", action="store_true",
                     help="refuse lines of sites not yet in the register instead of adding them")
    reg.add_argument("file", type=Path, help="the export: .csv or .xlsx")
    from fieldapp.gdpr import cli as gdpr_cli

    gdpr_cli.add_parser(commands)
    return parser


# `sync(vault) -> str`: one round after the import, its outcome as one line of text
SyncStep = Callable[[Any], str]


def main(argv: Sequence[str] | None = None, *, sync: SyncStep | None = None,
         secret_store: Any = None) -> int:
    args = _parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command == "register-import":
        return _register_import(args, sync=sync, secret_store=secret_store)
    if args.command == "gdpr-export":
        from fieldapp.gdpr import cli as gdpr_cli

        return gdpr_cli.run(args, secret_store=secret_store, sync=sync)
    return 2  # pragma: no cover - argparse rejects unknown commands


def _english(message: str, params: dict[str, Any]) -> str:
    try:
        return message.format(**params)
    except (KeyError, IndexError, ValueError):
        return message


def _register_import(args: argparse.Namespace, *, sync: SyncStep | None,
                     secret_store: Any) -> int:
    from fieldapp.errors import ServiceError
    from fieldapp.local.profile import get_profile
    from fieldapp.registry.register_import import import_register, read_register
    from fieldapp.registry.register_mapping import load_mapping
    from fieldapp.vault import Vault, VaultError

    try:
        passphrase = args.passphrase_file.read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as exc:
        print(f"Can't read the passphrase file: {exc.strerror}", file=sys.stderr)
        return 1
    try:
        vault = Vault.unlock(args.vault, passphrase, secret_store=secret_store)
    except VaultError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    try:
        try:
            with vault.session(read_only=True) as s:
                mapping = load_mapping(s, name=args.mapping)
            parsed = read_register(args.file, mapping)
        except ServiceError as exc:
            print(f"{args.file.name}: {exc} Nothing was imported.", file=sys.stderr)
            return 2
        try:
            with vault.session() as s:
                report = import_register(s, parsed, actor_id=get_profile(s).id,
                                         create_sites=not args.no_new_sites)
        except Exception as exc:  # its text may quote the data: name the kind only
            print(f"The import failed ({type(exc).__name__}); nothing was imported.",
                  file=sys.stderr)
            return 1
        for r in report.refused:
            where = f", {r.field}" if r.field else ""
            print(f"line {r.line}{where}: {_english(r.reason, r.params)}", file=sys.stderr)
        if sync is not None:
            print(sync(vault))
    finally:
        vault.lock()
    print(report.summary())
    return 3 if report.refused else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

"""Headless commands of the desktop app (`fieldapp seed-demo ...`; ui/main.py delegates here).

    fieldapp seed-demo --vault DIR --passphrase-file FILE --households N
                       [--notes-per-household K] [--seed S]
    fieldapp register-import --vault DIR --passphrase-file FILE [--mapping NAME]
                             [--no-new-sites] FILE.csv|.xlsx

`register-import` imports the tenant register (fieldapp.services.register_import) in one
transaction, then syncs when the vault is enrolled (ui/main.py hands in the sync step:
nothing in fieldapp imports sync), and ends with one summary line. Exit status: 0 every
line taken, 3 some lines refused (the rest imported; they are listed on stderr by line
number, field and reason, never their content), 2 the file or mapping is unusable (nothing
imported), 1 the vault can't be opened or the import failed (nothing imported; the error's
kind is printed, never its text, which could quote the data).

The demo passphrase used by the README is ``demo-veilig-2026`` (DEMO_PASSPHRASE): write it
to a file and pass that file, so it never shows in the process list. The demo vault uses
the real Argon2id parameters (64 MiB, t=3, p=4).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

DEMO_PASSPHRASE = "demo-veilig-2026"  # noqa: S105 - the documented demo passphrase

DEMO_ROLES = ("social_assistant", "renovation_assistant", "neighbourhood_agent", "supervisor")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fieldapp", description="FieldApp headless commands")
    commands = parser.add_subparsers(dest="command", required=True)
    seed = commands.add_parser("seed-demo", help="build a demo vault with fictitious casework")
    seed.add_argument("--vault", required=True, type=Path, help="folder of the new vault")
    seed.add_argument("--passphrase-file", required=True, type=Path,
                      help=f"file holding the passphrase (the demo uses {DEMO_PASSPHRASE!r})")
    seed.add_argument("--households", type=int, default=200)
    seed.add_argument("--notes-per-household", type=int, default=10)
    seed.add_argument("--seed", type=int, default=2026)
    seed.add_argument("--role", default="social_assistant", choices=DEMO_ROLES,
                      help="the role of the vault's user (which workspace opens)")
    reg = commands.add_parser("register-import", help="import the tenant register (CSV/XLSX)")
    reg.add_argument("--vault", required=True, type=Path, help="folder of the vault")
    reg.add_argument("--passphrase-file", required=True, type=Path,
                     help="file holding the vault's passphrase")
    reg.add_argument("--mapping", default="",
                     help="a column mapping saved in the app (default: the built-in one)")
    reg.add_argument("--no-new-sites", action="store_true",
                     help="refuse lines of sites not yet in the register instead of adding them")
    reg.add_argument("file", type=Path, help="the export: .csv or .xlsx")
    return parser


# `sync(vault) -> str`: one round after the import, its outcome as one line of text
SyncStep = Callable[[Any], str]


def main(argv: Sequence[str] | None = None, *, sync: SyncStep | None = None,
         secret_store: Any = None) -> int:
    args = _parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command == "seed-demo":
        return _seed_demo(args)
    if args.command == "register-import":
        return _register_import(args, sync=sync, secret_store=secret_store)
    return 2  # pragma: no cover - argparse rejects unknown commands


def _seed_demo(args: argparse.Namespace) -> int:
    from fieldapp.services.demo import seed_demo
    from fieldapp.vault import Vault, VaultError

    try:
        passphrase = args.passphrase_file.read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as exc:
        print(f"Can't read the passphrase file: {exc.strerror}", file=sys.stderr)
        return 2
    if args.households < 1 or args.notes_per_household < 0:
        print("--households must be at least 1 and --notes-per-household 0 or more.",
              file=sys.stderr)
        return 2
    if Vault.exists(args.vault):
        print(f"A vault already exists in {args.vault}; choose another folder.", file=sys.stderr)
        return 1
    try:
        stats = seed_demo(args.vault, passphrase, households=args.households,
                          notes_per_household=args.notes_per_household, seed=args.seed,
                          role=args.role,
                          today=date.today())
    except VaultError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    print(f"Demo vault ready in {args.vault}: {stats.households} households, "
          f"{stats.notes} notes ({stats.seconds:.1f} s).")
    return 0


def _english(message: str, params: dict[str, Any]) -> str:
    try:
        return message.format(**params)
    except (KeyError, IndexError, ValueError):
        return message


def _register_import(args: argparse.Namespace, *, sync: SyncStep | None,
                     secret_store: Any) -> int:
    from fieldapp.services.errors import ServiceError
    from fieldapp.services.local import get_profile
    from fieldapp.services.register_import import import_register, read_register
    from fieldapp.services.register_mapping import load_mapping
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

"""Build a demo vault headless (development and benchmarks; not part of the product).

    python -m demo seed-demo --vault DIR --passphrase-file FILE --households N
                             [--notes-per-household K] [--seed S] [--role R]

The demo passphrase used by the README is ``demo-veilig-2026`` (DEMO_PASSPHRASE): write it
to a file and pass that file, so it never shows in the process list. The demo vault uses
the real Argon2id parameters (64 MiB, t=3, p=4).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from demo.seed import DEMO_PASSPHRASE, DEMO_ROLES


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m demo", description="FieldApp demo tools")
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
    seed.add_argument("--organisations", default="",
                      help="a worker seconded to several organisations: comma-separated keys "
                           "(e.g. ovm-a,ovm-b); --vault is then the profile folder holding "
                           "one vault per organisation, chosen at unlock")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    return _seed_demo(args)


def _seed_demo(args: argparse.Namespace) -> int:
    from demo.seed import seed_demo
    from fieldapp.errors import ValidationError
    from fieldapp.local.organisations import organisations, vault_folder
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
    if Vault.exists(args.vault) or organisations(args.vault):
        print(f"A vault already exists in {args.vault}; choose another folder.", file=sys.stderr)
        return 1
    keys = [k.strip() for k in args.organisations.split(",") if k.strip()]
    try:
        folders = [(vault_folder(args.vault, k), k) for k in keys] or [(args.vault, None)]
    except ValidationError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    try:
        for i, (folder, key) in enumerate(folders):
            stats = seed_demo(folder, passphrase, households=args.households,
                              notes_per_household=args.notes_per_household,
                              seed=args.seed + i, role=args.role, today=date.today(),
                              **({"organisation": key} if key else {}))
    except VaultError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    if args.role == "mental_health_team":  # pseudonymous consultations only (issue 19)
        print(f"Demo vault ready in {args.vault}: consultations of the mobile mental-health "
              f"team under a pseudonym ({stats.seconds:.1f} s).")
    elif args.role == "community_worker":  # no register, no case: the PSC and the social map
        print(f"Demo vault ready in {args.vault}: a social cohesion project and the social "
              f"map ({stats.seconds:.1f} s).")
    else:
        print(f"Demo vault ready in {args.vault}: {stats.households} households, "
              f"{stats.notes} notes ({stats.seconds:.1f} s).")
    return 0

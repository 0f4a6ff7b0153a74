"""`python3 dev.py demo`: build a demo vault once (fictitious data), then start the app on it.

    python -m ui.demo [--households N] [--lang nl|fr|en] [--folder demo-data]

The demo passphrase is printed (it is the documented `fieldapp.cli.DEMO_PASSPHRASE`).
The local sync server joins the demo when the sync client lands in the app (issue 4);
until then the status bar says honestly that the app is offline.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ui.demo", description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=200)
    parser.add_argument("--lang", choices=("nl", "fr", "en"))
    parser.add_argument("--folder", type=Path, default=ROOT / "demo-data")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)

    from fieldapp.cli import DEMO_PASSPHRASE
    from fieldapp.cli import main as cli_main
    from fieldapp.vault import Vault

    vault = args.folder / "vault"
    if not Vault.exists(vault):
        args.folder.mkdir(parents=True, exist_ok=True)
        secret = args.folder / "demo-passphrase.txt"
        secret.write_text(DEMO_PASSPHRASE + "\n", encoding="utf-8")
        print(f"Building a demo vault with {args.households} households…", flush=True)
        status = cli_main(["seed-demo", "--vault", str(vault), "--passphrase-file", str(secret),
                           "--households", str(args.households)])
        if status:
            return int(status)
    print(f"Demo vault: {vault}\nDemo passphrase: {DEMO_PASSPHRASE}", flush=True)

    from ui.main import main as app_main

    return app_main(["--vault", str(vault)] + (["--lang", args.lang] if args.lang else []))


if __name__ == "__main__":
    sys.exit(main())

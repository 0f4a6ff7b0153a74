"""`python3 dev.py demo`: a local sync server with two demo social assistants, and the app.

    python -m demo.app [--account 0|1|2] [--households N] [--lang nl|fr|en] [--folder demo-data]

The first run builds everything under `demo-data/` (demo.server: an embedded SQLite server on
127.0.0.1, a demo organisation, a supervisor who shares fictitious casework, two demo
assistants whose vaults are enrolled and granted). Later runs reuse it. The app opens on the
first assistant's vault; `--account 2` opens the second assistant's vault in another window
against the same server, so a note written in one reaches the other (F5 or a few seconds
after saving); `--account 0` opens the demo supervisor's vault: she also carries cases,
so her window has two areas, supervision (caseloads, indicators, team) and casework, side
by side (Alt+1, Alt+2); `--role renovation_assistant`, `--role neighbourhood_agent`,
`--role community_worker` (the PSC's non-profit: the project and the social map only) or
`--role mental_health_team` (the DMBSH's mobile team: pseudonymous consultations only) opens
an offline demo vault of that role (no server); `--role collective_assistant` opens
the enrolled collective social assistant (tenants' meetings per neighbourhood, past minutes,
signals from casework) on the same server. The demo passphrase is printed
(`demo.seed.DEMO_PASSPHRASE`). The server this process started stops when it exits.

`prepare(folder, ...)` does all of that without Qt (tests call it).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class DemoSetup:
    server: Any  # demo.server.DemoServer we started, or None when one was already running
    server_url: str
    vault_folder: Path
    display_name: str
    passphrase: str
    other_accounts: list[tuple[int, str]]  # (number, display name) of the other assistants

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None


def _running_server(folder: Path) -> str | None:
    """The URL of a demo server another demo window already started, if it answers."""
    import requests

    port_file = folder / "server" / "port"
    if not port_file.exists():
        return None
    url = f"http://127.0.0.1:{int(port_file.read_text())}"
    try:
        return url if requests.get(url + "/v1/health", timeout=1).ok else None
    except requests.RequestException:
        return None


def _discard_unfinished(folder: Path) -> None:
    """A first run that was interrupted left a server database and vaults without the
    accounts file that marks a finished preparation: start again from nothing, instead of
    failing on enrolment codes that were already used."""
    import shutil
    import time

    if (folder / "demo-accounts.json").exists():
        return
    deadline = time.monotonic() + 20  # the interrupted run's server may still be stopping
    while _running_server(folder):
        if time.monotonic() > deadline:
            return  # another demo window is preparing it right now: leave it alone
        time.sleep(0.25)
    for part in ("server", "vaults"):
        shutil.rmtree(folder / part, ignore_errors=True)


def prepare(folder: Path, *, account: int = 1, households: int = 200,
            kdf_params: Any = None, secret_store: Any = None,
            role: str | None = None) -> DemoSetup:
    """Start (or join) the demo server and make the demo accounts once; no Qt involved."""
    from demo.server import prepare_demo, start_demo_server

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    _discard_unfinished(folder)
    server = None if _running_server(folder) else start_demo_server(folder)
    try:
        info = prepare_demo(folder, households=households, kdf_params=kdf_params,
                            secret_store=secret_store)
    except BaseException:
        if server is not None:
            server.stop()
        raise
    assistants = [a for a in info.accounts if a.role == "social_assistant"]
    supervisors = [a for a in info.accounts if a.role == "supervisor"]
    if not 0 <= account <= len(assistants):
        if server is not None:
            server.stop()
        raise SystemExit(f"--account must be 0 (the supervisor) or 1 to {len(assistants)}")
    chosen = supervisors[0] if account == 0 else assistants[account - 1]
    if role == "collective_assistant":  # the enrolled collective assistant (issue 18)
        chosen = next(a for a in info.accounts if a.role == role)
        account = -1
    others = [(i, a.display_name) for i, a in enumerate(assistants, start=1) if i != account]
    return DemoSetup(server, info.server_url, Path(chosen.vault_folder), chosen.display_name,
                     chosen.passphrase, others)


def _passphrase() -> str:
    from demo.seed import DEMO_PASSPHRASE

    return DEMO_PASSPHRASE


def offline_vault(folder: Path, *, role: str, households: int = 200, **options: Any) -> Path:
    """A local demo vault whose user has `role` (built once; no server involved)."""
    import shutil

    from demo.seed import seed_demo
    from fieldapp.vault import Vault

    vault = Path(folder) / "offline" / role
    if not Vault.exists(vault):  # built aside and moved into place: never half a vault
        building = vault.with_name(f"{role}.building")
        shutil.rmtree(building, ignore_errors=True)
        building.parent.mkdir(parents=True, exist_ok=True)
        seed_demo(building, _passphrase(), households=households, role=role, **options)
        shutil.rmtree(vault, ignore_errors=True)
        building.rename(vault)
    return vault


def _quit_on_signals() -> None:
    """Ctrl+C or a TERM in the terminal closes the app (locking the vault) and then the
    server, instead of being swallowed by the Qt event loop."""
    import signal

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    qt_app = QApplication.instance() or QApplication([sys.argv[0]])
    looping = [False]  # set by the first turn of the event loop
    QTimer.singleShot(0, lambda: looping.__setitem__(0, True))

    def stop(signum: int, _frame: object) -> None:
        # before the event loop runs (the app still loading), quit() would be forgotten and
        # the window open anyway: leave at once instead, the server stopped on the way out
        if not looping[0]:
            raise SystemExit(128 + signum)
        qt_app.quit()

    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, stop)
    wake = QTimer(qt_app)  # Python runs signal handlers only between its own bytecodes
    wake.timeout.connect(lambda: None)
    wake.start(300)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="demo.app", description=__doc__.splitlines()[0])
    parser.add_argument("--account", type=int, default=1,
                        help="demo assistant 1 or 2, or 0 for the demo supervisor")
    parser.add_argument("--role", choices=("renovation_assistant", "neighbourhood_agent",
                                           "community_worker", "collective_assistant",
                                           "mental_health_team"),
                        help="open an offline demo vault of this role instead (no server); "
                             "collective_assistant opens the enrolled collective assistant "
                             "on the demo server")
    parser.add_argument("--households", type=int, default=200)
    parser.add_argument("--lang", choices=("nl", "fr", "en"))
    parser.add_argument("--folder", type=Path, default=ROOT / "demo-data")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    lang = ["--lang", args.lang] if args.lang else []
    if args.role and args.role != "collective_assistant":
        from ui.main import main as app_main

        vault = offline_vault(args.folder, role=args.role, households=args.households)
        print(f"Offline demo vault of a {args.role}: {vault}\nDemo passphrase: "
              f"{_passphrase()}", flush=True)
        _quit_on_signals()
        return app_main(["--vault", str(vault), *lang])

    print("Preparing the demo (the first time: a server, a supervisor and two demo "
          f"assistants with {args.households} households; this takes a minute)…", flush=True)
    setup = prepare(args.folder, account=args.account, households=args.households,
                    role=args.role)
    try:
        print(f"Demo sync server: {setup.server_url}"
              + ("" if setup.server is not None else " (already running)"))
        who = ("the demo supervisor (who also carries cases: two areas, Alt+1 and Alt+2)"
               if args.account == 0 else f"demo assistant {args.account}")
        if args.role == "collective_assistant":
            who = "the demo collective social assistant"
        print(f"Opening the vault of {who}: {setup.display_name}")
        print(f"Demo passphrase: {setup.passphrase}")
        for number, name in setup.other_accounts:
            print(f"Second account ({name}): in another terminal run "
                  f"`python3 dev.py demo --account {number}`; notes written in one window "
                  "reach the other after a sync (F5).", flush=True)
        _quit_on_signals()
        from ui.main import main as app_main

        return app_main(["--vault", str(setup.vault_folder), *lang])
    finally:
        setup.stop()


if __name__ == "__main__":
    sys.exit(main())

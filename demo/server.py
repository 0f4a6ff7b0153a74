"""The demo's embedded sync server and accounts: two demo assistants syncing with each other.

    server = start_demo_server(folder)      # SQLite server on 127.0.0.1 (fieldapp-server serve)
    info = prepare_demo(folder)             # idempotent: vaults and accounts made once
    ... open info.accounts[i].vault_folder with DEMO_PASSPHRASE, sync against info.server_url
    server.stop()

The first run creates the server database (``fieldapp-server demo-init`` plus a second demo
assistant), seeds the supervisor's vault with fictitious casework
(``demo.seed.seed_demo``, enrolled as the supervisor before it writes anything, so every
author, worker and owned collection carries her account's id), and she creates the collections
and pushes the records (the PSC and the social map among them), enrols both assistants and
grants them the registry, the casework collections and the social map (read), and enrols
the PSC's community worker with the project and the social map only (issue 19). The
fingerprints are compared in code: the demo stands in for the in-person check. Everything
lives under `folder`; the passphrases are the documented demo passphrase. Run
``python -m demo.server --folder demo-data`` to prepare and serve it alone.
The server listens on 127.0.0.1:8765, or on ``FIELDAPP_DEMO_PORT`` (0: any free port), or
on any free port when that one is taken.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

import requests

from demo.seed import DEMO_PASSPHRASE, ORGANISATION, seed_demo
from fieldapp.casework.workers import map_former_name
from fieldapp.crypto.kdf import KdfParams
from fieldapp.local.profile import get_profile
from fieldapp.people.directory import list_people
from fieldapp.supervision.review import case_ids_of, reassign_cases
from fieldapp.vault import SecretStore, Vault
from sync.engine import SyncEngine, attach_account, enrol_new_vault
from sync.engine.people import refresh_people
from sync.engine.state import load_account
from sync.engine.team import grant_all

SUPERVISOR = ("supervisor@demo.fieldapp.local", "An Peeters", "DEMO0-SUPER-00000-00002")
ASSISTANTS = (
    ("assistant@demo.fieldapp.local", "Karim El Amrani", "DEMO0-SOCIA-00000-00003"),
    ("assistant2@demo.fieldapp.local", "Sofie Janssens", "DEMO0-SOCIA-00000-00004"),
)
# (the social map read-only: the supervisor and the community worker keep it, issue 19)
GRANTED_KINDS = ("registry", "casework", "casework-restricted", "handoff", "partners",
                 "signal")
# The PSC's non-profit worker: the project and the social map, no register, no case file.
COMMUNITY_WORKER = ("psc@demo.fieldapp.local", "Youssef Haddad", "DEMO0-COMMU-00000-00005")
COMMUNITY_KINDS = ("community", "partners")
# the collective social assistant (issue 18): reads the registry, writes the collective work
# and reads the signals; never a casework key (the server refuses one)
COLLECTIVE = ("collective@demo.fieldapp.local", "Samir Ouali", "DEMO0-COLLE-00000-00005")
DEFAULT_PORT = 8765


@dataclass(frozen=True)
class DemoAccount:
    role: str
    email: str
    display_name: str
    passphrase: str
    vault_folder: str


@dataclass(frozen=True)
class DemoInfo:
    server_url: str
    accounts: tuple[DemoAccount, ...]


class DemoServer:
    def __init__(self, process: subprocess.Popen[bytes], url: str) -> None:
        self.process, self.url = process, url

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


def _die_with_parent() -> None:
    """In the server's child process (Linux): SIGTERM when the demo that started it dies,
    however it dies (a crash, SIGKILL, a closed terminal), so no server stays behind."""
    import ctypes
    import signal

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (AttributeError, OSError):
        pass


def _server_dir(folder: Path) -> Path:
    return Path(folder) / "server"


def _port(folder: Path) -> int:
    saved = _server_dir(folder) / "port"
    if saved.exists():
        return int(saved.read_text())
    wanted = int(os.environ.get("FIELDAPP_DEMO_PORT", DEFAULT_PORT))  # 0: any free port
    port = wanted if wanted and _free(wanted) else _any_free_port()
    saved.write_text(str(port))
    return port


def _free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _any_free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _init_server(folder: Path) -> None:
    from sync.server import cli

    db = _server_dir(folder) / "demo.sqlite3"
    if db.exists():
        return
    result = cli.demo_init(db)
    email, _name, code = ASSISTANTS[1]
    cli.create_user(result["database_url"], org=result["organisation_id"], email=email,
                    role="social_assistant", code=code)
    email, _name, code = COMMUNITY_WORKER
    cli.create_user(result["database_url"], org=result["organisation_id"], email=email,
                    role="community_worker", code=code)
    email, _name, code = COLLECTIVE
    cli.create_user(result["database_url"], org=result["organisation_id"], email=email,
                    role="collective_assistant", code=code)


def start_demo_server(folder: Path | str, *, timeout: float = 30.0) -> DemoServer:
    """Start (creating it the first time) the demo server on 127.0.0.1; wait until it answers."""
    from sync.server.cli import sqlite_url

    folder = Path(folder)
    _server_dir(folder).mkdir(parents=True, exist_ok=True)
    _init_server(folder)
    port = _port(folder)
    url = f"http://127.0.0.1:{port}"
    log = open(_server_dir(folder) / "server.log", "ab")  # handed to the child process
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
        [sys.executable, "-m", "sync.server.cli", "serve",
         "--database-url", sqlite_url(_server_dir(folder) / "demo.sqlite3"),
         "--host", "127.0.0.1", "--port", str(port),
         "--blob-dir", str(_server_dir(folder) / "blobs")],
        stdout=log, stderr=subprocess.STDOUT, cwd=Path(__file__).resolve().parents[1],
        preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
    )
    log.close()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the demo server stopped; see {_server_dir(folder)}/server.log")
        try:
            if requests.get(url + "/v1/health", timeout=1).ok:
                return DemoServer(process, url)
        except requests.RequestException:
            pass
        time.sleep(0.1)
    DemoServer(process, url).stop()
    raise RuntimeError("the demo server did not start in time")


def prepare_demo(
    folder: Path | str, *, households: int = 200, kdf_params: KdfParams | None = None,
    secret_store: SecretStore | None = None,
) -> DemoInfo:
    """Make the demo accounts and vaults once (the server must be running); idempotent."""
    folder = Path(folder)
    marker = folder / "demo-accounts.json"
    if marker.exists():
        data = json.loads(marker.read_text(encoding="utf-8"))
        return DemoInfo(data["server_url"], tuple(DemoAccount(**a) for a in data["accounts"]))
    url = f"http://127.0.0.1:{_port(folder)}"
    vaults = folder / "vaults"
    sup_folder = vaults / "supervisor"
    email, _name, code = SUPERVISOR

    def enrol(vault: Vault) -> None:  # before the seed writes anything: her ids throughout
        attach_account(vault, server_url=url, email=email, passphrase=DEMO_PASSPHRASE,
                       device_name="demo-supervisor", enrolment_code=code,
                       organisation_key=ORGANISATION, kdf_params=kdf_params)

    seeded_now = not Vault.exists(sup_folder)
    if seeded_now:
        seed_demo(sup_folder, DEMO_PASSPHRASE, households=households, kdf_params=kdf_params,
                  secret_store=secret_store, enrol=enrol)
    boss = Vault.unlock(sup_folder, DEMO_PASSPHRASE, secret_store=secret_store)
    accounts = [DemoAccount("supervisor", SUPERVISOR[0], SUPERVISOR[1], DEMO_PASSPHRASE,
                            str(sup_folder))]
    try:
        if not seeded_now:  # a run cut short before: the vault exists, enrolled or not
            with boss.session(read_only=True) as s:
                enrolled = load_account(s) is not None
            if not enrolled:
                enrol(boss)
        boss_engine = SyncEngine(boss, secret_store=secret_store)
        _must(boss_engine.run_once().outcome)
        people: list[tuple[str, str, tuple[str, ...], tuple[str, str, str]]] = [
            (f"assistant-{i}", "social_assistant", GRANTED_KINDS, account)
                  for i, account in enumerate(ASSISTANTS, start=1)]
        people.append(("community-worker", "community_worker", COMMUNITY_KINDS,
                       COMMUNITY_WORKER))
        for i, (where, role, kinds, (email, name, code)) in enumerate(people, start=1):
            target = vaults / where
            vault = enrol_new_vault(target, server_url=url, email=email, enrolment_code=code,
                                    passphrase=DEMO_PASSPHRASE, device_name=f"demo-laptop-{i}",
                                    display_name=name, organisation_key=ORGANISATION,
                                    kdf_params=kdf_params, secret_store=secret_store)
            engine = SyncEngine(vault, secret_store=secret_store)
            client = engine.client()
            assert client is not None
            shown_on_their_screen = client.my_fingerprint()
            grant_all(boss_engine, client.user.id, fingerprint=shown_on_their_screen,
                      kinds=kinds)
            # …and they verify the supervisor: the safety number on both screens matched
            boss_client = boss_engine.client()
            assert boss_client is not None
            boss_id = boss_client.user.id
            client.confirm_safety_number(boss_id, boss_client.safety_number(client.user.id)[0])
            _must(engine.run_once().outcome)
            engine.close()
            vault.lock()
            accounts.append(DemoAccount(role, email, name, DEMO_PASSPHRASE, str(target)))
        accounts.append(_enrol_collective(vaults / "collective", url, boss_engine,
                                          kdf_params=kdf_params, secret_store=secret_store))
        # the names each laptop wrote in the sealed directory (the server keeps none)
        _must(boss_engine.run_once().outcome)
        _assign_to_the_team(boss, boss_engine)
        _must(boss_engine.run_once().outcome)
        boss_engine.close()
    finally:
        boss.lock()
    info = DemoInfo(url, tuple(accounts))
    marker.write_text(json.dumps({"server_url": url, "accounts": [asdict(a) for a in accounts]},
                                 indent=2), encoding="utf-8")
    return info


def _enrol_collective(target: Path, url: str, boss_engine: SyncEngine, *,
                      kdf_params: KdfParams | None, secret_store: SecretStore | None
                      ) -> DemoAccount:
    """The collective assistant's laptop: the registry to read, the collective work and the
    signals from casework to write; the supervisor's seeded meetings arrive at the first
    round."""
    email, name, code = COLLECTIVE
    vault = enrol_new_vault(target, server_url=url, email=email, enrolment_code=code,
                            passphrase=DEMO_PASSPHRASE, device_name="demo-laptop-collective",
                            display_name=name, organisation_key=ORGANISATION,
                            kdf_params=kdf_params, secret_store=secret_store)
    engine = SyncEngine(vault, secret_store=secret_store)
    client = engine.client()
    assert client is not None
    fingerprint = client.my_fingerprint()
    grant_all(boss_engine, client.user.id, fingerprint=fingerprint, access="read",
              kinds=("registry",))
    grant_all(boss_engine, client.user.id, fingerprint=fingerprint, access="write",
              kinds=("collective", "signal"))
    _must(engine.run_once().outcome)
    engine.close()
    vault.lock()
    return DemoAccount("collective_assistant", email, name, DEMO_PASSPHRASE, str(target))


# The seeded workers' names that become the enrolled assistants' accounts (the first
# seeded name is already the supervisor's own); the other seeded names stay former names,
# for the supervisor to map (Caseload: Who was this?).
SEEDED_AS = {"Karim Benali": ASSISTANTS[0][1], "Sophie Dubois": ASSISTANTS[1][1]}


def _assign_to_the_team(boss: Vault, engine: SyncEngine) -> None:
    client = engine.client()
    assert client is not None
    refresh_people(boss, client)
    with boss.session() as s:
        me = get_profile(s).id
        ids = {p.display_name: p.id for p in list_people(s)}
        for seeded, account in SEEDED_AS.items():
            map_former_name(s, name=seeded, person_id=ids[account], actor_id=me)
        # leave cover: two of the first assistant's case files go to the second, who is told
        # so on her case files and her day until she opens them; both read it in the
        # timeline (issue 16)
        first, second = (ids[account] for account in SEEDED_AS.values())
        covered = case_ids_of(s, worker=first)[:2]
        if covered:
            reassign_cases(s, case_ids=covered, to_worker_id=second, actor_id=me,
                           today=date.today(), reason="Verlof (demo)")


def _must(outcome: str) -> None:
    if outcome not in ("ok", "clock_skew"):
        raise RuntimeError(f"demo sync failed: {outcome}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="demo.server", description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=Path("demo-data"))
    parser.add_argument("--households", type=int, default=200)
    args = parser.parse_args(argv)
    server = start_demo_server(args.folder)
    try:
        info = prepare_demo(args.folder, households=args.households)
        print(f"Demo sync server: {info.server_url}")
        for a in info.accounts:
            print(f"  {a.role:17} {a.display_name:18} {a.vault_folder}  ({a.passphrase})")
        print("Serving; Ctrl+C stops the server.", flush=True)
        server.process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

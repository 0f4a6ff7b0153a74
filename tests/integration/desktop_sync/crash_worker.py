"""A zygote for crash tests: imports everything once, then forks one engine round per
request so a test can SIGKILL it at a random moment without paying the import time again.

stdin lines: JSON {"folder", "passphrase"}; stdout lines: "pid <n>" then "done <status>".
"""

from __future__ import annotations

import json
import os
import sys

from fieldapp.vault import Vault
from sync.engine import SyncEngine
from tests.factories import NoSecretStore
from tests.integration.desktop_sync.desktop_helpers import fast_client


def round_in_child(folder: str, passphrase: str) -> None:
    vault = Vault.unlock(folder, passphrase, secret_store=NoSecretStore())
    engine = SyncEngine(vault, client_factory=fast_client, secret_store=NoSecretStore())
    engine.run_once()
    engine.close()
    vault.lock()


def main() -> None:
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                round_in_child(request["folder"], request["passphrase"])
            except BaseException:
                code = 1
            # The child leaves through the interpreter's own exit (stdin closed first, so it
            # reads no request of its parent's): a crash at exit shows in its status.
            sys.stdin.close()
            sys.exit(code)
        print(f"pid {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"done {status}", flush=True)


if __name__ == "__main__":
    main()

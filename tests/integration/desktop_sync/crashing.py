"""Drive crash_worker.py (run as a module from the repository root): one engine round
in a forked process, killed after a delay."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

WORKER = "tests.integration.desktop_sync.crash_worker"
ROOT = Path(__file__).resolve().parents[3]


class Zygote:
    def __init__(self) -> None:
        # `-m` from the repository root: the worker imports the tests package like pytest.
        self.proc = subprocess.Popen(
            [sys.executable, "-m", WORKER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            text=True, cwd=ROOT,
        )

    def run(self, folder: Path, passphrase: str, *, kill_after: float | None) -> bool:
        """One round; SIGKILL after `kill_after` seconds. True if it was killed mid-way."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps({"folder": str(folder), "passphrase": passphrase}) + "\n")
        self.proc.stdin.flush()
        pid = int(self.proc.stdout.readline().split()[1])
        killed = False
        if kill_after is not None:
            time.sleep(kill_after)
            try:
                os.kill(pid, signal.SIGKILL)
                killed = True
            except ProcessLookupError:
                pass
        status = int(self.proc.stdout.readline().split()[1])
        return killed and os.WIFSIGNALED(status)

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(timeout=10)

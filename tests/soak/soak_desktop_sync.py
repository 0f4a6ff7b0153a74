"""Soak the desktop sync engine: many more SIGKILLed rounds and state-machine examples.

    .venv/bin/python tests/soak/soak_desktop_sync.py --rounds 5 --runs 300 --examples 50

Each round runs the crash scenario (tests/integration/desktop_sync/test_crash.py) with a
new seed and ``--runs`` killed rounds, then the Hypothesis state machine with ``--examples``
random (not derandomised) examples, against a real uvicorn + PostgreSQL server. Stops at the
first failure and prints the seed to replay it. Not collected by pytest (no test_ prefix).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests/integration/desktop_sync"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--examples", type=int, default=30)
    args = parser.parse_args()
    for round_no in range(args.rounds):
        seed = random.randrange(1_000_000)
        env = dict(os.environ, FIELDAPP_SOAK_RUNS=str(args.runs), FIELDAPP_SOAK_SEED=str(seed),
                   FIELDAPP_SM_EXAMPLES=str(args.examples))
        print(f"round {round_no + 1}/{args.rounds}: seed {seed}", flush=True)
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-x", "-s", "-p", "no:cacheprovider",
             str(TESTS / "test_crash.py"), str(TESTS / "test_state_machine.py")],
            cwd=ROOT, env=env, check=False,
        )
        if result.returncode != 0:
            print(f"FAILED with FIELDAPP_SOAK_SEED={seed}", flush=True)
            return result.returncode
    print("soak passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Build the one-folder desktop bundle into dist/fieldapp with PyInstaller.

Run from the repository root after `python3 dev.py setup`:  python3 packaging/build.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"


def main() -> int:
    subprocess.run([str(BIN / "uv"), "pip", "install", "--python", str(BIN / "python"),
                    "pyinstaller>=6.10,<7"], check=True, cwd=ROOT)
    subprocess.run([str(BIN / "python"), "dev.py", "setup"], check=True, cwd=ROOT)
    subprocess.run([str(BIN / "pyinstaller"), "--noconfirm", "--clean",
                    str(ROOT / "packaging" / "fieldapp.spec")], check=True, cwd=ROOT)
    print("bundle in", ROOT / "dist" / "fieldapp")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""The one front door for every developer and CI command.

    python3 dev.py demo     set everything up, start a local sync server and the app
    python3 dev.py test     set everything up and run the whole test suite
    python3 dev.py bench    run the benchmarks of tests/bench (DESIGN.md §8)
    python3 dev.py lint     ruff check + mypy on the strict layers
    python3 dev.py i18n     refresh the .ts files from the sources (pyside6-lupdate)

Needs nothing but Python 3.11 to 3.13 and the package registries: it makes `.venv` with
the Python that runs it, installs uv into it, and syncs the locked dependencies from
`uv.lock`. Python 3.12+ is preferred; on 3.11 the locked PySide6 must be one without the
reference-count defect of 6.12.0 (docs/pyside6-refcount.md; the soak test checks it).
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("nl", "fr", "en")


def run(*cmd: str | Path, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, env=env)


def setup() -> None:
    if not PY.exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    if not (BIN / "uv").exists():
        run(PY, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "uv>=0.4,<1")
    env = dict(os.environ, UV_PROJECT_ENVIRONMENT=str(VENV))
    run(BIN / "uv", "sync", "--locked", "--all-extras", "--quiet", env=env)
    compile_translations()


def compile_translations() -> None:
    lrelease = BIN / "pyside6-lrelease"
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"fieldapp_{lang}.ts"
        qm = ts.with_suffix(".qm")
        if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            run(lrelease, "-silent", ts, "-qm", qm)


def update_translations() -> None:
    # ui/ calls tr()/translate(); fieldapp/ marks its messages and labels with
    # QT_TRANSLATE_NOOP (sometimes imported as `_t`, hence the alias).
    sources = sorted(
        str(p.relative_to(ROOT))
        for folder in ("ui", "fieldapp", "sync/engine")  # sync/engine: its "sync" messages
        for p in (ROOT / folder).rglob("*.py")
    )
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"fieldapp_{lang}.ts"
        run(BIN / "pyside6-lupdate", "-no-obsolete", "-locations", "none",
            "-tr-function-alias", "QT_TRANSLATE_NOOP+=_t", *sources, "-ts", ts)


def main(argv: list[str]) -> int:
    if not (3, 11) <= sys.version_info[:2] <= (3, 13):
        print(f"FieldApp needs Python 3.11, 3.12 or 3.13; this is {sys.version.split()[0]}.",
              file=sys.stderr)
        return 2
    command = argv[0] if argv else "help"
    rest = argv[1:]
    if command == "help" or command not in {"demo", "test", "bench", "lint", "i18n", "setup"}:
        print(__doc__)
        return 0 if command == "help" else 2
    setup()
    if command == "demo":
        run(PY, "-m", "ui.demo", *rest)
    elif command == "test":
        run(PY, "-m", "pytest", "-m", "not bench", *rest)
    elif command == "bench":
        run(PY, "-m", "pytest", "-m", "bench", "tests/bench", "-s", "-p", "no:randomly", *rest)
    elif command == "lint":
        run(BIN / "ruff", "check", "fieldapp", "ui", "sync", "tests")
        run(BIN / "mypy", "fieldapp/crypto", "fieldapp/vault", "sync/protocol.py")
    elif command == "i18n":
        update_translations()
        compile_translations()
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except subprocess.CalledProcessError as exc:
        sys.exit(exc.returncode)

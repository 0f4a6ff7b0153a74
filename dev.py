#!/usr/bin/env python3
"""The one front door for every developer and CI command.

    python3 dev.py demo     set everything up, start a local sync server and the app
    python3 dev.py test     set everything up and run the whole test suite
    python3 dev.py bench    run the benchmarks of tests/bench (DESIGN.md §8)
    python3 dev.py lint     ruff check, and mypy (strict) over fieldapp, ui, sync and demo
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
    # Bytecode compiled once here (a later sync only compiles what changed): every process
    # of a test run (pytest's workers, the servers and tools they start) would otherwise
    # compile the dependencies again where PYTHONDONTWRITEBYTECODE is set.
    run(BIN / "uv", "sync", "--locked", "--all-extras", "--quiet", "--compile-bytecode",
        env=env)
    # The same for the project's own modules (and the vault's migration scripts, which
    # Alembic loads again for every vault a test creates); only what changed is compiled.
    run(PY, "-m", "compileall", "-q", "-j", "0", "fieldapp", "ui", "sync", "demo", "tests")
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
        run(BIN / "pyside6-lupdate", "-silent", "-no-obsolete", "-locations", "none",
            "-tr-function-alias", "QT_TRANSLATE_NOOP+=_t", *sources, "-ts", ts)
        waiting = normalise_ts(ts, lang)
        if waiting:
            print(f"{ts.name}: {waiting} message(s) to translate (Qt Linguist, or edit the "
                  "<translation> elements marked unfinished)")


TS_LANGUAGE = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}


def normalise_ts(path: Path, lang: str) -> int:
    """Write a .ts file in one stable layout, so `dev.py i18n` changes nothing when no
    source string changed. The .ts files are the source of truth for the translations;
    English is the source text itself. Returns how many messages wait for a translation."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(path)  # noqa: S314 (our own .ts files)
    root = tree.getroot()
    root.set("language", TS_LANGUAGE[lang])
    waiting = 0
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if lang == "en":
            translation.text = message.findtext("source") or ""
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished" or not (translation.text or "").strip():
            waiting += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return waiting


# Qt's xcb platform plugin (a window on Linux/X11) needs these system libraries, which no
# wheel carries; on a bare Debian/Ubuntu they are missing and Qt aborts with a message that
# often names the wrong one. Sonames whose Debian package is not named by the usual rule:
DEBIAN_PACKAGES = {
    "libGLdispatch.so.0": "libglvnd0", "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0", "libgobject-2.0.so.0": "libglib2.0-0",
    "libz.so.1": "zlib1g", "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
}


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package of a shared library: libxcb-icccm.so.4 -> libxcb-icccm4,
    libxkbcommon-x11.so.0 -> libxkbcommon-x11-0, libEGL.so.1 -> libegl1."""
    if soname in DEBIAN_PACKAGES:
        return DEBIAN_PACKAGES[soname]
    base, _, version = soname.partition(".so.")
    base = base.lower()
    return f"{base}-{version}" if base[-1:].isdigit() else f"{base}{version}"


def missing_libraries(ldd_output: str) -> list[str]:
    """The sonames `ldd` reports as "not found"."""
    return sorted({line.split()[0] for line in ldd_output.splitlines()
                   if "not found" in line})


def missing_qt_packages() -> list[str]:
    """The Debian packages to install before Qt can open a window here (Linux only)."""
    import shutil

    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    plugins = list(VENV.glob("lib/python3*/site-packages/PySide6/Qt/plugins/platforms"))
    plugin = plugins[0] / "libqxcb.so" if plugins else None
    if plugin is None or not plugin.exists():
        return []
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False)
    return sorted({debian_package(name) for name in missing_libraries(out.stdout)})


def ensure_qt_libraries() -> bool:
    """Install Qt's missing system libraries (root with apt), or say exactly what to run."""
    import shutil

    packages = missing_qt_packages()
    if not packages:
        return True
    command = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print(f"Installing the system libraries Qt needs: {' '.join(packages)}", flush=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
        subprocess.run(command, check=False, env=env)
        if not missing_qt_packages():
            return True
    print("Qt cannot open a window: these system libraries are missing.\n"
          f"Install them, then run the command again:\n\n    sudo {' '.join(command)}\n",
          file=sys.stderr)
    return False


def test_workers() -> list[str]:
    """pytest-xdist's options: one worker more than the cores, at most three (a UI or sync
    test spends much of its time waiting on a server or a timer, so a third worker on two
    cores cut the sync UI tests from 101 s to 71 s; each worker runs its own server on its
    own throw-away database, and PostgreSQL's 100 connections are shared);
    FIELDAPP_TEST_WORKERS overrides (0: everything in this process). A module stays on
    one worker, so its module-wide fixtures (a server, a team) are set up once."""
    count = os.environ.get("FIELDAPP_TEST_WORKERS") or str(min((os.cpu_count() or 1) + 1, 3))
    return ["-n", count, "--dist", "loadscope"] if count != "0" else []


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
        if os.environ.get("QT_QPA_PLATFORM", "xcb") == "xcb" and not ensure_qt_libraries():
            return 1
        run(PY, "-m", "demo.app", *rest)
    elif command == "test":
        run(PY, "-m", "pytest", "-m", "not bench", *test_workers(), *rest)
    elif command == "bench":
        run(PY, "-m", "pytest", "-m", "bench", "tests/bench", "-s", "-p", "no:randomly", *rest)
    elif command == "lint":
        run(BIN / "ruff", "check", "fieldapp", "ui", "sync", "demo", "tests")
        run(BIN / "mypy", "fieldapp", "ui", "sync", "demo")  # strict, all of them: pyproject.toml
    elif command == "i18n":
        update_translations()
        compile_translations()
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except subprocess.CalledProcessError as exc:
        sys.exit(exc.returncode)

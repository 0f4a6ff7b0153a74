#!/usr/bin/env python3
"""Build the one-folder desktop bundle (dist/fieldapp) and, on Debian/Ubuntu, a .deb.

    python3 packaging/build.py [--no-deb]

Works from a fresh clone: it runs `dev.py setup` (uv, translations), then builds in a venv
of its own (build/bundle-venv) holding only what the app runs with — the locked runtime
dependencies and PyInstaller, no test or lint tools and no server — so the development
environment is never touched and the bundle carries no development tool.
"""

from __future__ import annotations

import argparse
import datetime
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
VENV = BUILD / "bundle-venv"
UV = ROOT / ".venv" / "bin" / "uv"
APP_ID = "be.fieldapp.FieldApp"


def run(*cmd: str | Path, **options: object) -> subprocess.CompletedProcess[str]:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, text=True,
                          **options)  # type: ignore[call-overload]


def build_bundle(*, setup: bool = True) -> Path:
    if setup:
        run(sys.executable, "dev.py", "setup")
    python = VENV / "bin" / "python"
    if not python.exists():
        run(UV, "venv", "--quiet", "--python", ROOT / ".venv" / "bin" / "python", VENV)
    requirements = BUILD / "bundle-requirements.txt"
    out = run(UV, "export", "--locked", "--no-dev", "--no-hashes", "--no-emit-project",
              "--quiet", capture_output=True)
    requirements.write_text(out.stdout, encoding="utf-8")
    run(UV, "pip", "install", "--quiet", "--python", python, "-r", requirements,
        "pyinstaller>=6.10,<7")
    run(UV, "pip", "install", "--quiet", "--python", python, "--no-deps", "--reinstall", ".")
    run(python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", DIST, "--workpath", BUILD / "pyinstaller",
        ROOT / "packaging" / "fieldapp.spec")
    return DIST / "fieldapp"


def version() -> str:
    out = run(VENV / "bin" / "python", "-c",
              "from importlib.metadata import version; print(version('fieldapp'))",
              capture_output=True)
    return out.stdout.strip()


def build_deb(bundle: Path) -> Path:
    """A .deb: the bundle in /opt/fieldapp, a command, a menu entry, an icon, AppStream."""
    arch = run("dpkg", "--print-architecture", capture_output=True).stdout.strip()
    ver = version()
    root = BUILD / "deb" / "fieldapp"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / "opt" / "fieldapp", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "fieldapp").symlink_to("/opt/fieldapp/fieldapp")
    linux = ROOT / "packaging" / "linux"
    for source, target in (
            (f"{APP_ID}.desktop", f"usr/share/applications/{APP_ID}.desktop"),
            ("fieldapp.svg", f"usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg")):
        (root / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(linux / source, root / target)
    meta = (linux / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    meta = meta.replace("@VERSION@", ver).replace("@DATE@", datetime.date.today().isoformat())
    (root / "usr" / "share" / "metainfo").mkdir(parents=True)
    (root / "usr" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(meta)
    size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) // 1024
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(
        "Package: fieldapp\n"
        f"Version: {ver}\n"
        f"Architecture: {arch}\n"
        "Maintainer: FieldApp <it@fieldapp.invalid>\n"
        f"Installed-Size: {size}\n"
        "Depends: libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, "
        "libxcb-render-util0, libxcb-xinerama0, libxcb-randr0, libxcb-shape0, libxcb-xkb1, "
        "libxkbcommon-x11-0, libegl1, libfontconfig1, libdbus-1-3\n"
        "Section: misc\nPriority: optional\n"
        "Description: offline, end-to-end encrypted case work for social services\n"
        " FieldApp keeps the case files of a social-housing company's social service\n"
        " encrypted on the laptop and syncs them with a server that stores ciphertext.\n",
        encoding="utf-8")
    target = DIST / f"fieldapp_{ver}_{arch}.deb"
    run("dpkg-deb", "--root-owner-group", "-Zzstd", "--build", root, target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="packaging/build.py")
    parser.add_argument("--no-deb", action="store_true", help="the bundle only")
    parser.add_argument("--no-setup", action="store_true",
                        help="dev.py setup has run already (the test suite)")
    args = parser.parse_args(argv)
    bundle = build_bundle(setup=not args.no_setup)
    print("bundle in", bundle)
    if not args.no_deb and shutil.which("dpkg-deb"):
        print("package", build_deb(bundle))
    return 0


if __name__ == "__main__":
    sys.exit(main())

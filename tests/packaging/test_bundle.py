"""The desktop bundle and the .deb, built from this checkout the way IT builds them
(`python3 packaging/build.py`), then started headless to their first window and back out.

The build takes minutes, so it starts in the background as soon as the suite is collected
(tests/conftest.py) and this test, run last, waits for it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "fieldapp"
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the Linux bundle is built on Linux")


def test_the_bundle_builds_starts_and_carries_what_the_app_reads(bundle_build, tmp_path):
    started = time.monotonic()
    code = bundle_build(1_500)
    log = (ROOT / "build" / "bundle-build.log").read_text(errors="replace")
    assert code == 0, log[-3000:]
    print(f"bundle build: waited {time.monotonic() - started:.0f} s at the end of the suite")

    exe = BUNDLE / "fieldapp"
    out = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.startswith("fieldapp "), out.stderr

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    began = time.monotonic()
    out = subprocess.run([exe, "--self-test"], capture_output=True, text=True, timeout=120,
                         env=env)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "ok    first window" in out.stdout
    assert "ok    qt translations" in out.stdout  # Qt's buttons in Dutch and French
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*")
               if p.is_file() and not p.is_symlink()) / 2**20
    print(f"bundle: {size:.0f} MiB, self-test and first window in "
          f"{time.monotonic() - began:.1f} s")

    internal = BUNDLE / "_internal"
    for tool in ("pytest", "hypothesis", "mypy", "ruff", "fastapi", "uvicorn", "psycopg"):
        assert not (internal / tool).exists(), f"{tool} is in the bundle"
    assert not list(internal.rglob("libQt6Pdf.so*")), "Qt PDF is in the bundle"
    for catalog in ("qtbase_nl.qm", "qtbase_fr.qm"):
        assert list(internal.rglob(catalog)), f"{catalog} is not in the bundle"
    dangling = [str(p.relative_to(BUNDLE)) for p in BUNDLE.rglob("*")
                if p.is_symlink() and not p.exists()]
    assert dangling == [], "links to files left out of the bundle"

    # The demo tooling is not part of the product (the self-test above checked the
    # resources the areas read: templates, help, fonts, translations).
    assert not list(internal.rglob("demo/seed.py")), "the demo tooling is in the bundle"

    if shutil.which("dpkg-deb"):
        debs = sorted((ROOT / "dist").glob("fieldapp_*.deb"))
        assert debs, "no .deb built"
        listing = subprocess.run(["dpkg-deb", "-c", debs[-1]], capture_output=True,
                                 text=True, check=True).stdout
        for path in ("./usr/bin/fieldapp", "./opt/fieldapp/fieldapp",
                     "./usr/share/applications/be.fieldapp.FieldApp.desktop",
                     "./usr/share/icons/hicolor/scalable/apps/be.fieldapp.FieldApp.svg",
                     "./usr/share/metainfo/be.fieldapp.FieldApp.metainfo.xml"):
            assert path in listing, f"{path} missing from the .deb"

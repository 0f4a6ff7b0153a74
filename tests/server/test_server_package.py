"""The server as a distribution of its own (packaging/server): the wheel builds, installs in a
fresh venv (from the local wheel, versions pinned by uv.lock, packages from uv's cache),
has no PySide6, SQLCipher or reportlab, and its `fieldapp-server` runs and serves."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "packaging" / "server"
UV = Path(sys.executable).with_name("uv")


def _run(*cmd: str | Path, cwd: Path, timeout: float = 240) -> str:
    result = subprocess.run(
        [str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, timeout=timeout,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, f"{cmd}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def _name(requirement: str) -> str:
    return re.split(r"[\[<>=!~;\s]", requirement, maxsplit=1)[0].lower()


def test_dependency_ranges_match_the_root_project() -> None:
    root = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    server = tomllib.loads((PACKAGE / "pyproject.toml").read_text())["project"]
    known = {_name(r): r for r in root["dependencies"] + root["optional-dependencies"]["server"]}
    for requirement in server["dependencies"]:
        assert known.get(_name(requirement)) == requirement, requirement
    for extra in root["optional-dependencies"]["server"]:
        assert extra in server["dependencies"], f"{extra} is missing from packaging/server"
    assert server["version"] == root["version"]
    names = {_name(r) for r in server["dependencies"]}
    assert not names & {"pyside6", "sqlcipher3", "reportlab", "pillow", "keyring", "requests"}


@pytest.fixture(scope="module")
def server_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not UV.exists():
        pytest.fail(f"uv is not in {UV.parent}: run `python3 dev.py setup`")
    work = tmp_path_factory.mktemp("server-package")
    dist = work / "dist"
    _run(UV, "build", "--wheel", "--quiet", PACKAGE, "--out-dir", dist, cwd=ROOT)
    wheels = list(dist.glob("fieldapp_server-*.whl"))
    assert len(wheels) == 1
    pins = work / "pins.txt"
    _run(UV, "export", "--frozen", "--quiet", "--no-hashes", "--all-extras", "--no-dev",
         "--no-emit-project", "--output-file", pins, cwd=ROOT)  # fmt: skip
    venv = work / "venv"
    _run(UV, "venv", "--quiet", "--python", sys.executable, venv, cwd=work)
    # compiled once at install: the test starts five interpreters in this venv
    _run(UV, "pip", "install", "--quiet", "--compile-bytecode", "--python",
         venv / "bin" / "python", "--constraint", pins, wheels[0], cwd=work)  # fmt: skip
    return venv


def test_wheel_installs_without_qt_and_serves(server_venv: Path, tmp_path: Path) -> None:
    python = server_venv / "bin" / "python"
    # cwd is a temporary folder, so nothing is imported from the repository by accident.
    found = _run(python, "-c", "import importlib.util as u; print([m for m in ('PySide6', "
                 "'sqlcipher3', 'reportlab', 'ui', 'fieldapp.vault') if u.find_spec(m)])",
                 cwd=tmp_path)  # fmt: skip
    assert found.strip() == "[]", f"importable in the server venv: {found}"
    import_pyside = subprocess.run([str(python), "-c", "import PySide6"], cwd=tmp_path,
                                   capture_output=True, timeout=60, check=False)  # fmt: skip
    assert import_pyside.returncode != 0
    where = _run(python, "-c", "import sync.server.app as a, fieldapp.crypto as c; "
                 "print(a.__file__); print(c.__file__)", cwd=tmp_path)  # fmt: skip
    assert str(ROOT) not in where and str(server_venv) in where
    script = server_venv / "bin" / "fieldapp-server"
    assert "backup" in _run(script, "--help", cwd=tmp_path)
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    assert "schema up to date" in _run(script, "init-db", "--database-url", url, cwd=tmp_path)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    proc = subprocess.Popen(
        [str(script), "serve", "--database-url", url, "--port", str(port),
         "--blob-dir", str(tmp_path / "blobs")],
        cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                ready = requests.get(f"http://127.0.0.1:{port}/readyz", timeout=2)
                break
            except (requests.ConnectionError, requests.Timeout):  # still starting
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                assert time.monotonic() < deadline, "the packaged server did not start"
                time.sleep(0.2)
        assert ready.status_code == 200, ready.text
        assert ready.json()["checks"]["migrations"] == "ok"
    finally:
        proc.terminate()
        proc.wait(timeout=30)

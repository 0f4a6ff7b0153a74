"""UI test fixtures: a fresh vault folder per test, fast KDF, an in-memory keyring,
isolated settings, a fixed "today", and the app driven through its real window."""

from __future__ import annotations

import gc
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.vault import MemorySecretStore
from tests.factories import TODAY, make_vault, make_world
from tests.ui.ui_helpers import unlock
from ui.app import FieldApp
from ui.settings import AppSettings
from ui.tasks import TaskRunner


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm files are build output (git-ignored); make them if a checkout lacks them,
    with the lrelease of the environment running the tests (any install, not only .venv)."""
    from dev import LANGUAGES, TRANSLATIONS

    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) \
        or shutil.which("pyside6-lrelease")
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"fieldapp_{lang}.ts"
        qm = ts.with_suffix(".qm")
        if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            assert lrelease, "pyside6-lrelease (PySide6) is not installed beside this Python"
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(autouse=True)
def collect_on_the_main_thread(qtbot):
    """Collect each test's garbage here, on the main thread: a cycle holding Qt objects must
    never be collected by a worker thread (it would destroy them under the main thread)."""
    yield
    qtbot.wait(1)  # let deleteLater() run
    gc.collect()


@pytest.fixture
def runner(qtbot) -> Iterator[TaskRunner]:  # type: ignore[no-untyped-def]
    """The real task runner (ui/tasks.py), for screens tested without the whole app."""
    runner = TaskRunner()
    yield runner
    runner.wait_for_done()
    runner.deleteLater()


@pytest.fixture
def store() -> MemorySecretStore:
    return MemorySecretStore()


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def make_app(qtbot, tmp_path, store, vault_dir):
    apps: list[FieldApp] = []

    def make(*, idle_ms: int | None = None, language: str = "en", **options) -> FieldApp:
        app = FieldApp(vault_dir, kdf_params=TEST_KDF_PARAMS, secret_store=store,
                       idle_ms=idle_ms, settings=AppSettings(tmp_path / "settings.ini"),
                       today=lambda: TODAY, language=language, **options)
        qtbot.addWidget(app.window)
        app.start()
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.translations.install("en")
        app.dispose()


@pytest.fixture
def world(vault_dir, store):
    """A vault made by the test factories (two sites, two households), locked again."""
    vault = make_vault(vault_dir, store=store)
    made = make_world(vault)
    vault.lock()
    return made


@pytest.fixture
def unlocked(qtbot, make_app, world):
    """The app, unlocked through its unlock screen as a person would."""
    app = make_app()
    unlock(qtbot, app)
    return app

"""The desktop app against the one test server (tests/harness): a team (supervisor with a
small world), and the app wired to the server with a fast retry policy and timers the test
controls."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.vault import MemorySecretStore
from tests.harness.server import SyncHarness
from tests.integration.desktop_sync.desktop_helpers import Team, fast_client
from ui.app import FieldApp
from ui.settings import AppSettings

QUIET = {"interval_ms": 3_600_000, "debounce_ms": 3_600_000, "first_round_ms": 3_600_000}


@pytest.fixture
def team(sync_server: SyncHarness, tmp_path: Path) -> Iterator[Team]:
    # The organisation key the app uses by default (the server's organisation id), so the
    # supervisor's collections and the app's local keys meet; every test has its own
    # supervisor, whose collections only its own members are granted.
    t = Team(sync_server, tmp_path / "team", org=sync_server.organisation_id)
    try:
        yield t
    finally:
        t.close()


@pytest.fixture
def make_sync_app(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """The app on a fresh folder, talking to the test server; rounds only when asked."""
    apps: list[FieldApp] = []

    def make(*, language: str = "en", timings: dict[str, int] | None = None,
             folder: Path | None = None) -> FieldApp:
        app = FieldApp(folder or tmp_path / "vault", kdf_params=TEST_KDF_PARAMS,
                       secret_store=MemorySecretStore(),
                       settings=AppSettings(tmp_path / "settings.ini"), language=language,
                       sync_client_factory=fast_client, sync_timings=timings or QUIET)
        qtbot.addWidget(app.window)
        app.start()
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.translations.install("en")
        app.dispose()

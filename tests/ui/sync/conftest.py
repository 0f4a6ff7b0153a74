"""The desktop app against a real sync server: a team (supervisor with a small world), and
the app wired to the server with a fast retry policy and timers the test controls."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sync_server

from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.vault import MemorySecretStore
from ui.app import FieldApp
from ui.settings import AppSettings

QUIET = {"interval_ms": 3_600_000, "debounce_ms": 3_600_000, "first_round_ms": 3_600_000}


@pytest.fixture(scope="session")
def ui_sync_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    with sync_server.database() as url, \
            sync_server.server(url, tmp_path_factory.mktemp("uisync-blobs")) as running:
        yield running


@pytest.fixture
def team(ui_sync_server, tmp_path: Path):  # type: ignore[no-untyped-def]
    from desktop_helpers import Team

    # The organisation key the app uses by default (the server's organisation id), so the
    # supervisor's collections and the app's local keys meet; every test has its own
    # supervisor, whose collections only its own members are granted.
    t = Team(ui_sync_server, tmp_path / "team", org=ui_sync_server.organisation_id)
    try:
        yield t
    finally:
        ui_sync_server.clock.offset = 0.0  # type: ignore[attr-defined]
        t.close()


@pytest.fixture
def make_sync_app(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """The app on a fresh folder, talking to the test server; rounds only when asked."""
    from desktop_helpers import fast_client

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

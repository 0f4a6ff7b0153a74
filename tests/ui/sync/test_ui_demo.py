"""`python3 dev.py demo` without the Qt loop: the embedded server, the two demo assistants,
the app opened on the first one, and the second account joining the same server."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from demo.app import prepare
from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.vault import MemorySecretStore
from ui.app import FieldApp
from ui.settings import AppSettings


def test_the_demo_opens_the_first_assistant_on_the_embedded_server(qtbot, tmp_path: Path) -> None:
    store = MemorySecretStore()
    setup = prepare(tmp_path / "demo", households=8, kdf_params=TEST_KDF_PARAMS,
                    secret_store=store)
    app = None
    try:
        assert setup.server is not None and setup.server_url.startswith("http://127.0.0.1:")
        assert setup.display_name == "Karim El Amrani"
        assert setup.other_accounts == [(2, "Sofie Janssens")]
        second = prepare(tmp_path / "demo", account=2)  # another window: same server
        assert second.server is None and second.server_url == setup.server_url
        assert second.display_name == "Sofie Janssens"
        collective = prepare(tmp_path / "demo", role="collective_assistant")  # issue 18
        assert collective.display_name == "Samir Ouali"
        _collective_has_its_meetings(collective.vault_folder, store)

        app = FieldApp(setup.vault_folder, kdf_params=TEST_KDF_PARAMS, secret_store=store,
                       settings=AppSettings(tmp_path / "settings.ini"), language="en",
                       sync_timings={"first_round_ms": 3_600_000})
        qtbot.addWidget(app.window)
        app.start()
        page = app.window.unlock_page
        qtbot.keyClicks(page.passphrase_edit, setup.passphrase)
        qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: app.sync.controller is not None, timeout=10_000)
        with qtbot.waitSignal(app.sync.controller.round_finished, timeout=20_000) as blocker:
            app.window.sync_action.trigger()
        assert blocker.args[0].outcome == "ok"
        status = app.window.sync_status
        qtbot.waitUntil(lambda: status.state_label.text() == "● Online", timeout=5_000)
    finally:
        if app is not None:
            app.dispose()
        setup.stop()


def _collective_has_its_meetings(folder: Path, store: MemorySecretStore) -> None:
    """The enrolled collective assistant got the neighbourhoods and the past meetings with
    their minutes at its first round, and holds no casework key."""
    from sqlalchemy import select

    from fieldapp.collective.meetings import list_meetings
    from fieldapp.local.sync_state import SyncCollection
    from fieldapp.vault import Vault

    vault = Vault.unlock(folder, "demo-veilig-2026", secret_store=store)
    try:
        with vault.session(read_only=True) as s:
            held = [m for m in list_meetings(s) if m.status == "held"]
            assert len(held) == 6 and all(m.minutes_issued_on for m in held)
            kinds = set(s.scalars(select(SyncCollection.kind)))
            assert {"registry", "collective", "signal"} <= kinds
            assert not kinds & {"casework", "casework-restricted", "handoff"}
    finally:
        vault.lock()

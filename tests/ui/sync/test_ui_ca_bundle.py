"""The organisation's CA bundle, set in Settings by keyboard (as the IT administrator would
before the first connection), kept, and trusted by the app's sync client alone; a file that
is not a PEM bundle is refused with a sentence that says so.

The server is a TLS stub on 127.0.0.1 whose certificate comes from a throw-away
organisation CA; REQUESTS_CA_BUNDLE points at an unrelated CA, so only the setting can make
the first-run enrolment reach it."""

from __future__ import annotations

import json
import ssl
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldapp.crypto.kdf import TEST_KDF_PARAMS
from fieldapp.vault import MemorySecretStore
from tests.integration.sync.test_transport_security import _ca, _server_cert
from tests.ui.sync.ui_sync_helpers import PASSPHRASE
from tests.ui.ui_helpers import modal_dialog, shortcut
from ui.app import FieldApp
from ui.settings import AppSettings
from ui.settings_dialog import SettingsDialog


class _Refuses(BaseHTTPRequestHandler):
    """Answers every request like a server that does not know the enrolment code, and
    remembers what reached it."""

    seen: list[str] = []

    def do_POST(self) -> None:
        self.seen.append(self.path)
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = json.dumps({"code": "invalid_enrolment", "message": "no", "details": None})
        data = body.encode()
        self.send_response(400)
        self.send_header("Content-Type", "application/json")
        self.send_header("X-Server-Time", str(time.time()))
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def org_server(tmp_path: Path) -> Iterator[tuple[str, Path, Path, list[str]]]:
    """https://127.0.0.1:<port> signed by the organisation's CA: the URL, that CA's
    bundle, an unrelated CA's bundle, and the paths that reached the server."""
    org_key, org_cert, org_bundle = _ca(tmp_path, "org-ca")
    _, _, other_bundle = _ca(tmp_path, "other-ca")
    cert_path, key_path = _server_cert(tmp_path, org_key, org_cert)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_path, key_path)
    seen: list[str] = []
    handler = type("Handler", (_Refuses,), {"seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}", org_bundle, other_bundle, seen
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def app(qtbot, tmp_path: Path) -> Iterator[FieldApp]:  # type: ignore[no-untyped-def]
    """The app as shipped: its own sync client factory (no test factory handed in)."""
    the_app = FieldApp(tmp_path / "vault", kdf_params=TEST_KDF_PARAMS,
                       secret_store=MemorySecretStore(),
                       settings=AppSettings(tmp_path / "settings.ini"), language="en")
    qtbot.addWidget(the_app.window)
    the_app.start()
    yield the_app
    the_app.dispose()


def _settings_dialog(qtbot, app: FieldApp) -> SettingsDialog:  # type: ignore[no-untyped-def]
    shortcut(qtbot, app, "Ctrl+,")
    dialog = modal_dialog(qtbot, SettingsDialog)
    assert isinstance(dialog, SettingsDialog)
    return dialog


def _type_bundle(qtbot, dialog: SettingsDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    """Alt+A (the label's mnemonic) to the field, replace its text, Enter."""
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2_000)
    focused = QApplication.focusWidget() or dialog
    qtbot.keyClick(focused, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    edit = dialog.ca_bundle.edit
    assert edit.hasFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def _enrol(qtbot, app: FieldApp, url: str) -> str:  # type: ignore[no-untyped-def]
    """Fill the first-run page and press Enter; returns the error the page shows."""
    page = app.sync.account_page
    if app.window.stack.currentWidget() is not page:
        qtbot.mouseClick(app.window.create_page.enrol_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(page.server_edit, url)
        qtbot.keyClicks(page.email_edit, "it-check@example.org")
        qtbot.keyClicks(page.name_edit, "It Check")
        qtbot.keyClicks(page.code_edit, "AAAAA-BBBBB-CCCCC-DDDDD")
        qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
        qtbot.keyClicks(page.confirm_edit, PASSPHRASE)
    page.error.hide()
    qtbot.keyClick(page.confirm_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.error.isVisible() and page.busy.isHidden(), timeout=15_000)
    return page.error.text()


def test_a_bundle_set_by_keyboard_is_kept_and_trusted_alone(  # type: ignore[no-untyped-def]
    qtbot, app, org_server, monkeypatch
) -> None:
    url, org_bundle, other_bundle, seen = org_server
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(other_bundle))  # must not decide
    # Without the organisation's bundle the server's certificate is refused: nothing sent.
    refused = _enrol(qtbot, app, url)
    assert "certificate could not be verified" in refused and "Settings" in refused
    assert seen == []

    dialog = _settings_dialog(qtbot, app)
    assert dialog.ca_bundle.edit.text() == ""
    _type_bundle(qtbot, dialog, str(org_bundle))
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert app.settings.ca_bundle == str(org_bundle)
    assert AppSettings(Path(app.settings._qs.fileName())).ca_bundle == str(org_bundle)

    # The same enrolment now reaches the server, whose answer the page shows.
    answered = _enrol(qtbot, app, url)
    assert "enrolment code is not right" in answered
    assert seen and seen[-1].startswith("/v1/auth/")

    # Shown again when Settings opens; emptied, the system's certificates decide again.
    dialog = _settings_dialog(qtbot, app)
    assert dialog.ca_bundle.edit.text() == str(org_bundle)
    _type_bundle(qtbot, dialog, "")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert app.settings.ca_bundle is None


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n",
         "holds no certificate in PEM format"),
        (b"\x30\x82\x01\x0a\x02\x82\x01\x01", "holds no certificate in PEM format"),
        (None, "There is no file at this path"),
    ],
    ids=["a-key-not-a-certificate", "der-bytes", "no-such-file"],
)
def test_a_file_that_is_no_bundle_is_refused_and_nothing_changes(  # type: ignore[no-untyped-def]
    qtbot, app, tmp_path, content, expected
) -> None:
    bad = tmp_path / "bundle.pem"
    if content is not None:
        bad.write_bytes(content)
    dialog = _settings_dialog(qtbot, app)
    _type_bundle(qtbot, dialog, str(bad))
    qtbot.waitUntil(dialog.ca_bundle_error.isVisible, timeout=2_000)
    assert expected in dialog.ca_bundle_error.text()
    assert dialog.isVisible() and dialog.ca_bundle.edit.hasFocus()  # fix it and press Enter
    assert app.settings.ca_bundle is None
    dialog.reject()

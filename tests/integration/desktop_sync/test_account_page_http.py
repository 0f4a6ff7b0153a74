"""The first-run page refuses a plain http:// server address unless the server is on this
computer (issue 13, item 8), with a message a person can act on; nothing is submitted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ui.sync.account_page import ServerAccountPage

PASSPHRASE = "correct horse battery staple"


def _fill(qtbot, page: ServerAccountPage, server: str) -> list[dict]:  # type: ignore[no-untyped-def]
    sent: list[dict] = []
    page.submitted.connect(sent.append)
    page.set_mode("enrol")
    page.server_edit.clear()
    qtbot.keyClicks(page.server_edit, server)
    qtbot.keyClicks(page.email_edit, "ann@example.org")
    qtbot.keyClicks(page.name_edit, "Ann")
    qtbot.keyClicks(page.code_edit, "ABCDE-FGHIJ")
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(page.confirm_edit, PASSPHRASE)
    qtbot.keyClick(page.confirm_edit, Qt.Key.Key_Return)
    return sent


@pytest.mark.parametrize("server", ["http://sync.example.org", "http://10.0.0.5:8000",
                                    "HTTP://Sync.Example.org/"])
def test_plain_http_to_another_computer_is_refused(qtbot, server: str) -> None:  # type: ignore[no-untyped-def]
    page = ServerAccountPage()
    qtbot.addWidget(page)
    page.show()
    sent = _fill(qtbot, page, server)
    assert sent == []
    assert not page.error.isHidden()
    assert "not encrypted" in page.error.text() and "https://" in page.error.text()
    assert page.focusWidget() is page.server_edit


@pytest.mark.parametrize("server", ["https://sync.example.org", "http://127.0.0.1:8765",
                                    "http://localhost:8765", "http://[::1]:8765"])
def test_https_and_loopback_are_accepted(qtbot, server: str) -> None:  # type: ignore[no-untyped-def]
    page = ServerAccountPage()
    qtbot.addWidget(page)
    page.show()
    sent = _fill(qtbot, page, server)
    assert [s["server_url"] for s in sent] == [server]


def test_an_address_without_scheme_asks_for_https(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = ServerAccountPage()
    qtbot.addWidget(page)
    page.show()
    assert _fill(qtbot, page, "sync.example.org") == []
    assert "starting with https://" in page.error.text()

"""Issue 14: when the server refuses a change of an access-log entry (409 append_only),
the window says so in words — also after a round nobody asked for — and in the person's
language."""

from __future__ import annotations

from sync.engine import SyncReport


def test_a_refused_change_of_the_access_log_is_said_as_such(qtbot, unlocked) -> None:  # type: ignore[no-untyped-def]
    refused = SyncReport(outcome="server_error", error_kind="append_only")
    unlocked.sync._finished(refused)
    said = unlocked.window.statusBar().currentMessage()
    assert said.startswith("The server refused to change or delete an entry of the access log")
    unlocked.set_language("nl")
    qtbot.wait(50)
    unlocked.sync._finished(refused)
    assert "toegangslogboek" in unlocked.window.statusBar().currentMessage()
    unlocked.set_language("en")
    unlocked.window.statusBar().clearMessage()
    unlocked.sync._finished(SyncReport(outcome="server_error", error_kind="ApiError"))
    assert unlocked.window.statusBar().currentMessage() == ""  # retried quietly, as before

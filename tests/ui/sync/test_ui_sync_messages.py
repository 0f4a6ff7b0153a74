"""What the window shows for outcomes that need no server to provoke, and the status bar's
wording for a given state (a vault without a server behind it, so no PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QApplication, QMessageBox

from sync.engine import SyncReport, SyncStatus
from ui.sync.outcomes import ReloginDialog


def _status(**changes) -> SyncStatus:  # type: ignore[no-untyped-def]
    base = dict(enrolled=True, online=False, last_error_kind="offline", waiting=3, conflicts=2,
                last_success_at=datetime.now(UTC) - timedelta(minutes=3),
                last_contact_at=None, locked_offline=False, max_offline_days=30,
                clock_skew_seconds=-420.0, retry_at=None, server_url="https://x",
                user_display_name="A")
    base.update(changes)
    return SyncStatus(**base)  # type: ignore[arg-type]


def test_the_status_bar_says_what_waits_and_since_when(qtbot, unlocked) -> None:  # type: ignore[no-untyped-def]
    widget = unlocked.window.sync_status
    qtbot.waitUntil(lambda: unlocked.sync.controller.status is not None, timeout=2_000)
    assert unlocked.window.sync_label.text() == "Offline — not connected to a server"
    unlocked.sync.controller.stop()  # from here on the widget shows what the test gives it
    widget.set_status(_status())
    assert widget.state_label.text() == "○ Offline"
    assert widget.waiting_label.text() == "3 changes waiting"
    assert widget.last_label.text() == "Last sync: 3 min ago"
    assert widget.conflicts_button.text() == "2 conflicts to decide"
    assert widget.skew_label.text() == "⚠ This computer's clock is 7 min ahead of the server's"
    unlocked.set_language("fr")  # LanguageChange events are posted, not sent
    qtbot.waitUntil(lambda: widget.waiting_label.text() == "3 modifications en attente",
                    timeout=2_000)
    assert widget.last_label.text() == "Dernière synchro : il y a 3 min"
    unlocked.set_language("nl")
    qtbot.waitUntil(lambda: widget.conflicts_button.text() == "2 conflicten om te beslissen",
                    timeout=2_000)
    unlocked.set_language("en")


def test_a_failed_security_check_is_loud_and_names_nothing(qtbot, unlocked) -> None:  # type: ignore[no-untyped-def]
    unlocked.sync._finished(SyncReport(outcome="integrity", error_kind="RecordRejected"))
    box = next(b for b in QApplication.topLevelWidgets()
               if isinstance(b, QMessageBox) and b.isVisible())
    assert box.icon() == QMessageBox.Icon.Critical
    assert box.text() == "Data from the server did not pass its security check and was refused."
    assert "RecordRejected" not in box.text() + box.informativeText()
    box.close()


def test_an_ended_session_asks_for_the_passphrase(qtbot, unlocked) -> None:  # type: ignore[no-untyped-def]
    unlocked.sync._finished(SyncReport(outcome="session_ended"))
    dialog = unlocked.sync.dialog
    assert isinstance(dialog, ReloginDialog) and dialog.isVisible()
    assert dialog.passphrase_edit.echoMode() != dialog.passphrase_edit.EchoMode.Normal
    dialog.close()

"""The status bar's synchronisation corner: online or offline, what waits, the last sync,
the conflicts to decide (a link to the dialog), a progress bar during long transfers and a
plain warning when the clock is off.

The widget only shows what it is given (`set_status`, `round_started`, `set_progress`,
`round_finished`); the relative time ("3 min ago") is re-rendered once a minute.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ui.table_model import format_datetime

if TYPE_CHECKING:
    from sync.engine import SyncReport, SyncStatus

LONG_ROUND_MS = 800  # the progress bar appears when a round lasts longer than this


def relative_time(when: datetime | None, now: datetime) -> str:
    """"just now", "3 min ago", "2 h ago", "yesterday", "4 days ago" (translated)."""
    if when is None:
        return QCoreApplication.translate("SyncStatusWidget", "never")
    seconds = max(0.0, (now - when).total_seconds())
    if seconds < 60:
        return QCoreApplication.translate("SyncStatusWidget", "just now")
    if seconds < 3600:
        return QCoreApplication.translate("SyncStatusWidget", "{n} min ago").format(
            n=int(seconds // 60))
    if seconds < 86400:
        return QCoreApplication.translate("SyncStatusWidget", "{n} h ago").format(
            n=int(seconds // 3600))
    days = int(seconds // 86400)
    if days == 1:
        return QCoreApplication.translate("SyncStatusWidget", "yesterday")
    return QCoreApplication.translate("SyncStatusWidget", "{n} days ago").format(n=days)


def _link_button(parent: QWidget) -> QPushButton:
    button = QPushButton(parent)
    button.setFlat(True)
    button.setStyleSheet("QPushButton { color: #8a1c00; font-weight: bold; text-decoration:"
                         " underline; border: none; padding: 0 4px; }")
    return button


class SyncStatusWidget(QWidget):
    conflicts_requested = Signal()
    keys_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.state_label = QLabel(self)
        self.state_label.setObjectName("syncState")
        self.waiting_label = QLabel(self)
        self.waiting_label.setObjectName("syncWaiting")
        self.last_label = QLabel(self)
        self.last_label.setObjectName("syncLast")
        self.skew_label = QLabel(self)
        self.skew_label.setObjectName("syncClockSkew")
        self.skew_label.setStyleSheet("color: #7a4a00; background: #fff4ce; padding: 0 4px;")
        self.conflicts_button = _link_button(self)
        self.conflicts_button.setObjectName("syncConflicts")
        self.keys_button = _link_button(self)  # a changed key: loud, until compared again
        self.keys_button.setObjectName("syncKeyWarning")
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(140)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(12)
        for w in (self.keys_button, self.skew_label, self.progress, self.conflicts_button,
                  self.waiting_label,
                  self.last_label, self.state_label):
            layout.addWidget(w)
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        self.keys_button.clicked.connect(self.keys_requested)
        self.status: SyncStatus | None = None
        self.running = False
        self._long = QTimer(self)
        self._long.setSingleShot(True)
        self._long.timeout.connect(self._show_progress)
        self._tick = QTimer(self)
        self._tick.setInterval(60_000)  # re-render "3 min ago"; reads nothing
        self._tick.timeout.connect(self._render)
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.clear()

    # -- inputs -------------------------------------------------------------------------

    def clear(self) -> None:
        """No vault open, or a vault that syncs with nobody."""
        self.status = None
        self.locked = False
        self.running = False
        self._long.stop()
        self._tick.stop()
        self._render()

    def show_locked(self) -> None:
        """The vault is locked: nothing is known or sent until it is unlocked again."""
        self.clear()
        self.locked = True
        self._render()

    def set_status(self, status: SyncStatus) -> None:
        self.status = status
        self.locked = False
        if not self._tick.isActive():
            self._tick.start()
        self._render()

    def round_started(self) -> None:
        self.running = True
        self.progress.setRange(0, 0)
        self._long.start(LONG_ROUND_MS)
        self._render()

    def set_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)

    def round_finished(self, _report: SyncReport | None = None) -> None:
        self.running = False
        self._long.stop()
        self.progress.hide()
        self._render()

    def _show_progress(self) -> None:
        if self.running:
            self.progress.show()

    # -- rendering ----------------------------------------------------------------------

    def _render(self) -> None:  # not QWidget.render, which paints into a device
        s = self.status
        self.progress.setVisible(self.running and not self._long.isActive())
        enrolled = s is not None and getattr(s, "enrolled", False)
        for w in (self.waiting_label, self.last_label):
            w.setVisible(enrolled)
        if not enrolled or s is None:
            self.state_label.setText(
                self.tr("Locked — synchronisation resumes after unlocking") if self.locked
                else self.tr("Offline — not connected to a server"))
            self.conflicts_button.hide()
            self.skew_label.hide()
            self.keys_button.hide()
            return
        self._render_keys(s)
        if self.running:
            self.state_label.setText(self.tr("Synchronising…"))
        elif s.online:
            self.state_label.setText(self.tr("● Online"))
        else:
            self.state_label.setText(self.tr("○ Offline"))
        if s.waiting == 0:
            self.waiting_label.setText(self.tr("All changes sent"))
        elif s.waiting == 1:
            self.waiting_label.setText(self.tr("1 change waiting"))
        else:
            self.waiting_label.setText(self.tr("{n} changes waiting").format(n=s.waiting))
        self.last_label.setText(self.tr("Last sync: {when}").format(
            when=relative_time(s.last_success_at, self.now())))
        if s.last_success_at is not None:
            self.last_label.setToolTip(format_datetime(s.last_success_at))
        self.conflicts_button.setVisible(s.conflicts > 0)
        if s.conflicts == 1:
            self.conflicts_button.setText(self.tr("1 conflict to decide"))
        elif s.conflicts:
            self.conflicts_button.setText(self.tr("{n} conflicts to decide").format(n=s.conflicts))
        skew = s.clock_skew_seconds
        self.skew_label.setVisible(skew is not None and abs(skew) > 300)
        if skew is not None and abs(skew) > 300:
            minutes = round(abs(skew) / 60)
            text = (self.tr("This computer's clock is {n} min behind the server's")
                    if skew > 0 else  # skew = server time minus local time
                    self.tr("This computer's clock is {n} min ahead of the server's"))
            self.skew_label.setText("⚠ " + text.format(n=minutes))
            self.skew_label.setToolTip(self.tr("Set the right date and time in the system "
                                               "settings. Your work is kept."))
        self.state_label.setAccessibleName(self.tr("Synchronisation state"))
        self.conflicts_button.setAccessibleName(self.tr("Open the conflicts to decide"))

    def _render_keys(self, s: SyncStatus) -> None:
        changed = tuple(getattr(s, "key_changed", ()) or ())
        waiting = tuple(getattr(s, "key_waiting", ()) or ())
        self.keys_button.setVisible(bool(changed or waiting))
        self.keys_button.setStyleSheet(  # a changed key in red; a share that waits in amber
            "QPushButton { color: #ffffff; background: #b00020; font-weight: bold; "
            "border: none; padding: 0 6px; }" if changed else
            "QPushButton { color: #7a4a00; background: #fff4ce; font-weight: bold; "
            "border: none; padding: 0 6px; text-decoration: underline; }")
        if changed:
            self.keys_button.setText("⚠ " + self.tr("Key changed: {names} — nothing is shared "
                                                    "with them").format(names=", ".join(changed)))
            self.keys_button.setToolTip(self.tr(
                "The server gives another key for this person than the one you checked. "
                "Compare safety numbers with them again before anything is shared."))
        elif waiting:
            self.keys_button.setText(self.tr("Sharing waits for a key check: {names}").format(
                names=", ".join(waiting)))
            self.keys_button.setToolTip(self.tr(
                "Compare safety numbers with them (Sync → Colleagues' keys…); what waits "
                "is then shared at the next synchronisation."))
        self.keys_button.setAccessibleName(self.tr("Open the colleagues' keys"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

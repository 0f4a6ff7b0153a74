"""What the user sees when a round ends badly: the locked-offline page, the log-in-again
dialog, and plain sentences for enrolment errors and engine messages. Nothing personal is
ever named (no e-mail, no record, no server answer text)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.i18n import QT_TRANSLATE_NOOP
from ui.errors import error_text
from ui.passphrase import PassphraseEdit
from ui.vault_pages import _busy_bar, _centered_card, _error_label, _title_label


def _t(source: str) -> str:
    """A message marked ``QT_TRANSLATE_NOOP("SyncMessages", ...)``, so that lupdate finds
    it, in the user's language."""
    return QCoreApplication.translate("SyncMessages", source)


def engine_message(source: str) -> str:
    """An engine message (``QT_TRANSLATE_NOOP("sync", ...)``) in the user's language."""
    return QCoreApplication.translate("sync", source)


# What enrolment and log-in failures say (marked here so that lupdate finds them).
ACCOUNT_ERRORS = {
    "rate_limited": QT_TRANSLATE_NOOP(
        "SyncMessages", "Too many attempts. Wait a few minutes and try again."),
    "invalid_enrolment": QT_TRANSLATE_NOOP(
        "SyncMessages", "This enrolment code is not right, was already used or has expired. "
        "Check it, or ask your administrator for a new one."),
    "invalid_credentials": QT_TRANSLATE_NOOP(
        "SyncMessages", "The e-mail address or the passphrase is not right."),
    "account_disabled": QT_TRANSLATE_NOOP(
        "SyncMessages", "This account has been disabled. Contact your administrator."),
    "refused": QT_TRANSLATE_NOOP(
        "SyncMessages", "The server refused the request ({code}). Contact your administrator."),
    "certificate": QT_TRANSLATE_NOOP(
        "SyncMessages", "The server's certificate could not be verified, so nothing was sent. "
        "Check the address; if it is right, tell your administrator (where the organisation "
        "has its own certificate authority, its CA bundle is set in Settings)."),
    "unreachable": QT_TRANSLATE_NOOP(
        "SyncMessages", "The server cannot be reached. Check the address and that this "
        "computer is connected to the network."),
    "integrity": QT_TRANSLATE_NOOP(
        "SyncMessages", "The server's answer did not pass its security check; nothing was "
        "set up."),
}


def account_error_text(exc: BaseException) -> str:
    """Why enrolment or log-in failed, in plain words."""
    from sync.client.errors import (
        ApiError,
        IntegrityError,
        RateLimited,
        TransportError,
        UntrustedCertificate,
    )

    if isinstance(exc, RateLimited):
        return _t(ACCOUNT_ERRORS["rate_limited"])
    if isinstance(exc, ApiError):
        if exc.code in ("invalid_enrolment", "invalid_credentials"):
            return _t(ACCOUNT_ERRORS[exc.code])
        if exc.code in ("account_disabled", "device_revoked"):
            return _t(ACCOUNT_ERRORS["account_disabled"])
        return _t(ACCOUNT_ERRORS["refused"]).format(code=exc.code)
    if isinstance(exc, TransportError):
        if isinstance(exc, UntrustedCertificate) or "SSL" in str(exc) \
                or "Certificate" in str(exc):
            return _t(ACCOUNT_ERRORS["certificate"])
        return _t(ACCOUNT_ERRORS["unreachable"])
    if isinstance(exc, IntegrityError):
        return _t(ACCOUNT_ERRORS["integrity"])
    return error_text(exc)


class LockedOfflinePage(QWidget):
    """Replaces the workspace when the laptop has been offline longer than allowed."""

    sync_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockedOfflinePage")
        self.days: int | None = None
        layout = _centered_card(self)
        self.title = _title_label(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.error = _error_label(self)
        self.busy = _busy_bar(self)
        self.sync_button = QPushButton(self)
        self.sync_button.setDefault(True)
        for w in (self.title, self.text, self.error, self.busy, self.sync_button):
            layout.addWidget(w)
        self.sync_button.clicked.connect(self.sync_requested)
        self.retranslate()

    def set_days(self, days: int | None) -> None:
        self.days = days
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.sync_button.setEnabled(not busy)
        if busy:
            self.error.hide()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Connect to synchronise"))
        self.text.setText(self.tr(
            "This laptop has not reached the server for more than {n} days. Connect to the "
            "network and synchronise: your case files open again as soon as it succeeds. "
            "Nothing you wrote is lost.").format(n=self.days or "?"))
        self.sync_button.setText(self.tr("&Synchronise now"))
        self.sync_button.setAccessibleName(self.tr("Synchronise now"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ReloginDialog(QDialog):
    """The session ended (the server asks to log in again): the passphrase, once."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reloginDialog")
        self.setWindowTitle(self.tr("Log in again"))
        self.text = QLabel(self.tr(
            "Your session on the server has ended. Enter your passphrase to log in again; "
            "your work on this computer is kept."), self)
        self.text.setWordWrap(True)
        self.passphrase_edit = PassphraseEdit(self)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.error = _error_label(self)
        self.busy = _busy_bar(self)
        form = QFormLayout()
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.passphrase_edit)
        form.addRow(label, self.passphrase_edit)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("&Log in"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        w: QWidget
        for w in (self.text,):
            layout.addWidget(w)
        layout.addLayout(form)
        for w in (self.error, self.busy, self.buttons):
            layout.addWidget(w)
        self.resize(440, 200)

    def _submit(self) -> None:
        if self.passphrase_edit.text():
            self.set_busy(True)
            self.submitted.emit(self.passphrase_edit.text())

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.ok_button.setEnabled(not busy)
        self.passphrase_edit.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.setText(text)
        self.error.show()
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()

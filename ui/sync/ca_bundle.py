"""The organisation's CA bundle: a path typed or picked with a file dialog, and checked.

The IT administrator sets it in Settings when the sync server's certificate comes from the
organisation's own certificate authority. It is kept by `AppSettings.ca_bundle`, and the
sync client then trusts that bundle alone (it also wins over REQUESTS_CA_BUNDLE /
CURL_CA_BUNDLE). Empty: the system's certificate store.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from sync.client.http import ca_bundle_problem


def ca_bundle_error_text(problem: str) -> str:
    """The sentence for a problem code of `ca_bundle_problem`."""
    if problem == "missing":
        return QCoreApplication.translate(
            "CaBundleField",
            "There is no file at this path. Choose the organisation's CA bundle (a .pem or "
            ".crt file) your IT department gave you.")
    if problem == "unreadable":
        return QCoreApplication.translate(
            "CaBundleField",
            "This file cannot be read (no permission, or it is far too large to be a CA "
            "bundle).")
    return QCoreApplication.translate(
        "CaBundleField",
        "This file holds no certificate in PEM format. Choose the CA bundle: a text file "
        "with \"-----BEGIN CERTIFICATE-----\" blocks.")


class CaBundleField(QWidget):
    """A line edit for the path and a Browse… button; `path()` is None when empty."""

    def __init__(self, path: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(path or "", self)
        self.edit.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self.browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse_button)
        self.setFocusProxy(self.edit)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("None: the system's certificates"))
        self.edit.setAccessibleName(self.tr("Organisation's CA bundle"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose the CA bundle file"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Organisation's CA bundle"), self.edit.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if chosen:
            self.edit.setText(chosen)
            self.edit.setFocus()

    def path(self) -> str | None:
        return self.edit.text().strip() or None

    def problem_text(self) -> str | None:
        """Why the path cannot be used (translated), or None when it can (or is empty)."""
        path = self.path()
        if path is None:
            return None
        problem = ca_bundle_problem(path)
        return None if problem is None else ca_bundle_error_text(problem)

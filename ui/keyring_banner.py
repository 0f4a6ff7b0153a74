"""The banner every workspace shows when no OS keyring holds the device secret (DESIGN §3)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QWidget


class KeyringBanner(QLabel):
    """Hidden until `show_warning()`; re-translates itself when the language changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("keyringWarning")
        self.setStyleSheet(
            "QLabel#keyringWarning { background: #fff4ce; color: #4a3b00;"
            " border: 1px solid #e0c060; padding: 6px; }")
        self.hide()

    def show_warning(self) -> None:
        from fieldapp.vault import KEYRING_WARNING

        self.setText(QCoreApplication.translate("vault", KEYRING_WARNING))
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self.isHidden():
            self.show_warning()
        super().changeEvent(event)

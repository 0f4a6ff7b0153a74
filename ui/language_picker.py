"""A language picker for the pages shown before unlock (first run, lock): each language
named in itself, so a person finds their own whatever the screen shows now."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ui.i18n import LANGUAGES, language_name


class LanguagePicker(QWidget):
    chosen = Signal(str)  # "nl", "fr" or "en"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        for code in LANGUAGES:
            self.combo.addItem(language_name(code), code)
        self.label = QLabel("🌐", self)
        self.label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        self.combo.activated.connect(lambda index: self.chosen.emit(self.combo.itemData(index)))
        self.retranslate()

    def retranslate(self) -> None:
        # Bilingual on purpose: whoever cannot read the current language still finds it.
        self.combo.setAccessibleName("Taal / Langue / Language")
        self.combo.setToolTip("Taal / Langue / Language")

    def show_language(self, code: str) -> None:
        index = self.combo.findData(code)
        if index >= 0:
            self.combo.setCurrentIndex(index)

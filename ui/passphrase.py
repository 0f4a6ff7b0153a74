"""Passphrase rules and the strength meter shown while a passphrase is chosen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QWidget

MIN_LENGTH = 12


def strength(passphrase: str) -> int:
    """0 = too short, 1 weak, 2 fair, 3 strong, 4 very strong (length first, then variety)."""
    if len(passphrase) < MIN_LENGTH:
        return 0
    classes = sum((
        any(c.islower() for c in passphrase),
        any(c.isupper() for c in passphrase),
        any(c.isdigit() for c in passphrase),
        any(not c.isalnum() for c in passphrase),
    ))
    distinct = len(set(passphrase))
    score = 1
    if len(passphrase) >= 16 or classes >= 3:
        score += 1
    if len(passphrase) >= 20 and distinct >= 10:
        score += 1
    if len(passphrase) >= 24 and classes >= 2 and distinct >= 12:
        score += 1
    return min(score, 4) if distinct >= 5 else 1


def strength_text(score: int) -> str:
    translate = QCoreApplication.translate
    if score == 0:
        return translate("Passphrase", "Too short: at least {n} characters").format(n=MIN_LENGTH)
    if score == 1:
        return translate("Passphrase", "Weak")
    if score == 2:
        return translate("Passphrase", "Fair")
    if score == 3:
        return translate("Passphrase", "Strong")
    return translate("Passphrase", "Very strong")


class PassphraseEdit(QLineEdit):
    """A password-mode line edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setMinimumWidth(280)


class StrengthMeter(QWidget):
    """A bar and a word, updated as the user types."""

    score_changed = Signal(int)

    def __init__(self, edit: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 4)
        self._bar.setTextVisible(False)
        self._bar.setMaximumHeight(10)
        self._label = QLabel(self)
        self._label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._bar, 1)
        layout.addWidget(self._label, 1)
        self._edit = edit
        self._score = 0
        edit.textChanged.connect(self._update)
        self._update(edit.text())

    @property
    def score(self) -> int:
        return self._score

    def label_text(self) -> str:
        return self._label.text()

    def _update(self, text: str) -> None:
        self._score = strength(text)
        self._bar.setValue(self._score)
        self._label.setText(strength_text(self._score) if text else "")
        self.setAccessibleDescription(self._label.text())
        self.score_changed.emit(self._score)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._update(self._edit.text())
        super().changeEvent(event)

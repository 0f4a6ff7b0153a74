"""Add an organisation on this laptop (issue 19): a DMBSH social worker seconded to a second
housing company names it here, then enrols with that housing company's server (the
first-run account page). The new organisation gets a vault of its own under the profile
folder (fieldapp.local.organisations): its own keys, account, data and settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.local.organisations import check_key, organisations
from ui.errors import error_text

TAKEN = QT_TRANSLATE_NOOP("errors", "This laptop already has an organisation of that name.")


class AddOrganisationDialog(QDialog):
    chosen = Signal(str)

    def __init__(self, profile: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.key_edit = QLineEdit(self)
        self.key_label = QLabel(self)
        self.key_label.setBuddy(self.key_edit)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        form = QFormLayout()
        form.addRow(self.key_label, self.key_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(480)
        self.retranslate()
        self.setFocusProxy(self.key_edit)
        self.key_edit.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add an organisation"))
        self.intro.setText(self.tr(
            "Seconded to another housing company? Give it a short name for this laptop "
            "(lower-case letters, digits and dashes, for example ovm-lakenhuis), then connect "
            "to its server with the enrolment code from its administrator. You choose the "
            "organisation each time you unlock."))
        self.key_label.setText(self.tr("&Short name:"))
        self.key_edit.setAccessibleName(self.tr("Short name of the organisation"))
        self.key_edit.setPlaceholderText("ovm-lakenhuis")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def submit(self) -> None:
        key = self.key_edit.text().strip()
        try:
            check_key(key)
            if key in organisations(self.profile):
                raise ValidationError(TAKEN)
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            self.key_edit.selectAll()
            self.key_edit.setFocus()
            return
        self.chosen.emit(key)
        self.accept()

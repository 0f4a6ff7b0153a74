"""Settings: language, minutes before the automatic lock, the organisation's CA bundle for
the sync server, and changing the passphrase."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.errors import error_text
from ui.i18n import LANGUAGES, Translations, language_name
from ui.passphrase import MIN_LENGTH, PassphraseEdit, StrengthMeter
from ui.sync.ca_bundle import CaBundleField
from ui.vault_access import change_passphrase

if TYPE_CHECKING:
    from fieldapp.crypto.kdf import KdfParams
    from fieldapp.vault import Vault
    from ui.settings import AppSettings
    from ui.tasks import TaskRunner


class SettingsApp(Protocol):
    """What the dialog asks of ui.app.FieldApp (which imports this module: importing it
    here would be a cycle)."""

    @property
    def translations(self) -> Translations: ...
    @property
    def settings(self) -> AppSettings: ...
    @property
    def vault(self) -> Vault | None: ...
    @property
    def kdf_params(self) -> KdfParams | None: ...
    @property
    def runner(self) -> TaskRunner: ...

    def set_idle_minutes(self, minutes: int) -> None: ...

    def set_language(self, language: str) -> None: ...


class SettingsDialog(QDialog):
    def __init__(self, app: SettingsApp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.app = app
        self.language_combo = QComboBox(self)
        for code in LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        self.language_combo.setCurrentIndex(LANGUAGES.index(app.translations.language))
        self.idle_spin = QSpinBox(self)
        self.idle_spin.setRange(1, 60)
        self.idle_spin.setValue(app.settings.idle_minutes)
        self.general_box = QGroupBox(self)
        self._labels = [QLabel(self) for _ in range(5)]
        general = QFormLayout(self.general_box)
        general.addRow(self._labels[0], self.language_combo)
        general.addRow(self._labels[1], self.idle_spin)

        # The sync server's certificate authority: set by the IT administrator, for this
        # computer (not for a person), so it can be set before the first connection.
        self.ca_bundle = CaBundleField(app.settings.ca_bundle, self)
        self.ca_bundle_label = QLabel(self)
        self.ca_bundle_label.setBuddy(self.ca_bundle.edit)
        self.ca_bundle_help = QLabel(self)
        self.ca_bundle_help.setWordWrap(True)
        self.ca_bundle_error = QLabel(self)
        self.ca_bundle_error.setWordWrap(True)
        self.ca_bundle_error.setStyleSheet("color: #b00020;")
        self.ca_bundle_error.hide()
        self.server_box = QGroupBox(self)
        server = QFormLayout(self.server_box)
        server.addRow(self.ca_bundle_label, self.ca_bundle)
        server.addRow("", self.ca_bundle_help)
        server.addRow("", self.ca_bundle_error)

        self.old_edit = PassphraseEdit(self)
        self.new_edit = PassphraseEdit(self)
        self.confirm_edit = PassphraseEdit(self)
        for edit in (self.old_edit, self.new_edit, self.confirm_edit):
            edit.setMinimumWidth(220)
        self.meter = StrengthMeter(self.new_edit, self)
        self.change_button = QPushButton(self)
        self.passphrase_message = QLabel(self)
        self.passphrase_message.setWordWrap(True)
        self.passphrase_box = QGroupBox(self)
        secret = QFormLayout(self.passphrase_box)
        secret.addRow(self._labels[2], self.old_edit)
        secret.addRow(self._labels[3], self.new_edit)
        secret.addRow("", self.meter)
        secret.addRow(self._labels[4], self.confirm_edit)
        secret.addRow("", self.passphrase_message)
        secret.addRow("", self.change_button)
        for label, field in zip(self._labels, (self.language_combo, self.idle_spin,
                                               self.old_edit, self.new_edit,
                                               self.confirm_edit), strict=True):
            label.setBuddy(field)
        self.passphrase_box.setEnabled(app.vault is not None)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        self.change_button.clicked.connect(self._change_passphrase)
        # The three parts scroll when the screen is lower than they are (1280×720, or 200 %
        # on 1920×1080): squeezed, the passphrase fields were a few pixels high.
        self.content = QWidget(self)
        parts = QVBoxLayout(self.content)
        parts.setContentsMargins(0, 0, 0, 0)
        parts.addWidget(self.general_box)
        parts.addWidget(self.server_box)
        parts.addWidget(self.passphrase_box)
        parts.addStretch(1)
        self.parts_area = QScrollArea(self)
        self.parts_area.setWidgetResizable(True)
        self.parts_area.setFrameShape(QFrame.Shape.NoFrame)
        self.parts_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.parts_area.setWidget(self.content)
        # A container, not a stop for Tab: the fields inside take the focus (and the area
        # scrolls to the one that has it).
        self.parts_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addWidget(self.parts_area, 1)
        self.main_layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self.retranslate()
        self._fit_screen()

    def _fit_screen(self) -> None:
        """As tall as the parts need, no taller than the screen leaves room for."""
        self.content.adjustSize()
        margins = self.main_layout.contentsMargins()
        width = max(self.minimumWidth(), self.content.sizeHint().width()
                    + self.parts_area.verticalScrollBar().sizeHint().width()
                    + margins.left() + margins.right())
        want = (self.content.heightForWidth(width - margins.left() - margins.right())
                if self.content.hasHeightForWidth() else self.content.sizeHint().height())
        want += self.buttons.sizeHint().height() + margins.top() + margins.bottom() \
            + self.main_layout.spacing()
        screen = self.screen().availableGeometry() if self.screen() else None
        room = screen.height() - 60 if screen is not None else want  # the title bar, a margin
        self.resize(width, max(200, min(want, room)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.general_box.setTitle(self.tr("General"))
        self.passphrase_box.setTitle(self.tr("Change passphrase"))
        self.server_box.setTitle(self.tr("Sync server"))
        self.ca_bundle_label.setText(self.tr("Organisation's C&A bundle:"))
        self.ca_bundle_help.setText(self.tr(
            "Only when your IT department says so: the file of the certificate authority "
            "that signed the sync server's certificate. It then decides alone which server "
            "this computer trusts."))
        texts = (self.tr("&Language:"), self.tr("Lock automatically after &idle time of:"),
                 self.tr("C&urrent passphrase:"), self.tr("&New passphrase:"),
                 self.tr("Con&firm new passphrase:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", "").rstrip(":"))
        self.idle_spin.setSuffix(self.tr(" min"))
        self.change_button.setText(self.tr("C&hange passphrase"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _apply(self) -> None:
        problem = self.ca_bundle.problem_text()
        if problem is not None:
            self.ca_bundle_error.setText(problem)
            self.ca_bundle_error.show()
            self.ca_bundle.edit.setFocus()
            return
        self.ca_bundle_error.hide()
        # Read by the sync client each time it connects (ui/sync/hookup.py).
        self.app.settings.ca_bundle = self.ca_bundle.path()
        self.app.set_idle_minutes(self.idle_spin.value())
        language = self.language_combo.currentData()
        if language != self.app.translations.language:
            self.app.set_language(language)
        self.accept()

    def _say(self, text: str, *, error: bool) -> None:
        self.passphrase_message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.passphrase_message.setText(text)

    def _change_passphrase(self) -> None:
        old, new = self.old_edit.text(), self.new_edit.text()
        if len(new) < MIN_LENGTH:
            self._say(self.tr("The new passphrase must have at least {n} characters.")
                      .format(n=MIN_LENGTH), error=True)
            return
        if new != self.confirm_edit.text():
            self._say(self.tr("The two new passphrases are not the same."), error=True)
            return
        vault, kdf = self.app.vault, self.app.kdf_params
        if vault is None:
            return
        self.change_button.setEnabled(False)
        self._say(self.tr("Changing the passphrase…"), error=False)

        def done(_r: None) -> None:
            if not shiboken6.isValid(self):
                return
            self.change_button.setEnabled(True)
            for edit in (self.old_edit, self.new_edit, self.confirm_edit):
                edit.clear()
            self._say(self.tr("The passphrase has been changed."), error=False)

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self.change_button.setEnabled(True)
            self._say(error_text(exc), error=True)

        self.app.runner.db(lambda: change_passphrase(vault, old, new, kdf_params=kdf),
                           on_success=done, on_failure=failed)

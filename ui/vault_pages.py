"""The two screens shown before any personal data: create a vault, unlock a vault.

They know nothing of the vault itself: they collect input, emit `submitted`, and the app
answers with `set_busy`, `show_error` or a page change. Key derivation takes a second or
two, so the app runs it in the background while the busy bar spins.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.language_picker import LanguagePicker
from ui.passphrase import MIN_LENGTH, PassphraseEdit, StrengthMeter

# What a person on a vault of this computer only may be: one role, or a supervisor who also
# carries cases (with a server, the account's roles decide).
ROLE_CHOICES: tuple[tuple[str, ...], ...] = (
    ("social_assistant",), ("renovation_assistant",), ("neighbourhood_agent",), ("supervisor",),
    ("supervisor", "social_assistant"),
)


def _centered_card(page: QWidget) -> QVBoxLayout:
    """A fixed-width card in the middle of the page; returns the card's layout."""
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    card = QFrame(page)
    card.setFrameShape(QFrame.Shape.StyledPanel)
    card.setFixedWidth(520)  # a fixed width lets wrapped labels take the height they need
    row = QHBoxLayout()  # stretches, not an alignment flag: aligned items lose height-for-width
    row.addStretch(1)
    row.addWidget(card)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(24, 20, 24, 20)
    layout.setSpacing(10)
    return layout


def _title_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    return label


def _busy_bar(parent: QWidget) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setRange(0, 0)  # indeterminate: the KDF gives no progress
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.hide()
    return bar


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setObjectName("error")
    label.hide()
    return label


class CreateVaultPage(QWidget):
    """First run: who you are and a passphrase (twice), then create the encrypted vault."""

    submitted = Signal(str, list, str)  # display name, roles (primary first), passphrase
    server_requested = Signal(str)  # "enrol" | "login": the server page (ui.sync)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _centered_card(self)
        self.language_picker = LanguagePicker(self)
        layout.addWidget(self.language_picker)
        self.title = _title_label(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.role_combo = QComboBox(self)
        self.role_combo.addItems([""] * len(ROLE_CHOICES))
        self.passphrase_edit = PassphraseEdit(self)
        self.confirm_edit = PassphraseEdit(self)
        self.meter = StrengthMeter(self.passphrase_edit, self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.error = _error_label(self)
        self.busy = _busy_bar(self)
        self.create_button = QPushButton(self)
        self.create_button.setDefault(True)
        self.create_button.setAutoDefault(True)
        self.enrol_button = QPushButton(self)  # with the organisation's sync server
        self.login_button = QPushButton(self)
        self.local_label = QLabel(self)
        self.local_label.setWordWrap(True)
        server_row = QHBoxLayout()
        server_row.addWidget(self.enrol_button)
        server_row.addWidget(self.login_button)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._name_label, self._role_label = QLabel(self), QLabel(self)
        self._pass_label, self._confirm_label = QLabel(self), QLabel(self)
        for label, field in ((self._name_label, self.name_edit),
                             (self._role_label, self.role_combo),
                             (self._pass_label, self.passphrase_edit),
                             (self._confirm_label, self.confirm_edit)):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.meter)
        widget: QWidget
        for widget in (self.title, self.intro):
            layout.addWidget(widget)
        layout.addLayout(server_row)
        layout.addWidget(self.local_label)
        layout.addLayout(form)
        for widget in (self.hint, self.error, self.busy, self.create_button):
            layout.addWidget(widget)

        self.create_button.clicked.connect(self._submit)
        self.enrol_button.clicked.connect(lambda: self.server_requested.emit("enrol"))
        self.login_button.clicked.connect(lambda: self.server_requested.emit("login"))
        for edit in (self.name_edit, self.passphrase_edit, self.confirm_edit):
            edit.returnPressed.connect(self._submit)
        self.setTabOrder(self.name_edit, self.role_combo)
        self.setTabOrder(self.role_combo, self.passphrase_edit)
        self.setTabOrder(self.passphrase_edit, self.confirm_edit)
        self.setTabOrder(self.confirm_edit, self.create_button)
        self.setTabOrder(self.create_button, self.enrol_button)
        self.setTabOrder(self.enrol_button, self.login_button)
        self.setTabOrder(self.login_button, self.language_picker.combo)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to FieldApp"))
        self.intro.setText(self.tr(
            "Your case files are kept in an encrypted vault on this computer. "
            "Choose a passphrase you will remember: without it nobody, including you, "
            "can open the vault on this computer."))
        self._name_label.setText(self.tr("&Your name:"))
        self._role_label.setText(self.tr("&Role:"))
        self._pass_label.setText(self.tr("&Passphrase:"))
        self._confirm_label.setText(self.tr("Con&firm passphrase:"))
        self.role_combo.setItemText(0, self.tr("Site social assistant"))
        self.role_combo.setItemText(1, self.tr("Renovation-site assistant"))
        self.role_combo.setItemText(2, self.tr("Neighbourhood agent"))
        self.role_combo.setItemText(3, self.tr("Supervisor of the social service"))
        self.role_combo.setItemText(4, self.tr("Supervisor who also carries cases"))
        self.hint.setText(self.tr(
            "At least {n} characters. A few unrelated words make a strong passphrase."
        ).format(n=MIN_LENGTH))
        self.create_button.setText(self.tr("&Create vault"))
        self.enrol_button.setText(self.tr("Connect to my &organisation's server…"))
        self.login_button.setText(self.tr("I already have an &account…"))
        self.login_button.setToolTip(self.tr("You use FieldApp on another laptop already"))
        self.local_label.setText(self.tr("Or keep a vault on this computer only "
                                         "(no server):"))
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.role_combo.setAccessibleName(self.tr("Role"))
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.confirm_edit.setAccessibleName(self.tr("Confirm passphrase"))
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.create_button.setAccessibleName(self.tr("Create vault"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.name_edit.setFocus()

    def _submit(self) -> None:
        if not self.busy.isHidden():
            return
        name = self.name_edit.text().strip()
        passphrase = self.passphrase_edit.text()
        if not name:
            self.show_error(self.tr("Please enter your name."))
            self.name_edit.setFocus()
        elif len(passphrase) < MIN_LENGTH:
            self.show_error(self.tr("The passphrase must have at least {n} characters.")
                            .format(n=MIN_LENGTH))
            self.passphrase_edit.setFocus()
        elif passphrase != self.confirm_edit.text():
            self.show_error(self.tr("The two passphrases are not the same."))
            self.confirm_edit.selectAll()
            self.confirm_edit.setFocus()
        else:
            self.error.hide()
            roles = list(ROLE_CHOICES[self.role_combo.currentIndex()])
            self.submitted.emit(name, roles, passphrase)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.name_edit, self.role_combo, self.passphrase_edit,
                       self.confirm_edit, self.create_button, self.enrol_button,
                       self.login_button):
            widget.setEnabled(not busy)
        if busy:
            self.create_button.setText(self.tr("Creating the vault…"))
        else:
            self.retranslate()

    def clear_secrets(self) -> None:
        self.passphrase_edit.clear()
        self.confirm_edit.clear()


class UnlockPage(QWidget):
    """The passphrase prompt shown at start and after every lock."""

    submitted = Signal(str)
    # issue 19: a DMBSH worker seconded to another housing company adds its vault
    add_organisation_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _centered_card(self)
        self.language_picker = LanguagePicker(self)
        layout.addWidget(self.language_picker)
        self.title = _title_label(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.passphrase_edit = PassphraseEdit(self)
        self.add_org_button = QPushButton(self)
        self.add_org_button.setAutoDefault(False)
        self.error = _error_label(self)
        self.busy = _busy_bar(self)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setDefault(True)
        self._pass_label = QLabel(self)
        self._pass_label.setBuddy(self.passphrase_edit)
        # a person seconded to several organisations: one vault each (fieldapp.local.organisations)
        self.organisation_combo = QComboBox(self)
        self._org_label = QLabel(self)
        self._org_label.setBuddy(self.organisation_combo)
        form = QFormLayout()
        form.addRow(self._org_label, self.organisation_combo)
        form.addRow(self._pass_label, self.passphrase_edit)
        self._org_label.hide()
        self.organisation_combo.hide()
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        for widget in (self.error, self.busy, self.unlock_button, self.add_org_button):
            layout.addWidget(widget)
        self.unlock_button.clicked.connect(self._submit)
        self.add_org_button.clicked.connect(self.add_organisation_requested)
        self.passphrase_edit.returnPressed.connect(self._submit)
        self.setTabOrder(self.organisation_combo, self.passphrase_edit)
        self.setTabOrder(self.passphrase_edit, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.add_org_button)
        self.setTabOrder(self.add_org_button, self.language_picker.combo)
        self.retranslate()

    def set_organisations(self, keys: list[str]) -> None:
        """The organisations with a vault on this laptop; the choice shows from two on."""
        current = self.organisation()
        self.organisation_combo.clear()
        for key in keys:  # "" is the vault this laptop had before a second organisation
            self.organisation_combo.addItem(key or self.tr("First organisation"), key)
        self.organisation_combo.setCurrentIndex(max(0, self.organisation_combo.findData(current)))
        several = len(keys) > 1
        self._org_label.setVisible(several)
        self.organisation_combo.setVisible(several)

    def organisation(self) -> str:
        """The organisation chosen ("" = the laptop's single vault)."""
        return str(self.organisation_combo.currentData() or "")

    def retranslate(self) -> None:
        self._org_label.setText(self.tr("&Organisation:"))
        self.organisation_combo.setAccessibleName(self.tr("Organisation"))
        self.organisation_combo.setToolTip(self.tr(
            "You work for several organisations: each has its own vault and keys on this "
            "laptop; the passphrase opens the one you choose."))
        self.title.setText(self.tr("FieldApp is locked"))
        self.intro.setText(self.tr("Enter your passphrase to open your vault."))
        self._pass_label.setText(self.tr("&Passphrase:"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.add_org_button.setText(self.tr("Add an &organisation…"))
        self.add_org_button.setToolTip(self.tr(
            "Seconded to another housing company: connect to its server with the enrolment "
            "code of its administrator. Its data and keys stay in a vault of their own."))
        if self.organisation_combo.count() and self.organisation_combo.itemData(0) == "":
            self.organisation_combo.setItemText(0, self.tr("First organisation"))
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.passphrase_edit.setFocus()

    def _submit(self) -> None:
        if not self.busy.isHidden():
            return
        if not self.passphrase_edit.text():
            self.show_error(self.tr("Please enter your passphrase."))
            return
        self.error.hide()
        self.submitted.emit(self.passphrase_edit.text())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase_edit.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.add_org_button.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Unlocking…") if busy else self.tr("&Unlock"))
        if not busy:
            self.passphrase_edit.setFocus()

    def clear_secrets(self) -> None:
        self.passphrase_edit.clear()
        self.error.hide()

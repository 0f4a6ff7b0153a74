"""First run against the organisation's server: enrol with the administrator's code, or
log in on a second laptop. The vault and the account are set up together.

Like the other vault pages it only collects input: `submitted(dict)` carries mode
("enrol" | "login"), server_url, email, display_name (enrol: the person's own name, which
only their colleagues' laptops read — the server keeps no name), code, passphrase and
device_name; the app answers
with `set_busy`, `show_error` or a page change. `back` returns to the local-vault form.
"""

from __future__ import annotations

import socket

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from fieldapp.people.names import MAX_NAME, clean
from sync.client.http import server_url_problem
from ui.passphrase import MIN_LENGTH, PassphraseEdit, StrengthMeter
from ui.vault_pages import _busy_bar, _centered_card, _error_label, _title_label


def default_device_name() -> str:
    try:
        return socket.gethostname() or "laptop"
    except OSError:
        return "laptop"


class ServerAccountPage(QWidget):
    submitted = Signal(dict)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverAccountPage")
        self.mode = "enrol"
        layout = _centered_card(self)
        self.title = _title_label(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.server_edit = QLineEdit(self)
        self.server_edit.setPlaceholderText("https://sync.example.org")
        self.email_edit = QLineEdit(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(MAX_NAME)
        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX")
        self.passphrase_edit = PassphraseEdit(self)
        self.confirm_edit = PassphraseEdit(self)
        self.meter = StrengthMeter(self.passphrase_edit, self)
        self.device_edit = QLineEdit(default_device_name(), self)
        self.error = _error_label(self)
        self.busy = _busy_bar(self)
        self.submit_button = QPushButton(self)
        self.submit_button.setDefault(True)
        self.back_button = QPushButton(self)
        self.back_button.setFlat(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [QLabel(self) for _ in range(7)]
        self.fields = [self.server_edit, self.email_edit, self.name_edit, self.code_edit,
                       self.passphrase_edit, self.confirm_edit, self.device_edit]
        for label, field in zip(self.labels, self.fields, strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.insertRow(6, "", self.meter)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        for w in (self.error, self.busy, self.submit_button, self.back_button):
            layout.addWidget(w)
        self.submit_button.clicked.connect(self._submit)
        self.back_button.clicked.connect(self.back)
        for edit in self.fields:
            edit.returnPressed.connect(self._submit)
        for first, second in zip(self.fields, [*self.fields[1:], self.submit_button],
                                 strict=True):
            self.setTabOrder(first, second)
        self.setTabOrder(self.submit_button, self.back_button)
        self.retranslate()

    def set_mode(self, mode: str) -> None:
        """"enrol" (first laptop, with a code) or "login" (second laptop)."""
        self.mode = mode
        self.form.setRowVisible(self.code_edit, mode == "enrol")
        # on a second laptop the name comes with the organisation's directory
        self.form.setRowVisible(self.name_edit, mode == "enrol")
        self.error.hide()
        self.retranslate()

    def retranslate(self) -> None:
        enrol = self.mode == "enrol"
        self.title.setText(self.tr("Connect to your organisation's server") if enrol
                           else self.tr("Log in on this laptop"))
        self.intro.setText(self.tr(
            "Enter the server address and the enrolment code your administrator gave you. "
            "Your passphrase opens the encrypted vault on this computer and your account on "
            "the server.") if enrol else self.tr(
            "You already use FieldApp on another laptop: log in with the same e-mail address "
            "and passphrase. Your case files are then brought to this laptop."))
        texts = (self.tr("&Server address:"), self.tr("&E-mail address:"),
                 self.tr("Your &name:"), self.tr("Enrolment &code:"), self.tr("&Passphrase:"),
                 self.tr("Con&firm passphrase:"), self.tr("&Device name:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.name_edit.setToolTip(self.tr(
            "The name your colleagues see. Only their laptops read it: the server keeps "
            "none."))
        names = (self.tr("Server address"), self.tr("E-mail address"), self.tr("Your name"),
                 self.tr("Enrolment code"),
                 self.tr("Passphrase"), self.tr("Confirm passphrase"), self.tr("Device name"))
        for field, name in zip(self.fields, names, strict=True):
            field.setAccessibleName(name)
        self.submit_button.setText(self.tr("Connect and create the &vault") if enrol
                                   else self.tr("&Log in and create the vault"))
        self.back_button.setText(self.tr("&Back: a vault on this computer only"))
        self.meter.setAccessibleName(self.tr("Passphrase strength"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.server_edit.setFocus()

    def _submit(self) -> None:
        if not self.busy.isHidden():
            return
        server = self.server_edit.text().strip().rstrip("/")
        email = self.email_edit.text().strip()
        name = clean(self.name_edit.text())
        code = self.code_edit.text().strip().upper()
        passphrase = self.passphrase_edit.text()
        url_problem = server_url_problem(server)
        problems = (
            (url_problem == "plain_http", self.server_edit,
             self.tr("This address is not encrypted (http://). Use the https:// address your "
                     "administrator gave you; http:// only works for a server on this "
                     "computer.")),
            (url_problem is not None, self.server_edit,
             self.tr("Enter the server address, starting with https://.")),
            ("@" not in email, self.email_edit, self.tr("Enter your e-mail address.")),
            (self.mode == "enrol" and not name, self.name_edit,
             self.tr("Enter your name as your colleagues should see it.")),
            (self.mode == "enrol" and not code, self.code_edit,
             self.tr("Enter the enrolment code from your administrator.")),
            (len(passphrase) < MIN_LENGTH, self.passphrase_edit,
             self.tr("The passphrase must have at least {n} characters.").format(n=MIN_LENGTH)),
            (passphrase != self.confirm_edit.text(), self.confirm_edit,
             self.tr("The two passphrases are not the same.")),
            (not self.device_edit.text().strip(), self.device_edit,
             self.tr("Give this computer a name (for example its label).")),
        )
        for wrong, field, message in problems:
            if wrong:
                self.show_error(message)
                field.setFocus()
                return
        self.error.hide()
        self.submitted.emit({"mode": self.mode, "server_url": server, "email": email,
                             "display_name": name if self.mode == "enrol" else "",
                             "code": code if self.mode == "enrol" else None,
                             "passphrase": passphrase,
                             "device_name": self.device_edit.text().strip()})

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in [*self.fields, self.submit_button, self.back_button]:
            w.setEnabled(not busy)
        if busy:
            self.submit_button.setText(self.tr("Connecting to the server…"))
        else:
            self.retranslate()

    def clear_secrets(self) -> None:
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        self.code_edit.clear()

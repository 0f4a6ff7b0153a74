"""A supervisor corrects a colleague's name (issue 14, item 9): the server keeps no names, so
the name is written in the organisation's sealed directory on this laptop
(`directory.correct_name`, through `ctx.call`, which asks for a sync round); the others
take it after the next round, the person's own laptop into its profile.

Shows the e-mail address (what colleagues see until a laptop holds a name) and the name
this laptop holds, if any; an empty name is refused with a sentence saying what to do.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldapp.people import directory
from fieldapp.people.names import MAX_NAME, clean
from ui.context import AppContext
from ui.errors import error_text


class NameDialog(QDialog):
    saved = Signal(str, str)  # account id, the name as written

    def __init__(self, context: AppContext, *, account_id: str, email: str, current: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.account_id, self.email, self.current = account_id, email, current
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.email_value = QLabel(email, self)
        self.current_value = QLabel(self)
        self.current_value.setWordWrap(True)
        for value in (self.email_value, self.current_value):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_edit = QLineEdit(current, self)
        self.name_edit.setMaxLength(MAX_NAME)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.email_value, self.current_value,
                                              self.name_edit), strict=True):
            form.addRow(label, field)
        self.labels[2].setBuddy(self.name_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.name_edit.setFocus()
        self.name_edit.selectAll()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Correct the name"))
        self.intro.setText(self.tr(
            "The name the organisation's laptops show for this person. The server keeps "
            "none: it goes to your colleagues, sealed, at the next sync, and the person's "
            "own laptop takes it too."))
        texts = (self.tr("E-mail address:"), self.tr("Name now:"), self.tr("Correct &name:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.current_value.setText(self.current or self.tr(
            "none on this laptop yet: shown by the e-mail address"))
        self.name_edit.setAccessibleName(self.tr("Correct name"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def submit(self) -> None:
        name = clean(self.name_edit.text())
        if not name:
            self.show_error(QCoreApplication.translate("errors", directory.NO_NAME))
            return
        account, actor = self.account_id, self.ctx.actor_id
        self.buttons.setEnabled(False)
        self.ctx.call(lambda s: directory.correct_name(s, account_id=account, name=name,
                                                       actor_id=actor),
                      on_success=self._done, on_failure=self._failed)

    def reject(self) -> None:
        if self.buttons.isEnabled():  # not while saving: the row would miss the new name
            super().reject()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        need = self.heightForWidth(self.width())  # a window does not grow by itself for
        if need > self.height():                  # wrapped lines: no sentence cut off
            self.resize(self.width(), need)
        self.name_edit.setFocus()

    def _done(self, name: str) -> None:
        self.saved.emit(self.account_id, name)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.show_error(error_text(exc))

"""Rectification (art. 16): correct a person's register data, with the reason recorded.

Opened from the people of the household (Enter or double-click on a person). The change
travels as a new revision of the person, like any edit; this laptop logs who corrected
which fields, when and why — never the old or new values (fieldapp.gdpr.erasure).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.gdpr.erasure import rectify_person
from fieldapp.registry.views import PersonView
from ui.context import AppContext
from ui.errors import error_text

FIELDS = ("first_name", "last_name", "phone", "email")


class RectifyDialog(QDialog):
    def __init__(self, ctx: AppContext, person: PersonView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person = person
        self.changed: list[str] | None = None
        self.edits = {f: QLineEdit(str(getattr(person, f) or ""), self) for f in FIELDS}
        self.labels = {f: QLabel(self) for f in FIELDS}
        self.reason_edit = QLineEdit(self)
        self.reason_label = QLabel(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        form = QFormLayout()
        for f in FIELDS:
            self.labels[f].setBuddy(self.edits[f])
            form.addRow(self.labels[f], self.edits[f])
        self.reason_label.setBuddy(self.reason_edit)
        form.addRow(self.reason_label, self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Correct register data"))
        for f, text in (("first_name", self.tr("&First name:")),
                        ("last_name", self.tr("&Last name:")),
                        ("phone", self.tr("&Phone:")), ("email", self.tr("&E-mail:"))):
            self.labels[f].setText(text)
        self.reason_label.setText(self.tr("&Why (recorded):"))

    def save(self) -> None:
        changes = {f: self.edits[f].text().strip() for f in FIELDS}
        reason, person_id, actor = self.reason_edit.text(), self.person.id, self.ctx.actor_id

        def work(s: Session) -> list[str]:
            return rectify_person(s, person_id=person_id, changes=changes, actor_id=actor,
                                  reason=reason)

        self.ctx.call(work, on_success=self._saved, on_failure=self._failed)

    def _saved(self, changed: list[str]) -> None:
        self.changed = changed
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))

"""Free text typed in a dialog is kept as a draft, like a note's, while the dialog is open.

    self.drafts = FormDrafts(self, context, f"referral:{case_id}",
                             {"reason": self.reason_edit}, layout=self.layout_)

The dialog's text fields are kept together, as one encrypted draft ("form:<key>", a JSON
object of field texts), by the autosave every few seconds and at every lock. Opening the
same dialog for the same record again brings the text back with a notice. Saving discards
the draft in the same transaction as the record (`discard_in`); Cancel discards it too (the
person chose to throw the text away); a lock or a crash keeps it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
)
from sqlalchemy.orm import Session

from ui.context import AppContext

T = TypeVar("T")

TextField = QLineEdit | QPlainTextEdit


def _text(field: TextField) -> str:
    return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()


def _set_text(field: TextField, text: str) -> None:
    if isinstance(field, QPlainTextEdit):
        field.setPlainText(text)
    else:
        field.setText(text)


class FormDrafts(QObject):
    def __init__(self, dialog: QDialog, context: AppContext, key: str,
                 fields: dict[str, TextField], *, layout: QLayout | None = None) -> None:
        super().__init__(dialog)
        self.ctx = context
        self.key = f"form:{key}"
        self.fields = fields
        self.notice = QLabel(dialog)
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout = layout if layout is not None else dialog.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, self.notice)
        elif isinstance(layout, QFormLayout):
            layout.insertRow(0, self.notice)
        self._initial = self.values()  # what the form opened with is no draft
        self._active = True
        dialog.finished.connect(self._finished)
        context.keep_drafts(self)
        key_ = self.key

        def load(session: Session) -> str | None:
            from fieldapp.local import drafts

            return drafts.load_draft(session, key=key_)

        context.call(load, on_success=self._restore)

    def values(self) -> dict[str, str]:
        return {name: _text(field) for name, field in self.fields.items()}

    # -- the autosave and the lock (ui.draft_autosave) ----------------------------------

    def unsaved_drafts(self) -> dict[str, str]:
        if not self._active:
            return {}
        values = self.values()
        if values == self._initial or not any(v.strip() for v in values.values()):
            return {}
        return {self.key: json.dumps(values, ensure_ascii=False, sort_keys=True)}

    # -- saving --------------------------------------------------------------------------

    def saving(self) -> None:
        """The form is on its way to the database: no draft of it from now on."""
        self._active = False

    def save_failed(self) -> None:
        self._active = True

    def discard_in(self, session: Session) -> None:
        """Call inside the transaction that saves the form."""
        from fieldapp.local import drafts

        drafts.discard_draft(session, key=self.key)

    # -- internals -----------------------------------------------------------------------

    def _restore(self, text: str | None) -> None:
        if text is None:
            return
        try:
            values = json.loads(text)
        except ValueError:
            return
        if not isinstance(values, dict):
            return
        for name, field in self.fields.items():
            if isinstance(values.get(name), str):
                _set_text(field, values[name])
        self.notice.setText(self.tr("Restored from your unsaved draft."))
        self.notice.show()

    def _finished(self, result: int) -> None:
        self._active = False
        self.ctx.forget_drafts(self)
        if not self.ctx.open:
            return  # the vault is locking: the lock keeps the text as a draft
        if result != QDialog.DialogCode.Accepted.value:
            key = self.key

            def discard(session: Session) -> None:
                from fieldapp.local import drafts

                drafts.discard_draft(session, key=key)

            self.ctx.call(discard)


def saving_with_drafts(work: Callable[[Session], T],
                       drafts: FormDrafts | None) -> Callable[[Session], T]:
    """`work` (a session function that saves the form) that also discards its draft, in the
    same transaction: either the record is saved and the draft gone, or neither."""
    if drafts is None:
        return work
    drafts.saving()

    def save(session: Session) -> T:
        result = work(session)
        drafts.discard_in(session)
        return result

    return save

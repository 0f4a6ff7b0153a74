"""The note editor, a panel inside the case file (not a modal dialog, so a lock can save it).

Writes a new note or edits an existing one: kind, date, confidentiality, an optional
operational objective (17, grouped under the 4 axes) and the text. Unsaved text is saved
as an encrypted draft when the app locks and comes back when the case file reopens.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.casework import cases as casework
from fieldapp.casework import labels as service_labels
from fieldapp.casework import restricted
from fieldapp.casework.views import NoteView
from fieldapp.local import drafts
from ui import labels
from ui.context import AppContext
from ui.errors import error_text
from ui.qdates import from_qdate, to_qdate
from ui.table_model import date_pattern


class NoteEditor(QFrame):
    saved = Signal()
    closed = Signal()

    def __init__(self, context: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.case_id = case_id
        self.note_id: str | None = None  # None: a new note
        self._saving = False  # a save is on its way to the database worker
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.draft_label = QLabel(self)
        self.draft_label.hide()
        self.kind_combo = QComboBox(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.confidentiality_combo = QComboBox(self)
        # Who will be able to read the note, said before it is saved (issue 14).
        self.readers_label = QLabel(self)
        self.readers_label.setWordWrap(True)
        self.share_button = QPushButton(self)
        self._readers: restricted.Readers | None = None
        self._author_id: str | None = None  # the edited note's author; None: me
        self.objective_combo = QComboBox(self)
        self.objective_combo.setMinimumContentsLength(30)
        self.objective_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(52)  # three lines; it grows with the window
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.save_button = QPushButton(self)
        self.cancel_button = QPushButton(self)

        self._labels = [QLabel(self) for _ in range(5)]
        form = QFormLayout()
        fields = (self.kind_combo, self.date_edit, self.confidentiality_combo,
                  self.objective_combo, self.text_edit)
        for label, field in zip(self._labels, fields, strict=True):
            label.setBuddy(field)
            if field is self.confidentiality_combo:  # who can read it, right under the choice
                row = QHBoxLayout()
                row.addWidget(self.confidentiality_combo, 1)
                row.addWidget(self.share_button)
                form.addRow(label, row)
                form.addRow("", self.readers_label)  # the field column's whole width
            else:
                form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.draft_label)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.confidentiality_combo.currentIndexChanged.connect(self._ask_readers)
        self.share_button.clicked.connect(self._share)
        self.cancel_button.clicked.connect(self.cancel)
        for first, second in zip((*fields, self.cancel_button),
                                 (*fields[1:], self.cancel_button, self.save_button),
                                 strict=True):
            self.setTabOrder(first, second)
        self.retranslate()
        self.reset()

    def retranslate(self) -> None:
        self.date_edit.setDisplayFormat(date_pattern())
        self.heading.setText(self.tr("Edit note") if self.note_id else self.tr("New note"))
        self.draft_label.setText(self.tr("Restored from your unsaved draft."))
        for label, text in zip(self._labels, (
                self.tr("&Kind:"), self.tr("&Date:"), self.tr("Confi&dentiality:"),
                self.tr("&Objective:"), self.tr("&Text:")), strict=True):
            label.setText(text)
        labels.fill_combo(self.kind_combo, service_labels.NOTE_KINDS)
        labels.fill_combo(self.confidentiality_combo, service_labels.CONFIDENTIALITY)
        labels.fill_objective_combo(self.objective_combo, self.tr("(none)"))
        self.save_button.setText(self.tr("&Save note"))
        self.save_button.setToolTip(self.tr("Save note (Ctrl+S)"))
        self.save_button.setShortcut("Ctrl+S")
        self.cancel_button.setText(self.tr("Ca&ncel"))
        self.share_button.setText(self.tr("Name a co&lleague…"))
        self.share_button.setToolTip(self.tr(
            "Let a colleague you name read your restricted notes of this site"))
        self._show_readers()
        for widget, name in ((self.kind_combo, self.tr("Kind of note")),
                             (self.date_edit, self.tr("Date of the contact")),
                             (self.confidentiality_combo, self.tr("Confidentiality")),
                             (self.objective_combo, self.tr("Operational objective")),
                             (self.readers_label, self.tr("Who can read this note")),
                             (self.text_edit, self.tr("Note text"))):
            widget.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def draft_key(self) -> str:
        return f"note:{self.note_id}" if self.note_id else f"note:{self.case_id}"

    def reset(self) -> None:
        self.note_id = None
        self._author_id = None
        today = to_qdate(self.ctx.today())
        self.date_edit.setMaximumDate(today)
        self.date_edit.setDate(today)
        self.kind_combo.setCurrentIndex(0)
        self.confidentiality_combo.setCurrentIndex(0)
        self.objective_combo.setCurrentIndex(0)
        self.text_edit.clear()
        self.error.hide()
        self.draft_label.hide()
        self.retranslate()

    def start_new(self, draft_text: str | None = None) -> None:
        if self.note_id is not None or self.isHidden():
            self.reset()
        if draft_text:
            self.text_edit.setPlainText(draft_text)
            self.draft_label.show()
        self.show()
        self.text_edit.setFocus()

    def start_edit(self, note: NoteView, draft_text: str | None = None) -> None:
        self.reset()
        self.note_id = note.id
        self._author_id = note.author_id
        self._select(self.kind_combo, note.kind)
        self.date_edit.setDate(to_qdate(note.occurred_on))
        self._select(self.confidentiality_combo, note.confidentiality)
        self._select(self.objective_combo, note.objective)
        self.text_edit.setPlainText(draft_text or note.text)
        self.retranslate()
        self.draft_label.setVisible(bool(draft_text))
        self.show()
        self.text_edit.setFocus()

    # -- who can read it ---------------------------------------------------------------

    def _restricted(self) -> bool:
        return bool(self.confidentiality_combo.currentData() == "restricted")

    def _ask_readers(self) -> None:
        """Read, off the UI thread, who can read a restricted note of this author here."""
        if not self._restricted():
            self._show_readers()
            return
        case_id, author = self.case_id, self._author_id or self.ctx.actor_id
        self.ctx.call(lambda s: restricted.readers_of_case(s, case_id=case_id,
                                                           author_id=author),
                      on_success=self._got_readers, on_failure=lambda _exc: None)

    def _got_readers(self, readers: restricted.Readers) -> None:
        self._readers = readers
        self._show_readers()

    def _show_readers(self) -> None:
        mine = (self._author_id or self.ctx.actor_id) == self.ctx.actor_id
        self.share_button.setVisible(self._restricted() and mine)
        if not self._restricted():
            self.readers_label.setText(self.tr(
                "Readable by the social assistants of this site and the supervisors."))
            return
        readers = self._readers
        author = (readers.author if readers and readers.author else self.tr("the author"))
        bosses = (", ".join(readers.supervisors) if readers and readers.supervisors
                  else self.tr("the supervisors (names known after the next synchronisation)"))
        if readers and readers.colleagues:
            self.readers_label.setText(self.tr(
                "Readable only by %1 (author), the supervisors %2 and the colleagues named: "
                "%3.").replace("%1", author).replace("%2", bosses)
                .replace("%3", ", ".join(readers.colleagues)))
        else:
            self.readers_label.setText(self.tr(
                "Readable only by %1 (author) and the supervisors %2; no colleague named.")
                .replace("%1", author).replace("%2", bosses))
        if readers and readers.waiting:  # nothing is wrapped for an unverified key
            self.readers_label.setText(self.readers_label.text() + " " + self.tr(
                "Not yet for %1: compare safety numbers with them first (Sync → "
                "Colleagues' keys…).").replace("%1", ", ".join(readers.waiting)))

    def _share(self) -> None:
        me = self.ctx.actor_id
        self.ctx.call(lambda s: restricted.colleagues(s, me=me), on_success=self._pick)

    def _pick(self, people: list[tuple[str, str]]) -> None:
        if not people:
            self.error.setText(self.tr(
                "No colleague is known on this laptop yet; synchronise first."))
            self.error.show()
            return
        names = [name or uid for uid, name in people]
        name, ok = QInputDialog.getItem(
            self, self.tr("Name a colleague"),
            self.tr("This colleague will be able to read all your restricted notes of "
                    "this site:"), names, 0, False)
        if not ok:
            return
        colleague = people[names.index(name)][0]
        me, case_id, today = self.ctx.actor_id, self.case_id, self.ctx.today()

        def share(s: Session) -> restricted.Readers:
            case = casework.get_case(s, case_id=case_id)
            restricted.share_with(s, site_id=case.site_id, colleague_id=colleague,
                                  actor_id=me, today=today)
            return restricted.readers(s, site_id=case.site_id, author_id=me)

        self.ctx.call(share, on_success=self._got_readers, on_failure=self._failed)

    @staticmethod
    def _select(combo: QComboBox, code: str | None) -> None:
        combo.setCurrentIndex(max(0, combo.findData(code)))

    def unsaved_text(self) -> str:
        """The text not saved yet; none while a save is on its way (the save discards the
        draft, and a draft kept after it would offer the saved note back)."""
        if self.isHidden() or self._saving:
            return ""
        return self.text_edit.toPlainText()

    def save(self) -> None:
        text = self.text_edit.toPlainText()
        values = dict(
            kind=self.kind_combo.currentData(),
            occurred_on=from_qdate(self.date_edit.date()),
            confidentiality=self.confidentiality_combo.currentData(),
            objective=self.objective_combo.currentData(),
            text=text,
        )
        actor, case_id, note_id, key = self.ctx.actor_id, self.case_id, self.note_id, self.draft_key
        today = self.ctx.today()

        def write(s: Session) -> NoteView:
            if note_id is None:
                note = casework.add_note(s, case_id=case_id, actor_id=actor, today=today,
                                         **values)
            else:
                note = casework.edit_note(s, note_id=note_id, actor_id=actor,
                                          clear_objective=values["objective"] is None,
                                          **values)
            drafts.discard_draft(s, key=key)
            return note

        self.save_button.setEnabled(False)
        self._saving = True
        self.ctx.call(write, on_success=self._saved, on_failure=self._failed)

    def _saved(self, _note: NoteView) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.reset()
        self.hide()
        self.saved.emit()  # the timelines re-read when the change is announced

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.show()
        self.text_edit.setFocus()

    def cancel(self) -> None:
        key = self.draft_key
        self.ctx.call(lambda s: drafts.discard_draft(s, key=key))
        self.reset()
        self.hide()
        self.closed.emit()

"""A case file as the supervisor sees it: the existing case view (read-write; opening it is
access-logged by the case service) beside the review notes of `supervision:<org>`."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.casework.views import CaseView
from fieldapp.local import drafts
from fieldapp.supervision import review as supervision
from fieldapp.supervision.views import ReassignmentView, ReviewNoteView
from fieldapp.vault import ChangeSet
from ui.casework.case_view import CaseFileView
from ui.context import AppContext
from ui.errors import error_text
from ui.table_model import format_date


class ReviewPanel(QGroupBox):
    """Review notes: newest first; Ctrl+Return in the text adds one."""

    added = Signal()

    def __init__(self, context: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.case_id = case_id
        self.notes = QListWidget(self)
        self.notes.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setMaximumHeight(110)
        self.add_button = QPushButton(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5b6673;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addWidget(self.add_button)
        self.add_button.clicked.connect(self.add)
        # here or another supervisor; every reassignment of the case file is listed too
        context.subscribe({"review_notes", "reassignments"}, self._on_changes)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.add)
        self._saving = False
        self.retranslate()
        self.refresh()
        key = self.draft_key
        self.ctx.call(lambda s: drafts.load_draft(s, key=key), on_success=self._draft_loaded)

    @property
    def draft_key(self) -> str:
        return f"review:{self.case_id}"

    def unsaved_drafts(self) -> dict[str, str]:
        text = self.edit.toPlainText()
        return {self.draft_key: text} if text.strip() and not self._saving else {}

    def _draft_loaded(self, text: str | None) -> None:
        if text and not self.edit.toPlainText().strip():
            self.edit.setPlainText(text)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Review notes (supervisors only)"))
        self.hint.setText(self.tr("Only supervisors see these notes; the worker does not."))
        self.add_button.setText(self.tr("Add review note (Ctrl+Enter)"))
        self.edit.setAccessibleName(self.tr("New review note"))
        self.notes.setAccessibleName(self.tr("Review notes"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        case_id = self.case_id

        def read(s: Session) -> tuple[list[ReviewNoteView], list[ReassignmentView]]:
            return (supervision.review_notes(s, case_id=case_id),
                    supervision.reassignments(s, case_id=case_id))

        self.ctx.call(read, on_success=self._show)

    def _moved(self, r: ReassignmentView) -> str:
        text = self.tr("Reassigned from %1 to %2").replace(
            "%1", r.from_worker or self.tr("nobody")).replace("%2", r.to_worker)
        if r.until is not None:
            text += " " + self.tr("until %1").replace("%1", format_date(r.until))
        return f"{text} ({r.reason})" if r.reason else text

    def _show(self, found: tuple[list[ReviewNoteView], list[ReassignmentView]]) -> None:
        notes, moves = found
        lines = [(n.written_on, f"{format_date(n.written_on)} — {n.text}") for n in notes]
        lines += [(r.reassigned_on, f"{format_date(r.reassigned_on)} — {self._moved(r)}")
                  for r in moves]
        self.notes.clear()
        for _day, line in sorted(lines, key=lambda pair: pair[0], reverse=True):
            self.notes.addItem(line)

    def add(self) -> None:
        text, case_id, key = self.edit.toPlainText(), self.case_id, self.draft_key
        actor, today = self.ctx.actor_id, self.ctx.today()

        def write(s: Session) -> ReviewNoteView:
            note = supervision.add_review_note(s, case_id=case_id, text=text, actor_id=actor,
                                               today=today)
            drafts.discard_draft(s, key=key)
            return note

        self._saving = True
        self.ctx.call(write, on_success=self._added, on_failure=self._failed)

    def _added(self, _note: ReviewNoteView) -> None:
        self._saving = False
        self.edit.clear()
        self.error.hide()
        self.added.emit()  # the list re-reads when the change is announced

    def _on_changes(self, _changes: ChangeSet) -> None:
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.error.setText(error_text(exc))
        self.error.show()


class SupervisedCasePage(QSplitter):
    title_changed = Signal(str)

    def __init__(self, context: AppContext, case_id: str, household_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.case_id, self.household_id = case_id, household_id
        self.view = CaseFileView(context, household_id, self)
        self.review = ReviewPanel(context, case_id, self)
        self.review.setMinimumWidth(220)
        self.review.setMaximumWidth(320)
        self.addWidget(self.view)
        self.addWidget(self.review)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)
        self.view.title_changed.connect(self.title_changed)

    @property
    def case(self) -> CaseView | None:
        return self.view.case

    def unsaved_drafts(self) -> dict[str, str]:
        """The note being written in the case file and the review note being written."""
        return {**self.view.unsaved_drafts(), **self.review.unsaved_drafts()}

"""A case file as the supervisor sees it: the existing case view (read-write; opening it is
access-logged by the case service) beside the review notes of `supervision:<org>` — or, on
a window too narrow for both (960×540, 1080p at 200 %), in a window of their own opened
from the case file's More menu."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
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


class SupervisedCasePage(QWidget):
    """The case view with the review notes beside it when the page is wide enough for
    both. Narrower, the review notes open in a window of their own (More → Review notes…),
    so the page never asks for more than the case view itself: the case view alone fits
    960×540, and with the review panel beside it the window grew to 1150 px, past the
    screen's edge."""

    title_changed = Signal(str)

    def __init__(self, context: AppContext, case_id: str, household_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_id, self.household_id = case_id, household_id
        self.view = CaseFileView(context, household_id, self)
        self.review = ReviewPanel(context, case_id, self)  # as wide as its button's words
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.view)
        self.review_window = QDialog(self)
        self.review_layout = QVBoxLayout(self.review_window)
        self.review_action = self.view.more_menu.addAction("", self.show_review)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.side_by_side: bool | None = None
        self.arrange(side_by_side=True)
        self.retranslate()
        self.view.title_changed.connect(self.title_changed)
        # the case view's width grows once its household and actions are read: decide again
        self.view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() in (QEvent.Type.LayoutRequest,
                                                      QEvent.Type.Resize):
            self.arrange(side_by_side=self.wide_enough(self.width()))
        return super().eventFilter(watched, event)

    def arrange(self, *, side_by_side: bool) -> None:
        if side_by_side == self.side_by_side:
            return
        self.side_by_side = side_by_side
        self.review_action.setVisible(not side_by_side)
        if side_by_side:
            self.review_window.hide()
            self.review.setMaximumWidth(max(320, self.review.minimumSizeHint().width()))
            self.splitter.addWidget(self.review)  # out of its window, beside the case
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 1)
        else:
            self.review.setMaximumWidth(16_777_215)
            self.review_layout.addWidget(self.review)

    def show_review(self) -> None:
        if self.review_window.isVisible():  # open already, behind the main window
            self.review_window.raise_()
        self.review_window.show()
        self.review_window.activateWindow()
        self.review.edit.setFocus()

    def retranslate(self) -> None:
        self.review_action.setText(self.tr("Review notes (supervisors only)…"))
        self.review_window.setWindowTitle(self.review.title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def wide_enough(self, width: int) -> bool:
        return width >= (self.view.minimumSizeHint().width()
                         + self.review.minimumSizeHint().width() + self.splitter.handleWidth())

    def minimumSizeHint(self) -> QSize:
        """What the case view needs: never the sum of both panels."""
        return self.view.minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.arrange(side_by_side=self.wide_enough(event.size().width()))
        super().resizeEvent(event)

    @property
    def case(self) -> CaseView | None:
        return self.view.case

    def unsaved_drafts(self) -> dict[str, str]:
        """The note being written in the case file and the review note being written."""
        return {**self.view.unsaved_drafts(), **self.review.unsaved_drafts()}

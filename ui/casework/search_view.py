"""Search tab (Ctrl+F): full-text search over every note, results as you type."""

from __future__ import annotations

import re
import time

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.audit import access_log
from fieldapp.casework import search
from fieldapp.casework.views import SearchHit
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.vault import ChangeSet
from ui import labels
from ui.casework.snippet_delegate import SnippetDelegate
from ui.context import AppContext
from ui.table_model import Column, RowsModel, set_rows_keeping_current

DEBOUNCE_MS = 200
SEARCH_LOG_SECONDS = 60.0


def plain_snippet(snippet: str) -> str:
    """The service marks hits with [ and ]; show them as «…» so they stand out in plain text."""
    return re.sub(r"\[([^\]]*)\]", r"«\1»", snippet or "")


COLUMNS: list[Column[SearchHit]] = [
    (QT_TRANSLATE_NOOP("SearchView", "Date"), lambda r: r.occurred_on),
    (QT_TRANSLATE_NOOP("SearchView", "Household"), lambda r: r.household_name),
    (QT_TRANSLATE_NOOP("SearchView", "Kind"), lambda r: labels.note_kind(r.kind)),
    (QT_TRANSLATE_NOOP("SearchView", "Found in the note"), lambda r: plain_snippet(r.snippet)),
]


class SearchView(QWidget):
    open_note = Signal(str, str)  # household id, note id

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self._logged_at: float | None = None
        super().__init__(parent)
        self.ctx = context
        self.query_edit = QLineEdit(self)
        self.query_edit.setClearButtonEnabled(True)
        self._label = QLabel(self)
        self._label.setBuddy(self.query_edit)
        self.status_label = QLabel(self)
        self.model = RowsModel("SearchView", COLUMNS, self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self._delegate = SnippetDelegate(self.table)
        self.table.setItemDelegateForColumn(3, self._delegate)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        row = QHBoxLayout()
        row.addWidget(self._label)
        row.addWidget(self.query_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.query_edit.textChanged.connect(self._debounce.start)
        self.query_edit.returnPressed.connect(self._enter)
        self.table.activated.connect(self._activated)
        context.subscribe({"case_notes", "households"}, self._on_changes)
        self.setTabOrder(self.query_edit, self.table)
        self._searched = ""
        self._total = 0  # every matching note, also those beyond the list
        self.retranslate()

    def retranslate(self) -> None:
        self._label.setText(self.tr("&Search notes:"))
        self.query_edit.setPlaceholderText(self.tr("Words from any note, in any case file"))
        self.query_edit.setAccessibleName(self.tr("Search notes"))
        self.table.setAccessibleName(self.tr("Search results"))
        self.model.retranslate()
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def focus_query(self) -> None:
        self.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_edit.selectAll()

    def run_search(self) -> None:
        self._debounce.stop()
        query = self.query_edit.text().strip()
        if not query:
            self._searched = ""
            self.model.clear()
            self._show_status()
            return

        def done(result: search.SearchResult) -> None:
            if query != self.query_edit.text().strip():
                return  # the user kept typing; a newer search is on its way
            self._searched = query
            self._total = result.total
            set_rows_keeping_current(self.table, self.model, result.hits,
                                     key=lambda h: h.note_id)
            self.table.resizeRowsToContents()
            self._show_status()

        log = self._log_due()
        actor = self.ctx.actor_id

        def find(s: Session) -> search.SearchResult:
            result = search.search(s, query=query)
            if log:  # who searched the notes and when, never what (issue 14)
                access_log.record_access(s, actor_id=actor, action="search",
                                         object_type="notes", object_id="")
            return result

        self.ctx.call(find, on_success=done)

    def _log_due(self) -> bool:
        """One access-log entry per search session: typing on within a minute of the last
        logged search is the same search."""
        now = time.monotonic()
        due = self._logged_at is None or now - self._logged_at > SEARCH_LOG_SECONDS
        if due:
            self._logged_at = now
        return due

    def _show_status(self) -> None:
        if not self._searched:
            self.status_label.setText(self.tr("Type to search; Enter opens the first result."))
        elif self.model.rowCount() == 0:
            self.status_label.setText(self.tr("No note matches."))
        elif self._total > self.model.rowCount():
            self.status_label.setText(self.tr("Notes found: {total}; the best {n} are listed. "
                                              "Add a word to narrow the search.")
                                      .format(total=self._total, n=self.model.rowCount()))
        else:
            self.status_label.setText(self.tr("Notes found: {n}. Press Enter or double-click "
                                              "to open the case file.")
                                      .format(n=self.model.rowCount()))

    def _enter(self) -> None:
        if self._debounce.isActive():
            self.run_search()
        elif self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            hit = self.model.row_at(index.row())
            self.open_note.emit(hit.household_id, hit.note_id)

    def refresh(self) -> None:
        if self.query_edit.text().strip():
            self.run_search()

    def _on_changes(self, _changes: ChangeSet) -> None:
        """A note was written here or arrived: the hits shown are searched again."""
        if self._searched:
            self.refresh()

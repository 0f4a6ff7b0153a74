"""The morning triage: open requests, most pressing first, overdue marked; move a request
up or down by hand (kept), and pick what goes into today's round."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.neighbourhood import triage
from fieldapp.neighbourhood.views import RequestRow
from fieldapp.vault import ChangeSet
from ui.context import AppContext
from ui.neighbourhood.base import PLACES, app_now, category, format_time, urgency
from ui.record_types import NEIGHBOURHOOD
from ui.table_model import Column, Index, RowsModel


def _urgency_text(row: RequestRow) -> str:
    text = urgency(row.urgency)
    if row.overdue:
        text += " — " + QCoreApplication.translate("TriageView", "overdue")
    return text


class TriageModel(RowsModel[RequestRow]):
    """Rows of RequestRow; overdue ones in red, immediate ones in bold."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid():
            row = self.row_at(index.row())
            if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
                return QBrush(QColor("#b00020"))
            if role == Qt.ItemDataRole.FontRole and row.urgency == "immediate":
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Row numbers; a request moved by hand shows ↕ beside its number."""
        if (orientation == Qt.Orientation.Vertical and section < self.rowCount()
                and self.row_at(section).hand_ranked):
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{section + 1} ↕"
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("TriageView", "Moved by hand")
        return super().headerData(section, orientation, role)


COLUMNS: list[Column[RequestRow]] = [
    (QT_TRANSLATE_NOOP("TriageView", "Urgency"), _urgency_text),
    (QT_TRANSLATE_NOOP("TriageView", "Due"), lambda r: format_time(r.due_at)),
    (QT_TRANSLATE_NOOP("TriageView", "Category"), lambda r: category(r.category)),
    (QT_TRANSLATE_NOOP("TriageView", "Where"), lambda r: r.place.short()),
    (QT_TRANSLATE_NOOP("TriageView", "What"), lambda r: r.description),
    (QT_TRANSLATE_NOOP("TriageView", "Round"), lambda r: "✓" if r.round_day else ""),
]


class TriageView(QWidget):
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.summary = QLabel(self)
        self.model = TriageModel("TriageView", COLUMNS, self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.up_button, self.down_button = QPushButton(self), QPushButton(self)
        self.round_button, self.auto_button = QPushButton(self), QPushButton(self)
        self.keys = ((self.up_button, "Alt+Up"), (self.down_button, "Alt+Down"),
                     (self.round_button, "Ctrl+T"), (self.auto_button, "Ctrl+Backspace"))
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.auto_button, self.round_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.auto_button.clicked.connect(self.automatic_place)
        self.round_button.clicked.connect(self.toggle_round)
        context.subscribe(NEIGHBOURHOOD | PLACES, self._on_changes)
        self._select_id: str | None = None
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.auto_button.setText(self.tr("Automatic place"))
        self.round_button.setText(self.tr("In/out of today's round"))
        for button, keys in self.keys:  # after setText: a mnemonic would replace the shortcut
            shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            button.setText(f"{button.text()} ({shown})")
            button.setAccessibleName(button.text())
            button.setShortcut(QKeySequence(keys))
        self.table.setAccessibleName(self.tr("Open requests, most pressing first"))
        self.model.retranslate()
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        now = app_now(self.ctx)
        self.ctx.call(lambda s: triage.triage(s, now=now), on_success=self._loaded)

    def _loaded(self, rows: list[RequestRow]) -> None:
        current = self.current()
        keep = self._select_id or (current.id if current else None)
        self._select_id = None
        self.model.set_rows(rows)
        self._update_summary()
        ids = [r.id for r in rows]
        if rows:
            self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self.loaded.emit()

    def _update_summary(self) -> None:
        rows = self.model.rows()
        self.summary.setText(self.tr("{n} open requests · {late} overdue · {round} in today's "
                                     "round").format(n=len(rows),
                                                     late=sum(r.overdue for r in rows),
                                                     round=sum(bool(r.round_day) for r in rows)))

    def current(self) -> RequestRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def select_request(self, request_id: str) -> None:
        ids = [r.id for r in self.model.rows()]
        if request_id in ids:
            self.table.selectRow(ids.index(request_id))

    def move_current(self, step: int) -> None:
        row = self.current()
        if row is None:
            return
        target = self.table.currentIndex().row() + step
        if not 0 <= target < self.model.rowCount():
            return
        now, actor = app_now(self.ctx), self.ctx.actor_id
        self._select_id = row.id
        self.ctx.call(lambda s: triage.rerank(s, request_id=row.id, to_index=target,
                                              actor_id=actor, now=now),
                      on_success=self._reranked)

    def automatic_place(self) -> None:
        row = self.current()
        if row is None:
            return
        now, actor = app_now(self.ctx), self.ctx.actor_id
        self._select_id = row.id
        self.ctx.call(lambda s: triage.clear_rank(s, request_id=row.id, actor_id=actor,
                                                  now=now), on_success=self._reranked)

    def _reranked(self, rows: list[RequestRow]) -> None:
        self._loaded(rows)
        self.table.setFocus()

    def toggle_round(self) -> None:
        row = self.current()
        if row is None:
            return
        day = None if row.round_day == self.ctx.today() else self.ctx.today()
        actor = self.ctx.actor_id
        self._select_id = row.id
        self.ctx.call(lambda s: triage.set_in_round(s, request_id=row.id, day=day,
                                                    actor_id=actor))  # announces itself

    def _on_changes(self, _changes: ChangeSet) -> None:
        """Saved here or arrived by sync (a request a colleague logged): read again."""
        self.refresh()

    def activated_index(self) -> QModelIndex:
        return self.table.currentIndex()

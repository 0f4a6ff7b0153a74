"""Every revision of one record, as the server keeps them: author, time and text.

Opened from a case file's timeline ("History"). The revisions come from the server
(``engine.history``), so this needs the network: offline, the dialog says so plainly.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.sync.names import field_name, show_time, show_value, table_name

if TYPE_CHECKING:
    from sync.engine import HistoryEntry, SyncEngine
    from ui.context import AppContext
    from ui.tasks import TaskRunner

TEXT_FIELDS = ("text", "notes", "summary", "description")


def revision_text(payload: Mapping[str, object] | None) -> str:
    """The free text of a revision, else its fields one per line (never the sync fields)."""
    if not payload:
        return ""
    for name in TEXT_FIELDS:
        if payload.get(name):
            return str(payload[name])
    return "\n".join(f"{field_name(k)}: {show_value(v)}" for k, v in payload.items()
                     if not k.startswith("_"))


class HistoryDialog(QDialog):
    def __init__(self, engine: SyncEngine, runner: TaskRunner, table: str, item_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.engine, self.runner, self.table, self.item_id = engine, runner, table, item_id
        self.entries: list[HistoryEntry] = []
        self.resize(760, 480)
        self.setWindowTitle(self.tr("History of a {what}").format(what=table_name(table).lower()))
        self.status = QLabel(self.tr("Asking the server for every version…"), self)
        self.status.setWordWrap(True)
        self.list = QTableWidget(0, 4, self)
        self.list.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.list.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Change"),
                                             self.tr("Text")])
        self.list.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        header = self.list.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.list.setAccessibleName(self.tr("Versions"))
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text of the selected version"))
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.list)
        split.addWidget(self.text)
        split.setSizes([200, 240])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(split)
        layout.addWidget(buttons)
        self.list.currentCellChanged.connect(lambda row, *_: self._select(row))

    def load(self) -> None:
        engine, table, item_id = self.engine, self.table, self.item_id
        self.runner.run(lambda: engine.history(table, item_id), on_success=self._loaded,
                        on_failure=self._failed)

    def _loaded(self, entries: list[HistoryEntry]) -> None:
        self.entries = list(entries)
        if not self.entries:
            self.status.setText(self.tr("The server has no earlier version of this record yet "
                                        "(it has not been synchronised)."))
            return
        count = len(self.entries)
        self.status.setText(self.tr("1 version.") if count == 1 else
                            self.tr("{n} versions, oldest first.").format(n=count))
        self.list.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            if entry.deleted:
                change = self.tr("Deleted")
            elif row == 0:
                change = self.tr("Created")
            else:
                change = self.tr("Changed")
            first_line = revision_text(entry.payload).split("\n", 1)[0]
            for col, value in enumerate((show_time(entry.at),
                                         entry.author_name or self.tr("(unknown)"), change,
                                         first_line)):
                self.list.setItem(row, col, QTableWidgetItem(value))
        self.list.setCurrentCell(len(self.entries) - 1, 0)
        self.list.setFocus()

    def _select(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.text.setPlainText(revision_text(self.entries[row].payload))

    def _failed(self, exc: BaseException) -> None:
        from sync.engine import OfflineError

        if isinstance(exc, OfflineError):
            self.status.setText(self.tr("The history is kept on the server, which cannot be "
                                        "reached now. Try again when you are connected."))
        else:
            self.status.setText(self.tr("The history could not be read from the server."))


TIMELINE_TABLES = {"note": "case_notes", "followup": "follow_ups", "referral": "referrals",
                   "visit": "home_visits", "welcome": "welcome_sessions",
                   "office": "office_appointments", "reassignment": "reassignments"}


def log_history_view(context: AppContext, kind: str, item_id: str) -> None:
    """Viewing a record's history is an access to personal data (issue 14): logged, by id."""
    from fieldapp.audit import access_log

    actor, table = context.actor_id, TIMELINE_TABLES[kind]
    context.call(lambda s: access_log.record_access(
        s, actor_id=actor, action="history", object_type=table, object_id=item_id))


def has_history(kind: str) -> bool:
    return kind in TIMELINE_TABLES


def open_history(parent: QWidget, context: AppContext, kind: str, item_id: str) -> None:
    """From a timeline line: the dialog, or a plain note for a vault that syncs with nobody."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    engine = context.sync_engine
    if engine is None:
        QMessageBox.information(
            parent, QCoreApplication.translate("HistoryDialog", "History"),
            QCoreApplication.translate(
                "HistoryDialog",
                "This vault is not connected to a server: only the current version is kept."))
        return
    log_history_view(context, kind, item_id)
    dialog = HistoryDialog(engine, context.runner, TIMELINE_TABLES[kind], item_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.load()

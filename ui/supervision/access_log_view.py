"""The supervisor's access log (issue 14): who opened, printed, exported, searched or looked
at the history of personal data, and when — in words, filtered by person, period and
action, and exported as CSV or PDF (the export itself goes to the log).

The entries come from the team's own append-only access-log collections, which only the
author and the supervisors read; nothing here shows content (the log holds none).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.audit import access_log
from fieldapp.audit import export as log_export
from fieldapp.audit.labels import ACCESS_ACTIONS
from fieldapp.audit.views import AccessLogView as Entry
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.vault import ChangeSet
from ui.context import AppContext
from ui.document_export import app_language, choose_export, document_translate
from ui.errors import error_text
from ui.files import write_atomically
from ui.qdates import from_qdate, to_qdate
from ui.table_model import Column, RowsModel, date_pattern, format_datetime

LIMIT = 5000
COLUMNS: list[Column[Entry]] = [
    (QT_TRANSLATE_NOOP("AccessLogPage", "When"), lambda e: format_datetime(e.at)),
    (QT_TRANSLATE_NOOP("AccessLogPage", "Person"), lambda e: log_export.person(e, _translate)),
    (QT_TRANSLATE_NOOP("AccessLogPage", "Action"),
     lambda e: log_export.action_words(e.action, _translate)),
    (QT_TRANSLATE_NOOP("AccessLogPage", "About"),
     lambda e: log_export.object_words(e.object_type, _translate)),
    (QT_TRANSLATE_NOOP("AccessLogPage", "Reference"),
     lambda e: log_export.reference(e.object_id)),
]


def _translate(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


class AccessLogPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.loaded = False
        self.entries: list[Entry] = []
        self.person_combo = QComboBox(self)
        self.action_combo = QComboBox(self)
        self.from_edit, self.to_edit = QDateEdit(self), QDateEdit(self)
        today = to_qdate(context.today())
        for edit, day in ((self.from_edit, today.addDays(-30)), (self.to_edit, today)):
            edit.setCalendarPopup(True)
            edit.setDate(day)
        self.csv_button, self.pdf_button = QPushButton(self), QPushButton(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.model: RowsModel[Entry] = RowsModel("AccessLogPage", COLUMNS, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self._labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(self._labels, (self.person_combo, self.action_combo,
                                               self.from_edit, self.to_edit), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        for widget in (self.person_combo, self.action_combo):
            widget.currentIndexChanged.connect(lambda _i: self.refresh())
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.csv_button.clicked.connect(lambda: self.choose_export("csv"))
        self.pdf_button.clicked.connect(lambda: self.choose_export("pdf"))
        context.subscribe({"access_log"}, self._on_changes)
        self.retranslate()

    # -- words -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        for label, text in zip(self._labels, (self.tr("&Person:"), self.tr("&Action:"),
                                              self.tr("&From:"), self.tr("&To:")), strict=True):
            label.setText(text)
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat(date_pattern())
        self._fill_actions()
        self.csv_button.setText(self.tr("Export as &CSV…"))
        self.pdf_button.setText(self.tr("Export as P&DF…"))
        self.table.setAccessibleName(self.tr("Access log entries"))
        for widget, name in ((self.person_combo, self.tr("Person")),
                             (self.action_combo, self.tr("Action")),
                             (self.from_edit, self.tr("First day")),
                             (self.to_edit, self.tr("Last day"))):
            widget.setAccessibleName(name)
        self._show_status()

    def _fill_actions(self) -> None:
        current = self.action_combo.currentData()
        self.action_combo.blockSignals(True)
        self.action_combo.clear()
        self.action_combo.addItem(self.tr("Every action"), None)
        for code in ACCESS_ACTIONS:
            self.action_combo.addItem(log_export.action_words(code, _translate), code)
        self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(current)))
        self.action_combo.blockSignals(False)

    def _fill_people(self, people: list[tuple[str, str]]) -> None:
        current = self.person_combo.currentData()
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        self.person_combo.addItem(self.tr("Everyone"), None)
        for uid, name in people:
            self.person_combo.addItem(name or self.tr("Unknown person"), uid)
        self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(current)))
        self.person_combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- reading ---------------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        start, end = from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())
        return (start, end) if start <= end else (end, start)

    def refresh(self) -> None:
        start, end = self.period()
        since = datetime.combine(start, time.min).astimezone(UTC)
        until = datetime.combine(end + timedelta(days=1), time.min).astimezone(UTC)
        actor, action = self.person_combo.currentData(), self.action_combo.currentData()

        def read(s: Session) -> tuple[list[tuple[str, str]], list[Entry]]:
            return access_log.people(s), access_log.list_access(
                s, actor_id=actor, action=action, since=since, until=until, limit=LIMIT)

        self.ctx.call(read, on_success=self._loaded, on_failure=self._failed)

    def _loaded(self, result: tuple[list[tuple[str, str]], list[Entry]]) -> None:
        people, entries = result
        self._fill_people(people)
        self.entries = entries
        self.loaded = True
        self.model.set_rows(entries)
        self._show_status()

    def _show_status(self) -> None:
        if not self.loaded:
            self.status.setText("")
        elif not self.entries:
            self.status.setText(self.tr("No access in this period."))
        else:
            self.status.setText(self.tr("Entries: {n}, newest first.").format(
                n=len(self.entries)))
        has = bool(self.entries)
        self.csv_button.setEnabled(has)
        self.pdf_button.setEnabled(has)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))

    def _on_changes(self, _changes: ChangeSet) -> None:
        if self.loaded:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.loaded:
            self.refresh()

    # -- export ----------------------------------------------------------------------------

    def choose_export(self, kind: str) -> None:
        start, end = self.period()
        suffix = ".csv" if kind == "csv" else ".pdf"
        choose_export(
            self, title=self.tr("Export the access log"), language=app_language(),
            file_name=lambda lang: log_export.file_name(start, end, suffix,
                                                        document_translate(lang)),
            on_chosen=lambda choice: self.export(kind, choice.path, choice.language),
            file_filter=self.tr("CSV (*.csv)") if kind == "csv" else self.tr("PDF (*.pdf)"))

    def export(self, kind: str, path: str, language: str | None = None) -> None:
        """Write the entries shown as CSV or PDF; the export goes to the access log."""
        entries, (start, end) = list(self.entries), self.period()
        translate = document_translate(language or app_language())
        suffix = ".csv" if kind == "csv" else ".pdf"
        target = path if path.lower().endswith(suffix) else path + suffix
        person_text = self.person_combo.currentText() if self.person_combo.currentData() else ""
        action_text = self.action_combo.currentText() if self.action_combo.currentData() else ""
        actor = self.ctx.actor_id

        def work(s: Session) -> str:
            if kind == "csv":
                data = log_export.access_csv(entries, translate=translate).encode("utf-8")
            else:
                data = log_export.access_pdf(entries, start=start, end=end,
                                             language=language or app_language(),
                                             person_filter=person_text,
                                             action_filter=action_text, translate=translate)
            write_atomically(target, data)
            access_log.record_access(s, actor_id=actor, action="export",
                                     object_type="access_log", object_id="")
            return target

        self.ctx.call(work, on_success=lambda p: self.status.setText(
            self.tr("The access log was exported.")), on_failure=self._failed)


"""Shared bits of the community screens: labels, a form dialog, tables, line lists."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ui.combo_fill import refill
from ui.context import AppContext
from ui.errors import error_text
from ui.table_model import RowsModel

ResultT = TypeVar("ResultT")


def clabel(mapping: dict[str, str], code: str | None) -> str:
    """A community code's label in the app's language (context "community")."""
    if not code:
        return ""
    source = mapping.get(code)
    return QCoreApplication.translate("community", source) if source else code


def fill(combo: QComboBox, mapping: dict[str, str], *, none_text: str | None = None) -> None:
    """(Re)fill a combo with the translated labels, keeping the selected code."""
    none = [(none_text, "")] if none_text is not None else []
    refill(combo, none + [(QCoreApplication.translate("community", source), code)
                          for code, source in mapping.items()])


def lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def split_pair(line: str) -> tuple[str, str]:
    """"Name; other" (or "Name — other") as two parts; the second may be empty."""
    for sep in (";", " — ", " - "):
        if sep in line:
            first, _, second = line.partition(sep)
            return first.strip(), second.strip()
    return line.strip(), ""


def text_box(parent: QWidget, height: int = 80) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


def make_table(parent: QWidget, model: RowsModel[ResultT], *,
               stretch: int = 0) -> QTableView:
    table = QTableView(parent)
    table.setTabKeyNavigation(False)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def current_row(table: QTableView, model: RowsModel[ResultT]) -> ResultT | None:
    index = table.currentIndex()
    return model.row_at(index.row()) if index.isValid() else None


class FormDialog(QDialog, Generic[ResultT]):
    """A form, an error line, OK/Cancel (Ctrl+Enter saves from a multi-line field);
    subclasses give `work()` (a session function). What it saves announces itself."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._row_labels: list[tuple[QLabel, Callable[[], str]]] = []
        self.result_value: ResultT | None = None
        self.setMinimumWidth(560)

    def add_row(self, text: Callable[[], str], field: QWidget) -> None:
        if isinstance(field, QComboBox):  # long objectives and names: the box scrolls
            field.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            field.setMinimumContentsLength(24)
        row_label = QLabel(self)
        row_label.setBuddy(field)
        self.form.addRow(row_label, field)
        self._row_labels.append((row_label, text))

    def add_rows(self, rows: Sequence[tuple[Callable[[], str], QWidget]]) -> None:
        for text, field in rows:
            self.add_row(text, field)

    def retranslate(self) -> None:
        for row_label, text in self._row_labels:
            row_label.setText(text())
            buddy = row_label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text().replace("&", "").rstrip(":").strip())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def work(self) -> Callable[[Session], ResultT]:
        raise NotImplementedError

    def submit(self) -> None:
        if not self.buttons.isEnabled():
            return
        try:
            fn = self.work()
        except ValueError as exc:  # a number or date typed wrong: say so, keep the form
            self.failed_with(exc)
            return
        self.buttons.setEnabled(False)
        self.ctx.call(fn, on_success=self.done_with, on_failure=self.failed_with)

    def done_with(self, result: ResultT) -> None:
        self.result_value = result
        self.accept()

    def failed_with(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.show()

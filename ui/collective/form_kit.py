"""What the collective screens share: labelled form rows whose texts follow the language,
a read-only row table, a red error line, a page that scrolls on a small screen, and a
view base that runs a use case and shows its error."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTableView,
    QWidget,
)
from sqlalchemy.orm import Session

from ui.context import AppContext
from ui.errors import error_text
from ui.labels import label
from ui.table_fit import keep_headers_readable

ResultT = TypeVar("ResultT")


def row_table(parent: QWidget, model: QAbstractItemModel) -> QTableView:
    table = QTableView(parent)
    table.setTabKeyNavigation(False)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setMinimumHeight(110)
    keep_headers_readable(table)
    return table


def scrolled(parent: QWidget, page: QWidget) -> QScrollArea:
    """A page that scrolls rather than cut its fields off on a small screen (200 %)."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(page)
    return area


def code_combo(parent: QWidget, codes: dict[str, str]) -> QComboBox:
    combo = QComboBox(parent)
    for code in codes:
        combo.addItem("", code)
    return combo


def relabel(combo: QComboBox, codes: dict[str, str]) -> None:
    for i in range(combo.count()):
        combo.setItemText(i, label(codes, combo.itemData(i)))


class FormView(QWidget):
    """A collective screen: labelled rows, an error line, use cases run off the UI thread."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self._labels: list[tuple[QLabel, Callable[[], str]]] = []
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()

    def row(self, form: QFormLayout, text: Callable[[], str], field: QWidget) -> None:
        lab = QLabel(self)
        lab.setBuddy(field)
        form.addRow(lab, field)
        self._labels.append((lab, text))

    def retranslate(self) -> None:
        for lab, text in self._labels:
            lab.setText(text())
            buddy = lab.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text().replace("&", "").rstrip(":").strip())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def confirm(self, title: str, text: str) -> bool:
        """Asks before something cannot be undone (tests answer it)."""
        answer = QMessageBox.question(
            self, title, text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def save(self, work: Callable[[Session], ResultT],
             done: Callable[[ResultT], None] | None = None) -> None:
        """Run a use case; its change announces itself and the lists read it again."""
        def ok(result: ResultT) -> None:
            self.error.hide()
            if done is not None:
                done(result)

        def failed(exc: BaseException) -> None:
            self.error.setText(error_text(exc))
            self.error.show()

        self.ctx.call(work, on_success=ok, on_failure=failed)

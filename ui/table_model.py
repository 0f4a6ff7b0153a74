"""A small read-only table model over a list of frozen view rows (services.views).

Each column is (header source text, function row -> display value). Header texts are
translated at display time in the context given, so a language switch needs no rebuild.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from operator import attrgetter
from typing import TYPE_CHECKING, Generic, TypeVar, cast

from PySide6.QtCore import (
    QAbstractProxyModel,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView

from ui.qdates import to_qdate

if TYPE_CHECKING:
    from _typeshed import SupportsRichComparison

RowT = TypeVar("RowT")  # a frozen view row of the services (services.views, *_views)
Column = tuple[str, Callable[[RowT], object]]  # (header, value); tooltips: TOOLTIPS
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def date_pattern() -> str:
    """The locale's short date pattern with a four-digit year (a birth year: 1984, not 84)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(to_qdate(value), date_pattern())


def format_datetime(value: datetime | None) -> str:
    """A moment on this laptop's clock, the date as every screen writes it (naive = UTC)."""
    if value is None:
        return ""
    local = (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone()
    return f"{format_date(local.date())} {local.strftime('%H:%M')}"


class RowsModel(QAbstractTableModel, Generic[RowT]):
    def __init__(self, context: str, columns: Sequence[Column[RowT]],
                 parent: QObject | None = None, *,
                 tooltips: dict[int, Callable[[RowT], str]] | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._columns = list(columns)
        self._tooltips = tooltips or {}
        self._rows: list[RowT] = []

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in self._tooltips:
            return self._tooltips[index.column()](row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self._columns[index.column()][1](row)
            if isinstance(value, date):
                return format_date(value)
            return "" if value is None else str(value)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self._context, self._columns[section][0])
        return str(section + 1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column][1]

        def sort_key(row: RowT) -> tuple[int, SupportsRichComparison]:
            value = key(row)
            if value is None:
                return (1, "")
            if isinstance(value, str):
                return (0, value.casefold())
            return (0, cast("SupportsRichComparison", value))  # a column's values compare

        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=sort_key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self._columns) - 1))
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self._columns) - 1))


def set_rows_keeping_current(table: QAbstractItemView, model: RowsModel[RowT],
                             rows: Sequence[RowT],
                             key: Callable[[RowT], object] = attrgetter("id")) -> bool:
    """Replace the rows; the row the person was on (same key) stays current and selected.

    For lists re-read while someone works in them (a change saved elsewhere, or arrived by
    sync). Works through a proxy model too. True when the row is still there."""
    shown = table.model()
    proxy = shown if isinstance(shown, QAbstractProxyModel) else None
    current = table.currentIndex()
    source = proxy.mapToSource(current) if proxy is not None else current
    wanted = key(model.row_at(source.row())) if (
        source.isValid() and source.row() < model.rowCount()) else None
    model.set_rows(rows)
    if wanted is None:
        return False
    for number, row in enumerate(model.rows()):
        if key(row) == wanted:
            index = model.index(number, max(source.column(), 0))
            if proxy is not None:
                index = proxy.mapFromSource(index)
            flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
            table.selectionModel().setCurrentIndex(index, flags)
            return True
    return False

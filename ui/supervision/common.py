"""Shared bits of the supervisor's screens: sortable row models behind a filter proxy,
table set-up, label helpers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QCoreApplication,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from fieldapp.supervision import labels as sl
from ui.table_fit import keep_headers_readable
from ui.table_model import Index, RowsModel, RowT

SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class SortableRowsModel(RowsModel[RowT]):
    """RowsModel whose SORT_ROLE gives the raw value, so numbers sort as numbers."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == SORT_ROLE and index.isValid():
            value = self._columns[index.column()][1](self._rows[index.row()])
            if value is None:
                return ""
            if isinstance(value, date):
                return value.isoformat()
            return value.casefold() if isinstance(value, str) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid():
            value = self._columns[index.column()][1](self._rows[index.row()])
            if isinstance(value, int):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)

    header_override: dict[int, str] = {}  # column -> source text; replaced, never mutated

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        value = super().headerData(section, orientation, role)
        source = self.header_override.get(section)
        if source and role == Qt.ItemDataRole.DisplayRole and \
                orientation == Qt.Orientation.Horizontal:
            value = QCoreApplication.translate(self._context, source)
        if orientation == Qt.Orientation.Horizontal and isinstance(value, str):
            return wrap_header(value)
        return value


def wrap_header(text: str, width: int = 14) -> str:
    """Long headers on two lines, split at the space nearest the middle (nl/fr run long)."""
    if len(text) <= width or " " not in text:
        return text
    middle = len(text) // 2
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return text[:cut] + "\n" + text[cut + 1:]


def proxy_for(model: QAbstractItemModel, parent: QWidget) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


def make_table(parent: QWidget, proxy: QSortFilterProxyModel, *, multi: bool = False,
               sort_column: int = 0) -> QTableView:
    table = QTableView(parent)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    # Qt's default indicator is descending; -1 keeps the order the service gave
    table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    keep_headers_readable(table)
    return table


def rows_of(table: QTableView, model: RowsModel[RowT], *, selected: bool = False
            ) -> list[RowT]:
    proxy = table.model()
    if selected:
        indexes = table.selectionModel().selectedRows()
        if not indexes and table.currentIndex().isValid():
            indexes = [table.currentIndex()]
    else:
        indexes = [table.currentIndex()] if table.currentIndex().isValid() else []
    if isinstance(proxy, QAbstractProxyModel):
        indexes = [proxy.mapToSource(i) for i in indexes]
    return [model.row_at(i.row()) for i in indexes]


def tr_label(mapping: dict[str, str], code: str) -> str:
    source = mapping.get(code)
    return QCoreApplication.translate("labels", source) if source else code


def indicator_label(code: str) -> str:
    return tr_label(sl.INDICATORS, code)


def category_label(indicator: str, code: str) -> str:
    return tr_label(sl.CATEGORY_LABELS.get(indicator, {}), code)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


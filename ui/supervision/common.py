"""Shared bits of the supervisor's screens: sortable row models behind a filter proxy,
table set-up, label helpers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from fieldapp.services import supervision_labels as sl
from ui.table_model import RowsModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class SortableRowsModel(RowsModel):
    """RowsModel whose SORT_ROLE gives the raw value, so numbers sort as numbers."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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


def proxy_for(model: RowsModel, parent: QWidget) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


def make_table(parent: QWidget, proxy: QSortFilterProxyModel, *, multi: bool = False
               ) -> QTableView:
    table = QTableView(parent)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # Qt's default indicator is descending
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def rows_of(table: QTableView, model: RowsModel, *, selected: bool = False) -> list[Any]:
    proxy = table.model()
    if selected:
        indexes = table.selectionModel().selectedRows()
        if not indexes and table.currentIndex().isValid():
            indexes = [table.currentIndex()]
    else:
        indexes = [table.currentIndex()] if table.currentIndex().isValid() else []
    return [model.row_at(proxy.mapToSource(i).row()) for i in indexes]


def tr_label(mapping: dict[str, str], code: str) -> str:
    source = mapping.get(code)
    return QCoreApplication.translate("labels", source) if source else code


def indicator_label(code: str) -> str:
    return tr_label(sl.INDICATORS, code)


def category_label(indicator: str, code: str) -> str:
    return tr_label(sl.CATEGORY_LABELS.get(indicator, {}), code)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


Columns = Sequence[tuple[str, Callable[[Any], Any]]]

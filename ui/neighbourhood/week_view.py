"""The agent's own week: requests logged, closed and open, by category and by site."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.neighbourhood.views import WeekCount, WeekSummary
from fieldapp.neighbourhood.week import week_summary
from fieldapp.vault import ChangeSet
from ui.context import AppContext
from ui.neighbourhood.base import PLACES, category, format_day
from ui.record_types import NEIGHBOURHOOD
from ui.table_model import Column, RowsModel

CATEGORY_COLUMNS: list[Column[WeekCount]] = [
    (QT_TRANSLATE_NOOP("WeekView", "Category"), lambda c: category(c.key)),
    (QT_TRANSLATE_NOOP("WeekView", "Open"), lambda c: c.open),
    (QT_TRANSLATE_NOOP("WeekView", "Closed this week"), lambda c: c.closed),
]
SITE_COLUMNS: list[Column[WeekCount]] = [
    (QT_TRANSLATE_NOOP("WeekView", "Site"), lambda c: c.key),
    (QT_TRANSLATE_NOOP("WeekView", "Open"), lambda c: c.open),
    (QT_TRANSLATE_NOOP("WeekView", "Closed this week"), lambda c: c.closed),
]


class WeekView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.week: WeekSummary | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.boxes: list[QGroupBox] = []
        self.models: list[RowsModel[WeekCount]] = []
        self.tables: list[QTableView] = []
        row = QHBoxLayout()
        for columns in (CATEGORY_COLUMNS, SITE_COLUMNS):
            box = QGroupBox(self)
            model = RowsModel("WeekView", columns, self)
            table = QTableView(box)
            table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
            table.setModel(model)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            QVBoxLayout(box).addWidget(table)
            row.addWidget(box)
            self.boxes.append(box)
            self.models.append(model)
            self.tables.append(table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row, 1)
        context.subscribe(NEIGHBOURHOOD | PLACES, self._on_changes)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.boxes[0].setTitle(self.tr("By category"))
        self.boxes[1].setTitle(self.tr("By site"))
        self.tables[0].setAccessibleName(self.tr("Requests by category"))
        self.tables[1].setAccessibleName(self.tr("Requests by site"))
        for model in self.models:
            model.retranslate()
        w = self.week
        if w is not None:
            self.summary.setText(self.tr(
                "Week of {start} to {end}: {logged} requests logged, {closed} closed, "
                "{interventions} interventions. Still open: {open}.").format(
                    start=format_day(w.week_start), end=format_day(w.week_end),
                    logged=w.logged, closed=w.closed, interventions=w.interventions,
                    open=w.open_now))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        today, actor = self.ctx.today(), self.ctx.actor_id
        self.ctx.call(lambda s: week_summary(s, today=today, actor_id=actor),
                      on_success=self._loaded)

    def _loaded(self, week: WeekSummary) -> None:
        self.week = week
        self.models[0].set_rows(week.by_category)
        self.models[1].set_rows(week.by_site)
        self.retranslate()

    def _on_changes(self, _changes: ChangeSet) -> None:
        self.refresh()

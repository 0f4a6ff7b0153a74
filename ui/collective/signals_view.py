"""Signals from casework: the themes site assistants noticed, per building — never a name
or a case. The collective assistant takes one up (Enter or the button)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.collective import signals
from fieldapp.collective.labels import SIGNAL_THEMES
from fieldapp.collective.views import SignalRow
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.vault import ChangeSet
from ui.context import AppContext
from ui.errors import error_text
from ui.labels import label
from ui.record_types import COLLECTIVE
from ui.table_model import Column, RowsModel, format_date, set_rows_keeping_current

COLUMNS: list[Column[SignalRow]] = [
    (QT_TRANSLATE_NOOP("SignalsView", "Sent on"), lambda r: r.sent_on),
    (QT_TRANSLATE_NOOP("SignalsView", "Theme"), lambda r: label(SIGNAL_THEMES, r.theme)),
    (QT_TRANSLATE_NOOP("SignalsView", "Site"), lambda r: r.site_name),
    (QT_TRANSLATE_NOOP("SignalsView", "Building"), lambda r: r.building_name),
    (QT_TRANSLATE_NOOP("SignalsView", "Taken up"), lambda r: format_date(r.taken_up_on)),
]


class SignalsView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = RowsModel("SignalsView", COLUMNS, self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.take_button = QPushButton(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.take_button)
        layout.addWidget(self.error)
        self.take_button.clicked.connect(self.take_up)
        self.table.activated.connect(lambda _i: self.take_up())
        context.subscribe(COLLECTIVE | {"sites", "buildings"}, self._on_changes)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Themes the site assistants noticed in their casework, per "
                                   "building. A signal never carries a name or a case."))
        self.table.setAccessibleName(self.tr("Signals from casework"))
        self.take_button.setText(self.tr("&Take up the signal"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.ctx.call(lambda s: signals.received_signals(s), on_success=self._loaded)

    def _loaded(self, rows: list[SignalRow]) -> None:
        set_rows_keeping_current(self.table, self.model, rows)

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches("cm_signals") or changes.touches("sites"):
            self.refresh()

    def take_up(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        if row.taken_up_on is not None:
            return
        today, actor = self.ctx.today(), self.ctx.actor_id

        def failed(exc: BaseException) -> None:
            self.error.setText(error_text(exc))
            self.error.show()

        self.ctx.call(lambda s: signals.take_up_signal(s, signal_id=row.id, today=today,
                                                       actor_id=actor),
                      on_success=lambda _r: self.error.hide(), on_failure=failed)

"""The agent's "Asked along" tab (issue 17 item 6): the site assistants' requests to come
along on a home visit — day, time, address, who asks — answered with Accept or Decline and
a word, which goes back to the assistant with the next sync. Nothing of a case file is here:
the requests are all the agent's vault holds of it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.neighbourhood import visit_requests
from fieldapp.neighbourhood.visit_requests import AskView
from fieldapp.reports.dates import clock
from fieldapp.vault import ChangeSet
from ui.context import AppContext
from ui.errors import error_text
from ui.table_model import Column, RowsModel, set_rows_keeping_current

STATUSES = {"asked": QT_TRANSLATE_NOOP("AskedAlongView", "To answer"),
            "accepted": QT_TRANSLATE_NOOP("AskedAlongView", "Accepted"),
            "declined": QT_TRANSLATE_NOOP("AskedAlongView", "Declined"),
            "cancelled": QT_TRANSLATE_NOOP("AskedAlongView", "Called off by the assistant")}

COLUMNS: list[Column[AskView]] = [
    (QT_TRANSLATE_NOOP("AskedAlongView", "Day"), lambda a: a.on_day),
    (QT_TRANSLATE_NOOP("AskedAlongView", "Time"), lambda a: clock(a.start_minute)),
    (QT_TRANSLATE_NOOP("AskedAlongView", "Site"), lambda a: a.site_name),
    (QT_TRANSLATE_NOOP("AskedAlongView", "Address"), lambda a: a.address),
    (QT_TRANSLATE_NOOP("AskedAlongView", "Asked by"), lambda a: a.asked_by),
    (QT_TRANSLATE_NOOP("AskedAlongView", "Answer"),
     lambda a: QCoreApplication.translate("AskedAlongView", STATUSES.get(a.status, a.status))),
    (QT_TRANSLATE_NOOP("AskedAlongView", "Word"),
     lambda a: a.cancel_reason if a.status == "cancelled" else a.answer),
]


class AskedAlongView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.site_label = QLabel(self)
        self.site_combo = QComboBox(self)
        self.site_label.setBuddy(self.site_combo)
        self._sites: list[tuple[str, str]] = []
        self.model = RowsModel("AskedAlongView", COLUMNS, self)
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
        self.word_label = QLabel(self)
        self.word_edit = QLineEdit(self)
        self.word_edit.setMaxLength(500)
        self.word_label.setBuddy(self.word_edit)
        self.accept_button = QPushButton(self)
        self.decline_button = QPushButton(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        answer = QHBoxLayout()
        answer.addWidget(self.word_label)
        answer.addWidget(self.word_edit, 1)
        answer.addWidget(self.accept_button)
        answer.addWidget(self.decline_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        sites = QHBoxLayout()
        sites.addWidget(self.site_label)
        sites.addWidget(self.site_combo)
        sites.addStretch(1)
        layout.addLayout(sites)
        layout.addWidget(self.table, 1)
        layout.addLayout(answer)
        layout.addWidget(self.error)
        self.accept_button.clicked.connect(lambda: self.answer(True))
        self.decline_button.clicked.connect(lambda: self.answer(False))
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.site_combo.currentIndexChanged.connect(self._site_chosen)
        context.subscribe({"agent_visit_requests", "sites"}, self._on_changes)
        self.retranslate()
        self._current_changed()
        self.refresh()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("The site's social assistants ask you to come along on a "
                                   "home visit. Accept, or decline with a word; they see "
                                   "your answer after the next sync."))
        self.table.setAccessibleName(self.tr("Asked along"))
        self.site_label.setText(self.tr("S&ite:"))
        self.site_combo.setAccessibleName(self.tr("Site"))
        self._fill_sites()
        self.word_label.setText(self.tr("A &word:"))
        self.word_edit.setAccessibleName(self.tr("A word for the social assistant"))
        self.word_edit.setPlaceholderText(self.tr("e.g. I'll be there / I can at 14:00"))
        self.accept_button.setText(self.tr("A&ccept"))
        self.decline_button.setText(self.tr("&Decline"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_sites(self) -> None:
        """Every site the agent works on, or one of them."""
        current = self.site_combo.currentData()
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        self.site_combo.addItem(self.tr("All my sites"), None)
        for site_id, name in self._sites:
            self.site_combo.addItem(name, site_id)
        self.site_combo.setCurrentIndex(max(0, self.site_combo.findData(current)))
        self.site_combo.blockSignals(False)

    def _site_chosen(self, *_args: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        today, site_id = self.ctx.today(), self.site_combo.currentData()

        def load(s: Session) -> tuple[list[tuple[str, str]], list[AskView]]:
            return (visit_requests.agent_sites(s),
                    visit_requests.agent_inbox(s, today=today, site_id=site_id))

        self.ctx.call(load, on_success=self._loaded)

    def _loaded(self, result: tuple[list[tuple[str, str]], list[AskView]]) -> None:
        sites, rows = result
        if sites != self._sites:
            self._sites = sites
            self._fill_sites()
        set_rows_keeping_current(self.table, self.model, rows)
        if not self.table.currentIndex().isValid() and rows:
            self.table.selectRow(0)
        self._current_changed()

    def _on_changes(self, _changes: ChangeSet) -> None:
        self.refresh()

    def current(self) -> AskView | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def _current_changed(self, *_args: object) -> None:
        current = self.current()
        enabled = current is not None and current.status != "cancelled"
        for widget in (self.word_edit, self.accept_button, self.decline_button):
            widget.setEnabled(enabled)

    def answer(self, accept: bool) -> None:
        ask = self.current()
        if ask is None:
            return
        ask_id, word, actor = ask.id, self.word_edit.text(), self.ctx.actor_id
        self.error.hide()

        def done(_view: AskView) -> None:
            self.word_edit.clear()

        def failed(exc: BaseException) -> None:
            self.error.setText(error_text(exc))
            self.error.show()

        self.ctx.call(lambda s: visit_requests.answer_ask(s, ask_id=ask_id, accept=accept,
                                                          word=word, actor_id=actor),
                      on_success=done, on_failure=failed)

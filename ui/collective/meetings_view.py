"""Tenants' meetings tab: the neighbourhoods the collective assistant works, their meetings
(newest first) and a form to plan the next one; the meeting selected opens in the panel
beside (ui.collective.meeting_panel)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.collective import meetings as mt
from fieldapp.collective.labels import MEETING_STATUSES
from fieldapp.collective.views import MeetingRow
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.registry.neighbourhoods import NeighbourhoodRow, list_neighbourhoods
from fieldapp.reports.dates import clock
from fieldapp.vault import ChangeSet
from ui.agenda.time_fields import duration_spin, minute_of, time_edit
from ui.collective.meeting_panel import MeetingPanel
from ui.combo_fill import refill
from ui.context import AppContext
from ui.errors import error_text
from ui.labels import label
from ui.qdates import from_qdate, to_qdate
from ui.record_types import COLLECTIVE, REGISTRY
from ui.table_model import Column, RowsModel, date_pattern, set_rows_keeping_current


def _time(row: MeetingRow) -> str:
    if row.start_minute is None:
        return ""
    if row.duration_minutes:
        return f"{clock(row.start_minute)}–{clock(row.start_minute + row.duration_minutes)}"
    return clock(row.start_minute)


def _minutes(row: MeetingRow) -> str:
    if row.minutes_issued_on is None:
        return ""
    return QCoreApplication.translate("MeetingsView", "issued; {n} of {m} households").format(
        n=row.delivered, m=row.households_concerned)


COLUMNS: list[Column[MeetingRow]] = [
    (QT_TRANSLATE_NOOP("MeetingsView", "Date"), lambda r: r.held_on),
    (QT_TRANSLATE_NOOP("MeetingsView", "Time"), _time),
    (QT_TRANSLATE_NOOP("MeetingsView", "Neighbourhood"), lambda r: r.neighbourhood_name),
    (QT_TRANSLATE_NOOP("MeetingsView", "Status"), lambda r: label(MEETING_STATUSES, r.status)),
    (QT_TRANSLATE_NOOP("MeetingsView", "Place"), lambda r: r.place),
    (QT_TRANSLATE_NOOP("MeetingsView", "Topics"), lambda r: r.topics),
    (QT_TRANSLATE_NOOP("MeetingsView", "Households present"), lambda r: r.households_present),
    (QT_TRANSLATE_NOOP("MeetingsView", "Minutes"), _minutes),
]


class MeetingsView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.hood_combo = QComboBox(self)
        self.hood_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.hood_combo.setMinimumContentsLength(18)
        self.hood_label = QLabel(self)
        self.hood_label.setBuddy(self.hood_combo)
        self.sites_label = QLabel(self)
        self.sites_label.setWordWrap(True)
        self.model = RowsModel("MeetingsView", COLUMNS, self)
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
        self.plan_box = QGroupBox(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(to_qdate(context.today()))
        self.start_edit = time_edit(self, 18 * 60)
        self.duration_spin = duration_spin(self, 90)
        self.place_edit = QLineEdit(self)
        self.plan_button = QPushButton(self)
        self._plan_labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout(self.plan_box)
        for lab, field in zip(self._plan_labels, (self.date_edit, self.start_edit,
                                                  self.duration_spin, self.place_edit),
                              strict=True):
            lab.setBuddy(field)
            form.addRow(lab, field)
        form.addRow("", self.plan_button)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.panel = MeetingPanel(context, self)
        top = QHBoxLayout()
        top.addWidget(self.hood_label)
        top.addWidget(self.hood_combo)
        top.addWidget(self.sites_label, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.table.setMinimumHeight(120)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.plan_box)
        left_layout.addWidget(self.error)
        scroll = QScrollArea(self)  # the plan form scrolls on a small screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(left)
        splitter = QSplitter(self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([480, 720])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._hoods: list[NeighbourhoodRow] = []
        self._select_after: str | None = None
        self.hood_combo.currentIndexChanged.connect(self.refresh)
        self.plan_button.clicked.connect(self.plan)
        self.table.selectionModel().currentChanged.connect(self._meeting_changed)
        context.subscribe(COLLECTIVE | REGISTRY, self._on_changes)
        self.retranslate()
        self.load_neighbourhoods()

    def retranslate(self) -> None:
        self.hood_label.setText(self.tr("&Neighbourhood:"))
        self.hood_combo.setAccessibleName(self.tr("Neighbourhood"))
        self.table.setAccessibleName(self.tr("Tenants' meetings"))
        self.plan_box.setTitle(self.tr("Plan a tenants' meeting"))
        for lab, text in zip(self._plan_labels, (self.tr("&Day:"), self.tr("&Start:"),
                                                 self.tr("D&uration:"), self.tr("&Place:")),
                             strict=True):
            lab.setText(text)
            lab.buddy().setAccessibleName(text.replace("&", "").rstrip(":"))
        self.date_edit.setDisplayFormat(date_pattern())
        self.plan_button.setText(self.tr("Plan the &meeting"))
        self._show_sites()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load_neighbourhoods(self) -> None:
        me = self.ctx.actor_id
        self.ctx.call(lambda s: list_neighbourhoods(s, assistant_id=me),
                      on_success=self._hoods_loaded)

    def _hoods_loaded(self, hoods: list[NeighbourhoodRow]) -> None:
        self._hoods = hoods
        refill(self.hood_combo, ((hood.name, hood.id) for hood in hoods))
        self.refresh()

    def _show_sites(self) -> None:
        hood = next((h for h in self._hoods if h.id == self.hood_combo.currentData()), None)
        if hood is None:
            self.sites_label.setText(self.tr("No neighbourhood yet: a supervisor groups the "
                                             "sites into neighbourhoods in the registry."))
            return
        self.sites_label.setText(self.tr("Sites: {sites} · {n} households").format(
            sites=", ".join(hood.site_names), n=hood.households))

    def refresh(self) -> None:
        self._show_sites()
        hood_id = self.hood_combo.currentData()
        self.plan_button.setEnabled(hood_id is not None)
        if hood_id is None:
            self.model.set_rows([])
            self._meeting_changed()
            return
        self.ctx.call(lambda s: mt.list_meetings(s, neighbourhood_ids=[hood_id]),
                      on_success=self._loaded)

    def _loaded(self, rows: list[MeetingRow]) -> None:
        set_rows_keeping_current(self.table, self.model, rows)
        if self._select_after is not None:
            self.select_meeting(self._select_after)
            self._select_after = None
        self._meeting_changed()

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches("neighbourhoods"):
            self.load_neighbourhoods()
        else:
            self.refresh()

    def selected(self) -> MeetingRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def select_meeting(self, meeting_id: str) -> None:
        for row, found in enumerate(self.model.rows()):
            if found.id == meeting_id:
                self.table.selectRow(row)
                return

    def _meeting_changed(self, *_args: object) -> None:
        chosen = self.selected()
        self.panel.show_meeting(chosen.id if chosen is not None else None)

    def plan(self) -> None:
        hood_id = self.hood_combo.currentData()
        if hood_id is None:
            return
        day, start = from_qdate(self.date_edit.date()), minute_of(self.start_edit)
        duration, place, actor = self.duration_spin.value(), self.place_edit.text(), \
            self.ctx.actor_id

        def done(row: MeetingRow) -> None:
            self.error.hide()
            self.place_edit.clear()
            self._select_after = row.id

        def failed(exc: BaseException) -> None:
            self.error.setText(error_text(exc))
            self.error.show()

        def work(s: Session) -> MeetingRow:
            return mt.plan_meeting(s, neighbourhood_id=hood_id, held_on=day,
                                   start_minute=start, duration_minutes=duration, place=place,
                                   actor_id=actor)

        self.ctx.call(work, on_success=done, on_failure=failed)

"""The supervisor's page of collective work (issue 18): the neighbourhoods — which sites
each groups and which collective assistants work it (registry records, written here) — and,
read-only as the collective assistants' laptops synced them, every tenants' meeting with
its attendance and minutes, the awareness campaigns with their door-to-door coverage, the
common rooms, and the calls for projects with their applications and grants."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.collective import campaigns as cp
from fieldapp.collective import meetings as mt
from fieldapp.collective import participation as pt
from fieldapp.collective import rooms as rm
from fieldapp.collective.views import MeetingRow
from fieldapp.people.directory import list_people
from fieldapp.people.views import PersonAccount
from fieldapp.registry import households as registry
from fieldapp.registry.neighbourhoods import (
    NeighbourhoodRow,
    define_neighbourhood,
    list_neighbourhoods,
)
from fieldapp.registry.views import SiteRow
from fieldapp.vault import ChangeSet
from ui.collective import campaigns_view, participation_view, rooms_view
from ui.collective.form_kit import row_table
from ui.collective.meetings_view import COLUMNS
from ui.context import AppContext
from ui.errors import error_text
from ui.record_types import CAMPAIGNS, COLLECTIVE, PARTICIPATION, ROOMS
from ui.table_model import RowsModel, set_rows_keeping_current

ID = Qt.ItemDataRole.UserRole
Loaded = tuple[list[NeighbourhoodRow], list[SiteRow], list[PersonAccount], list[MeetingRow]]
Work = tuple[list[cp.CampaignRow], list[rm.RoomRow], list[pt.CallRow]]


def _checked(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(ID) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class CollectiveOverview(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.hoods = QListWidget(self)
        self.form_box = QGroupBox(self)
        self.name_edit = QLineEdit(self)
        self.sites = QListWidget(self)
        self.assistants = QListWidget(self)
        self.save_button = QPushButton(self)
        self.new_button = QPushButton(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout(self.form_box)
        for lab, field in zip(self.labels, (self.name_edit, self.sites, self.assistants),
                              strict=True):
            lab.setBuddy(field)
            form.addRow(lab, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.error)
        self.model = RowsModel("MeetingsView", COLUMNS, self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.meetings_box = QGroupBox(self)
        QVBoxLayout(self.meetings_box).addWidget(self.table)
        # what the collective assistants do beyond the meetings, read-only
        self.campaign_model = RowsModel("CampaignsView", campaigns_view.COLUMNS, self)
        self.campaigns = row_table(self, self.campaign_model)
        self.room_model = RowsModel("RoomsView", rooms_view.COLUMNS, self)
        self.rooms = row_table(self, self.room_model)
        self.call_model = RowsModel("ParticipationView", participation_view.COLUMNS, self)
        self.calls = row_table(self, self.call_model)
        self.work_tabs = QTabWidget(self)
        for page in (self.meetings_box, self.campaigns, self.rooms, self.calls):
            self.work_tabs.addTab(page, "")
        left = QVBoxLayout()
        self.hoods_label = QLabel(self)
        self.hoods_label.setBuddy(self.hoods)
        left.addWidget(self.hoods_label)
        left.addWidget(self.hoods, 1)
        left.addWidget(self.form_box, 2)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(self.work_tabs, 3)
        self._rows: list[NeighbourhoodRow] = []
        self._editing: str | None = None
        self.hoods.currentRowChanged.connect(self._chosen)
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.new)
        context.subscribe(COLLECTIVE | {"sites"}, self._on_changes)
        context.subscribe(CAMPAIGNS | ROOMS | PARTICIPATION, self._on_work_changes)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.hoods_label.setText(self.tr("&Neighbourhoods:"))
        self.hoods.setAccessibleName(self.tr("Neighbourhoods"))
        self.form_box.setTitle(self.tr("Neighbourhood"))
        for lab, text in zip(self.labels, (self.tr("Na&me:"), self.tr("&Sites:"),
                                           self.tr("&Collective assistants:")), strict=True):
            lab.setText(text)
            lab.buddy().setAccessibleName(text.replace("&", "").rstrip(":"))
        self.save_button.setText(self.tr("Sa&ve the neighbourhood"))
        self.new_button.setText(self.tr("Ne&w neighbourhood"))
        self.meetings_box.setTitle(self.tr("Tenants' meetings"))
        self.table.setAccessibleName(self.tr("Tenants' meetings"))
        self.model.retranslate()
        for i, (text, table, name) in enumerate((
                (self.tr("Meetings"), None, ""),
                (self.tr("Campaigns"), self.campaigns, self.tr("Awareness campaigns")),
                (self.tr("Common rooms"), self.rooms, self.tr("Common rooms")),
                (self.tr("Calls for projects"), self.calls, self.tr("Calls for projects")))):
            self.work_tabs.setTabText(i, text)
            if table is not None:
                table.setAccessibleName(name)
        self.work_tabs.setAccessibleName(self.tr("Collective work of the assistants"))
        for model in (self.campaign_model, self.room_model, self.call_model):
            model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        def load(s: Session) -> Loaded:
            return (list_neighbourhoods(s), registry.list_sites(s),
                    list_people(s, role="collective_assistant"), mt.list_meetings(s))

        self.ctx.call(load, on_success=self._loaded)
        self.refresh_work()

    def refresh_work(self) -> None:
        today = self.ctx.today()

        def load(s: Session) -> Work:
            return cp.list_campaigns(s), rm.list_rooms(s, today=today), pt.list_calls(s)

        def loaded(result: Work) -> None:
            campaigns, rooms, calls = result
            set_rows_keeping_current(self.campaigns, self.campaign_model, campaigns)
            set_rows_keeping_current(self.rooms, self.room_model, rooms)
            set_rows_keeping_current(self.calls, self.call_model, calls)

        self.ctx.call(load, on_success=loaded)

    def _on_work_changes(self, _changes: ChangeSet) -> None:
        self.refresh_work()

    def _loaded(self, result: Loaded) -> None:
        hoods, sites, people, meetings = result
        self._rows = hoods
        current = self._editing
        self.hoods.blockSignals(True)
        self.hoods.clear()
        for hood in hoods:
            item = QListWidgetItem(f"{hood.name} — {', '.join(hood.site_names)}", self.hoods)
            item.setData(ID, hood.id)
            if hood.id == current:
                self.hoods.setCurrentItem(item)
        self.hoods.blockSignals(False)
        self._fill(self.sites, [(s.id, s.name) for s in sites])
        self._fill(self.assistants, [(p.id, p.display_name) for p in people])
        self._chosen()
        set_rows_keeping_current(self.table, self.model, meetings)

    @staticmethod
    def _fill(widget: QListWidget, rows: list[tuple[str, str]]) -> None:
        widget.clear()
        for row_id, text in rows:
            item = QListWidgetItem(text, widget)
            item.setData(ID, row_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def _chosen(self, *_args: object) -> None:
        item = self.hoods.currentItem()
        hood = next((h for h in self._rows if item is not None and h.id == item.data(ID)),
                    None)
        self._editing = hood.id if hood else None
        self.name_edit.setText(hood.name if hood else "")
        for widget, ids in ((self.sites, hood.site_ids if hood else ()),
                            (self.assistants, hood.assistant_ids if hood else ())):
            for i in range(widget.count()):
                widget.item(i).setCheckState(Qt.CheckState.Checked if widget.item(i).data(ID)
                                             in ids else Qt.CheckState.Unchecked)

    def _on_changes(self, _changes: ChangeSet) -> None:
        self.refresh()

    def new(self) -> None:
        self.hoods.setCurrentRow(-1)
        self._editing = None
        self._chosen()
        self.name_edit.setFocus()

    def save(self) -> None:
        name, sites, people = self.name_edit.text(), _checked(self.sites), \
            _checked(self.assistants)
        editing, actor = self._editing, self.ctx.actor_id

        def done(row: NeighbourhoodRow) -> None:
            self.error.hide()
            self._editing = row.id

        def failed(exc: BaseException) -> None:
            self.error.setText(error_text(exc))
            self.error.show()

        self.ctx.call(lambda s: define_neighbourhood(
            s, name=name, site_ids=sites, assistant_ids=people, actor_id=actor,
            neighbourhood_id=editing), on_success=done, on_failure=failed)

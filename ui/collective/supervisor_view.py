"""The supervisor's page of collective work (issue 18): the neighbourhoods — which sites
each groups and which collective assistants work it (registry records, written here) — and
every tenants' meeting with its attendance and minutes, as the collective assistants'
laptops synced them."""

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
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.collective import meetings as mt
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
from ui.collective.meetings_view import COLUMNS
from ui.context import AppContext
from ui.errors import error_text
from ui.record_types import COLLECTIVE
from ui.table_model import RowsModel, set_rows_keeping_current

ID = Qt.ItemDataRole.UserRole
Loaded = tuple[list[NeighbourhoodRow], list[SiteRow], list[PersonAccount], list[MeetingRow]]


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
        left = QVBoxLayout()
        self.hoods_label = QLabel(self)
        self.hoods_label.setBuddy(self.hoods)
        left.addWidget(self.hoods_label)
        left.addWidget(self.hoods, 1)
        left.addWidget(self.form_box, 2)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(self.meetings_box, 3)
        self._rows: list[NeighbourhoodRow] = []
        self._editing: str | None = None
        self.hoods.currentRowChanged.connect(self._chosen)
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.new)
        context.subscribe(COLLECTIVE | {"sites"}, self._on_changes)
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        def load(s: Session) -> Loaded:
            return (list_neighbourhoods(s), registry.list_sites(s),
                    list_people(s, role="collective_assistant"), mt.list_meetings(s))

        self.ctx.call(load, on_success=self._loaded)

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

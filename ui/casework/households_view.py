"""Households tab: the households of the user's sites, filtered by site, status and text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.casework import household_list
from fieldapp.casework import labels as service_labels
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.people.directory import list_people
from fieldapp.people.views import PersonAccount
from fieldapp.registry import households as registry
from fieldapp.registry.views import HouseholdRow, SiteRow
from fieldapp.vault import ChangeSet
from ui import labels
from ui.context import AppContext
from ui.record_types import REGISTRY
from ui.table_model import Column, RowsModel, set_rows_keeping_current

DEBOUNCE_MS = 250
MINE, EVERYONE, NOBODY = "mine", "everyone", ""  # whose case files (see worker_filter)

COLUMNS: list[Column[HouseholdRow]] = [
    (QT_TRANSLATE_NOOP("HouseholdsView", "Household"), lambda r: r.name),
    (QT_TRANSLATE_NOOP("HouseholdsView", "Site"), lambda r: r.site_name),
    (QT_TRANSLATE_NOOP("HouseholdsView", "Building"), lambda r: r.building_name),
    (QT_TRANSLATE_NOOP("HouseholdsView", "Address"), lambda r: r.address),
    (QT_TRANSLATE_NOOP("HouseholdsView", "Dwelling"), lambda r: r.dwelling_label),
    (QT_TRANSLATE_NOOP("HouseholdsView", "People"), lambda r: r.member_count),
    (QT_TRANSLATE_NOOP("HouseholdsView", "Case file"), lambda r: labels.case_status(r.case_status)
     if r.case_status else ""),
]


class HouseholdsView(QWidget):
    open_household = Signal(str)  # household id

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.site_combo = QComboBox(self)
        self.site_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_combo = QComboBox(self)
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # whose case files: mine (what the list opens on), everyone's, nobody's, or a
        # colleague's I stand in for; "mine" gives way to a typed search (find any tenant)
        self.whose_combo = QComboBox(self)
        self.whose_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._colleagues: list[PersonAccount] = []
        self.count_label = QLabel(self)
        self.model = RowsModel("HouseholdsView", COLUMNS, self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._search_label = QLabel(self)
        self._search_label.setBuddy(self.search_edit)
        self._site_label = QLabel(self)
        self._site_label.setBuddy(self.site_combo)
        self._status_label = QLabel(self)
        self._status_label.setBuddy(self.status_combo)
        self._whose_label = QLabel(self)
        self._whose_label.setBuddy(self.whose_combo)

        filters = QHBoxLayout()
        filters.addWidget(self._search_label)
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self._site_label)
        filters.addWidget(self.site_combo)
        filters.addWidget(self._status_label)
        filters.addWidget(self.status_combo)
        filters.addWidget(self._whose_label)
        filters.addWidget(self.whose_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(self._debounce.start)
        self.site_combo.currentIndexChanged.connect(self._filters_changed)
        self.status_combo.currentIndexChanged.connect(self._filters_changed)
        self.whose_combo.currentIndexChanged.connect(self._filters_changed)
        self.table.activated.connect(self._activated)
        self.search_edit.returnPressed.connect(self._enter)
        context.subscribe(REGISTRY | {"case_files"}, self._on_changes)
        self.setTabOrder(self.search_edit, self.site_combo)
        self.setTabOrder(self.site_combo, self.status_combo)
        self.setTabOrder(self.status_combo, self.whose_combo)
        self.setTabOrder(self.whose_combo, self.table)
        self._sites: list[SiteRow] = []
        self._count = 0
        self.retranslate()
        self._load_sites()
        self._load_colleagues()

    def retranslate(self) -> None:
        self._search_label.setText(self.tr("Fin&d:"))
        self.search_edit.setPlaceholderText(self.tr("Name, address or dwelling"))
        self.search_edit.setAccessibleName(self.tr("Find a household"))
        self._site_label.setText(self.tr("S&ite:"))
        self.site_combo.setAccessibleName(self.tr("Site"))
        self._status_label.setText(self.tr("Stat&us:"))
        self.status_combo.setAccessibleName(self.tr("Case file status"))
        self._whose_label.setText(self.tr("&Whose:"))
        self.whose_combo.setAccessibleName(self.tr("Whose case files"))
        self.whose_combo.setToolTip(self.tr(
            "My case files, everyone's on my sites, those with nobody yet, or a colleague's "
            "I stand in for. A name typed in Find searches every household of my sites."))
        self._fill_whose_combo()
        self.table.setAccessibleName(self.tr("Households"))
        self._fill_site_combo()
        self.status_combo.blockSignals(True)
        current = self.status_combo.currentData()
        labels.fill_combo(self.status_combo, service_labels.CASE_STATUSES,
                          none_text=self.tr("All"))
        self.status_combo.addItem(self.tr("No case file"), "none")
        index = self.status_combo.findData(current)
        self.status_combo.setCurrentIndex(max(0, index))
        self.status_combo.blockSignals(False)
        self.model.retranslate()
        self.table.resizeColumnsToContents()  # the headers' new words fit before any row
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _load_colleagues(self) -> None:
        me = self.ctx.actor_id

        def loaded(people: list[PersonAccount]) -> None:
            self._colleagues = [p for p in people if p.id != me]
            self._fill_whose_combo()

        self.ctx.call(lambda s: list_people(s, role="social_assistant"), on_success=loaded)

    def _fill_whose_combo(self) -> None:
        current = self.whose_combo.currentData() if self.whose_combo.count() else MINE
        self.whose_combo.blockSignals(True)
        self.whose_combo.clear()
        self.whose_combo.addItem(self.tr("My case files"), MINE)
        self.whose_combo.addItem(self.tr("Everyone's"), EVERYONE)
        self.whose_combo.addItem(self.tr("Nobody's yet"), NOBODY)
        for person in self._colleagues:
            self.whose_combo.addItem(self.tr("Of {name}").format(name=person.display_name),
                                     person.id)
        self.whose_combo.setCurrentIndex(max(0, self.whose_combo.findData(current)))
        self.whose_combo.blockSignals(False)

    def worker_filter(self, text: str) -> str | None:
        """The `worker` of the household query: my account, a colleague's, "" for nobody's,
        None for everyone's — and everyone's while a name is typed with "mine" chosen."""
        chosen = self.whose_combo.currentData()
        if chosen == EVERYONE or (chosen == MINE and text):
            return None
        if chosen == MINE:
            return self.ctx.actor_id
        return str(chosen)

    def _load_sites(self) -> None:
        self.ctx.call(registry.list_sites, on_success=self._sites_loaded)

    def _sites_loaded(self, sites: list[SiteRow]) -> None:
        self._sites = sites
        self._fill_site_combo()
        self.refresh()

    def _fill_site_combo(self) -> None:
        current = self.site_combo.currentData()
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        self.site_combo.addItem(self.tr("All my sites"), None)
        for site in self._sites:
            self.site_combo.addItem(site.name, site.id)
        self.site_combo.setCurrentIndex(max(0, self.site_combo.findData(current)))
        self.site_combo.blockSignals(False)

    def refresh(self, *, focus_table: bool = False) -> None:
        self._debounce.stop()
        site_id = self.site_combo.currentData()
        status = self.status_combo.currentData()
        text = self.search_edit.text().strip()
        worker = self.worker_filter(text)

        def query(s: Session) -> tuple[list[HouseholdRow], int]:
            where = {"site_id": site_id, "text": text, "case_status": status,
                     "worker": worker}
            rows = household_list.search_households(s, **where)
            total = household_list.count_households(s, **where)
            return rows, total

        def loaded(result: tuple[list[HouseholdRow], int]) -> None:
            if text != self.search_edit.text().strip():
                return  # typed on; the newer query is on its way
            self._loaded(result)
            if focus_table:
                self._focus_table()

        self.ctx.call(query, on_success=loaded)

    def _loaded(self, result: tuple[list[HouseholdRow], int]) -> None:
        rows, self._count = result
        set_rows_keeping_current(self.table, self.model, rows)
        self.table.resizeColumnsToContents()  # with no rows: to the headers' words
        self._show_count()

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        if self._count == 0 and self.worker_filter(self.search_edit.text().strip()) \
                == self.ctx.actor_id:
            text = self.tr("You have none of the case files yet. Whose: Everyone's shows "
                           "every household of your sites.")
        elif shown < self._count:
            text = self.tr("Showing {shown} of {total} households")
        else:
            text = self.tr("Households: {total}")
        self.count_label.setText(text.format(shown=shown, total=self._count))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_household.emit(self.model.row_at(index.row()).id)

    def _filters_changed(self, _index: int) -> None:
        self.refresh()

    def _enter(self) -> None:
        if self._debounce.isActive():
            self.refresh(focus_table=True)  # Enter before the pause: search now, then go
        else:
            self._focus_table()

    def _focus_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _on_changes(self, changes: ChangeSet) -> None:
        """Saved here or arrived by sync: read the list again (and the sites, if they moved)."""
        if changes.touches("sites"):
            self._load_sites()
        else:
            self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self._activated(self.table.currentIndex())
            return
        super().keyPressEvent(event)

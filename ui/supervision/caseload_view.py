"""Caseload per worker or per site (top), and the case files behind the chosen row (below).

Keyboard: Alt+G group by, Ctrl+F filter, Enter on a row shows its case files, Enter on a
case file opens it (access-logged), Ctrl+R reassigns the selected case files, F5 refreshes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldapp.casework.workers import map_former_name
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.people.views import PersonAccount
from fieldapp.supervision import caseload
from fieldapp.supervision.views import CaseloadCase, CaseloadRow
from fieldapp.vault import ChangeSet
from ui.context import AppContext
from ui.labels import case_status
from ui.record_types import CASEWORK, REGISTRY
from ui.supervision.common import SortableRowsModel, make_table, proxy_for, rows_of
from ui.table_model import Column, set_rows_keeping_current

# What the caseload counts: case files and their work, and the sites' renovation and
# neighbourhood work (see fieldapp.supervision.caseload).
COUNTED = CASEWORK | REGISTRY | {"reassignments", "nb_requests", "renovation_dwellings",
                                 "renovation_inventories"}

C = "CaseloadView"
UNASSIGNED = QT_TRANSLATE_NOOP("CaseloadView", "(nobody)")
FIRST_HEADER = {"worker": QT_TRANSLATE_NOOP("CaseloadView", "Worker"),
                "site": QT_TRANSLATE_NOOP("CaseloadView", "Site")}


FORMER = QT_TRANSLATE_NOOP("CaseloadView", "former: {name}")


def _name(row: CaseloadRow) -> str:
    from PySide6.QtCore import QCoreApplication

    if row.former:  # a free-text name from before accounts, not mapped to anyone yet
        return QCoreApplication.translate(C, FORMER).format(name=row.label)
    return row.label or QCoreApplication.translate(C, UNASSIGNED)


GROUP_COLUMNS: list[Column[CaseloadRow]] = [
    (QT_TRANSLATE_NOOP("CaseloadView", "Worker / site"), _name),  # header set per grouping
    (QT_TRANSLATE_NOOP("CaseloadView", "Open case files"), lambda r: r.open_cases),
    (QT_TRANSLATE_NOOP("CaseloadView", "Notes (30 days)"), lambda r: r.notes_30d),
    (QT_TRANSLATE_NOOP("CaseloadView", "Overdue follow-ups"), lambda r: r.overdue_followups),
    (QT_TRANSLATE_NOOP("CaseloadView", "Open referrals"), lambda r: r.open_referrals),
    (QT_TRANSLATE_NOOP("CaseloadView", "Visits planned"), lambda r: r.visits_planned),
    (QT_TRANSLATE_NOOP("CaseloadView", "Visits done (30 days)"), lambda r: r.visits_done),
    (QT_TRANSLATE_NOOP("CaseloadView", "Inventories in progress"),
     lambda r: r.inventories_open),
    (QT_TRANSLATE_NOOP("CaseloadView", "Open neighbourhood requests"),
     lambda r: r.requests_open),
]
CASE_COLUMNS: list[Column[CaseloadCase]] = [
    (QT_TRANSLATE_NOOP("CaseloadView", "Household"), lambda c: c.household_name),
    (QT_TRANSLATE_NOOP("CaseloadView", "Site"), lambda c: c.site_name),
    (QT_TRANSLATE_NOOP("CaseloadView", "Worker"), lambda c: c.worker),
    (QT_TRANSLATE_NOOP("CaseloadView", "Status"), lambda c: case_status(c.status)),
    (QT_TRANSLATE_NOOP("CaseloadView", "Opened"), lambda c: c.opened_on),
    (QT_TRANSLATE_NOOP("CaseloadView", "Last note"), lambda c: c.last_note_on),
    (QT_TRANSLATE_NOOP("CaseloadView", "Notes (30 days)"), lambda c: c.notes_30d),
    (QT_TRANSLATE_NOOP("CaseloadView", "Overdue follow-ups"), lambda c: c.overdue_followups),
    (QT_TRANSLATE_NOOP("CaseloadView", "Open referrals"), lambda c: c.open_referrals),
    (QT_TRANSLATE_NOOP("CaseloadView", "Visits planned"), lambda c: c.visits_planned),
]


class CaseloadView(QWidget):
    open_case = Signal(str, str)  # case id, household id
    reassign_requested = Signal(list)  # CaseloadCase rows
    loaded = Signal()
    cases_loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.group: tuple[str, str] | None = None  # ("worker" | "site", key)
        self.group_label = QLabel(self)
        self.group_combo = QComboBox(self)
        self.group_combo.addItems(["", ""])
        self.group_label.setBuddy(self.group_combo)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.reassign_button = QPushButton(self)
        self.map_button = QPushButton(self)  # whose account a former name is
        self.map_button.setEnabled(False)
        self.refresh_button = QPushButton(self)
        self.filter_label = QLabel(self)
        self.filter_label.setBuddy(self.filter_edit)
        top = QHBoxLayout()
        for w in (self.group_label, self.group_combo, self.filter_label, self.filter_edit,
                  self.reassign_button, self.map_button, self.refresh_button):
            top.addWidget(w)
        top.setStretch(3, 1)

        self.model = SortableRowsModel(C, GROUP_COLUMNS, self)
        self.proxy = proxy_for(self.model, self)
        self.table = make_table(self, self.proxy)
        self.cases_title = QLabel(self)
        self.cases_title.setStyleSheet("font-weight: bold;")
        self.case_filter = QLineEdit(self)
        self.case_filter.setClearButtonEnabled(True)
        self.case_model = SortableRowsModel(C, CASE_COLUMNS, self)
        self.case_proxy = proxy_for(self.case_model, self)
        self.cases = make_table(self, self.case_proxy, multi=True)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        self.case_filter_label = QLabel(self)
        self.case_filter_label.setBuddy(self.case_filter)
        head = QHBoxLayout()
        head.addWidget(self.cases_title, 1)
        head.addWidget(self.case_filter_label)
        head.addWidget(self.case_filter, 1)
        lower_layout.addLayout(head)
        lower_layout.addWidget(self.cases)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setSizes([260, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split)

        self.group_combo.currentIndexChanged.connect(self._regroup)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.case_filter.textChanged.connect(self.case_proxy.setFilterFixedString)
        self.table.activated.connect(lambda _i: self.drill())
        self.cases.activated.connect(lambda _i: self._open_current())
        self.reassign_button.clicked.connect(self.request_reassign)
        self.map_button.clicked.connect(self.map_former_name)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._current_changed())
        self.refresh_button.clicked.connect(self.refresh)
        context.subscribe(COUNTED, self._on_changes)
        QShortcut(QKeySequence("Ctrl+F"), self).activated.connect(self.filter_edit.setFocus)
        QShortcut(QKeySequence("Ctrl+R"), self).activated.connect(self.request_reassign)
        self.setTabOrder(self.group_combo, self.filter_edit)
        self.setTabOrder(self.filter_edit, self.table)
        self.setTabOrder(self.table, self.case_filter)
        self.setTabOrder(self.case_filter, self.cases)
        self.retranslate()

    def retranslate(self) -> None:
        self.group_label.setText(self.tr("&Group by:"))
        self.group_combo.setItemText(0, self.tr("Worker"))
        self.group_combo.setItemText(1, self.tr("Site"))
        self.filter_edit.setPlaceholderText(self.tr("Filter (Ctrl+F)"))
        self.case_filter.setPlaceholderText(self.tr("Filter case files"))
        self.reassign_button.setText(self.tr("&Reassign… (Ctrl+R)"))
        self.refresh_button.setText(self.tr("Refresh (F5)"))
        self.map_button.setText(self.tr("Who was this?…"))
        self.map_button.setToolTip(self.tr(
            "A worker named before accounts existed: choose the colleague's account, and "
            "their case files follow."))
        self.table.setAccessibleName(self.tr("Caseload"))
        self.cases.setAccessibleName(self.tr("Case files"))
        self.group_combo.setAccessibleName(self.tr("Group by"))
        self.filter_edit.setAccessibleName(self.tr("Filter the caseload"))
        self.case_filter.setAccessibleName(self.tr("Filter the case files"))
        self.filter_label.setText(self.tr("Filter the caseload"))
        self.case_filter_label.setText(self.tr("Filter the case files"))
        self._title()
        self.model.retranslate()
        self.case_model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _title(self) -> None:
        if self.group is None:
            self.cases_title.setText(self.tr("Choose a worker or a site above and press Enter"))
        else:
            name = self.group[1] or self.tr("(nobody)")
            label = next((r.label for r in self.model.rows() if r.key == self.group[1]), name)
            self.cases_title.setText(self.tr("Case files of %1").replace("%1", label or name))

    def _regroup(self, _index: int) -> None:
        self.group = None
        self.case_model.clear()
        self._title()
        self.refresh()

    @property
    def group_by(self) -> str:
        return "worker" if self.group_combo.currentIndex() == 0 else "site"

    def refresh(self) -> None:
        today, group_by = self.ctx.today(), self.group_by
        self.ctx.call(lambda s: caseload.caseload(s, today=today, group_by=group_by),
                      on_success=self._loaded)
        if self.group is not None:
            self._load_cases()

    def _loaded(self, rows: list[CaseloadRow]) -> None:
        self.model.header_override = {0: FIRST_HEADER[self.group_by]}
        set_rows_keeping_current(self.table, self.model, rows, key=lambda r: r.key)
        for column in (7, 8):  # renovation and neighbourhood work belong to sites
            self.table.setColumnHidden(column, self.group_by == "worker")
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self.loaded.emit()

    def drill(self) -> None:
        """Show the case files of the current worker or site below."""
        chosen = rows_of(self.table, self.model)
        if not chosen:
            return
        self.group = (self.group_by, chosen[0].key)
        self._title()
        self._load_cases()
        self.cases.setFocus()

    def _load_cases(self) -> None:
        assert self.group is not None
        kind, key = self.group
        today = self.ctx.today()
        worker, site_id = (key, None) if kind == "worker" else (None, key)
        self.ctx.call(lambda s: caseload.case_list(s, today=today, worker=worker,
                                                   site_id=site_id),
                      on_success=self._cases_loaded)

    def _cases_loaded(self, rows: list[CaseloadCase]) -> None:
        kept = set_rows_keeping_current(self.cases, self.case_model, rows,
                                        key=lambda r: r.case_id)
        if not kept and self.case_proxy.rowCount():
            self.cases.setCurrentIndex(self.case_proxy.index(0, 0))
        self.cases_loaded.emit()

    def _on_changes(self, _changes: ChangeSet) -> None:
        """Saved here or arrived by sync: count again."""
        self.refresh()

    def selected_cases(self) -> list[CaseloadCase]:
        return rows_of(self.cases, self.case_model, selected=True)

    def _open_current(self) -> None:
        chosen = rows_of(self.cases, self.case_model)
        if chosen:
            self.open_case.emit(chosen[0].case_id, chosen[0].household_id)

    def _current_row(self) -> CaseloadRow | None:
        chosen = rows_of(self.table, self.model)
        return chosen[0] if chosen else None

    def _current_changed(self) -> None:
        row = self._current_row()
        self.map_button.setEnabled(row is not None and row.former)

    def map_former_name(self) -> None:
        """Say which account a former free-text name was: every case file carrying it goes
        to that person (a new revision each, synced to the site's team)."""
        row = self._current_row()
        if row is None or not row.former:
            return
        name = row.label

        def chosen(people: list[PersonAccount]) -> None:
            if not people:
                self.map_button.setToolTip(self.tr("Nobody in the directory yet: sync first."))
                return
            labels = [p.display_name for p in people]
            picked, ok = QInputDialog.getItem(
                self, self.tr("Who was this?"),
                self.tr("The case files of “%1” go to:").replace("%1", name), labels, 0, False)
            if not ok:
                return
            person = people[labels.index(picked)]
            actor = self.ctx.actor_id
            self.ctx.call(lambda s: map_former_name(s, name=name, person_id=person.id,
                                                    actor_id=actor))

        self.ctx.call(lambda s: caseload.workers(s), on_success=chosen)

    def request_reassign(self) -> None:
        chosen = self.selected_cases()
        if chosen:
            self.reassign_requested.emit(chosen)

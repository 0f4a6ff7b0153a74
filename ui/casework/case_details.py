"""The left side of a case file: the household and its people, and the case's status,
assigned worker and themes (saved with one button)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.casework import cases as casework
from fieldapp.casework import labels as service_labels
from fieldapp.casework.views import CaseView, HouseholdDetail
from fieldapp.people.directory import list_people
from fieldapp.people.views import PersonAccount
from ui import labels
from ui.casework.case_models import PEOPLE_COLUMNS
from ui.context import AppContext
from ui.table_model import RowsModel, format_date


def make_table(parent: QWidget, model: QAbstractItemModel) -> QTableView:
    table = QTableView(parent)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class CaseDetailsPanel(QWidget):
    case_saved = Signal(object)  # CaseView

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.case: CaseView | None = None
        self.detail: HouseholdDetail | None = None
        self.name_label = QLabel(self)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address_label = QLabel(self)
        self.address_label.setWordWrap(True)
        self.people_model = RowsModel("CaseFileView", PEOPLE_COLUMNS, self)
        self.people_table = make_table(self, self.people_model)
        self.people_table.setMaximumHeight(170)
        self.household_box = QGroupBox(self)
        box = QVBoxLayout(self.household_box)
        box.addWidget(self.name_label)
        box.addWidget(self.address_label)
        box.addWidget(self.people_table)

        self.status_combo = QComboBox(self)
        self.worker_combo = QComboBox(self)  # the people holding the site's key
        self._people: list[PersonAccount] = []
        self.themes_list = QListWidget(self)
        for code in service_labels.THEMES:
            item = QListWidgetItem(self.themes_list)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        row_height = self.themes_list.sizeHintForRow(0)
        self.themes_list.setFixedHeight(row_height * self.themes_list.count() + 8)
        self.save_case_button = QPushButton(self)
        self.case_box = QGroupBox(self)
        self._form_labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout(self.case_box)
        for label, field in zip(self._form_labels,
                                (self.status_combo, self.worker_combo, self.themes_list),
                                strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.save_case_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.household_box)
        layout.addWidget(self.case_box)
        layout.addStretch(1)
        self.save_case_button.clicked.connect(self.save_case)
        self.setTabOrder(self.status_combo, self.worker_combo)
        self.setTabOrder(self.worker_combo, self.themes_list)
        self.setTabOrder(self.themes_list, self.save_case_button)
        self.setTabOrder(self.save_case_button, self.people_table)
        self.retranslate()

    def retranslate(self) -> None:
        self.household_box.setTitle(self.tr("Household"))
        self.case_box.setTitle(self.tr("Case file"))
        for label, text in zip(self._form_labels, (self.tr("Stat&us:"), self.tr("&Worker:"),
                                                   self.tr("T&hemes:")), strict=True):
            label.setText(text)
        labels.fill_combo(self.status_combo, service_labels.CASE_STATUSES)
        for row in range(self.themes_list.count()):
            item = self.themes_list.item(row)
            item.setText(labels.theme(item.data(Qt.ItemDataRole.UserRole)))
        self.save_case_button.setText(self.tr("Save case &details"))
        self.people_table.setAccessibleName(self.tr("People of the household"))
        self.status_combo.setAccessibleName(self.tr("Case file status"))
        self.worker_combo.setAccessibleName(self.tr("Assigned worker"))
        self.themes_list.setAccessibleName(self.tr("Themes"))
        self.people_model.retranslate()
        self.show_household(self.detail)
        if self.case is not None:
            self._fill_workers(self.case, self._worker_key(self.case))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_household(self, detail: HouseholdDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.name_label.setText(self.tr("Opening the case file…"))
            return
        self.people_model.set_rows(detail.people)
        self.name_label.setText(detail.name)
        parts = [detail.address, detail.site.name,
                 self.tr("Candidate tenant: no dwelling yet") if detail.candidate
                 else self.tr("Dwelling {label}").format(label=detail.dwelling_label)]
        if detail.moved_in_on:
            parts.append(self.tr("Tenant since {date}").format(
                date=format_date(detail.moved_in_on)))
        self.address_label.setText(" · ".join(p for p in parts if p))

    @staticmethod
    def _worker_key(case: CaseView) -> str:
        """The account id, "former:<name>" for a name from before accounts, "" for nobody."""
        if case.worker_id:
            return case.worker_id
        return f"former:{case.assigned_worker}" if case.assigned_worker.strip() else ""

    def _fill_workers(self, case: CaseView, chosen: str) -> None:
        """Nobody, the people holding a key to the case file's site, the person signed in,
        and the case file's own worker when none of those (a former name, someone who
        left): chosen shows `chosen`."""
        combo = self.worker_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Nobody"), "")
        listed = {""}
        for person in self._people:
            combo.addItem(person.display_name, person.id)
            listed.add(person.id)
        if self.ctx.actor_id not in listed:
            combo.addItem(self.ctx.profile.display_name or self.tr("Me"), self.ctx.actor_id)
            listed.add(self.ctx.actor_id)
        current = self._worker_key(case)
        if current not in listed:
            name = case.assigned_worker or case.worker_id or ""
            label = (self.tr("former: {name}").format(name=name)
                     if current.startswith("former:") else name)
            combo.addItem(label, current)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _load_people(self, case: CaseView) -> None:
        site_id = case.site_id

        def loaded(people: list[PersonAccount]) -> None:
            if self.case is None or self.case.site_id != site_id:
                return
            chosen = self.worker_combo.currentData()
            self._people = people
            self._fill_workers(self.case, chosen if isinstance(chosen, str) else
                               self._worker_key(self.case))

        self.ctx.call(lambda s: list_people(s, site_id=site_id), on_success=loaded)

    def show_case(self, case: CaseView) -> None:
        new_site = self.case is None or self.case.site_id != case.site_id
        self.case = case
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(case.status)))
        if new_site:
            self._people = []
        self._fill_workers(case, self._worker_key(case))
        if new_site:
            self._load_people(case)
        for row in range(self.themes_list.count()):
            item = self.themes_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in case.themes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _form(self) -> tuple[str, str, list[str]]:
        themes = [self.themes_list.item(r).data(Qt.ItemDataRole.UserRole)
                  for r in range(self.themes_list.count())
                  if self.themes_list.item(r).checkState() == Qt.CheckState.Checked]
        worker = self.worker_combo.currentData()
        return self.status_combo.currentData(), worker if isinstance(worker, str) else "", themes

    def show_case_unless_edited(self, case: CaseView) -> None:
        """The case as saved now (here or on another laptop); details being edited and not
        saved yet stay on screen (saving them makes a new revision on top of this one)."""
        shown = self.case
        untouched = shown is None or self._form() == (
            shown.status, self._worker_key(shown),
            [c for c in service_labels.THEMES if c in shown.themes])
        if untouched:
            self.show_case(case)
        else:
            self.case = case

    def save_case(self) -> None:
        if self.case is None:
            return
        status, worker, themes = self._form()
        case_id, actor = self.case.id, self.ctx.actor_id

        def saved(case: CaseView) -> None:
            self.show_case(case)
            self.case_saved.emit(case)

        # a former name ("former:…") stays until someone is chosen; none chosen: nobody
        worker_id = worker if worker and not worker.startswith("former:") else None
        unassign = not worker
        self.ctx.call(lambda s: casework.update_case(s, case_id=case_id, actor_id=actor,
                                                     status=status, themes=themes,
                                                     worker_id=worker_id, unassign=unassign),
                      on_success=saved)

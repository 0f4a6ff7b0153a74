"""Welcome sessions tab: the monthly welcome of new tenants, per site, with who attended."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
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
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.casework import household_list, welcome
from fieldapp.casework.views import WelcomeSessionView
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.registry import households as registry
from fieldapp.registry.views import HouseholdRow, SiteRow
from fieldapp.vault import ChangeSet
from ui.context import AppContext
from ui.errors import error_text
from ui.qdates import from_qdate, to_qdate
from ui.record_types import WELCOME
from ui.table_model import Column, RowsModel, date_pattern, set_rows_keeping_current

COLUMNS: list[Column[WelcomeSessionView]] = [
    (QT_TRANSLATE_NOOP("WelcomeView", "Date"), lambda r: r.held_on),
    (QT_TRANSLATE_NOOP("WelcomeView", "Households present"),
     lambda r: len(r.attendee_household_ids)),
    (QT_TRANSLATE_NOOP("WelcomeView", "Notes"), lambda r: r.notes),
]


class WelcomeView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.site_combo = QComboBox(self)
        self.model = RowsModel("WelcomeView", COLUMNS, self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.sessions_box = QGroupBox(self)
        QVBoxLayout(self.sessions_box).addWidget(self.table)

        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(to_qdate(context.today()))
        self.attendees = QListWidget(self)
        self.notes_edit = QLineEdit(self)
        self.record_button = QPushButton(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.form_box = QGroupBox(self)
        self._labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout(self.form_box)
        for label, field in zip(self._labels, (self.date_edit, self.attendees, self.notes_edit),
                                strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.error)
        form.addRow("", self.record_button)

        self._site_label = QLabel(self)
        self._site_label.setBuddy(self.site_combo)
        top = QHBoxLayout()
        top.addWidget(self._site_label)
        top.addWidget(self.site_combo)
        top.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.sessions_box, 1)
        body.addWidget(self.form_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.site_combo.currentIndexChanged.connect(self.refresh)
        self.record_button.clicked.connect(self.record)
        context.subscribe(WELCOME | {"sites", "households"}, self._on_changes)
        self._sites: list[SiteRow] = []
        self.retranslate()
        self.ctx.call(registry.list_sites, on_success=self._sites_loaded)

    def retranslate(self) -> None:
        self.date_edit.setDisplayFormat(date_pattern())
        self._site_label.setText(self.tr("S&ite:"))
        self.site_combo.setAccessibleName(self.tr("Site"))
        self.sessions_box.setTitle(self.tr("Welcome sessions held"))
        self.form_box.setTitle(self.tr("Record a welcome session"))
        for label, text in zip(self._labels, (self.tr("&Held on:"), self.tr("&Attended:"),
                                              self.tr("N&otes:")), strict=True):
            label.setText(text)
        self.attendees.setAccessibleName(self.tr("Households that attended"))
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.date_edit.setAccessibleName(self.tr("Date of the session"))
        self.table.setAccessibleName(self.tr("Welcome sessions held"))
        self.record_button.setText(self.tr("&Record session"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _sites_loaded(self, sites: list[SiteRow]) -> None:
        self._sites = sites
        current = self.site_combo.currentData()
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        for site in sites:
            self.site_combo.addItem(site.name, site.id)
        self.site_combo.setCurrentIndex(max(0, self.site_combo.findData(current)))
        self.site_combo.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        site_id = self.site_combo.currentData()
        if site_id is None:
            return

        def load(s: Session) -> tuple[list[WelcomeSessionView], list[HouseholdRow]]:
            sessions = welcome.list_welcome_sessions(s, site_id=site_id)
            households = household_list.search_households(s, site_id=site_id, limit=500)
            return sessions, households

        self.ctx.call(load, on_success=self._loaded)

    def _loaded(self, result: tuple[list[WelcomeSessionView], list[HouseholdRow]]) -> None:
        sessions, households = result
        set_rows_keeping_current(self.table, self.model, sessions)
        checked = set(self.checked_households())  # ticks not recorded yet stay ticked
        current = self.attendees.currentItem()
        current_id = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.attendees.clear()
        for household in households:
            item = QListWidgetItem(f"{household.name} — {household.address}", self.attendees)
            item.setData(Qt.ItemDataRole.UserRole, household.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if household.id in checked
                               else Qt.CheckState.Unchecked)
            if household.id == current_id:
                self.attendees.setCurrentItem(item)

    def checked_households(self) -> list[str]:
        return [self.attendees.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.attendees.count())
                if self.attendees.item(i).checkState() == Qt.CheckState.Checked]

    def _on_changes(self, changes: ChangeSet) -> None:
        """Recorded here or arrived by sync: the sessions and households are read again."""
        if changes.touches("sites"):
            self.ctx.call(registry.list_sites, on_success=self._sites_loaded)
        else:
            self.refresh()

    def record(self) -> None:
        site_id = self.site_combo.currentData()
        if site_id is None:
            return
        ids = self.checked_households()
        held_on, notes = from_qdate(self.date_edit.date()), self.notes_edit.text()
        actor = self.ctx.actor_id

        # The lists are read again when the change is announced.
        def done(_session: WelcomeSessionView) -> None:
            self.error.hide()
            self.notes_edit.clear()
            for i in range(self.attendees.count()):
                self.attendees.item(i).setCheckState(Qt.CheckState.Unchecked)

        def failed(exc: BaseException) -> None:
            self.error.setText(error_text(exc))
            self.error.show()

        self.ctx.call(lambda s: welcome.record_welcome_session(
            s, site_id=site_id, held_on=held_on, attendee_household_ids=ids, actor_id=actor,
            notes=notes), on_success=done, on_failure=failed)

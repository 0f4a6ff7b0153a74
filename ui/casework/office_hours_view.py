"""Office hours tab (issue 17 item 1): the sessions of a site — at head office, a branch or by
phone — and who came to each, with or without a case file, often for a quick question:
the theme and where they were sent on. The supervisor's indicators count them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
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

from fieldapp.casework import household_list, office_hours
from fieldapp.casework import labels as service_labels
from fieldapp.casework.office_hours import OfficeHoursContactView, OfficeHoursSessionView
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.registry import households as registry
from fieldapp.registry.views import HouseholdRow, SiteRow
from fieldapp.reports.dates import clock
from fieldapp.vault import ChangeSet
from ui import labels
from ui.agenda.planned_actions import on_delete_key
from ui.agenda.time_fields import minute_of, time_edit
from ui.casework.site_work_edit import ConfirmDialog, ContactEditDialog, SessionEditDialog
from ui.context import AppContext
from ui.errors import error_text
from ui.qdates import from_qdate, to_qdate
from ui.table_model import (
    Column,
    RowsModel,
    date_pattern,
    format_date,
    set_rows_keeping_current,
)

RECORDS = frozenset({"office_hours_sessions", "office_hours_contacts", "case_files",
                     "households", "sites"})


def _yes(value: bool) -> str:
    return QCoreApplication.translate("OfficeHoursView", "Yes") if value else ""


SESSION_COLUMNS: list[Column[OfficeHoursSessionView]] = [
    (QT_TRANSLATE_NOOP("OfficeHoursView", "Date"), lambda r: r.held_on),
    (QT_TRANSLATE_NOOP("OfficeHoursView", "Time"),
     lambda r: f"{clock(r.start_minute)}–{clock(r.end_minute)}"),
    (QT_TRANSLATE_NOOP("OfficeHoursView", "Place"),
     lambda r: labels.label(service_labels.OFFICE_HOURS_PLACES, r.place)),
    (QT_TRANSLATE_NOOP("OfficeHoursView", "Contacts"), lambda r: r.contacts),
]

CONTACT_COLUMNS: list[Column[OfficeHoursContactView]] = [
    (QT_TRANSLATE_NOOP("OfficeHoursView", "Who"), lambda r: r.who),
    (QT_TRANSLATE_NOOP("OfficeHoursView", "Case file"), lambda r: _yes(r.case_id is not None)),
    (QT_TRANSLATE_NOOP("OfficeHoursView", "Quick question"), lambda r: _yes(r.quick_question)),
    (QT_TRANSLATE_NOOP("OfficeHoursView", "Theme"), lambda r: labels.theme(r.theme)),
    (QT_TRANSLATE_NOOP("OfficeHoursView", "Referred to"),
     lambda r: labels.label(service_labels.OFFICE_HOURS_REFERRED, r.referred_to)),
    (QT_TRANSLATE_NOOP("OfficeHoursView", "What about"), lambda r: r.summary),
]


def _table(parent: QWidget, model: RowsModel) -> QTableView:  # type: ignore[type-arg]
    table = QTableView(parent)
    table.setTabKeyNavigation(False)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class OfficeHoursView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.site_combo = QComboBox(self)
        self._site_label = QLabel(self)
        self._site_label.setBuddy(self.site_combo)
        self.sessions_model = RowsModel("OfficeHoursView", SESSION_COLUMNS, self)
        self.sessions_table = _table(self, self.sessions_model)
        self.sessions_box = QGroupBox(self)
        self.edit_session_button = QPushButton(self)
        self.delete_session_button = QPushButton(self)
        _boxed(self.sessions_box, self.sessions_table, self.edit_session_button,
               self.delete_session_button)

        self.new_box = QGroupBox(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(to_qdate(context.today()))
        self.start_edit = time_edit(self, 9 * 60)
        self.end_edit = time_edit(self, 12 * 60)
        self.place_combo = QComboBox(self)
        self.add_session_button = QPushButton(self)
        self._new_labels = [QLabel(self) for _ in range(4)]
        new_form = QFormLayout(self.new_box)
        for label, field in zip(self._new_labels, (self.date_edit, self.start_edit,
                                                   self.end_edit, self.place_combo),
                                strict=True):
            label.setBuddy(field)
            new_form.addRow(label, field)
        new_form.addRow("", self.add_session_button)

        self.contacts_model = RowsModel("OfficeHoursView", CONTACT_COLUMNS, self)
        self.contacts_table = _table(self, self.contacts_model)
        self.contacts_box = QGroupBox(self)
        self.edit_contact_button = QPushButton(self)
        self.delete_contact_button = QPushButton(self)
        _boxed(self.contacts_box, self.contacts_table, self.edit_contact_button,
               self.delete_contact_button)

        self.contact_box = QGroupBox(self)
        self.case_combo = QComboBox(self)
        self.visitor_edit = QLineEdit(self)
        self.visitor_edit.setMaxLength(160)
        self.quick_check = QCheckBox(self)
        self.theme_combo = QComboBox(self)
        self.referred_combo = QComboBox(self)
        self.summary_edit = QLineEdit(self)
        self.summary_edit.setMaxLength(2_000)
        self.add_contact_button = QPushButton(self)
        self._contact_labels = [QLabel(self) for _ in range(5)]
        contact_form = QFormLayout(self.contact_box)
        for label, field in zip(self._contact_labels, (self.case_combo, self.visitor_edit,
                                                       self.theme_combo, self.referred_combo,
                                                       self.summary_edit), strict=True):
            label.setBuddy(field)
            contact_form.addRow(label, field)
        contact_form.addRow("", self.quick_check)
        contact_form.addRow("", self.add_contact_button)

        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        top = QHBoxLayout()
        top.addWidget(self._site_label)
        top.addWidget(self.site_combo)
        top.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.sessions_box, 1)
        left.addWidget(self.new_box)
        right = QVBoxLayout()
        right.addWidget(self.contacts_box, 1)
        right.addWidget(self.contact_box)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)

        self.site_combo.currentIndexChanged.connect(self.refresh)
        self.add_session_button.clicked.connect(self.add_session)
        self.add_contact_button.clicked.connect(self.add_contact)
        self.summary_edit.returnPressed.connect(self.add_contact)
        self.case_combo.currentIndexChanged.connect(self._case_chosen)
        self.sessions_table.selectionModel().currentChanged.connect(self._session_changed)
        self.contacts_table.selectionModel().currentChanged.connect(self._update_buttons)
        self.edit_session_button.clicked.connect(self.edit_session)
        self.delete_session_button.clicked.connect(self.delete_session)
        self.edit_contact_button.clicked.connect(self.edit_contact)
        self.delete_contact_button.clicked.connect(self.delete_contact)
        on_delete_key(self.sessions_table, self.delete_session)
        on_delete_key(self.contacts_table, self.delete_contact)
        context.subscribe(RECORDS, self._on_changes)
        self._households: list[HouseholdRow] = []
        self._select: str | None = None
        self.retranslate()
        self._session_changed()
        self.ctx.call(registry.list_sites, on_success=self._sites_loaded)

    def retranslate(self) -> None:
        self.date_edit.setDisplayFormat(date_pattern())
        self._site_label.setText(self.tr("S&ite:"))
        self.site_combo.setAccessibleName(self.tr("Site"))
        self.sessions_box.setTitle(self.tr("Office-hours sessions"))
        self.sessions_table.setAccessibleName(self.tr("Office-hours sessions"))
        self.new_box.setTitle(self.tr("New session"))
        for label, text in zip(self._new_labels, (self.tr("&Day:"), self.tr("&From:"),
                                                  self.tr("&Until:"), self.tr("&Where:")),
                               strict=True):
            label.setText(text)
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text.replace("&", "").rstrip(":"))
        labels.fill_combo(self.place_combo, service_labels.OFFICE_HOURS_PLACES)
        self.add_session_button.setText(self.tr("Add the &session"))
        self.contacts_box.setTitle(self.tr("Who came to the selected session"))
        self.contacts_table.setAccessibleName(self.tr("Contacts of the session"))
        self.contact_box.setTitle(self.tr("Someone came"))
        for label, text in zip(self._contact_labels, (
                self.tr("&Case file:"), self.tr("&Or who (no case file):"),
                self.tr("T&heme:"), self.tr("&Referred to:"), self.tr("What a&bout:")),
                strict=True):
            label.setText(text)
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.visitor_edit.setPlaceholderText(self.tr("A first name or a few words, "
                                                     "e.g. neighbour from block B"))
        self.summary_edit.setPlaceholderText(self.tr("Facts only, in a few words"))
        self.quick_check.setText(self.tr("&Quick question"))
        labels.fill_combo(self.theme_combo, service_labels.THEMES)
        labels.fill_combo(self.referred_combo, service_labels.OFFICE_HOURS_REFERRED)
        self.add_contact_button.setText(self.tr("Add the c&ontact"))
        self.edit_session_button.setText(self.tr("Ch&ange…"))
        self.edit_session_button.setAccessibleName(self.tr("Change the session"))
        self.delete_session_button.setText(self.tr("Dele&te…"))
        self.delete_session_button.setAccessibleName(self.tr("Delete the session"))
        self.edit_contact_button.setText(self.tr("Chan&ge…"))
        self.edit_contact_button.setAccessibleName(self.tr("Change the contact"))
        self.delete_contact_button.setText(self.tr("De&lete…"))
        self.delete_contact_button.setAccessibleName(self.tr("Delete the contact"))
        self._fill_cases()
        self.sessions_model.retranslate()
        self.contacts_model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- reading ------------------------------------------------------------------------

    def _sites_loaded(self, sites: list[SiteRow]) -> None:
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

        def load(s: Session) -> tuple[list[OfficeHoursSessionView], list[HouseholdRow]]:
            return (office_hours.list_sessions(s, site_id=site_id),
                    [h for h in household_list.search_households(s, site_id=site_id,
                                                                 limit=1000)
                     if h.case_id is not None])

        self.ctx.call(load, on_success=self._loaded)

    def _loaded(self, result: tuple[list[OfficeHoursSessionView], list[HouseholdRow]]) -> None:
        sessions, households = result
        self._households = households
        self._fill_cases()
        set_rows_keeping_current(self.sessions_table, self.sessions_model, sessions)
        if self._select is not None:
            for row, view in enumerate(sessions):
                if view.id == self._select:
                    self.sessions_table.selectRow(row)
            self._select = None
        elif not self.sessions_table.currentIndex().isValid() and sessions:
            self.sessions_table.selectRow(0)
        self._session_changed()

    def _fill_cases(self) -> None:
        current = self.case_combo.currentData()
        self.case_combo.blockSignals(True)
        self.case_combo.clear()
        self.case_combo.addItem(self.tr("(no case file)"), None)
        for h in self._households:
            where = " · ".join(x for x in (h.address, h.building_name, h.dwelling_label) if x)
            self.case_combo.addItem(f"{h.name} — {where}" if where else h.name, h.case_id)
        self.case_combo.setCurrentIndex(max(0, self.case_combo.findData(current)))
        self.case_combo.blockSignals(False)
        self._case_chosen()

    def current_session(self) -> OfficeHoursSessionView | None:
        index = self.sessions_table.currentIndex()
        if not index.isValid() or index.row() >= self.sessions_model.rowCount():
            return None
        return self.sessions_model.row_at(index.row())

    def current_contact(self) -> OfficeHoursContactView | None:
        index = self.contacts_table.currentIndex()
        if not index.isValid() or index.row() >= self.contacts_model.rowCount():
            return None
        return self.contacts_model.row_at(index.row())

    def _update_buttons(self, *_args: object) -> None:
        has_session = self.current_session() is not None
        has_contact = self.current_contact() is not None
        self.edit_session_button.setEnabled(has_session)
        self.delete_session_button.setEnabled(has_session)
        self.edit_contact_button.setEnabled(has_contact)
        self.delete_contact_button.setEnabled(has_contact)

    def _session_changed(self, *_args: object) -> None:
        sitting = self.current_session()
        self.contact_box.setEnabled(sitting is not None)
        self._update_buttons()
        if sitting is None:
            self.contacts_model.clear()
            self._update_buttons()
            return
        session_id = sitting.id
        self.ctx.call(lambda s: office_hours.list_contacts(s, session_id=session_id),
                      on_success=self._contacts_loaded)

    def _contacts_loaded(self, contacts: list[OfficeHoursContactView]) -> None:
        sitting = self.current_session()
        if sitting is not None and all(c.session_id == sitting.id for c in contacts):
            set_rows_keeping_current(self.contacts_table, self.contacts_model, contacts)
            if not self.contacts_table.currentIndex().isValid() and contacts:
                self.contacts_table.selectRow(0)
            self._update_buttons()

    def _case_chosen(self, *_args: object) -> None:
        self.visitor_edit.setEnabled(self.case_combo.currentData() is None)

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches("sites"):
            self.ctx.call(registry.list_sites, on_success=self._sites_loaded)
        else:
            self.refresh()

    # -- writing ------------------------------------------------------------------------

    def _show_error(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.error.show()

    def add_session(self) -> None:
        site_id, actor = self.site_combo.currentData(), self.ctx.actor_id
        if site_id is None:
            return
        held_on, place = from_qdate(self.date_edit.date()), self.place_combo.currentData()
        start, end = minute_of(self.start_edit), minute_of(self.end_edit)
        self.error.hide()

        def done(view: OfficeHoursSessionView) -> None:
            self._select = view.id

        self.ctx.call(lambda s: office_hours.add_session(
            s, site_id=site_id, place=place, held_on=held_on, start_minute=start,
            end_minute=end, actor_id=actor), on_success=done, on_failure=self._show_error)

    def add_contact(self) -> None:
        sitting = self.current_session()
        if sitting is None:
            return
        session_id, actor = sitting.id, self.ctx.actor_id
        case_id = self.case_combo.currentData()
        visitor, summary = self.visitor_edit.text(), self.summary_edit.text()
        quick, theme = self.quick_check.isChecked(), self.theme_combo.currentData()
        referred = self.referred_combo.currentData()
        self.error.hide()

        def done(_view: OfficeHoursContactView) -> None:
            for edit in (self.visitor_edit, self.summary_edit):
                edit.clear()
            self.quick_check.setChecked(False)
            self.case_combo.setCurrentIndex(0)
            self.referred_combo.setCurrentIndex(0)
            self.case_combo.setFocus()

        self.ctx.call(lambda s: office_hours.add_contact(
            s, session_id=session_id, case_id=case_id, visitor=visitor, quick_question=quick,
            theme=theme, referred_to=referred, summary=summary, actor_id=actor),
            on_success=done, on_failure=self._show_error)

    # -- correcting ---------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def edit_session(self) -> None:
        sitting = self.current_session()
        if sitting is not None:
            self._open(SessionEditDialog(self.ctx, sitting, self))

    def delete_session(self) -> None:
        sitting = self.current_session()
        if sitting is None:
            return
        session_id, actor = sitting.id, self.ctx.actor_id
        when = f"{format_date(sitting.held_on)} {clock(sitting.start_minute)}"
        contacts = sitting.contacts
        self._open(ConfirmDialog(
            self.ctx, title=lambda: self.tr("Delete the office-hours session"),
            text=lambda: self.tr(
                "Delete the session of {when} and the {n} contact(s) recorded in it? Use "
                "this only for something entered by mistake: it disappears on every laptop "
                "at the next sync.").format(when=when, n=contacts),
            work=lambda s: office_hours.delete_session(s, session_id=session_id,
                                                       actor_id=actor),
            parent=self))

    def edit_contact(self) -> None:
        contact = self.current_contact()
        if contact is None:
            return
        cases = [(self.case_combo.itemText(i), self.case_combo.itemData(i))
                 for i in range(self.case_combo.count())]
        self._open(ContactEditDialog(self.ctx, contact, cases, self))

    def delete_contact(self) -> None:
        contact = self.current_contact()
        if contact is None:
            return
        contact_id, actor, who = contact.id, self.ctx.actor_id, contact.who
        self._open(ConfirmDialog(
            self.ctx, title=lambda: self.tr("Delete the office-hours contact"),
            text=lambda: self.tr(
                "Delete the contact with {who}? Use this only for something entered by "
                "mistake: it disappears on every laptop at the next sync.").format(who=who),
            work=lambda s: office_hours.delete_contact(s, contact_id=contact_id,
                                                       actor_id=actor),
            parent=self))


def _boxed(box: QGroupBox, table: QTableView, *buttons: QPushButton) -> None:
    """A table with its buttons (reached by Tab after the table) under it."""
    layout = QVBoxLayout(box)
    layout.addWidget(table)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)

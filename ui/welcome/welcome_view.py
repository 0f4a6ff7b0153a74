"""Welcome sessions tab: the monthly welcome of new tenants, per site — planned ahead with a
time and place (it then shows on the agenda), the new tenants it invites (moved in within a
period, not yet welcomed) with their letters and attendance list as PDFs, and who attended.
Address and dwelling are shown beside every name, so namesakes are told apart."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
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
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.casework import household_list, welcome, welcome_letters
from fieldapp.casework.views import NewTenant, WelcomeSessionView
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.local.profile import get_setting, set_setting
from fieldapp.registry import households as registry
from fieldapp.registry.views import HouseholdRow, SiteRow
from fieldapp.reports.dates import clock
from fieldapp.vault import ChangeSet
from ui.agenda.planned_actions import Current, PlannedActions, on_delete_key
from ui.agenda.time_fields import duration_spin, minute_of, time_edit
from ui.context import AppContext
from ui.document_export import ExportChoice, app_language, choose_export
from ui.errors import error_text
from ui.files import write_atomically
from ui.qdates import from_qdate, to_qdate
from ui.record_types import WELCOME
from ui.table_model import Column, RowsModel, date_pattern, format_date, set_rows_keeping_current

MONTHS_SETTING = "welcome.new_tenant_months"  # the period that makes a household "new"
DEFAULT_MONTHS = 3
STATUSES = {"planned": QT_TRANSLATE_NOOP("WelcomeView", "Planned"),
            "held": QT_TRANSLATE_NOOP("WelcomeView", "Held"),
            "cancelled": QT_TRANSLATE_NOOP("WelcomeView", "Cancelled")}


def _status(row: WelcomeSessionView) -> str:
    return QCoreApplication.translate("WelcomeView", STATUSES.get(row.status, row.status))


def _time(row: WelcomeSessionView) -> str:
    if row.start_minute is None:
        return ""
    end = row.start_minute + (row.duration_minutes or 0)
    return f"{clock(row.start_minute)}–{clock(end)}" if row.duration_minutes \
        else clock(row.start_minute)


COLUMNS: list[Column[WelcomeSessionView]] = [
    (QT_TRANSLATE_NOOP("WelcomeView", "Date"), lambda r: r.held_on),
    (QT_TRANSLATE_NOOP("WelcomeView", "Time"), _time),
    (QT_TRANSLATE_NOOP("WelcomeView", "Status"), _status),
    (QT_TRANSLATE_NOOP("WelcomeView", "Place"), lambda r: r.place),
    (QT_TRANSLATE_NOOP("WelcomeView", "Households present"),
     lambda r: len(r.attendee_household_ids)),
    (QT_TRANSLATE_NOOP("WelcomeView", "Notes"), lambda r: r.notes),
]


def where(address: str, building: str, dwelling: str) -> str:
    """Address, building and dwelling: what tells two households of the same name apart."""
    place = " ".join(x for x in (building, dwelling) if x)
    return " · ".join(x for x in (address, place) if x)


class WelcomeView(QWidget):
    exported = Signal(str)  # a letters or attendance PDF was saved there

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.choose_export = choose_export  # where and in which language (tests answer)
        self.site_combo = QComboBox(self)
        self.model = RowsModel("WelcomeView", COLUMNS, self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.sessions_box = QGroupBox(self)
        sessions_layout = QVBoxLayout(self.sessions_box)
        sessions_layout.addWidget(self.table)
        # a planned session moves, is cancelled with a reason or deleted (issue 16 item 4)
        self.planned = PlannedActions(context, self, self._planned, mnemonics=False)
        session_buttons = QHBoxLayout()
        for button in self.planned.buttons:
            session_buttons.addWidget(button)
        session_buttons.addStretch(1)
        sessions_layout.addLayout(session_buttons)
        on_delete_key(self.table, self.planned.delete)

        # plan the next session (it shows on the agenda)
        self.plan_box = QGroupBox(self)
        self.plan_date_edit = QDateEdit(self)
        self.plan_date_edit.setCalendarPopup(True)
        self.plan_date_edit.setMinimumDate(to_qdate(context.today()))
        self.plan_date_edit.setDate(to_qdate(context.today()))
        self.start_edit = time_edit(self, 18 * 60)
        self.duration_spin = duration_spin(self, 90)
        self.place_edit = QLineEdit(self)
        self.plan_button = QPushButton(self)
        self._plan_labels = [QLabel(self) for _ in range(4)]
        plan_form = QFormLayout(self.plan_box)
        for label, field in zip(self._plan_labels, (self.plan_date_edit, self.start_edit,
                                                    self.duration_spin, self.place_edit),
                                strict=True):
            label.setBuddy(field)
            plan_form.addRow(label, field)
        plan_form.addRow("", self.plan_button)

        # the new tenants it invites
        self.tenants_box = QGroupBox(self)
        self.months_label = QLabel(self)
        self.months_spin = QSpinBox(self)
        self.months_spin.setRange(1, 24)
        self.months_spin.setValue(DEFAULT_MONTHS)
        self.months_label.setBuddy(self.months_spin)
        self.tenants = QListWidget(self)
        self.letters_button = QPushButton(self)
        self.attendance_button = QPushButton(self)
        months = QHBoxLayout()
        months.addWidget(self.months_label)
        months.addWidget(self.months_spin)
        months.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.letters_button)
        buttons.addWidget(self.attendance_button)
        buttons.addStretch(1)
        tenants_layout = QVBoxLayout(self.tenants_box)
        tenants_layout.addLayout(months)
        tenants_layout.addWidget(self.tenants, 1)
        tenants_layout.addLayout(buttons)

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
        form.addRow("", self.record_button)

        self._site_label = QLabel(self)
        self._site_label.setBuddy(self.site_combo)
        top = QHBoxLayout()
        top.addWidget(self._site_label)
        top.addWidget(self.site_combo)
        top.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.sessions_box, 1)
        left.addWidget(self.plan_box)
        right = QVBoxLayout()
        right.addWidget(self.tenants_box, 1)
        right.addWidget(self.form_box, 1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        self.site_combo.currentIndexChanged.connect(self.refresh)
        self.record_button.clicked.connect(self.record)
        self.plan_button.clicked.connect(self.plan)
        self.letters_button.clicked.connect(lambda: self.export("letters"))
        self.attendance_button.clicked.connect(lambda: self.export("attendance"))
        self.months_spin.valueChanged.connect(self._months_changed)
        self.table.selectionModel().currentChanged.connect(self._session_changed)
        context.subscribe(WELCOME | {"sites", "households", "dwellings", "buildings"},
                          self._on_changes)
        self._sites: list[SiteRow] = []
        self._months_known = False
        self._select_after_refresh: str | None = None  # a session just planned
        self.retranslate()
        self._session_changed()
        self.ctx.call(registry.list_sites, on_success=self._sites_loaded)

    def retranslate(self) -> None:
        self.date_edit.setDisplayFormat(date_pattern())
        self.plan_date_edit.setDisplayFormat(date_pattern())
        self._site_label.setText(self.tr("S&ite:"))
        self.site_combo.setAccessibleName(self.tr("Site"))
        self.sessions_box.setTitle(self.tr("Welcome sessions"))
        self.plan_box.setTitle(self.tr("Plan a welcome session"))
        for label, text in zip(self._plan_labels, (self.tr("&Day:"), self.tr("&Start:"),
                                                   self.tr("D&uration:"), self.tr("&Place:")),
                               strict=True):
            label.setText(text)
        self.plan_date_edit.setAccessibleName(self.tr("Day of the session"))
        self.start_edit.setAccessibleName(self.tr("Starts at"))
        self.duration_spin.setAccessibleName(self.tr("Duration"))
        self.place_edit.setAccessibleName(self.tr("Place"))
        self.plan_button.setText(self.tr("Plan the sessio&n"))
        self.tenants_box.setTitle(self.tr("New tenants to invite"))
        self.months_label.setText(self.tr("&Moved in within the last (months):"))
        self.months_spin.setAccessibleName(self.tr("Months"))
        self.tenants.setAccessibleName(self.tr("New tenants to invite"))
        self.letters_button.setText(self.tr("Invitation &letters (PDF)…"))
        self.letters_button.setToolTip(self.tr("One letter per ticked household, in its "
                                               "language, for the session selected"))
        self.attendance_button.setText(self.tr("A&ttendance list (PDF)…"))
        self.form_box.setTitle(self.tr("Record who attended"))
        for label, text in zip(self._labels, (self.tr("&Held on:"), self.tr("&Attended:"),
                                              self.tr("N&otes:")), strict=True):
            label.setText(text)
        self.attendees.setAccessibleName(self.tr("Households that attended"))
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.date_edit.setAccessibleName(self.tr("Date of the session"))
        self.table.setAccessibleName(self.tr("Welcome sessions"))
        self.record_button.setText(self.tr("&Record session"))
        self.planned.retranslate()
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
        today, months = self.ctx.today(), None if not self._months_known else \
            self.months_spin.value()

        def load(s: Session) -> Loaded:
            chosen = months or int(get_setting(s, key=MONTHS_SETTING, default=DEFAULT_MONTHS))
            sessions = welcome.list_welcome_sessions(s, site_id=site_id)
            households = household_list.search_households(s, site_id=site_id, limit=500)
            tenants = welcome.new_tenants(s, site_id=site_id, today=today,
                                          within_days=round(chosen * 30.5))
            return sessions, households, tenants, chosen

        self.ctx.call(load, on_success=self._loaded)

    def _loaded(self, result: Loaded) -> None:
        sessions, households, tenants, months = result
        if not self._months_known:
            self.months_spin.blockSignals(True)
            self.months_spin.setValue(months)
            self.months_spin.blockSignals(False)
            self._months_known = True
        set_rows_keeping_current(self.table, self.model, sessions)
        if self._select_after_refresh is not None:
            self.select_session(self._select_after_refresh)
            self._select_after_refresh = None
        self._fill(self.attendees, [(h.id, h.name, where(h.address, h.building_name,
                                                           h.dwelling_label), "")
                                    for h in households], checked=set(self.checked_households()))
        unticked = self._unticked(self.tenants)
        self._fill(self.tenants, [
            (t.household_id, t.name, where(t.address, t.building_name, t.dwelling_label),
             self.tr("moved in {day}").format(day=format_date(t.moved_in_on)))
            for t in tenants], checked={t.household_id for t in tenants} - unticked)
        self._session_changed()

    def _fill(self, widget: QListWidget, rows: list[tuple[str, str, str, str]],
              checked: set[str]) -> None:
        """Checkable lines "name — address · building dwelling", the ticks and the current
        line kept across a re-read."""
        current = widget.currentItem()
        current_id = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        widget.clear()
        for household_id, name, place, extra in rows:
            text = " — ".join(x for x in (name, place, extra) if x)
            item = QListWidgetItem(text, widget)
            item.setData(Qt.ItemDataRole.UserRole, household_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if household_id in checked
                               else Qt.CheckState.Unchecked)
            if household_id == current_id:
                widget.setCurrentItem(item)

    @staticmethod
    def _ticked(widget: QListWidget) -> list[str]:
        return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    @staticmethod
    def _unticked(widget: QListWidget) -> set[str]:
        return {widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() != Qt.CheckState.Checked}

    def checked_households(self) -> list[str]:
        return self._ticked(self.attendees)

    def invited_households(self) -> list[str]:
        return self._ticked(self.tenants)

    def _on_changes(self, changes: ChangeSet) -> None:
        """Recorded here or arrived by sync: the sessions and households are read again."""
        if changes.touches("sites"):
            self.ctx.call(registry.list_sites, on_success=self._sites_loaded)
        else:
            self.refresh()

    def _months_changed(self, months: int) -> None:
        self.ctx.call(lambda s: set_setting(s, key=MONTHS_SETTING, value=months),
                      on_success=lambda _r: self.refresh())

    # -- the session selected -----------------------------------------------------------

    def selected_session(self) -> WelcomeSessionView | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def select_session(self, session_id: str) -> None:
        for row, found in enumerate(self.model.rows()):
            if found.id == session_id:
                self.table.selectRow(row)
                return

    def _planned(self) -> Current | None:
        chosen = self.selected_session()
        if chosen is None or chosen.status == "held":  # what took place stays
            return None
        return "welcome", chosen.id, chosen.status == "planned"

    def _session_changed(self, *_args: object) -> None:
        self.planned.update()
        chosen = self.selected_session()
        planned = chosen is not None and chosen.status == "planned"
        self.letters_button.setEnabled(planned)
        self.attendance_button.setEnabled(planned)
        if planned and chosen is not None:
            self.date_edit.setDate(to_qdate(chosen.held_on))

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.error.show()

    # -- actions ------------------------------------------------------------------------

    def plan(self) -> None:
        site_id = self.site_combo.currentData()
        if site_id is None:
            return
        day, start = from_qdate(self.plan_date_edit.date()), minute_of(self.start_edit)
        duration, place = self.duration_spin.value(), self.place_edit.text()
        actor, today = self.ctx.actor_id, self.ctx.today()

        def done(planned: WelcomeSessionView) -> None:
            self.error.hide()
            self.place_edit.clear()
            self._select_after_refresh = planned.id

        self.ctx.call(lambda s: welcome.plan_welcome_session(
            s, site_id=site_id, held_on=day, start_minute=start, duration_minutes=duration,
            place=place, actor_id=actor, today=today), on_success=done,
            on_failure=self._failed)

    def export(self, what: str) -> None:
        """Letters (each in its household's language) or the attendance list of the session
        selected, for the ticked new tenants."""
        chosen = self.selected_session()
        if chosen is None or chosen.status != "planned":
            return
        key = "file_letters" if what == "letters" else "file_attendance"
        title = (self.tr("Invitation letters") if what == "letters"
                 else self.tr("Attendance list"))
        self.choose_export(
            self, title=title, language=app_language(),
            file_name=lambda lang: welcome_letters.file_name(
                lang if lang in ("nl", "fr", "en") else "nl", key, chosen.held_on),
            on_chosen=lambda choice: self._write(what, chosen.id, choice))

    def _write(self, what: str, session_id: str, choice: ExportChoice) -> None:
        ids, actor, today = self.invited_households(), self.ctx.actor_id, self.ctx.today()
        path = choice.path if choice.path.lower().endswith(".pdf") else choice.path + ".pdf"
        language = choice.language

        def work(s: Session) -> str:  # the service logs each household in the access log
            if what == "letters":
                data = welcome_letters.invitation_letters_pdf(
                    s, session_id=session_id, household_ids=ids, actor_id=actor,
                    printed_on=today, fallback_language=language)
            else:
                data = welcome_letters.attendance_list_pdf(
                    s, session_id=session_id, household_ids=ids, actor_id=actor,
                    printed_on=today, language=language)
            write_atomically(path, data)
            return path

        def done(written: str) -> None:
            self.error.hide()
            self.exported.emit(written)

        self.ctx.call(work, on_success=done, on_failure=self._failed)

    def record(self) -> None:
        """Who came: on the planned session selected, else as a session held that day."""
        site_id = self.site_combo.currentData()
        if site_id is None:
            return
        ids = self.checked_households()
        held_on, notes = from_qdate(self.date_edit.date()), self.notes_edit.text()
        actor = self.ctx.actor_id
        chosen = self.selected_session()
        planned_id = chosen.id if chosen is not None and chosen.status == "planned" else None

        # The lists are read again when the change is announced.
        def done(_session: WelcomeSessionView) -> None:
            self.error.hide()
            self.notes_edit.clear()
            for i in range(self.attendees.count()):
                self.attendees.item(i).setCheckState(Qt.CheckState.Unchecked)

        def work(s: Session) -> WelcomeSessionView:
            if planned_id is not None:
                return welcome.record_attendance(s, session_id=planned_id,
                                                 attendee_household_ids=ids, actor_id=actor,
                                                 notes=notes)
            return welcome.record_welcome_session(
                s, site_id=site_id, held_on=held_on, attendee_household_ids=ids,
                actor_id=actor, notes=notes)

        self.ctx.call(work, on_success=done, on_failure=self._failed)


Loaded = tuple[list[WelcomeSessionView], list[HouseholdRow], list[NewTenant], int]

"""Common rooms tab: the register of the sites' common rooms (bike storage, gardens,
meeting rooms) with their house rules; for the room selected, its bookings, the keys lent
out (the holder's name is erased when the key comes back) and its incidents."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.collective import rooms as rm
from fieldapp.collective.labels import ROOM_KINDS
from fieldapp.community import premises as pm
from fieldapp.community.projects import list_projects
from fieldapp.community.views import ProjectView
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.registry.neighbourhoods import NeighbourhoodRow, list_neighbourhoods
from fieldapp.reports.dates import clock
from fieldapp.vault import ChangeSet
from ui.agenda.time_fields import duration_spin, minute_of, time_edit
from ui.collective.form_kit import FormView, code_combo, relabel, row_table, scrolled
from ui.collective.meeting_panel import ID, _fill
from ui.context import AppContext
from ui.labels import label
from ui.qdates import from_qdate, to_qdate
from ui.record_types import COMMUNITY, ROOMS
from ui.table_model import Column, RowsModel, date_pattern, format_date, set_rows_keeping_current

COLUMNS: list[Column[rm.RoomRow]] = [
    (QT_TRANSLATE_NOOP("RoomsView", "Room"), lambda r: r.name),
    (QT_TRANSLATE_NOOP("RoomsView", "Kind"), lambda r: label(ROOM_KINDS, r.kind)),
    (QT_TRANSLATE_NOOP("RoomsView", "Site"), lambda r: r.site_name),
    (QT_TRANSLATE_NOOP("RoomsView", "Keys out"), lambda r: r.keys_out),
    (QT_TRANSLATE_NOOP("RoomsView", "Next booking"), lambda r: format_date(r.next_booking)),
]


OPEN_END = QDate(2000, 1, 1)  # the "until" field's empty value: the loan stays open


class RoomsView(FormView):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = RowsModel("RoomsView", COLUMNS, self)
        self.table = row_table(self, self.model)
        self.room_box = QGroupBox(self)
        self.site_combo = QComboBox(self)
        self.name_edit = QLineEdit(self)
        self.kind_combo = code_combo(self, ROOM_KINDS)
        self.rules_edit = QPlainTextEdit(self)
        self.rules_edit.setTabChangesFocus(True)
        self.rules_edit.setMaximumHeight(70)
        self.add_button = QPushButton(self)
        self.change_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        form = QFormLayout(self.room_box)
        self.row(form, lambda: self.tr("&Site:"), self.site_combo)
        self.row(form, lambda: self.tr("&Name:"), self.name_edit)
        self.row(form, lambda: self.tr("&Kind:"), self.kind_combo)
        self.row(form, lambda: self.tr("House r&ules:"), self.rules_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.delete_button)
        form.addRow(buttons)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.room_box)
        right = QWidget(self)
        self.heading = QLabel(right)
        self.heading.setWordWrap(True)
        self.booking_box = QGroupBox(right)
        self.bookings = QListWidget(right)
        self.bookings.setMinimumHeight(80)
        self.day_edit = QDateEdit(right)
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDate(to_qdate(context.today()))
        self.start_edit = time_edit(right, 14 * 60)
        self.duration_spin = duration_spin(right, 120)
        self.purpose_edit = QLineEdit(right)
        self.book_button = QPushButton(right)
        self.cancel_button = QPushButton(right)
        booking_form = QFormLayout(self.booking_box)
        booking_form.addRow(self.bookings)
        self.row(booking_form, lambda: self.tr("&Day:"), self.day_edit)
        self.row(booking_form, lambda: self.tr("S&tart:"), self.start_edit)
        self.row(booking_form, lambda: self.tr("D&uration:"), self.duration_spin)
        self.row(booking_form, lambda: self.tr("&For (a group or activity):"),
                 self.purpose_edit)
        booking_buttons = QHBoxLayout()
        booking_buttons.addWidget(self.book_button)
        booking_buttons.addWidget(self.cancel_button)
        booking_form.addRow(booking_buttons)
        self.key_box = QGroupBox(right)
        self.keys = QListWidget(right)
        self.keys.setMinimumHeight(60)
        self.holder_edit = QLineEdit(right)
        self.lend_button = QPushButton(right)
        self.returned_button = QPushButton(right)
        key_form = QFormLayout(self.key_box)
        key_form.addRow(self.keys)
        self.row(key_form, lambda: self.tr("&Held by:"), self.holder_edit)
        key_buttons = QHBoxLayout()
        key_buttons.addWidget(self.lend_button)
        key_buttons.addWidget(self.returned_button)
        key_form.addRow(key_buttons)
        self.incident_box = QGroupBox(right)
        self.incidents = QListWidget(right)
        self.incidents.setMinimumHeight(60)
        self.incident_edit = QLineEdit(right)
        self.incident_button = QPushButton(right)
        self.resolved_button = QPushButton(right)
        incident_form = QFormLayout(self.incident_box)
        incident_form.addRow(self.incidents)
        self.row(incident_form, lambda: self.tr("What happ&ened (not who):"),
                 self.incident_edit)
        incident_buttons = QHBoxLayout()
        incident_buttons.addWidget(self.incident_button)
        incident_buttons.addWidget(self.resolved_button)
        incident_form.addRow(incident_buttons)
        # issue 19, item 1: the room lent to a social cohesion project (PSC); the loan goes
        # to the PSC's collection, so its community worker sees it without our key
        self.loan_box = QGroupBox(right)
        self.loans = QListWidget(right)
        self.loans.setMinimumHeight(50)
        self.psc_combo = QComboBox(right)
        self.no_psc = QLabel(right)
        self.no_psc.setWordWrap(True)
        self.loan_from = QDateEdit(right)
        self.loan_from.setCalendarPopup(True)
        self.loan_from.setDate(to_qdate(context.today()))
        self.loan_to = QDateEdit(right)
        self.loan_to.setCalendarPopup(True)
        self.loan_to.setMinimumDate(OPEN_END)
        self.loan_to.setDate(OPEN_END)
        self.loan_button = QPushButton(right)
        self.end_loan_button = QPushButton(right)
        loan_form = QFormLayout(self.loan_box)
        loan_form.addRow(self.loans)
        self.row(loan_form, lambda: self.tr("&Which PSC:"), self.psc_combo)
        loan_form.addRow(self.no_psc)
        self.row(loan_form, lambda: self.tr("Fr&om:"), self.loan_from)
        self.row(loan_form, lambda: self.tr("Until (empt&y: open):"), self.loan_to)
        loan_buttons = QHBoxLayout()
        loan_buttons.addWidget(self.loan_button)
        loan_buttons.addWidget(self.end_loan_button)
        loan_form.addRow(loan_buttons)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.booking_box, 1)
        right_layout.addWidget(self.key_box)
        right_layout.addWidget(self.incident_box)
        right_layout.addWidget(self.loan_box)
        splitter = QSplitter(self)
        splitter.addWidget(scrolled(self, left))
        splitter.addWidget(scrolled(self, right))
        splitter.setSizes([520, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        self._sites: list[tuple[str, str]] = []
        self._select_after: str | None = None
        self._form_for: str | None = None
        self.booking_rows: list[rm.BookingRow] = []
        self.key_rows: list[rm.KeyRow] = []
        self.incident_rows: list[rm.IncidentRow] = []
        self.loan_rows: list[pm.LoanRow] = []
        self.projects: list[ProjectView] = []
        self.table.selectionModel().currentChanged.connect(self._room_changed)
        self.add_button.clicked.connect(lambda: self.save_room(new=True))
        self.change_button.clicked.connect(lambda: self.save_room(new=False))
        self.delete_button.clicked.connect(self.delete_room)
        self.book_button.clicked.connect(self.book)
        self.cancel_button.clicked.connect(self.cancel_booking)
        self.lend_button.clicked.connect(self.lend_key)
        self.returned_button.clicked.connect(self.key_returned)
        self.incident_button.clicked.connect(self.record_incident)
        self.resolved_button.clicked.connect(self.toggle_resolved)
        self.loan_button.clicked.connect(self.lend_to_psc)
        self.end_loan_button.clicked.connect(self.end_loan)
        context.subscribe(ROOMS | COMMUNITY | {"neighbourhoods", "sites"}, self._on_changes)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        super().retranslate()
        self.table.setAccessibleName(self.tr("Common rooms"))
        self.room_box.setTitle(self.tr("Room"))
        relabel(self.kind_combo, ROOM_KINDS)
        self.add_button.setText(self.tr("&Add the room"))
        self.change_button.setText(self.tr("Save &changes"))
        self.delete_button.setText(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete this room, entered by mistake"))
        self.booking_box.setTitle(self.tr("Bookings"))
        self.bookings.setAccessibleName(self.tr("Bookings"))
        self.day_edit.setDisplayFormat(date_pattern())
        self.book_button.setText(self.tr("&Book"))
        self.cancel_button.setText(self.tr("Cancel the booking"))
        self.key_box.setTitle(self.tr("Keys lent out"))
        self.keys.setAccessibleName(self.tr("Keys lent out"))
        self.lend_button.setText(self.tr("&Lend a key"))
        self.returned_button.setText(self.tr("Key &returned"))
        self.returned_button.setToolTip(self.tr("The holder's name is erased"))
        self.incident_box.setTitle(self.tr("Incidents"))
        self.incidents.setAccessibleName(self.tr("Incidents"))
        self.incident_button.setText(self.tr("Record the inc&ident"))
        self.resolved_button.setText(self.tr("Dealt with / open a&gain"))
        self.loan_box.setTitle(self.tr("Lent to a social cohesion project (PSC)"))
        self.loans.setAccessibleName(self.tr("Lent to a social cohesion project (PSC)"))
        self.no_psc.setText(self.tr("No social cohesion project on this laptop: the "
                                    "supervisor gives you the PSC's key."))
        self.loan_from.setDisplayFormat(date_pattern())
        self.loan_to.setDisplayFormat(date_pattern())
        self.loan_to.setSpecialValueText(self.tr("open"))
        self.loan_to.setAccessibleName(self.tr("Until (empty: open)"))
        self.loan_button.setText(self.tr("Lend to the PSC"))
        self.loan_button.setToolTip(self.tr("The PSC's community worker sees the room, its "
                                            "site and the dates"))
        self.end_loan_button.setText(self.tr("End the loan"))
        self.end_loan_button.setToolTip(self.tr("On the day given in Until, or today"))
        self.model.retranslate()
        self._show_room()

    # -- reading ----------------------------------------------------------------------------

    def _on_changes(self, _changes: ChangeSet) -> None:
        self.refresh()

    def refresh(self) -> None:
        me, today = self.ctx.actor_id, self.ctx.today()

        Loaded = tuple[list[NeighbourhoodRow], list[rm.RoomRow], list[ProjectView]]

        def work(s: Session) -> Loaded:
            hoods = list_neighbourhoods(s, assistant_id=me)
            sites = sorted({i for h in hoods for i in h.site_ids})
            return hoods, rm.list_rooms(s, today=today, site_ids=sites), list_projects(s)

        def loaded(result: Loaded) -> None:
            hoods, rows, projects = result
            self._show_projects(projects)
            sites = dict(pair for h in hoods for pair in zip(h.site_ids, h.site_names,
                                                              strict=True))
            current = self.site_combo.currentData()
            self.site_combo.clear()
            for site_id, name in sorted(sites.items(), key=lambda p: p[1]):
                self.site_combo.addItem(name, site_id)
            self.site_combo.setCurrentIndex(max(0, self.site_combo.findData(current)))
            self.add_button.setEnabled(bool(sites))
            set_rows_keeping_current(self.table, self.model, rows)
            if self._select_after is not None:
                for i, row in enumerate(self.model.rows()):
                    if row.id == self._select_after:
                        self.table.selectRow(i)
                self._select_after = None
            self._room_changed()

        self.ctx.call(work, on_success=loaded)

    def selected(self) -> rm.RoomRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def _room_changed(self, *_args: object) -> None:
        chosen = self.selected()
        for widget in (self.change_button, self.delete_button, self.booking_box, self.key_box,
                       self.incident_box, self.loan_box):
            widget.setEnabled(chosen is not None)
        if chosen is None:
            self.booking_rows, self.key_rows, self._form_for = [], [], None
            self.loan_rows = []
            self.incident_rows = []
            self._show_room()
            return
        room_id = chosen.id
        if self._form_for != room_id:
            self._form_for = room_id
            self.site_combo.setCurrentIndex(max(0, self.site_combo.findData(chosen.site_id)))
            self.name_edit.setText(chosen.name)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(chosen.kind))
            self.rules_edit.setPlainText(chosen.house_rules)

        Loaded = tuple[list[rm.BookingRow], list[rm.KeyRow], list[rm.IncidentRow],
                       list[pm.LoanRow]]

        def loaded(result: Loaded) -> None:
            current = self.selected()
            if current is not None and current.id == room_id:
                self.booking_rows, self.key_rows, self.incident_rows, self.loan_rows = result
                self._show_room()

        def work(s: Session) -> Loaded:
            return (rm.bookings_of(s, room_id), rm.keys_of(s, room_id),
                    rm.incidents_of(s, room_id), pm.loans_of_room(s, room_id))

        self.ctx.call(work, on_success=loaded)

    def _show_room(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.heading.setText(self.tr("Choose a room, or add one."))
            self.bookings.clear()
            self.keys.clear()
            self.incidents.clear()
            self.loans.clear()
            return
        self.heading.setText(f"<b>{chosen.name}</b> — {label(ROOM_KINDS, chosen.kind)} — "
                             f"{chosen.site_name}")
        _fill(self.bookings, [(b.id, self._booking_text(b)) for b in self.booking_rows], None)
        _fill(self.keys, [(k.id, self._key_text(k)) for k in self.key_rows], None)
        _fill(self.incidents, [(i.id, self._incident_text(i)) for i in self.incident_rows],
              None)
        _fill(self.loans, [(x.id, self._loan_text(x)) for x in self.loan_rows], None)

    def _show_projects(self, projects: list[ProjectView]) -> None:
        self.projects = projects
        current = self.psc_combo.currentData()
        self.psc_combo.clear()
        for project in projects:
            self.psc_combo.addItem(project.name, project.id)
        self.psc_combo.setCurrentIndex(max(0, self.psc_combo.findData(current)))
        for widget in (self.psc_combo, self.loan_button, self.end_loan_button):
            widget.setEnabled(bool(projects))
        self.no_psc.setVisible(not projects)

    def _loan_text(self, x: pm.LoanRow) -> str:
        if x.lent_to is None:
            when = self.tr("since {start}").format(start=format_date(x.lent_from))
        else:
            when = self.tr("{start} to {end}").format(start=format_date(x.lent_from),
                                                      end=format_date(x.lent_to))
        return " — ".join((x.project_name, when))

    def _until(self) -> QDate | None:
        chosen = self.loan_to.date()
        return None if chosen == OPEN_END else chosen

    def _incident_text(self, i: rm.IncidentRow) -> str:
        state = (self.tr("dealt with {day}").format(day=format_date(i.resolved_on))
                 if i.resolved_on else self.tr("open"))
        return " — ".join((format_date(i.happened_on), i.what, state))

    def _booking_text(self, b: rm.BookingRow) -> str:
        when = format_date(b.booked_on)
        if b.start_minute is not None:
            when += f" {clock(b.start_minute)}"
            if b.duration_minutes:
                when += f"–{clock(b.start_minute + b.duration_minutes)}"
        cancelled = self.tr("cancelled") if b.cancelled else ""
        return " — ".join(x for x in (when, b.purpose, cancelled) if x)

    def _key_text(self, k: rm.KeyRow) -> str:
        if k.returned_on is not None:
            return self.tr("given {given}, returned {back}").format(
                given=format_date(k.given_on), back=format_date(k.returned_on))
        return self.tr("{holder} since {given}").format(holder=k.holder,
                                                        given=format_date(k.given_on))

    # -- writing ----------------------------------------------------------------------------

    def delete_room(self) -> None:
        chosen = self.selected()
        if chosen is None or not self.confirm(
                self.tr("Delete the room"),
                self.tr("Delete “{name}” with its bookings, keys and incidents? This cannot "
                        "be undone.").format(name=chosen.name)):
            return
        room_id, actor = chosen.id, self.ctx.actor_id
        self._form_for = None
        self.save(lambda s: rm.delete_room(s, room_id=room_id, actor_id=actor))

    def save_room(self, *, new: bool) -> None:
        chosen = None if new else self.selected()
        if not new and chosen is None:
            return
        room_id = chosen.id if chosen is not None else None
        site_id, name, kind = (self.site_combo.currentData(), self.name_edit.text(),
                               self.kind_combo.currentData())
        rules, actor = self.rules_edit.toPlainText(), self.ctx.actor_id

        def done(row: rm.RoomRow) -> None:
            self._select_after = row.id

        self.save(lambda s: rm.save_room(s, site_id=site_id, name=name, kind=kind,
                                         house_rules=rules, actor_id=actor, room_id=room_id),
                  done)

    def book(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        room_id, actor = chosen.id, self.ctx.actor_id
        day, start = from_qdate(self.day_edit.date()), minute_of(self.start_edit)
        duration, purpose = self.duration_spin.value(), self.purpose_edit.text()
        self.save(lambda s: rm.book_room(s, room_id=room_id, booked_on=day, start_minute=start,
                                         duration_minutes=duration, purpose=purpose,
                                         actor_id=actor),
                  lambda _r: self.purpose_edit.clear())

    def cancel_booking(self) -> None:
        item = self.bookings.currentItem()
        if item is None:
            return
        booking_id, actor = item.data(ID), self.ctx.actor_id
        self.save(lambda s: rm.cancel_booking(s, booking_id=booking_id, actor_id=actor))

    def lend_key(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        room_id, holder, actor = chosen.id, self.holder_edit.text(), self.ctx.actor_id
        today = self.ctx.today()
        self.save(lambda s: rm.lend_key(s, room_id=room_id, holder=holder, given_on=today,
                                        actor_id=actor),
                  lambda _r: self.holder_edit.clear())

    def key_returned(self) -> None:
        item = self.keys.currentItem()
        if item is None:
            return
        key_id, actor, today = item.data(ID), self.ctx.actor_id, self.ctx.today()
        self.save(lambda s: rm.key_returned(s, key_id=key_id, returned_on=today,
                                            actor_id=actor))

    def record_incident(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        room_id, what, actor = chosen.id, self.incident_edit.text(), self.ctx.actor_id
        today = self.ctx.today()
        self.save(lambda s: rm.record_incident(s, room_id=room_id, happened_on=today,
                                               what=what, actor_id=actor),
                  lambda _r: self.incident_edit.clear())

    def lend_to_psc(self) -> None:
        chosen, project_id = self.selected(), self.psc_combo.currentData()
        if chosen is None or not project_id:
            return
        room_id, actor = chosen.id, self.ctx.actor_id
        start, until = from_qdate(self.loan_from.date()), self._until()
        end = from_qdate(until) if until is not None else None
        self.save(lambda s: pm.lend_room(s, room_id=room_id, project_id=project_id,
                                         lent_from=start, lent_to=end, actor_id=actor),
                  lambda _r: self.loan_to.setDate(OPEN_END))

    def end_loan(self) -> None:
        item = self.loans.currentItem()
        if item is None:
            return
        until = self._until()
        loan_id, actor = str(item.data(ID)), self.ctx.actor_id
        end = from_qdate(until) if until is not None else self.ctx.today()
        self.save(lambda s: pm.end_loan(s, loan_id=loan_id, lent_to=end, actor_id=actor),
                  lambda _r: self.loan_to.setDate(OPEN_END))

    def toggle_resolved(self) -> None:
        item = self.incidents.currentItem()
        if item is None:
            return
        incident_id, actor = str(item.data(ID)), self.ctx.actor_id
        found = next((i for i in self.incident_rows if i.id == incident_id), None)
        if found is None:
            return
        day = None if found.resolved_on else self.ctx.today()
        self.save(lambda s: rm.resolve_incident(s, incident_id=incident_id, resolved_on=day,
                                                actor_id=actor))

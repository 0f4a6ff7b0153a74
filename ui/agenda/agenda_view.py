"""The agenda tab of the site assistant (issue 16 item 4): a worker's day (a list by time)
or week (seven columns), overlapping appointments flagged; plan, reschedule, cancel with
a reason, delete what was entered by mistake; the day sheet PDF for the round.

Keyboard: Enter on an item reschedules it, Delete deletes it; Alt+V / Alt+T / Alt+N go
to the previous period, today, the next one.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.agenda import agenda as agenda_service
from fieldapp.agenda import day_sheet, texts
from fieldapp.agenda.views import AgendaItem, WorkerChoice
from fieldapp.audit import access_log
from fieldapp.casework import appointments, followups, referrals
from fieldapp.vault import ChangeSet
from ui.agenda.agenda_dialogs import CancelDialog, DeleteDialog, PlanDialog, RescheduleDialog
from ui.agenda.agenda_models import NOT_CANCELLABLE, DayModel, WeekModel
from ui.casework.assigned_notice import AssignedNotice
from ui.casework.case_dialogs import RecordVisitDialog
from ui.context import AppContext
from ui.document_export import ExportChoice, app_language, choose_export
from ui.errors import error_text
from ui.files import write_atomically
from ui.qdates import from_qdate, to_qdate
from ui.record_types import AGENDA
from ui.table_model import date_pattern

Loaded = tuple[list[WorkerChoice], list[AgendaItem]]
NOBODY_CHOICE = "-nobody-"  # the worker combo's entry for what nobody is set to do


class _Table(QTableView):
    """Enter reschedules the current item, Delete deletes it."""

    activated_item = Signal()
    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated_item.emit()
            return
        if event.key() == Qt.Key.Key_Delete:
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


def _table(parent: QWidget) -> _Table:
    table = _Table(parent)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    return table


class AgendaView(QWidget):
    """One worker's agenda by day or by week."""

    exported = Signal(str)  # the day sheet's path, once written
    open_household = Signal(str)  # a household named in the notice of new case files

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.day = context.today()
        self.choose_export = choose_export  # where and in which language (tests answer)
        self.worker_label = QLabel(self)
        self.worker_combo = QComboBox(self)
        self.worker_label.setBuddy(self.worker_combo)
        self.day_radio = QRadioButton(self)
        self.week_radio = QRadioButton(self)
        self.day_radio.setChecked(True)
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.day_radio)
        self.mode.addButton(self.week_radio)
        self.previous_button = QPushButton(self)
        self.today_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.date_label = QLabel(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(to_qdate(self.day))
        self.date_label.setBuddy(self.date_edit)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        self.day_model = DayModel(self)
        self.day_table = _table(self)
        self.day_table.setModel(self.day_model)
        self.day_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.day_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.week_model = WeekModel(self)
        self.week_table = _table(self)
        self.week_table.setModel(self.week_model)
        self.week_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.week_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.week_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.day_table)
        self.stack.addWidget(self.week_table)

        self.plan_button = QPushButton(self)
        self.reschedule_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.done_button = QPushButton(self)
        self.sheet_button = QPushButton(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()

        top = QHBoxLayout()
        for widget in (self.worker_label, self.worker_combo, self.day_radio, self.week_radio,
                       self.previous_button, self.today_button, self.next_button,
                       self.date_label, self.date_edit):
            top.addWidget(widget)
        top.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.plan_button, self.done_button, self.reschedule_button,
                       self.cancel_button, self.delete_button, self.sheet_button):
            actions.addWidget(button)
        actions.addStretch(1)
        # my day says it too when a supervisor gave me case files (issue 16)
        self.assigned_notice = AssignedNotice(context, self)
        self.assigned_notice.open_household.connect(self.open_household)
        layout = QVBoxLayout(self)
        layout.addWidget(self.assigned_notice)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        layout.addLayout(actions)

        self.worker_combo.currentIndexChanged.connect(self.refresh)
        self.mode.buttonToggled.connect(self._mode_changed)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self.go_to(self.ctx.today()))
        self.date_edit.dateChanged.connect(lambda d: self.go_to(from_qdate(d)))
        self.plan_button.clicked.connect(self.plan)
        self.reschedule_button.clicked.connect(self.reschedule)
        self.cancel_button.clicked.connect(self.cancel)
        self.delete_button.clicked.connect(self.delete)
        self.done_button.clicked.connect(self.mark_done)
        self.sheet_button.clicked.connect(self.print_day_sheet)
        for table in (self.day_table, self.week_table):
            table.activated_item.connect(self.reschedule)
            table.delete_pressed.connect(self.delete)
            table.doubleClicked.connect(lambda _i: self.reschedule())
            table.selectionModel().currentChanged.connect(self._current_changed)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_day_sheet,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        context.subscribe(AGENDA, self._on_changes)
        for first, second in ((self.worker_combo, self.day_radio),
                              (self.day_radio, self.week_radio),
                              (self.week_radio, self.previous_button),
                              (self.previous_button, self.today_button),
                              (self.today_button, self.next_button),
                              (self.next_button, self.date_edit),
                              (self.date_edit, self.day_table),
                              (self.day_table, self.week_table),
                              (self.week_table, self.plan_button)):
            self.setTabOrder(first, second)
        self._workers_known = False
        self._workers_count = 0
        self._current_changed()
        self.retranslate()
        self.refresh()

    # -- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.worker_label.setText(self.tr("&Worker:"))
        self.worker_combo.setAccessibleName(self.tr("Worker"))
        self.day_radio.setText(self.tr("D&ay"))
        self.week_radio.setText(self.tr("W&eek"))
        self.previous_button.setText(self.tr("◀ Pre&vious"))
        self.today_button.setText(self.tr("&Today"))
        self.next_button.setText(self.tr("&Next ▶"))
        self.date_label.setText(self.tr("&Date:"))
        self.date_edit.setDisplayFormat(date_pattern())
        self.date_edit.setAccessibleName(self.tr("Date shown"))
        self.plan_button.setText(self.tr("&Plan…"))
        self.plan_button.setToolTip(self.tr("Plan a home visit or an office appointment"))
        self.reschedule_button.setText(self.tr("Re&schedule…"))
        self.reschedule_button.setToolTip(self.tr("Another day, time or place (Enter)"))
        self.cancel_button.setText(self.tr("&Cancel…"))
        self.cancel_button.setToolTip(self.tr("Cancel with a reason, kept in the case's "
                                              "timeline"))
        self.done_button.setText(self.tr("Mar&k done…"))
        self.done_button.setToolTip(self.tr("The visit took place (with an optional note), "
                                            "the appointment was held, the follow-up is "
                                            "done, the referral was sent"))
        self.delete_button.setText(self.tr("De&lete…"))
        self.delete_button.setToolTip(self.tr("Only for something entered by mistake (Del)"))
        self.sheet_button.setText(self.tr("Day s&heet (PDF)…"))
        self.sheet_button.setToolTip(self.tr("Times and addresses of the day for the round, "
                                             "never note content (Ctrl+P)"))
        self.day_table.setAccessibleName(self.tr("Agenda of the day"))
        self.week_table.setAccessibleName(self.tr("Agenda of the week"))
        nobody = self.worker_combo.findData(NOBODY_CHOICE)
        if nobody >= 0:
            self.worker_combo.setItemText(nobody, self.tr("Nobody (no worker set)"))
        self.day_model.retranslate()
        self.week_model.retranslate()
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- reading ------------------------------------------------------------------------

    def is_week(self) -> bool:
        return self.week_radio.isChecked()

    def span(self) -> tuple[date, date]:
        return agenda_service.week_of(self.day) if self.is_week() else (self.day, self.day)

    def worker_id(self) -> str:
        """The worker shown; agenda.NOBODY ("") for what nobody is set to do."""
        data = self.worker_combo.currentData()
        if data == NOBODY_CHOICE:
            return agenda_service.NOBODY
        return str(data) if data else self.ctx.actor_id

    def refresh(self) -> None:
        first, last = self.span()
        worker = self.worker_id()

        def load(s: Session) -> Loaded:
            return (agenda_service.workers(s),
                    agenda_service.agenda(s, from_day=first, to_day=last, worker_id=worker))

        self.ctx.call(load, on_success=self._loaded)

    def _loaded(self, result: Loaded) -> None:
        workers, items = result
        if not self._workers_known or self._workers_count != len(workers):
            current = self.worker_combo.currentData() or self.ctx.actor_id
            self.worker_combo.blockSignals(True)
            self.worker_combo.clear()
            for w in workers:
                self.worker_combo.addItem(w.name, w.id)
            # access appointments from before they had a worker, author unknown
            self.worker_combo.addItem(self.tr("Nobody (no worker set)"), NOBODY_CHOICE)
            self.worker_combo.setCurrentIndex(max(0, self.worker_combo.findData(current)))
            self.worker_combo.blockSignals(False)
            self._workers_known = True
            self._workers_count = len(workers)
        kept = self.current_item()
        if self.is_week():
            self.week_model.set_week(self.span()[0], items)
            self.stack.setCurrentWidget(self.week_table)
        else:
            self.day_model.set_rows(items)
            self.stack.setCurrentWidget(self.day_table)
        if kept is not None:
            self.select(kept.kind, kept.id)
        self._show_summary()
        self._current_changed()

    def items(self) -> list[AgendaItem]:
        return self.week_model.items() if self.is_week() else self.day_model.rows()

    def _show_summary(self) -> None:
        items = self.items()
        planned = [i for i in items if i.status == "planned"]
        clashing = [i for i in planned if i.overlaps]
        first, last = self.span()
        span = (self.tr("Week of {first} to {last}").format(
            first=self._day_text(first), last=self._day_text(last)) if self.is_week()
            else self._day_text(first))
        text = self.tr("{span}: {n} planned").format(span=span, n=len(planned))
        if clashing:
            text += " · " + self.tr("⚠ {n} overlapping").format(n=len(clashing))
        self.summary.setText(text)

    def _day_text(self, day: date) -> str:
        return QLocale().toString(to_qdate(day), QLocale.FormatType.LongFormat)

    def _on_changes(self, _changes: ChangeSet) -> None:
        self.refresh()

    # -- moving around ------------------------------------------------------------------

    def _mode_changed(self, _button: object, checked: bool) -> None:
        if checked:
            self.refresh()

    def step(self, periods: int) -> None:
        """A day or a week back (-1) or on (1)."""
        self.go_to(self.day + timedelta(days=periods * (7 if self.is_week() else 1)))

    def go_to(self, day: date) -> None:
        if day == self.day:
            return
        self.day = day
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(to_qdate(day))
        self.date_edit.blockSignals(False)
        self.refresh()

    def show_week(self, week: bool) -> None:
        (self.week_radio if week else self.day_radio).setChecked(True)

    # -- the current item ---------------------------------------------------------------

    def table(self) -> _Table:
        return self.week_table if self.is_week() else self.day_table

    def current_item(self) -> AgendaItem | None:
        if self.is_week():
            return self.week_model.item_at(self.week_table.currentIndex())
        index = self.day_table.currentIndex()
        if not index.isValid() or index.row() >= self.day_model.rowCount():
            return None
        return self.day_model.row_at(index.row())

    def select(self, kind: str, record_id: str) -> bool:
        if self.is_week():
            index = self.week_model.index_of(kind, record_id)
        else:
            rows = self.day_model.rows()
            row = next((n for n, i in enumerate(rows) if (i.kind, i.id) == (kind, record_id)),
                       -1)
            index = self.day_model.index(row, 0) if row >= 0 else QModelIndex()
        if index.isValid():
            self.table().setCurrentIndex(index)
        return index.isValid()

    def _current_changed(self, *_args: object) -> None:
        item = self.current_item()
        planned = item is not None and item.status == "planned"
        self.reschedule_button.setEnabled(planned)
        self.cancel_button.setEnabled(planned and item is not None
                                      and item.kind not in NOT_CANCELLABLE)
        self.delete_button.setEnabled(item is not None)
        self.done_button.setEnabled(planned and item is not None
                                    and item.kind in ("visit", "office", "followup",
                                                      "referral"))

    # -- actions ------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def plan(self) -> None:
        self._open(PlanDialog(self.ctx, self, day=self.day))

    def reschedule(self) -> None:
        item = self.current_item()
        if item is not None and item.status == "planned":
            self._open(RescheduleDialog(self.ctx, item, self))

    def cancel(self) -> None:
        item = self.current_item()
        if item is not None and item.status == "planned":
            self._open(CancelDialog(self.ctx, item, self))

    def delete(self) -> None:
        item = self.current_item()
        if item is not None:
            self._open(DeleteDialog(self.ctx, item, self))

    def mark_done(self) -> None:
        """A visit opens its record dialog (a note may go with it); an office appointment
        is held, a follow-up done, at once."""
        item, actor, today = self.current_item(), self.ctx.actor_id, self.ctx.today()
        if item is None or item.status != "planned":
            return
        if item.kind == "visit":
            self._open(RecordVisitDialog(self.ctx, item.case_id, item.id, self))
        elif item.kind == "office":
            self.ctx.call(lambda s: appointments.hold_office_appointment(
                s, appointment_id=item.id, actor_id=actor), on_failure=self._failed)
        elif item.kind == "followup":
            self.ctx.call(lambda s: followups.complete_followup(
                s, followup_id=item.id, actor_id=actor, today=today), on_failure=self._failed)
        elif item.kind == "referral":  # made: the referral is sent
            self.ctx.call(lambda s: referrals.update_referral(
                s, referral_id=item.id, actor_id=actor, status="sent"), on_failure=self._failed)

    def print_day_sheet(self) -> None:
        """The day shown (in the week: the day of the date field) as a PDF for the round."""
        day = self.day
        self.choose_export(
            self, title=self.tr("Day sheet"), language=app_language(),
            file_name=lambda lang: texts.file_name(lang, day),
            on_chosen=lambda choice: self.export_day_sheet(choice, day))

    def export_day_sheet(self, choice: ExportChoice, day: date) -> None:
        worker, actor, today = self.worker_id(), self.ctx.actor_id, self.ctx.today()
        path = choice.path if choice.path.lower().endswith(".pdf") else choice.path + ".pdf"
        language = choice.language

        def work(s: Session) -> str:
            data = day_sheet.day_sheet_pdf(s, worker_id=worker, day=day, printed_on=today,
                                           language=language)
            write_atomically(path, data)
            access_log.record_access(s, actor_id=actor, action="print",
                                     object_type="day_sheet", object_id=worker)
            return path

        self.sheet_button.setEnabled(False)
        self.ctx.call(work, on_success=self._exported, on_failure=self._failed)

    def _exported(self, path: str) -> None:
        self.sheet_button.setEnabled(True)
        self.error.hide()
        self.summary.setText(self.tr("The day sheet was saved as {name}.").format(
            name=Path(path).name))
        self.exported.emit(path)

    def _failed(self, exc: BaseException) -> None:
        self.sheet_button.setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.show()

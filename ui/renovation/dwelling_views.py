"""Per-dwelling tabs: access appointments, help-needed checklist, contact log, open questions
(the contact log's entries of kind "question": open until marked answered)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time
from typing import Generic

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.agenda import agenda as agenda_service
from fieldapp.agenda.views import WorkerChoice
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.renovation import access, checklist, contacts
from fieldapp.renovation import labels as rl
from fieldapp.renovation.views import (
    AppointmentView,
    ContactView,
    DwellingStatusRow,
    HelpItemView,
)
from ui.agenda.planned_actions import Current, PlannedActions, on_delete_key
from ui.buddy import buddy_label
from ui.context import AppContext, SessionWork
from ui.errors import error_text
from ui.form_drafts import FormDrafts, saving_with_drafts
from ui.qdates import from_qdate, from_qdatetime, to_qdate, to_qdatetime
from ui.renovation import labels
from ui.renovation.dialogs import ReasonDialog, date_edit
from ui.table_model import Column, RowsModel, RowT, date_pattern, format_date


def _when(value: datetime) -> str:
    local = to_qdatetime(value.astimezone()).toLocalTime()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


NOBODY = QT_TRANSLATE_NOOP("renovation", "nobody")  # an old appointment without a worker


def _worker(a: AppointmentView) -> str:
    """Who goes (issue 16): on that worker's agenda."""
    return a.worker or QCoreApplication.translate("renovation", NOBODY)


APPOINTMENT_COLUMNS: list[Column[AppointmentView]] = [
    (QT_TRANSLATE_NOOP("renovation", "When"), lambda a: f"{_when(a.planned_at)} · {_worker(a)}"),
    (QT_TRANSLATE_NOOP("renovation", "Outcome"), lambda a: labels.appointment_status(a.status)),
    (QT_TRANSLATE_NOOP("renovation", "Reason for refusing"), lambda a: a.refusal_reason),
    (QT_TRANSLATE_NOOP("renovation", "Follow-up"), lambda a: a.follow_up),
]
HELP_COLUMNS: list[Column[HelpItemView]] = [
    (QT_TRANSLATE_NOOP("renovation", "Help"), lambda h: labels.help_item(h.item)),
    (QT_TRANSLATE_NOOP("renovation", "Status"), lambda h: labels.help_status(h.status)),
    (QT_TRANSLATE_NOOP("renovation", "Note"), lambda h: h.note),
]
CONTACT_COLUMNS: list[Column[ContactView]] = [
    (QT_TRANSLATE_NOOP("renovation", "Date"), lambda c: format_date(c.occurred_on)),
    (QT_TRANSLATE_NOOP("renovation", "Kind"), lambda c: labels.contact_category(c.category)),
    (QT_TRANSLATE_NOOP("renovation", "Status"), lambda c: labels.contact_status(c.status)),
    (QT_TRANSLATE_NOOP("renovation", "Question or complaint"), lambda c: c.text),
    (QT_TRANSLATE_NOOP("renovation", "Follow-up"), lambda c: c.follow_up),
]
QUESTION_COLUMNS: list[Column[ContactView]] = [
    (QT_TRANSLATE_NOOP("renovation", "Date"), lambda c: format_date(c.occurred_on)),
    (QT_TRANSLATE_NOOP("renovation", "Question"), lambda c: c.text),
    (QT_TRANSLATE_NOOP("renovation", "Answer"), lambda c: c.follow_up),
]


class _DwellingTab(QWidget, Generic[RowT]):
    """A list of one dwelling's rows (RowT, a service view) with its own actions."""

    saved = Signal()

    def __init__(self, context: AppContext, columns: list[Column[RowT]], name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.dwelling: DwellingStatusRow | None = None
        self.model = RowsModel("renovation", columns, self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(36)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(name)
        self.model.modelReset.connect(self.table.resizeColumnsToContents)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.table, 1)

    def current(self) -> RowT | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def set_dwelling(self, row: DwellingStatusRow | None) -> None:
        self.dwelling = row
        self.setEnabled(row is not None)
        self.reload()

    def reload(self) -> None:
        if self.dwelling is None:
            self.model.clear()
            return
        self.ctx.call(self.query(self.dwelling.id), on_success=self.model.set_rows)

    def query(self, pd_id: str) -> Callable[[Session], list[RowT]]:
        raise NotImplementedError

    def _save(self, fn: SessionWork, then: Callable[[], None] | None = None) -> None:
        def done(_: object) -> None:
            self.reload()
            self.saved.emit()
            if then is not None:
                then()

        self.ctx.call(fn, on_success=done,
                      on_failure=lambda exc: self.ctx.failed.emit(error_text(exc)))


class AccessView(_DwellingTab[AppointmentView]):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, APPOINTMENT_COLUMNS, self.tr("Access appointments"), parent)
        today = context.today()
        self.when_edit = QDateTimeEdit(QDateTime(to_qdate(today), QTime(9, 0)), self)
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(f"{date_pattern()} HH:mm")  # as every screen writes it
        self.when_edit.setAccessibleName(self.tr("Appointment date and time"))
        self.worker_combo = QComboBox(self)  # who goes: on that worker's agenda (issue 16)
        self.worker_combo.setAccessibleName(self.tr("Worker"))
        self.plan_button = QPushButton(self.tr("&Plan access"), self)
        self.follow_edit = QLineEdit(self)
        self.follow_edit.setPlaceholderText(self.tr("Follow-up (optional)"))
        self.follow_edit.setAccessibleName(self.tr("Follow-up"))
        self.granted_button = QPushButton(self.tr("Access &given"), self)
        self.refused_button = QPushButton(self.tr("Access &refused…"), self)
        plan = QHBoxLayout()
        plan.addWidget(buddy_label(self.when_edit))
        plan.addWidget(self.when_edit)
        plan.addWidget(buddy_label(self.worker_combo))
        plan.addWidget(self.worker_combo)
        plan.addWidget(self.plan_button)
        plan.addStretch(1)
        outcome = QHBoxLayout()
        outcome.addWidget(buddy_label(self.follow_edit))
        outcome.addWidget(self.follow_edit, 1)
        outcome.addWidget(self.granted_button)
        outcome.addWidget(self.refused_button)
        # what is planned moves, is cancelled with a reason or deleted (issue 16 item 4)
        self.planned = PlannedActions(context, self, self._planned, mnemonics=False)
        changes = QHBoxLayout()
        for button in self.planned.buttons:
            changes.addWidget(button)
        changes.addStretch(1)
        self.layout_.insertLayout(0, plan)
        self.layout_.addLayout(outcome)
        self.layout_.addLayout(changes)
        self.table.selectionModel().currentChanged.connect(lambda *_a: self.planned.update())
        self.model.modelReset.connect(self.planned.update)
        on_delete_key(self.table, self.planned.delete)
        me = context.actor_id
        self.worker_combo.addItem(context.profile.display_name or me, me)
        context.call(agenda_service.workers, on_success=self._workers_loaded)
        self.plan_button.clicked.connect(self.plan)
        self.granted_button.clicked.connect(lambda: self.record("granted"))
        self.refused_button.clicked.connect(self.refuse)

    def query(self, pd_id: str) -> Callable[[Session], list[AppointmentView]]:
        return lambda s: access.list_appointments(s, project_dwelling_id=pd_id)

    def _workers_loaded(self, workers: list[WorkerChoice]) -> None:
        chosen = self.worker_combo.currentData()
        self.worker_combo.clear()
        for w in workers:
            self.worker_combo.addItem(w.name, w.id)
        self.worker_combo.setCurrentIndex(max(0, self.worker_combo.findData(chosen)))

    def _planned(self) -> Current | None:
        appointment = self.current()
        if appointment is None or appointment.status in ("granted", "refused"):
            return None  # an outcome is kept
        return "access", appointment.id, appointment.status == "planned"

    def plan(self) -> None:
        if self.dwelling is None:
            return
        planned = from_qdatetime(self.when_edit.dateTime()).astimezone(UTC)
        now = datetime.combine(self.ctx.today(), time(0), tzinfo=UTC)
        pd_id, worker = self.dwelling.id, self.worker_combo.currentData() or None
        self._save(lambda s: access.plan_access(s, project_dwelling_id=pd_id, planned_at=planned,
                                                now=now, actor_id=self.ctx.actor_id,
                                                worker_id=worker))

    def record(self, outcome: str, reason: str = "", kept: FormDrafts | None = None) -> None:
        appointment, follow = self.current(), self.follow_edit.text()
        if appointment is None:
            return
        self._save(saving_with_drafts(lambda s: access.record_access(
            s, appointment_id=appointment.id, outcome=outcome, refusal_reason=reason,
            follow_up=follow, actor_id=self.ctx.actor_id), kept), self.follow_edit.clear)

    def refuse(self) -> None:
        appointment = self.current()
        if appointment is None:
            return
        dialog = ReasonDialog(self.tr("Access refused"),
                              self.tr("Why did the tenant refuse access?"), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        kept = FormDrafts(dialog, self.ctx, f"access-refused:{appointment.id}",
                          {"reason": dialog.edit})
        dialog.accepted.connect(lambda: self.record("refused", dialog.value(), kept))
        dialog.open()


class ChecklistView(_DwellingTab[HelpItemView]):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, HELP_COLUMNS, self.tr("Help needed"), parent)
        self.status_combo = QComboBox(self)
        for code in [c for c in rl.HELP_STATUSES if c != "handed_on"]:  # the close-out's
            self.status_combo.addItem(labels.help_status(code), code)
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Note — Enter saves"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.save_button = QPushButton(self.tr("&Save"), self)
        row = QHBoxLayout()
        row.addWidget(buddy_label(self.status_combo))
        row.addWidget(self.status_combo)
        row.addWidget(buddy_label(self.note_edit))
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.save_button)
        self.layout_.addLayout(row)
        self.table.selectionModel().currentRowChanged.connect(self._fill)
        self.save_button.clicked.connect(self.save)
        self.note_edit.returnPressed.connect(self.save)
        self.status_combo.activated.connect(lambda _i: self.save())

    def query(self, pd_id: str) -> Callable[[Session], list[HelpItemView]]:
        return lambda s: checklist.checklist(s, project_dwelling_id=pd_id)

    def _fill(self, *_: object) -> None:
        item = self.current()
        if item is not None:
            self.status_combo.setCurrentIndex(self.status_combo.findData(item.status))
            self.note_edit.setText(item.note)

    def save(self) -> None:
        item = self.current()
        if item is None or self.dwelling is None:
            return
        status, note, pd_id = self.status_combo.currentData(), self.note_edit.text(), \
            self.dwelling.id
        row = self.table.currentIndex().row()
        self._save(lambda s: checklist.set_help_item(s, project_dwelling_id=pd_id,
                                                     item=item.item, status=status, note=note,
                                                     actor_id=self.ctx.actor_id))
        self.model.modelReset.connect(lambda: self.table.selectRow(row),
                                      Qt.ConnectionType.SingleShotConnection)


class ContactsView(_DwellingTab[ContactView]):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, CONTACT_COLUMNS, self.tr("Contact log"), parent)
        self.date_edit = date_edit(self, context.today())
        self.date_edit.setAccessibleName(self.tr("Date of the contact"))
        self.category_combo = QComboBox(self)
        for code in rl.CONTACT_CATEGORIES:
            self.category_combo.addItem(labels.contact_category(code), code)
        self.category_combo.setAccessibleName(self.tr("Kind of contact"))
        self.text_edit = QLineEdit(self)
        self.text_edit.setPlaceholderText(self.tr("What the tenant asked or reported — "
                                                  "Enter logs it"))
        self.text_edit.setAccessibleName(self.tr("Question or complaint"))
        self.log_button = QPushButton(self.tr("&Log contact"), self)
        self.close_button = QPushButton(self.tr("Mark &handled"), self)
        when = QHBoxLayout()  # two rows: the page fits a 960-pixel window
        for widget in (self.date_edit, self.category_combo):
            when.addWidget(buddy_label(widget))
            when.addWidget(widget)
        when.addStretch(1)
        what = QHBoxLayout()
        what.addWidget(buddy_label(self.text_edit))
        what.addWidget(self.text_edit, 1)
        what.addWidget(self.log_button)
        self.layout_.insertLayout(0, what)
        self.layout_.insertLayout(0, when)
        self.layout_.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.log_button.clicked.connect(self.log)
        self.text_edit.returnPressed.connect(self.log)
        self.close_button.clicked.connect(self.close_selected)

    def query(self, pd_id: str) -> Callable[[Session], list[ContactView]]:
        return lambda s: contacts.contact_log(s, project_dwelling_id=pd_id)

    def log(self) -> None:
        if self.dwelling is None:
            return
        pd_id, on = self.dwelling.id, from_qdate(self.date_edit.date())
        category, text, today = (self.category_combo.currentData(), self.text_edit.text(),
                                 self.ctx.today())
        self._save(lambda s: contacts.log_contact(s, project_dwelling_id=pd_id, occurred_on=on,
                                                  category=category, text=text, today=today,
                                                  actor_id=self.ctx.actor_id),
                   self.text_edit.clear)  # cleared once saved: a refused text stays

    def close_selected(self) -> None:
        entry = self.current()
        if entry is not None:
            self._save(lambda s: contacts.update_contact(s, contact_id=entry.id, status="closed",
                                                         actor_id=self.ctx.actor_id))


class QuestionsView(_DwellingTab[ContactView]):
    """The dwelling's open questions; answering one closes it (with the answer as follow-up)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, QUESTION_COLUMNS, self.tr("Open questions"), parent)
        self.question_edit = QLineEdit(self)
        self.question_edit.setPlaceholderText(self.tr("The tenant's question — Enter adds it"))
        self.question_edit.setAccessibleName(self.tr("Question"))
        self.add_button = QPushButton(self.tr("&Add question"), self)
        self.answer_edit = QLineEdit(self)
        self.answer_edit.setPlaceholderText(self.tr("Answer (optional)"))
        self.answer_edit.setAccessibleName(self.tr("Answer"))
        self.answered_button = QPushButton(self.tr("Mark &answered"), self)
        add = QHBoxLayout()
        add.addWidget(buddy_label(self.question_edit))
        add.addWidget(self.question_edit, 1)
        add.addWidget(self.add_button)
        answer = QHBoxLayout()
        answer.addWidget(buddy_label(self.answer_edit))
        answer.addWidget(self.answer_edit, 1)
        answer.addWidget(self.answered_button)
        self.layout_.insertLayout(0, add)
        self.layout_.addLayout(answer)
        self.add_button.clicked.connect(self.add)
        self.question_edit.returnPressed.connect(self.add)
        self.answered_button.clicked.connect(self.mark_answered)

    def query(self, pd_id: str) -> Callable[[Session], list[ContactView]]:
        return lambda s: [c for c in contacts.contact_log(s, project_dwelling_id=pd_id)
                          if c.category == "question" and c.status == "open"]

    def add(self) -> None:
        if self.dwelling is None:
            return
        pd_id, text, today = self.dwelling.id, self.question_edit.text(), self.ctx.today()
        self._save(lambda s: contacts.log_contact(s, project_dwelling_id=pd_id, occurred_on=today,
                                                  category="question", text=text, today=today,
                                                  actor_id=self.ctx.actor_id),
                   self.question_edit.clear)

    def mark_answered(self) -> None:
        entry, answer = self.current(), self.answer_edit.text()
        if entry is None:
            return
        self._save(lambda s: contacts.update_contact(
            s, contact_id=entry.id, status="closed", actor_id=self.ctx.actor_id,
            follow_up=answer or None), self.answer_edit.clear)

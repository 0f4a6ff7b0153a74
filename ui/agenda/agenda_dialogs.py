"""The agenda's dialogs: plan a home visit or an office appointment with a time and a
place, reschedule, cancel with a reason, delete what was entered by mistake.

Each opens with `open()`, writes through one use case on the database worker (the change
announces itself, so the agenda and any open case file re-read), shows a service error
inside itself and closes on success.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from fieldapp.agenda import agenda as agenda_service
from fieldapp.agenda import changes
from fieldapp.agenda.views import AgendaItem, CaseChoice
from fieldapp.casework import appointments, visits
from ui.agenda.agenda_models import kind_label, when, who
from ui.agenda.time_fields import duration_spin, minute_of, time_edit
from ui.casework.case_dialogs import ServiceDialog
from ui.context import AppContext, SessionWork
from ui.qdates import from_qdate, to_qdate
from ui.table_model import date_pattern


def date_edit(parent: QWidget, value: date, earliest: date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat(date_pattern())
    edit.setCalendarPopup(True)
    edit.setMinimumDate(to_qdate(earliest))
    edit.setDate(to_qdate(value))
    return edit


class PlanDialog(ServiceDialog):
    """A home visit or an office appointment: household, day, start, duration, place."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 day: date | None = None, case_id: str | None = None) -> None:
        super().__init__(context, case_id or "", parent)
        self.kind_combo = QComboBox(self)
        self.case_combo = QComboBox(self)
        self.case_combo.setMinimumContentsLength(40)
        self.setMinimumWidth(560)
        today = context.today()
        self.date_edit = date_edit(self, max(day or today, today), today)
        self.start_edit = time_edit(self, None)
        self.duration_spin = duration_spin(self, 60)
        self.place_edit = QLineEdit(self)
        self.purpose_edit = QLineEdit(self)
        self.add_row(lambda: self.tr("&What:"), self.kind_combo)
        self.add_row(lambda: self.tr("&Household:"), self.case_combo)
        self.add_row(lambda: self.tr("&Day:"), self.date_edit)
        self.add_row(lambda: self.tr("&Starts at:"), self.start_edit)
        self.add_row(lambda: self.tr("D&uration:"), self.duration_spin)
        self.add_row(lambda: self.tr("&Place:"), self.place_edit)
        self.add_row(lambda: self.tr("Pu&rpose:"), self.purpose_edit)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.retranslate()
        self._wanted_case = case_id
        self.ctx.call(agenda_service.case_choices, on_success=self._cases_loaded)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Plan an appointment"))
        current = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        self.kind_combo.addItem(self.tr("Home visit"), "visit")
        self.kind_combo.addItem(self.tr("Office appointment"), "office")
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(current)))
        self.kind_combo.blockSignals(False)
        self._kind_changed()

    def _kind_changed(self, *_args: object) -> None:
        if self.kind_combo.currentData() == "visit":
            self.place_edit.setPlaceholderText(self.tr("The household's address"))
        else:
            self.place_edit.setPlaceholderText(self.tr("Office, meeting room…"))

    def _cases_loaded(self, choices: list[CaseChoice]) -> None:
        self.case_combo.clear()
        for c in choices:
            where = " · ".join(x for x in (c.address, c.dwelling) if x)
            self.case_combo.addItem(f"{c.household_name} — {where}" if where
                                    else c.household_name, c.case_id)
        if self._wanted_case:
            self.case_combo.setCurrentIndex(max(0, self.case_combo.findData(self._wanted_case)))

    def work(self) -> SessionWork:
        kind, case_id = self.kind_combo.currentData(), self.case_combo.currentData() or ""
        actor, today = self.ctx.actor_id, self.ctx.today()
        day, start = from_qdate(self.date_edit.date()), minute_of(self.start_edit)
        duration, place = self.duration_spin.value(), self.place_edit.text()
        purpose = self.purpose_edit.text()
        if kind == "visit":
            return lambda s: visits.plan_visit(
                s, case_id=case_id, planned_on=day, purpose=purpose, actor_id=actor,
                today=today, start_minute=start, duration_minutes=duration, place=place)
        return lambda s: appointments.plan_office_appointment(
            s, case_id=case_id, on_day=day, start_minute=start, duration_minutes=duration,
            place=place, purpose=purpose, actor_id=actor, today=today)


class RescheduleDialog(ServiceDialog):
    """Another day, start, duration or place; a follow-up or a referral (a day only) moves
    to another day."""

    def __init__(self, context: AppContext, item: AgendaItem,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, item.case_id, parent)
        self.item = item
        self.summary = QLabel(f"{kind_label(item)} · {when(item)} · {who(item)}", self)
        self.summary.setWordWrap(True)
        self.form.addRow(self.summary)
        self.date_edit = date_edit(self, max(item.day, context.today()), context.today())
        self.add_row(lambda: self.tr("&Day:"), self.date_edit)
        self.timed = item.kind not in ("followup", "referral")
        if self.timed:
            self.start_edit = time_edit(self, item.start_minute)
            self.duration_spin = duration_spin(self, item.duration_minutes)
            self.place_edit = QLineEdit(item.place, self)
            self.add_row(lambda: self.tr("&Starts at:"), self.start_edit)
            if item.kind != "agent_ask":  # the agent is asked for a time, not a length
                self.add_row(lambda: self.tr("D&uration:"), self.duration_spin)
            else:
                self.duration_spin.hide()
            if item.kind not in ("office_hours", "agent_ask"):  # their place is their own
                self.add_row(lambda: self.tr("&Place:"), self.place_edit)
            else:
                self.place_edit.hide()
            self.place_edit.setPlaceholderText(item.address)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Reschedule"))

    def work(self) -> SessionWork:
        item, actor, today = self.item, self.ctx.actor_id, self.ctx.today()
        day = from_qdate(self.date_edit.date())
        if not self.timed:
            return lambda s: changes.reschedule(s, kind=item.kind, record_id=item.id, day=day,
                                                actor_id=actor, today=today)
        start, duration = minute_of(self.start_edit), self.duration_spin.value()
        place = self.place_edit.text()
        return lambda s: changes.reschedule(
            s, kind=item.kind, record_id=item.id, day=day, start_minute=start,
            duration_minutes=duration, place=place, actor_id=actor, today=today)


class CancelDialog(ServiceDialog):
    """Cancelled, with the reason: it stays in the case's timeline."""

    def __init__(self, context: AppContext, item: AgendaItem,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, item.case_id, parent)
        self.item = item
        self.summary = QLabel(f"{kind_label(item)} · {when(item)} · {who(item)}", self)
        self.summary.setWordWrap(True)
        self.form.addRow(self.summary)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumHeight(90)
        self.add_row(lambda: self.tr("&Reason:"), self.reason_edit)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Cancel with a reason"))

    def work(self) -> SessionWork:
        item, actor, today = self.item, self.ctx.actor_id, self.ctx.today()
        reason = self.reason_edit.toPlainText()
        return lambda s: changes.cancel(s, kind=item.kind, record_id=item.id, reason=reason,
                                        actor_id=actor, today=today)


class DeleteDialog(ServiceDialog):
    """Entered by mistake: it leaves the agenda; its history keeps every version."""

    def __init__(self, context: AppContext, item: AgendaItem,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, item.case_id, parent)
        self.item = item
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.form.addRow(self.summary)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Delete an entry made by mistake"))
        self.summary.setText(self.tr(
            "Delete {what} ({when}, {who})? Use this only for something entered by mistake: "
            "to call off an appointment, cancel it with a reason instead. Its earlier "
            "versions stay in the history.").format(
                what=kind_label(self.item), when=when(self.item), who=who(self.item)))

    def work(self) -> SessionWork:
        item, actor = self.item, self.ctx.actor_id
        return lambda s: changes.delete(s, kind=item.kind, record_id=item.id, actor_id=actor)

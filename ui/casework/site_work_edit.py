"""Correcting and deleting the site assistant's records (issue 17): an office-hours session
or contact, an arrears plan, a step of the eviction procedure or the outcome, a goal of the
support plan. Each dialog writes through one use case (ServiceDialog), a deletion only after
a question that says what goes; a deleted record leaves as a tombstone that syncs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from fieldapp.casework import housing_outcome, office_hours
from fieldapp.casework import labels as service_labels
from fieldapp.casework.housing_outcome import ArrearsView, HousingStepView
from fieldapp.casework.office_hours import OfficeHoursContactView, OfficeHoursSessionView
from ui import labels
from ui.agenda.time_fields import minute_of, time_edit
from ui.casework.case_dialogs import ServiceDialog, _date_edit
from ui.context import AppContext, SessionWork
from ui.qdates import from_qdate, to_qdate


class ConfirmDialog(ServiceDialog):
    """A question before something goes; OK runs `work` (or, with None, just accepts: the
    caller keeps the change until its own form is saved)."""

    def __init__(self, context: AppContext, *, title: Callable[[], str],
                 text: Callable[[], str], work: SessionWork | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, "", parent)
        self._title, self._text, self._work = title, text, work
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.form.addRow(self.question)
        self.retranslate()
        self.buttons.button(self.buttons.StandardButton.Cancel).setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self._title())
        self.question.setText(self._text())
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("&Delete"))

    def work(self) -> SessionWork:
        assert self._work is not None
        return self._work

    def _submit(self) -> None:
        if self._work is None:
            self.accept()
        else:
            super()._submit()


class SessionEditDialog(ServiceDialog):
    def __init__(self, context: AppContext, view: OfficeHoursSessionView,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, "", parent)
        self.view = view
        self.date_edit = _date_edit(self, to_qdate(view.held_on))
        self.start_edit = time_edit(self, view.start_minute)
        self.end_edit = time_edit(self, view.end_minute)
        self.place_combo = QComboBox(self)
        self.add_row(lambda: self.tr("&Day:"), self.date_edit)
        self.add_row(lambda: self.tr("&From:"), self.start_edit)
        self.add_row(lambda: self.tr("&Until:"), self.end_edit)
        self.add_row(lambda: self.tr("&Where:"), self.place_combo)
        self.retranslate()
        self.place_combo.setCurrentIndex(max(0, self.place_combo.findData(view.place)))

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Change the office-hours session"))
        labels.fill_combo(self.place_combo, service_labels.OFFICE_HOURS_PLACES)

    def work(self) -> SessionWork:
        session_id, actor = self.view.id, self.ctx.actor_id
        held_on, place = from_qdate(self.date_edit.date()), self.place_combo.currentData()
        start, end = minute_of(self.start_edit), minute_of(self.end_edit)
        return lambda s: office_hours.update_session(
            s, session_id=session_id, place=place, held_on=held_on, start_minute=start,
            end_minute=end, actor_id=actor)


class ContactEditDialog(ServiceDialog):
    """`cases`: (text, case id) of the site's case files, as the register's own combo."""

    def __init__(self, context: AppContext, view: OfficeHoursContactView,
                 cases: list[tuple[str, str | None]], parent: QWidget | None = None) -> None:
        super().__init__(context, "", parent)
        self.view = view
        self.case_combo = QComboBox(self)
        for text, case_id in cases:
            self.case_combo.addItem(text, case_id)
        self.visitor_edit = QLineEdit(self)
        self.visitor_edit.setMaxLength(160)
        self.theme_combo = QComboBox(self)
        self.referred_combo = QComboBox(self)
        self.summary_edit = QLineEdit(self)
        self.summary_edit.setMaxLength(2_000)
        self.quick_check = QCheckBox(self)
        self.add_row(lambda: self.tr("&Case file:"), self.case_combo)
        self.add_row(lambda: self.tr("&Or who (no case file):"), self.visitor_edit)
        self.add_row(lambda: self.tr("T&heme:"), self.theme_combo)
        self.add_row(lambda: self.tr("&Referred to:"), self.referred_combo)
        self.add_row(lambda: self.tr("What a&bout:"), self.summary_edit)
        self.form.addRow("", self.quick_check)
        self.retranslate()
        self.case_combo.setCurrentIndex(max(0, self.case_combo.findData(view.case_id)))
        if view.case_id is None:
            self.visitor_edit.setText(view.who)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(view.theme)))
        self.referred_combo.setCurrentIndex(
            max(0, self.referred_combo.findData(view.referred_to)))
        self.summary_edit.setText(view.summary)
        self.quick_check.setChecked(view.quick_question)
        self.case_combo.currentIndexChanged.connect(self._case_chosen)
        self._case_chosen()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Change the office-hours contact"))
        self.quick_check.setText(self.tr("&Quick question"))
        labels.fill_combo(self.theme_combo, service_labels.THEMES)
        labels.fill_combo(self.referred_combo, service_labels.OFFICE_HOURS_REFERRED)

    def _case_chosen(self, *_args: object) -> None:
        self.visitor_edit.setEnabled(self.case_combo.currentData() is None)

    def work(self) -> SessionWork:
        contact_id, actor = self.view.id, self.ctx.actor_id
        case_id, visitor = self.case_combo.currentData(), self.visitor_edit.text()
        theme, referred = self.theme_combo.currentData(), self.referred_combo.currentData()
        summary, quick = self.summary_edit.text(), self.quick_check.isChecked()
        return lambda s: office_hours.update_contact(
            s, contact_id=contact_id, case_id=case_id, visitor=visitor, theme=theme,
            referred_to=referred, summary=summary, quick_question=quick, actor_id=actor)


def money_spin(parent: QWidget, cents: int = 0) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(0, 1_000_000)
    spin.setDecimals(2)
    spin.setSingleStep(10)
    spin.setSuffix(" €")
    spin.setValue(cents / 100)
    return spin


def cents_of(spin: QDoubleSpinBox) -> int:
    return round(spin.value() * 100)


class ArrearsEditDialog(ServiceDialog):
    def __init__(self, context: AppContext, case_id: str, view: ArrearsView,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, case_id, parent)
        self.view = view
        self.agreed_edit = _date_edit(self, to_qdate(view.agreed_on))
        self.debt_spin = money_spin(self, view.debt_cents)
        self.monthly_spin = money_spin(self, view.monthly_cents)
        self.add_row(lambda: self.tr("A&greed on:"), self.agreed_edit)
        self.add_row(lambda: self.tr("Amount &owed:"), self.debt_spin)
        self.add_row(lambda: self.tr("Per &month:"), self.monthly_spin)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Change the arrears plan"))

    def work(self) -> SessionWork:
        plan_id, actor, today = self.view.id, self.ctx.actor_id, self.ctx.today()
        agreed = from_qdate(self.agreed_edit.date())
        debt, monthly = cents_of(self.debt_spin), cents_of(self.monthly_spin)
        return lambda s: housing_outcome.update_arrears_plan(
            s, plan_id=plan_id, agreed_on=agreed, debt_cents=debt, monthly_cents=monthly,
            actor_id=actor, today=today)


class StepEditDialog(ServiceDialog):
    """A step of the eviction procedure, or the outcome (its kind stays)."""

    def __init__(self, context: AppContext, case_id: str, view: HousingStepView,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, case_id, parent)
        self.view = view
        self.code_combo = QComboBox(self)
        self.date_edit = _date_edit(self, to_qdate(view.on_day))
        self.remark_edit = QLineEdit(self)
        self.remark_edit.setMaxLength(2_000)
        self.remark_edit.setText(view.remark)
        outcome = view.kind == "outcome"
        self.add_row(lambda: self.tr("O&utcome:") if outcome else self.tr("S&tep:"),
                     self.code_combo)
        self.add_row(lambda: self.tr("&Date:"), self.date_edit)
        self.add_row(lambda: self.tr("&Remark:"), self.remark_edit)
        self.retranslate()
        self.code_combo.setCurrentIndex(max(0, self.code_combo.findData(view.code)))

    def retranslate(self) -> None:
        super().retranslate()
        if self.view.kind == "outcome":
            self.setWindowTitle(self.tr("Change the outcome"))
            labels.fill_combo(self.code_combo, service_labels.HOUSING_OUTCOMES)
        else:
            self.setWindowTitle(self.tr("Change the step of the eviction procedure"))
            labels.fill_combo(self.code_combo, service_labels.EVICTION_STEPS)

    def work(self) -> SessionWork:
        step_id, actor, today = self.view.id, self.ctx.actor_id, self.ctx.today()
        code, remark = self.code_combo.currentData(), self.remark_edit.text()
        on_day = from_qdate(self.date_edit.date())
        return lambda s: housing_outcome.update_housing_step(
            s, step_id=step_id, code=code, on_day=on_day, remark=remark, actor_id=actor,
            today=today)


class GoalEditDialog(ServiceDialog):
    """A goal reworded or its review moved; kept by the plan's dialog until its OK."""

    def __init__(self, context: AppContext, text: str, review_on: date,
                 done: Callable[[str, date], None], parent: QWidget | None = None) -> None:
        super().__init__(context, "", parent)
        self._done_with = done
        self.text_edit = QLineEdit(self)
        self.text_edit.setMaxLength(500)
        self.text_edit.setText(text)
        self.review_edit = _date_edit(self, to_qdate(review_on))
        self.add_row(lambda: self.tr("&Goal:"), self.text_edit)
        self.add_row(lambda: self.tr("Re&view on:"), self.review_edit)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Change the goal"))

    def _submit(self) -> None:
        text = self.text_edit.text().strip()
        if not text:
            self.error.setText(self.tr("Say what the goal is."))
            self.error.show()
            self.text_edit.setFocus()
            return
        self._done_with(text, from_qdate(self.review_edit.date()))
        self.accept()

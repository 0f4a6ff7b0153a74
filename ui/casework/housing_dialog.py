"""The right to housing of a case (issue 17 item 4): arrears plans, the steps of an eviction
procedure and the outcome. Each line is saved when added (it shows in the timeline at once);
Close leaves."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.casework import housing_outcome
from fieldapp.casework import labels as service_labels
from fieldapp.casework.amounts import euros
from fieldapp.casework.housing_outcome import ArrearsView, HousingStepView, HousingView
from fieldapp.i18n import QT_TRANSLATE_NOOP
from ui import labels
from ui.agenda.planned_actions import on_delete_key
from ui.casework.case_details import make_table
from ui.casework.case_dialogs import _date_edit, fit_to_screen
from ui.casework.site_work_edit import ArrearsEditDialog, ConfirmDialog, StepEditDialog
from ui.context import AppContext
from ui.errors import error_text
from ui.qdates import from_qdate, to_qdate
from ui.record_types import SITE_WORK
from ui.table_model import Column, RowsModel, format_date

ARREARS_COLUMNS: list[Column[ArrearsView]] = [
    (QT_TRANSLATE_NOOP("HousingDialog", "Agreed on"), lambda a: a.agreed_on),
    (QT_TRANSLATE_NOOP("HousingDialog", "Owed (€)"), lambda a: euros(a.debt_cents)),
    (QT_TRANSLATE_NOOP("HousingDialog", "Per month (€)"), lambda a: euros(a.monthly_cents)),
    (QT_TRANSLATE_NOOP("HousingDialog", "Where it stands"),
     lambda a: labels.label(service_labels.ARREARS_STATUSES, a.status)),
]

STEP_COLUMNS: list[Column[HousingStepView]] = [
    (QT_TRANSLATE_NOOP("HousingDialog", "Date"), lambda h: h.on_day),
    (QT_TRANSLATE_NOOP("HousingDialog", "Step"),
     lambda h: labels.label(service_labels.EVICTION_STEPS, h.code)),
    (QT_TRANSLATE_NOOP("HousingDialog", "Remark"), lambda h: h.remark),
]


def _money(parent: QWidget) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(0, 1_000_000)
    spin.setDecimals(2)
    spin.setSingleStep(10)
    spin.setSuffix(" €")
    return spin


def _cents(spin: QDoubleSpinBox) -> int:
    return round(spin.value() * 100)


class HousingDialog(QDialog):
    def __init__(self, context: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id = context, case_id
        self.setMinimumWidth(680)
        today = to_qdate(context.today())
        # arrears plans
        self.arrears_box = QGroupBox(self)
        self.arrears_model = RowsModel("HousingDialog", ARREARS_COLUMNS, self)
        self.arrears_table = make_table(self, self.arrears_model)
        self.arrears_table.setMinimumHeight(90)
        self.agreed_edit: QDateEdit = _date_edit(self, today)
        self.debt_spin, self.monthly_spin = _money(self), _money(self)
        self.add_arrears_button = QPushButton(self)
        self.kept_button, self.broken_button = QPushButton(self), QPushButton(self)
        self._labels: list[tuple[QLabel, Callable[[], str]]] = []
        arrears = QFormLayout(self.arrears_box)
        arrears.addRow(self.arrears_table)
        status_row = QHBoxLayout()
        self.edit_arrears_button = QPushButton(self)
        self.delete_arrears_button = QPushButton(self)
        for status_button in (self.kept_button, self.broken_button, self.edit_arrears_button,
                              self.delete_arrears_button):
            status_row.addWidget(status_button)
        status_row.addStretch(1)
        arrears.addRow(status_row)
        self._row(arrears, lambda: self.tr("A&greed on:"), self.agreed_edit)
        self._row(arrears, lambda: self.tr("Amount &owed:"), self.debt_spin)
        self._row(arrears, lambda: self.tr("Per &month:"), self.monthly_spin)
        arrears.addRow("", self.add_arrears_button)
        # eviction procedure
        self.eviction_box = QGroupBox(self)
        self.steps_model = RowsModel("HousingDialog", STEP_COLUMNS, self)
        self.steps_table = make_table(self, self.steps_model)
        self.steps_table.setMinimumHeight(90)
        self.step_combo = QComboBox(self)
        self.step_date_edit: QDateEdit = _date_edit(self, today)
        self.step_remark_edit = QLineEdit(self)
        self.add_step_button = QPushButton(self)
        eviction = QFormLayout(self.eviction_box)
        eviction.addRow(self.steps_table)
        self.edit_step_button = QPushButton(self)
        self.delete_step_button = QPushButton(self)
        step_row = QHBoxLayout()
        step_row.addWidget(self.edit_step_button)
        step_row.addWidget(self.delete_step_button)
        step_row.addStretch(1)
        eviction.addRow(step_row)
        self._row(eviction, lambda: self.tr("S&tep:"), self.step_combo)
        self._row(eviction, lambda: self.tr("&Date:"), self.step_date_edit)
        self._row(eviction, lambda: self.tr("&Remark:"), self.step_remark_edit)
        eviction.addRow("", self.add_step_button)
        # outcome
        self.outcome_box = QGroupBox(self)
        self.outcome_label = QLabel(self)
        self.outcome_combo = QComboBox(self)
        self.outcome_date_edit: QDateEdit = _date_edit(self, today)
        self.record_outcome_button = QPushButton(self)
        outcome = QFormLayout(self.outcome_box)
        self.edit_outcome_button = QPushButton(self)
        self.delete_outcome_button = QPushButton(self)
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.outcome_label, 1)
        outcome_row.addWidget(self.edit_outcome_button)
        outcome_row.addWidget(self.delete_outcome_button)
        outcome.addRow(outcome_row)
        self._row(outcome, lambda: self.tr("O&utcome:"), self.outcome_combo)
        self._row(outcome, lambda: self.tr("O&n:"), self.outcome_date_edit)
        outcome.addRow("", self.record_outcome_button)

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        # the three parts scroll (Close stays in view), so the dialog fits 960×540
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget(scroll)
        parts = QVBoxLayout(holder)
        for widget in (self.arrears_box, self.eviction_box, self.outcome_box):
            parts.addWidget(widget)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        fit_to_screen(self, holder.sizeHint().height() + 70)

        self.add_arrears_button.clicked.connect(self.add_arrears)
        self.kept_button.clicked.connect(lambda: self.set_arrears("kept"))
        self.broken_button.clicked.connect(lambda: self.set_arrears("broken"))
        self.add_step_button.clicked.connect(self.add_step)
        self.step_remark_edit.returnPressed.connect(self.add_step)
        self.record_outcome_button.clicked.connect(self.record_outcome)
        self.edit_arrears_button.clicked.connect(self.edit_arrears)
        self.delete_arrears_button.clicked.connect(self.delete_arrears)
        self.edit_step_button.clicked.connect(self.edit_step)
        self.delete_step_button.clicked.connect(self.delete_step)
        self.edit_outcome_button.clicked.connect(self.edit_outcome)
        self.delete_outcome_button.clicked.connect(self.delete_outcome)
        on_delete_key(self.arrears_table, self.delete_arrears)
        on_delete_key(self.steps_table, self.delete_step)
        # Enter adds the line being typed, never closes the dialog: no default button
        for button in (*self.findChildren(QPushButton), *self.buttons.buttons()):
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        context.subscribe(SITE_WORK, self._on_changes)
        self.view: HousingView | None = None
        self.retranslate()
        self.refresh()

    def _row(self, form: QFormLayout, text: Callable[[], str], field: QWidget) -> None:
        label = QLabel(self)
        label.setBuddy(field)
        form.addRow(label, field)
        self._labels.append((label, text))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Right to housing: arrears, eviction, outcome"))
        for label, text in self._labels:
            label.setText(text())
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text().replace("&", "").rstrip(":"))
        self.arrears_box.setTitle(self.tr("Arrears plans"))
        self.arrears_table.setAccessibleName(self.tr("Arrears plans"))
        self.add_arrears_button.setText(self.tr("&Add the arrears plan"))
        self.kept_button.setText(self.tr("Paid o&ff"))
        self.broken_button.setText(self.tr("&Not kept"))
        self.eviction_box.setTitle(self.tr("Eviction procedure"))
        self.steps_table.setAccessibleName(self.tr("Eviction procedure"))
        self.add_step_button.setText(self.tr("Add the ste&p"))
        self.outcome_box.setTitle(self.tr("Outcome for the right to housing"))
        self.record_outcome_button.setText(self.tr("Re&cord the outcome"))
        self.edit_arrears_button.setText(self.tr("C&hange…"))
        self.edit_arrears_button.setAccessibleName(self.tr("Change the arrears plan"))
        self.delete_arrears_button.setText(self.tr("D&elete…"))
        self.delete_arrears_button.setAccessibleName(self.tr("Delete the arrears plan"))
        self.edit_step_button.setText(self.tr("Change the &step…"))
        self.delete_step_button.setText(self.tr("De&lete the step…"))
        self.edit_outcome_button.setText(self.tr("Change…"))
        self.edit_outcome_button.setAccessibleName(self.tr("Change the outcome"))
        self.delete_outcome_button.setText(self.tr("Delete…"))
        self.delete_outcome_button.setAccessibleName(self.tr("Delete the outcome"))
        labels.fill_combo(self.step_combo, service_labels.EVICTION_STEPS)
        labels.fill_combo(self.outcome_combo, service_labels.HOUSING_OUTCOMES)
        self.arrears_model.retranslate()
        self.steps_model.retranslate()
        self._show_outcome()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_changes(self, _changes: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        case_id = self.case_id
        self.ctx.call(lambda s: housing_outcome.housing(s, case_id=case_id),
                      on_success=self._loaded)

    def _loaded(self, view: HousingView) -> None:
        self.view = view
        self.arrears_model.set_rows(list(view.arrears))
        self.steps_model.set_rows(list(view.steps))
        self._show_outcome()

    def _show_outcome(self) -> None:
        outcome = self.view.outcome if self.view else None
        self.edit_outcome_button.setEnabled(outcome is not None)
        self.delete_outcome_button.setEnabled(outcome is not None)
        if outcome is None:
            self.outcome_label.setText(self.tr("No outcome recorded yet."))
        else:
            self.outcome_label.setText(self.tr("Recorded: {outcome} on {day}").format(
                outcome=labels.label(service_labels.HOUSING_OUTCOMES, outcome.code),
                day=format_date(outcome.on_day)))

    def _run(self, work: Callable[[Session], object], after: Callable[[], None]) -> None:
        self.error.hide()

        def failed(exc: BaseException) -> None:
            self.error.setText(error_text(exc))
            self.error.show()

        self.ctx.call(work, on_success=lambda _r: after(), on_failure=failed)

    def add_arrears(self) -> None:
        case_id, actor, today = self.case_id, self.ctx.actor_id, self.ctx.today()
        agreed = from_qdate(self.agreed_edit.date())
        debt, monthly = _cents(self.debt_spin), _cents(self.monthly_spin)

        def cleared() -> None:
            self.debt_spin.setValue(0)
            self.monthly_spin.setValue(0)

        self._run(lambda s: housing_outcome.add_arrears_plan(
            s, case_id=case_id, agreed_on=agreed, debt_cents=debt, monthly_cents=monthly,
            actor_id=actor, today=today), cleared)

    def set_arrears(self, status: str) -> None:
        index = self.arrears_table.currentIndex()
        if not index.isValid():
            self.error.setText(self.tr("Select the arrears plan first."))
            self.error.show()
            return
        plan_id, actor = self.arrears_model.row_at(index.row()).id, self.ctx.actor_id
        self._run(lambda s: housing_outcome.set_arrears_status(
            s, plan_id=plan_id, status=status, actor_id=actor), lambda: None)

    def _add(self, kind: str, code: str, day: QDateEdit, remark: str,
             after: Callable[[], None]) -> None:
        case_id, actor, today = self.case_id, self.ctx.actor_id, self.ctx.today()
        on_day = from_qdate(day.date())
        self._run(lambda s: housing_outcome.add_housing_step(
            s, case_id=case_id, kind=kind, code=code, on_day=on_day, remark=remark,
            actor_id=actor, today=today), after)

    def add_step(self) -> None:
        self._add("eviction", self.step_combo.currentData(), self.step_date_edit,
                  self.step_remark_edit.text(), self.step_remark_edit.clear)

    def record_outcome(self) -> None:
        self._add("outcome", self.outcome_combo.currentData(), self.outcome_date_edit, "",
                  lambda: None)

    # -- correcting ---------------------------------------------------------------------

    def _selected(self, table: QTableView, model: RowsModel) -> object | None:  # type: ignore[type-arg]
        index = table.currentIndex()
        if not index.isValid() or index.row() >= model.rowCount():
            self.error.setText(self.tr("Select a line first."))
            self.error.show()
            return None
        self.error.hide()
        row: object = model.row_at(index.row())
        return row

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _confirm(self, title: Callable[[], str], text: Callable[[], str],
                 work: Callable[[Session], object]) -> None:
        self._open(ConfirmDialog(self.ctx, title=title, text=text, work=work, parent=self))

    def edit_arrears(self) -> None:
        plan = self._selected(self.arrears_table, self.arrears_model)
        if isinstance(plan, ArrearsView):
            self._open(ArrearsEditDialog(self.ctx, self.case_id, plan, self))

    def delete_arrears(self) -> None:
        plan = self._selected(self.arrears_table, self.arrears_model)
        if not isinstance(plan, ArrearsView):
            return
        plan_id, actor = plan.id, self.ctx.actor_id
        day, owed = format_date(plan.agreed_on), euros(plan.debt_cents)
        self._confirm(
            lambda: self.tr("Delete the arrears plan"),
            lambda: self.tr("Delete the arrears plan agreed on {day} ({owed} € owed)? Use "
                            "this only for something entered by mistake: it disappears on "
                            "every laptop at the next sync.").format(day=day, owed=owed),
            lambda s: housing_outcome.delete_arrears_plan(s, plan_id=plan_id, actor_id=actor))

    def edit_step(self) -> None:
        step = self._selected(self.steps_table, self.steps_model)
        if isinstance(step, HousingStepView):
            self._open(StepEditDialog(self.ctx, self.case_id, step, self))

    def delete_step(self) -> None:
        step = self._selected(self.steps_table, self.steps_model)
        if isinstance(step, HousingStepView):
            self._delete_step(step)

    def _delete_step(self, step: HousingStepView) -> None:
        step_id, actor = step.id, self.ctx.actor_id
        day = format_date(step.on_day)
        names = (service_labels.HOUSING_OUTCOMES if step.kind == "outcome"
                 else service_labels.EVICTION_STEPS)
        code = step.code
        self._confirm(
            lambda: self.tr("Delete the outcome") if step.kind == "outcome"
            else self.tr("Delete the step"),
            lambda: self.tr("Delete \"{what}\" of {day}? Use this only for something entered "
                            "by mistake: it disappears on every laptop at the next sync."
                            ).format(what=labels.label(names, code), day=day),
            lambda s: housing_outcome.delete_housing_step(s, step_id=step_id, actor_id=actor))

    def edit_outcome(self) -> None:
        outcome = self.view.outcome if self.view else None
        if outcome is not None:
            self._open(StepEditDialog(self.ctx, self.case_id, outcome, self))

    def delete_outcome(self) -> None:
        outcome = self.view.outcome if self.view else None
        if outcome is not None:
            self._delete_step(outcome)

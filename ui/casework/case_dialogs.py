"""Small dialogs of the case file: plan a follow-up, add a referral, plan or record a visit.

Each dialog is opened with `open()` (window-modal, no nested event loop), writes through
one use case on the database worker, shows a service error inside itself, and closes on
success. The app's lock destroys them with the workspace.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldapp.casework import followups, referrals, visits
from fieldapp.casework import labels as service_labels
from fieldapp.casework.views import TimelineEntry
from fieldapp.community.partners import list_partners
from fieldapp.community.views import PartnerView
from ui import labels
from ui.agenda.time_fields import duration_spin, minute_of, time_edit
from ui.casework.people_combo import PeopleCombo
from ui.context import AppContext, SessionWork
from ui.errors import error_text
from ui.form_drafts import FormDrafts, TextField, saving_with_drafts
from ui.qdates import from_qdate, to_qdate
from ui.table_model import date_pattern

# The social map's kind of service for each destination of a referral (issue 19).
PARTNER_KIND = {"ocmw_cpas": "cpas", "caw": "caw", "mental_health": "mental_health",
                "debt_help": "debt"}


class ServiceDialog(QDialog):
    """A form, an error line, OK/Cancel; subclasses give `rows()` and `work()`."""

    def __init__(self, context: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.case_id = case_id
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)
        self._row_labels: list[tuple[QLabel, Callable[[], str]]] = []
        self.drafts: FormDrafts | None = None
        self.setMinimumWidth(460)

    def scroll_form(self) -> None:
        """A tall form scrolls (OK and Cancel stay in view), so the dialog fits a
        960×540 screen; the field that takes the focus is scrolled into view."""
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget(scroll)
        self.layout_.removeItem(self.form)
        self.form.setParent(None)
        holder.setLayout(self.form)
        scroll.setWidget(holder)
        self.layout_.insertWidget(0, scroll, 1)
        fit_to_screen(self, holder.sizeHint().height() + 90)

    def keep_drafts(self, key: str, fields: dict[str, TextField]) -> None:
        """Keep the free text of `fields` as a draft (ui.form_drafts) while open."""
        self.drafts = FormDrafts(self, self.ctx, key, fields, layout=self.layout_)

    def add_row(self, text: Callable[[], str], field: QWidget) -> None:
        label = QLabel(self)
        label.setBuddy(field)
        self.form.addRow(label, field)
        self._row_labels.append((label, text))

    def retranslate(self) -> None:
        for label, text in self._row_labels:
            label.setText(text())
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text().replace("&", "").rstrip(":").strip())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Open on the first field, never on OK (Enter would save an empty form)."""
        super().showEvent(event)
        focus = self.focusWidget()
        if (focus is None or focus in self.buttons.buttons()) and self._row_labels:
            first = self._row_labels[0][0].buddy()
            if first is not None:
                first.setFocus()

    def work(self) -> SessionWork:
        raise NotImplementedError

    def _submit(self) -> None:
        self.buttons.setEnabled(False)
        self.ctx.call(saving_with_drafts(self.work(), self.drafts), on_success=self._done,
                      on_failure=self._failed)

    def _done(self, _result: object) -> None:
        self.accept()  # what was saved announces itself (ctx.call): the timeline re-reads

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if self.drafts is not None:
            self.drafts.save_failed()
        self.error.setText(error_text(exc))
        self.error.show()


def fit_to_screen(dialog: QWidget, wanted_height: int) -> None:
    """Open as tall as the content wants, never taller than the screen leaves room for."""
    screen = dialog.screen()
    room = screen.availableGeometry().height() - 60 if screen is not None else wanted_height
    dialog.resize(max(dialog.sizeHint().width(), dialog.minimumWidth()),
                  max(320, min(wanted_height, room)))


def _date_edit(parent: QWidget, value: QDate) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat(date_pattern())
    edit.setCalendarPopup(True)
    edit.setDate(value)
    return edit


class FollowUpDialog(ServiceDialog):
    def __init__(self, context: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, case_id, parent)
        self.due_edit = _date_edit(self, to_qdate(context.today()))
        self.text_edit = QLineEdit(self)
        self.for_combo = PeopleCombo(context, case_id, self)  # me, or a colleague of the site
        self.add_row(lambda: self.tr("&Due on:"), self.due_edit)
        self.add_row(lambda: self.tr("&What to do:"), self.text_edit)
        self.add_row(lambda: self.tr("&For:"), self.for_combo)
        self.retranslate()
        self.keep_drafts(f"followup:{case_id}", {"text": self.text_edit})
        self.text_edit.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Plan a follow-up"))

    def work(self) -> SessionWork:
        case_id, actor, today = self.case_id, self.ctx.actor_id, self.ctx.today()
        due, text = from_qdate(self.due_edit.date()), self.text_edit.text()
        assignee = self.for_combo.person_id()
        return lambda s: followups.add_followup(s, case_id=case_id, due_on=due, text=text,
                                                actor_id=actor, today=today,
                                                assignee_id=assignee)


class ReferralDialog(ServiceDialog):
    def __init__(self, context: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, case_id, parent)
        self.destination_combo = QComboBox(self)
        self.date_edit = _date_edit(self, to_qdate(context.today()))
        self.status_combo = QComboBox(self)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumHeight(100)
        # a named partner of the social map (issue 19), of the destination's kind; optional
        self.partner_combo = QComboBox(self)
        self.partner_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.partner_combo.setMinimumContentsLength(24)
        self._partners: list[PartnerView] = []
        self.add_row(lambda: self.tr("&Referred to:"), self.destination_combo)
        self.add_row(lambda: self.tr("&Partner:"), self.partner_combo)
        self.add_row(lambda: self.tr("&Date:"), self.date_edit)
        self.add_row(lambda: self.tr("&Status:"), self.status_combo)
        self.add_row(lambda: self.tr("&Reason:"), self.reason_edit)
        self.retranslate()
        self.keep_drafts(f"referral:{case_id}", {"reason": self.reason_edit})
        self.destination_combo.currentIndexChanged.connect(lambda _i: self._fill_partners())
        context.call(list_partners, on_success=self._partners_loaded)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Add a referral"))
        labels.fill_combo(self.destination_combo, service_labels.REFERRAL_DESTINATIONS)
        labels.fill_combo(self.status_combo, service_labels.REFERRAL_STATUSES)
        self._fill_partners()

    def _partners_loaded(self, partners: list[PartnerView]) -> None:
        self._partners = partners
        self._fill_partners()

    def _fill_partners(self) -> None:
        """The partners of the social map of the chosen kind (every one for "other")."""
        current = self.partner_combo.currentData()
        kind = PARTNER_KIND.get(str(self.destination_combo.currentData()))
        self.partner_combo.clear()
        self.partner_combo.addItem(self.tr("(no partner named)"), "")
        for partner in self._partners:
            if kind is None or partner.category == kind:
                self.partner_combo.addItem(partner.name, partner.id)
                self.partner_combo.setItemData(self.partner_combo.count() - 1,
                                               partner.services, Qt.ItemDataRole.ToolTipRole)
        self.partner_combo.setCurrentIndex(max(0, self.partner_combo.findData(current)))

    def work(self) -> SessionWork:
        case_id, actor = self.case_id, self.ctx.actor_id
        values = dict(destination=self.destination_combo.currentData(),
                      reason=self.reason_edit.toPlainText(),
                      referred_on=from_qdate(self.date_edit.date()),
                      status=self.status_combo.currentData(),
                      partner_id=self.partner_combo.currentData() or None)
        return lambda s: referrals.add_referral(s, case_id=case_id, actor_id=actor, **values)


class PlanVisitDialog(ServiceDialog):
    def __init__(self, context: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, case_id, parent)
        self.date_edit = _date_edit(self, to_qdate(context.today()).addDays(1))
        self.start_edit = time_edit(self, None)  # on the agenda at that time (issue 16)
        self.duration_spin = duration_spin(self, 60)
        self.place_edit = QLineEdit(self)
        self.purpose_edit = QLineEdit(self)
        self.worker_combo = PeopleCombo(context, case_id, self)  # who goes: me or a colleague
        self.add_row(lambda: self.tr("&Planned on:"), self.date_edit)
        self.add_row(lambda: self.tr("&Starts at:"), self.start_edit)
        self.add_row(lambda: self.tr("D&uration:"), self.duration_spin)
        self.add_row(lambda: self.tr("P&lace:"), self.place_edit)
        self.add_row(lambda: self.tr("&Purpose:"), self.purpose_edit)
        self.add_row(lambda: self.tr("&Who goes:"), self.worker_combo)
        self.retranslate()
        self.keep_drafts(f"visit:{case_id}", {"purpose": self.purpose_edit})

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Plan a home visit"))

    def work(self) -> SessionWork:
        case_id, actor, today = self.case_id, self.ctx.actor_id, self.ctx.today()
        planned, purpose = from_qdate(self.date_edit.date()), self.purpose_edit.text()
        start, duration = minute_of(self.start_edit), self.duration_spin.value()
        place, worker = self.place_edit.text(), self.worker_combo.person_id()
        return lambda s: visits.plan_visit(s, case_id=case_id, planned_on=planned,
                                           purpose=purpose, actor_id=actor, today=today,
                                           start_minute=start, duration_minutes=duration,
                                           place=place, worker_id=worker)


class RecordVisitDialog(ServiceDialog):
    """Marks a planned visit as done; an optional text becomes a home-visit note."""

    def __init__(self, context: AppContext, case_id: str, visit_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, case_id, parent)
        self.visit_id = visit_id
        self.date_edit = _date_edit(self, to_qdate(context.today()))
        self.date_edit.setMaximumDate(to_qdate(context.today()))
        self.objective_combo = QComboBox(self)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setTabChangesFocus(True)
        self.add_row(lambda: self.tr("&Done on:"), self.date_edit)
        self.add_row(lambda: self.tr("&Objective:"), self.objective_combo)
        self.add_row(lambda: self.tr("&Visit note:"), self.note_edit)
        self.retranslate()
        self.keep_drafts(f"visit-done:{visit_id}", {"note": self.note_edit})

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Record a home visit"))
        labels.fill_objective_combo(self.objective_combo, self.tr("(none)"))

    def work(self) -> SessionWork:
        visit_id, actor = self.visit_id, self.ctx.actor_id
        done_on = from_qdate(self.date_edit.date())
        text = self.note_edit.toPlainText().strip() or None
        objective = self.objective_combo.currentData()
        return lambda s: visits.record_visit(s, visit_id=visit_id, done_on=done_on,
                                             actor_id=actor, note_text=text, objective=objective)


class UpdateReferralDialog(ServiceDialog):
    """Follow a referral up: its status now, and what came of it."""

    def __init__(self, context: AppContext, case_id: str, entry: TimelineEntry,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, case_id, parent)
        self.referral_id = entry.id
        self.status_combo = QComboBox(self)
        self.outcome_edit = QPlainTextEdit(self)
        self.outcome_edit.setTabChangesFocus(True)
        self.outcome_edit.setMaximumHeight(100)
        self.add_row(lambda: self.tr("&Status:"), self.status_combo)
        self.add_row(lambda: self.tr("&Outcome:"), self.outcome_edit)
        self.retranslate()
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(entry.status)))
        self.keep_drafts(f"referral-outcome:{entry.id}", {"outcome": self.outcome_edit})

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Follow up a referral"))
        labels.fill_combo(self.status_combo, service_labels.REFERRAL_STATUSES)

    def work(self) -> SessionWork:
        referral_id, actor = self.referral_id, self.ctx.actor_id
        status = self.status_combo.currentData()
        outcome = self.outcome_edit.toPlainText().strip() or None
        return lambda s: referrals.update_referral(s, referral_id=referral_id, actor_id=actor,
                                                   status=status, outcome=outcome)

"""From a case file: consult the DMBSH's mobile mental-health team under a pseudonym
(issue 19). The dialog lists the case's earlier consultations with the team's advice and
asks a new one with minimal identifiers (age band, kind of household, concerns) and a
question that may not name or locate anyone — the use case refuses it otherwise, and says
what to leave out."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.mentalhealth import consultations
from fieldapp.mentalhealth.labels import (
    AGE_BANDS,
    CONCERNS,
    HOUSEHOLD_TYPES,
    STATUSES,
    URGENCIES,
)
from fieldapp.mentalhealth.views import ConsultationView
from fieldapp.vault import ChangeSet
from ui.context import AppContext
from ui.errors import error_text
from ui.form_drafts import FormDrafts
from ui.mentalhealth.texts import mh_label
from ui.record_types import CONSULTATIONS
from ui.table_model import format_date


class ConsultDialog(QDialog):
    def __init__(self, context: AppContext, case_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id = context, case_id
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.earlier = QListWidget(self)
        self.earlier.setMaximumHeight(90)
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(self)
        self.close_button.setEnabled(False)
        self.age_combo = QComboBox(self)
        self.household_combo = QComboBox(self)
        self.urgency_combo = QComboBox(self)
        for combo, codes in ((self.age_combo, AGE_BANDS), (self.household_combo,
                                                           HOUSEHOLD_TYPES),
                             (self.urgency_combo, URGENCIES)):
            for code in codes:
                combo.addItem("", code)
        self.concerns_list = QListWidget(self)
        self.concerns_list.setMaximumHeight(110)
        for code in CONCERNS:
            item = QListWidgetItem("", self.concerns_list)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.question_edit = QPlainTextEdit(self)
        self.question_edit.setTabChangesFocus(True)
        self.question_edit.setMinimumHeight(70)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.send_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.ActionRole)
        self.labels = [QLabel(self) for _ in range(7)]
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for lab, field in zip(self.labels, (self.earlier, self.advice, self.age_combo,
                                            self.household_combo, self.concerns_list,
                                            self.urgency_combo, self.question_edit),
                              strict=True):
            lab.setBuddy(field)
            form.addRow(lab, field)
        form.insertRow(2, "", self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.layout_ = layout
        self.buttons.rejected.connect(self.reject)
        self.send_button.clicked.connect(self.submit)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)
        self.close_button.clicked.connect(self.close_consultation)
        self.earlier.currentRowChanged.connect(self._show_advice)
        self.drafts = FormDrafts(self, context, f"mh-consult:{case_id}",
                                 {"question": self.question_edit}, layout=layout)
        self._rows: list[ConsultationView] = []
        self.sent: ConsultationView | None = None
        self.setMinimumWidth(560)
        self.retranslate()
        context.subscribe(CONSULTATIONS, self._on_changes, owner=self)
        self.refresh()
        chain = (self.age_combo, self.household_combo, self.concerns_list,
                 self.urgency_combo, self.question_edit, self.send_button, self.earlier,
                 self.close_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.age_combo)
        self.age_combo.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Consult the mobile mental-health team"))
        self.intro.setText(self.tr(
            "The team reads the question under a pseudonym, with an age band, the kind of "
            "household and the concerns only: no name, address, phone number or date. The "
            "link between the pseudonym and this case file stays in the case file."))
        texts = (self.tr("&Earlier consultations:"), self.tr("Team's advice:"),
                 self.tr("&Age:"), self.tr("&Household:"), self.tr("C&oncerns:"),
                 self.tr("&Urgency:"), self.tr("&Question for the team:"))
        for lab, text in zip(self.labels, texts, strict=True):
            lab.setText(text)
            lab.buddy().setAccessibleName(text.replace("&", "").rstrip(":"))
        for combo, codes in ((self.age_combo, AGE_BANDS), (self.household_combo,
                                                           HOUSEHOLD_TYPES),
                             (self.urgency_combo, URGENCIES)):
            for i in range(combo.count()):
                combo.setItemText(i, mh_label(codes, combo.itemData(i)))
        for i in range(self.concerns_list.count()):
            item = self.concerns_list.item(i)
            item.setText(mh_label(CONCERNS, item.data(Qt.ItemDataRole.UserRole)))
        self.send_button.setText(self.tr("&Send to the team"))
        self.close_button.setText(self.tr("C&lose this consultation"))
        self._fill_earlier()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- earlier consultations -----------------------------------------------------------

    def refresh(self) -> None:
        case_id = self.case_id
        self.ctx.call(lambda s: consultations.case_consultations(s, case_id=case_id),
                      on_success=self._loaded)

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches("mh_consultations") or changes.touches("case_consultations"):
            self.refresh()

    def _loaded(self, rows: list[ConsultationView]) -> None:
        current = self.earlier.currentRow()
        self._rows = rows
        self._fill_earlier()
        if rows:
            self.earlier.setCurrentRow(min(max(current, 0), len(rows) - 1))
        self._show_advice(self.earlier.currentRow())

    def _fill_earlier(self) -> None:
        self.earlier.blockSignals(True)
        current = self.earlier.currentRow()
        self.earlier.clear()
        for row in self._rows:
            self.earlier.addItem(self.tr("%1 — asked %2 — %3").replace(
                "%1", row.pseudonym).replace("%2", format_date(row.asked_on)).replace(
                "%3", mh_label(STATUSES, row.status)))
        if not self._rows:
            self.earlier.addItem(self.tr("(none yet)"))
        self.earlier.setCurrentRow(current if 0 <= current < self.earlier.count() else -1)
        self.earlier.blockSignals(False)

    def current(self) -> ConsultationView | None:
        row = self.earlier.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _show_advice(self, _row: int) -> None:
        shown = self.current()
        if shown is None:
            self.advice.setText("—")
        elif shown.advice:
            self.advice.setText(self.tr("%1 (%2): %3").replace(
                "%1", shown.answered_by or self.tr("the team")).replace(
                "%2", format_date(shown.answered_on)).replace("%3", shown.advice))
        else:
            self.advice.setText(self.tr("Not answered yet."))
        self.close_button.setEnabled(shown is not None and shown.status != "closed")

    def close_consultation(self) -> None:
        shown, actor = self.current(), self.ctx.actor_id
        if shown is None:
            return
        self.ctx.call(lambda s: consultations.close(s, consultation_id=shown.id,
                                                    actor_id=actor),
                      on_failure=self._failed)

    # -- a new one -----------------------------------------------------------------------

    def concerns(self) -> list[str]:
        return [self.concerns_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.concerns_list.count())
                if self.concerns_list.item(i).checkState() == Qt.CheckState.Checked]

    def submit(self) -> None:
        case_id, actor, today = self.case_id, self.ctx.actor_id, self.ctx.today()
        question, concerns = self.question_edit.toPlainText(), self.concerns()
        age, household = self.age_combo.currentData(), self.household_combo.currentData()
        urgency, drafts = self.urgency_combo.currentData(), self.drafts
        self.send_button.setEnabled(False)
        self.error.hide()
        drafts.saving()

        def send(s: Session) -> ConsultationView:
            sent = consultations.consult(s, case_id=case_id, question=question,
                                         concerns=concerns, age_band=age,
                                         household_type=household, urgency=urgency,
                                         actor_id=actor, today=today)
            drafts.discard_in(s)
            return sent

        def done(sent: ConsultationView) -> None:
            self.sent = sent
            self.send_button.setEnabled(True)
            self.question_edit.clear()
            for i in range(self.concerns_list.count()):
                self.concerns_list.item(i).setCheckState(Qt.CheckState.Unchecked)
            self.error.setStyleSheet("color: #1b6e20;")
            self.error.setText(self.tr("Sent to the team as %1.").replace(
                "%1", sent.pseudonym))
            self.error.show()
            drafts.save_failed()  # the form is empty again and may hold a new draft

        def failed(exc: BaseException) -> None:
            self.send_button.setEnabled(True)
            drafts.save_failed()
            self._failed(exc)

        self.ctx.call(send, on_success=done, on_failure=failed)

    def _failed(self, exc: BaseException) -> None:
        self.error.setStyleSheet("color: #b00020;")
        self.error.setText(error_text(exc))
        self.error.show()

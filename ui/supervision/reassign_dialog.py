"""Leave cover: give the chosen case files to another worker, with a reason and an end date.

Each case file gets a new revision (the site's team sees the new worker after sync) and a
reassignment record goes to `supervision:<org>`.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.people.views import PersonAccount
from fieldapp.supervision import caseload as supervision_caseload
from fieldapp.supervision import review as supervision
from fieldapp.supervision.views import CaseloadCase, ReassignmentView
from ui.context import AppContext
from ui.errors import error_text
from ui.table_model import date_pattern


class ReassignDialog(QDialog):
    def __init__(self, context: AppContext, cases: list[CaseloadCase],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.cases = cases
        self.result_value: list[ReassignmentView] | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.worker_combo = QComboBox(self)  # people holding the key of every chosen site
        self.reason_edit = QLineEdit(self)
        self.until_check = QCheckBox(self)
        self.until_edit = QDateEdit(self)
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat(date_pattern())
        today = context.today()
        self.until_edit.setMinimumDate(QDate(today.year, today.month, today.day))
        later = today + timedelta(days=21)
        self.until_edit.setDate(QDate(later.year, later.month, later.day))
        self.until_edit.setEnabled(False)
        self.until_check.toggled.connect(self.until_edit.setEnabled)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.form = QFormLayout()
        self._labels = [QLabel(self) for _ in range(3)]
        self.form.addRow(self._labels[0], self.worker_combo)
        self.form.addRow(self._labels[1], self.reason_edit)
        self.form.addRow(self._labels[2], self.until_check)
        self.form.addRow("", self.until_edit)
        for lab, field in zip(self._labels, (self.worker_combo, self.reason_edit,
                                             self.until_check), strict=True):
            lab.setBuddy(field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        current = {c.worker_key for c in cases}
        sites = {c.site_id for c in cases}

        def candidates(s: Session) -> list[PersonAccount]:
            return [p for p in supervision_caseload.workers(s)
                    if all(p.works_on(site) for site in sites)]

        context.call(candidates, on_success=lambda people: self._workers(people, current))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reassign case files"))
        self.summary.setText(self.tr("Case files to reassign: %1. They go to the worker you "
                                     "choose; the site's team sees the change after the next "
                                     "sync.").replace("%1", str(len(self.cases))))
        self._labels[0].setText(self.tr("&To worker:"))
        self._labels[1].setText(self.tr("R&eason:"))
        self._labels[2].setText(self.tr("&Cover ends:"))
        self.until_check.setText(self.tr("on this day"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. leave cover"))
        self.worker_combo.setAccessibleName(self.tr("Worker who takes over"))
        self.until_edit.setAccessibleName(self.tr("Last day of the cover"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _workers(self, people: list[PersonAccount], current: set[str]) -> None:
        self.worker_combo.clear()
        for person in people:
            if person.id not in current:
                self.worker_combo.addItem(person.display_name, person.id)
        if self.worker_combo.count() == 0:
            self.error.setText(self.tr(
                "Nobody else holds a key to the sites of these case files. Give a colleague "
                "access to the sites first (Team and keys), then sync."))
            self.error.show()
        self.worker_combo.setFocus()

    def submit(self) -> None:
        chosen = self.worker_combo.currentData()
        worker = chosen if isinstance(chosen, str) else ""
        reason = self.reason_edit.text()
        until = self.until_edit.date().toPython() if self.until_check.isChecked() else None
        ids = [c.case_id for c in self.cases]
        actor, today = self.ctx.actor_id, self.ctx.today()
        self.buttons.setEnabled(False)

        def work(s: Session) -> list[ReassignmentView]:
            return supervision.reassign_cases(s, case_ids=ids, to_worker_id=worker,
                                              actor_id=actor, today=today, reason=reason,
                                              until=until if isinstance(until, date) else None)

        self.ctx.call(work, on_success=self._done, on_failure=self._failed)

    def _done(self, result: list[ReassignmentView]) -> None:
        self.result_value = result
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.show()

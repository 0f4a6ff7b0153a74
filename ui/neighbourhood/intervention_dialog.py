"""Log an intervention: when, who was met, what was done, the outcome, photos, follow-up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDateTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.neighbourhood import labels as nl
from fieldapp.neighbourhood.interventions import log_intervention
from fieldapp.neighbourhood.requests import LOCAL_TZ
from fieldapp.neighbourhood.views import InterventionView, RequestRow
from ui.context import AppContext
from ui.labels import fill_combo
from ui.neighbourhood.base import AgentDialog, app_now
from ui.qdates import from_qdatetime, to_qdate, to_qtime
from ui.table_model import date_pattern


class InterventionDialog(AgentDialog[InterventionView]):

    def __init__(self, context: AppContext, request: RequestRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.request = request
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.layout_.insertWidget(0, self.heading)
        now = app_now(context)
        self.when_edit = QDateTimeEdit(self)
        self.when_edit.setDateTime(QDateTime(to_qdate(now.date()),
                                             to_qtime(now.time().replace(microsecond=0))))
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(f"{date_pattern()} HH:mm")  # as every screen writes it
        self.met_edit = QLineEdit(self)
        self.met_edit.setMaxLength(400)
        self.actions_edit = QPlainTextEdit(self)
        self.actions_edit.setTabChangesFocus(True)
        self.actions_edit.setFixedHeight(80)
        self.outcome_combo = QComboBox(self)
        self.follow_check = QCheckBox(self)
        self.close_check = QCheckBox(self)
        self.close_check.setChecked(True)
        self.photos: list[Path] = []
        self.photos_label = QLabel(self)
        self.photos_button = QPushButton(self)
        photos_row = QWidget(self)
        row = QHBoxLayout(photos_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.photos_button)
        row.addWidget(self.photos_label, 1)
        self.add_row(lambda: self.tr("W&hen:"), self.when_edit)
        self.add_row(lambda: self.tr("&Met:"), self.met_edit)
        self.add_row(lambda: self.tr("What was &done:"), self.actions_edit)
        self.add_row(lambda: self.tr("&Outcome:"), self.outcome_combo)
        self.add_row(lambda: self.tr("Photos:"), photos_row)
        self.form.addRow("", self.follow_check)
        self.form.addRow("", self.close_check)
        self.photos_button.clicked.connect(self._add_photos)
        self.outcome_combo.currentIndexChanged.connect(self._outcome_changed)
        self.follow_check.toggled.connect(self._follow_toggled)
        self.retranslate()
        self.keep_drafts(f"intervention:{request.id}",
                         {"met": self.met_edit, "actions": self.actions_edit})

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Log an intervention"))
        self.heading.setText(self.request.place.short() + " — " + self.request.description)
        fill_combo(self.outcome_combo, nl.OUTCOMES)
        self.follow_check.setText(self.tr("A &follow-up is needed"))
        self.close_check.setText(self.tr("&Close the request"))
        self.photos_button.setText(self.tr("Add &photos…"))
        self.photos_button.setAccessibleName(self.tr("Add photos"))
        self.photos_label.setText(self.tr("{n} photos").format(n=len(self.photos)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.met_edit.setFocus()  # "when" is already now; Shift+Tab goes back to it

    def _outcome_changed(self, _index: int) -> None:
        resolved = self.outcome_combo.currentData() in ("resolved", "passed_on")
        self.close_check.setChecked(resolved and not self.follow_check.isChecked())

    def _follow_toggled(self, needed: bool) -> None:
        if needed:  # a follow-up keeps the request open (the service refuses both)
            self.close_check.setChecked(False)

    def _add_photos(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "", self.tr("Images (*.jpg *.jpeg *.png)"))
        self.add_photo_files([Path(f) for f in files])

    def add_photo_files(self, paths: list[Path]) -> None:
        """Chosen photos; read, encrypted and stored with the intervention on saving."""
        self.photos += [p for p in paths if p not in self.photos]
        self.retranslate()

    def work(self) -> Callable[[Session], InterventionView]:
        when = from_qdatetime(self.when_edit.dateTime()).replace(tzinfo=LOCAL_TZ)
        values = dict(request_id=self.request.id, occurred_at=when,
                      met=self.met_edit.text(), actions=self.actions_edit.toPlainText(),
                      outcome=self.outcome_combo.currentData(),
                      follow_up_needed=self.follow_check.isChecked(),
                      close=self.close_check.isChecked(), actor_id=self.ctx.actor_id,
                      now=app_now(self.ctx), today=self.ctx.today())
        paths = list(self.photos)

        # On the database worker: files are read off the UI thread.
        def work(s: Session) -> InterventionView:
            return log_intervention(s, photos=[p.read_bytes() for p in paths], **values)

        return work

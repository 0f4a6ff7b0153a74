"""Shared bits of the agent's screens: the clock, label helpers, a service dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.neighbourhood import labels as nl
from fieldapp.neighbourhood.requests import LOCAL_TZ
from ui.context import AppContext
from ui.errors import error_text
from ui.form_drafts import FormDrafts, TextField, saving_with_drafts
from ui.labels import label
from ui.qdates import to_qtime
from ui.record_types import REGISTRY
from ui.table_model import format_date

PLACES = REGISTRY - {"people"}  # where requests are: sites, buildings, dwellings, households


def app_now(context: AppContext) -> datetime:
    """The app's "today" at the wall clock's time of day (Brussels), as an aware datetime."""
    return datetime.combine(context.today(), datetime.now(LOCAL_TZ).timetz())


def urgency(code: str | None) -> str:
    return label(nl.URGENCIES, code)


def category(code: str | None) -> str:
    return label(nl.CATEGORIES, code)


def format_time(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone(LOCAL_TZ)
    return f"{format_date(local.date())} {QLocale().toString(to_qtime(local.time()), 'HH:mm')}"


def format_day(value: date | None) -> str:
    return format_date(value)


ResultT = TypeVar("ResultT")  # what the dialog's unit of work returns


class AgentDialog(QDialog, Generic[ResultT]):
    """A form, an error line, OK/Cancel; subclasses give `work()` (a session function).

    What `work()` saves announces itself (ctx.call): the agent's lists re-read it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # saves from inside a multi-line field
            QShortcut(QKeySequence(keys), self).activated.connect(self.submit)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)
        self._row_labels: list[tuple[QLabel, Callable[[], str]]] = []
        self.result_value: ResultT | None = None
        self.drafts: FormDrafts | None = None
        self.setMinimumWidth(520)

    def keep_drafts(self, key: str, fields: dict[str, TextField]) -> None:
        """Keep the free text of `fields` as a draft (ui.form_drafts) while open."""
        self.drafts = FormDrafts(self, self.ctx, key, fields, layout=self.layout_)

    def add_row(self, text: Callable[[], str], field: QWidget) -> None:
        row_label = QLabel(self)
        row_label.setBuddy(field)
        self.form.addRow(row_label, field)
        self._row_labels.append((row_label, text))

    def retranslate(self) -> None:
        for row_label, text in self._row_labels:
            row_label.setText(text())
            buddy = row_label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text().replace("&", "").rstrip(":").strip())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def work(self) -> Callable[[Session], ResultT]:
        raise NotImplementedError

    def submit(self) -> None:
        if not self.buttons.isEnabled():
            return
        self.buttons.setEnabled(False)
        self.ctx.call(saving_with_drafts(self.work(), self.drafts), on_success=self.done_with,
                      on_failure=self.failed_with)

    def done_with(self, result: ResultT) -> None:
        self.result_value = result
        self.accept()

    def failed_with(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if self.drafts is not None:
            self.drafts.save_failed()
        self.error.setText(error_text(exc))
        self.error.show()

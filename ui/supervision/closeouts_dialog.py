"""The renovation close-outs seen from the supervisor's laptop (issue 17): for each archived
project, whether this laptop has removed its members yet (at its next sync round after the
archive arrives: their access ends and the key rotates), whom it removed and when."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from fieldapp.i18n import QT_TRANSLATE_NOOP
from sync.engine.closeout import CloseOutView, close_outs
from ui.context import AppContext
from ui.supervision.common import SortableRowsModel, make_table, proxy_for
from ui.table_model import Column, format_datetime

C = "CloseOutsDialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


NOT_MANAGED = QT_TRANSLATE_NOOP("CloseOutsDialog", "Not managed on this laptop")
WAITING = QT_TRANSLATE_NOOP("CloseOutsDialog", "At the next sync")
DONE = QT_TRANSLATE_NOOP("CloseOutsDialog", "Done")
DONE_ON = QT_TRANSLATE_NOOP("CloseOutsDialog", "Done on {when}")
NOBODY = QT_TRANSLATE_NOOP("CloseOutsDialog", "nobody left to remove")


def _state(view: CloseOutView) -> str:
    if view.done is None:
        return _tr(NOT_MANAGED)
    if not view.done:
        return _tr(WAITING)
    if view.removed_at is None:
        return _tr(DONE)
    return _tr(DONE_ON).format(when=format_datetime(
        datetime.fromtimestamp(view.removed_at).astimezone()))


def _removed(view: CloseOutView) -> str:
    if view.done and not view.removed:
        return _tr(NOBODY)
    return ", ".join(view.removed)


COLUMNS: list[Column[CloseOutView]] = [
    (QT_TRANSLATE_NOOP("CloseOutsDialog", "Project"), lambda v: v.name),
    (QT_TRANSLATE_NOOP("CloseOutsDialog", "Works ended"), lambda v: v.works_ended_on),
    (QT_TRANSLATE_NOOP("CloseOutsDialog", "Archived"), lambda v: v.archived_on),
    (QT_TRANSLATE_NOOP("CloseOutsDialog", "Members removed"), _removed),
    (QT_TRANSLATE_NOOP("CloseOutsDialog", "Removal"), _state),
]


class CloseOutsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.setMinimumWidth(640)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = SortableRowsModel(C, COLUMNS, self)
        self.table = make_table(self, proxy_for(self.model, self), sort_column=-1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.table.setFocus()
        context.call(close_outs, on_success=self.model.set_rows)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Renovation close-outs"))
        self.intro.setText(self.tr(
            "When a renovation assistant closes out a project, its open items go to the "
            "site's social assistant and the project is archived. At the next sync, this "
            "laptop removes everyone but the supervisors from the project: their access ends "
            "at once and the project's key changes."))
        self.table.setAccessibleName(self.tr("Archived renovation projects"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

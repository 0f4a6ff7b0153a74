"""Reschedule…, Cancel…, Delete… for the planned item a screen shows (a line of a case's
timeline, a follow-up, a welcome session, a renovation access appointment), wherever it is
shown: the item is read as the agenda has it and the agenda's own dialogs open, so every
screen changes what is planned the same way (issue 16 item 4).

A screen gives a function telling which item is current — `(kind, record_id, planned)` or
None — calls `update()` when that changes, and lays out `buttons`. The Delete key of a
table can call `delete()`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from fieldapp.agenda import agenda as agenda_service
from fieldapp.agenda.views import AgendaItem
from ui.agenda.agenda_dialogs import CancelDialog, DeleteDialog, RescheduleDialog
from ui.agenda.agenda_models import NOT_CANCELLABLE
from ui.context import AppContext
from ui.errors import error_text

Current = tuple[str, str, bool]  # kind, record id, still planned


class _DeleteKey(QObject):
    """The Delete key on a table calls `delete` (a filter: the table keeps its other keys)."""

    def __init__(self, table: QWidget, delete: Callable[[], None]) -> None:
        super().__init__(table)
        self._delete = delete
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Delete
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self._delete()
            return True
        return False


def on_delete_key(table: QWidget, delete: Callable[[], None]) -> None:
    _DeleteKey(table, delete)


class PlannedActions(QObject):
    def __init__(self, context: AppContext, parent: QWidget,
                 current: Callable[[], Current | None], *, mnemonics: bool = True) -> None:
        """`mnemonics` False on a screen whose Alt keys are taken: the buttons are reached
        by Tab (and Delete in its table)."""
        super().__init__(parent)
        self._mnemonics = mnemonics
        self.ctx = context
        self._parent = parent
        self._current = current
        self.reschedule_button = QPushButton(parent)
        self.cancel_button = QPushButton(parent)
        self.delete_button = QPushButton(parent)
        self.buttons = (self.reschedule_button, self.cancel_button, self.delete_button)
        self.reschedule_button.clicked.connect(self.reschedule)
        self.cancel_button.clicked.connect(self.cancel)
        self.delete_button.clicked.connect(self.delete)
        self.retranslate()
        for button in self.buttons:
            button.setEnabled(False)  # until the screen says what is current (update())

    def retranslate(self) -> None:
        self.reschedule_button.setText(self.tr("Res&chedule…"))
        self.cancel_button.setText(self.tr("C&ancel…"))
        self.delete_button.setText(self.tr("De&lete…"))
        if not self._mnemonics:
            for button in self.buttons:
                button.setText(button.text().replace("&", ""))
        self.reschedule_button.setToolTip(self.tr("Another day, time or place"))
        self.cancel_button.setToolTip(self.tr("Cancel with a reason, kept in the case's "
                                              "timeline"))
        self.delete_button.setToolTip(self.tr("Only for something entered by mistake (Del); "
                                              "its earlier versions stay in the history"))

    def update(self) -> None:
        current = self._current()
        planned = current is not None and current[2]
        self.reschedule_button.setEnabled(planned)
        self.cancel_button.setEnabled(planned and current is not None
                                      and current[0] not in NOT_CANCELLABLE)
        self.delete_button.setEnabled(current is not None)

    def reschedule(self) -> None:
        self._open(lambda item: RescheduleDialog(self.ctx, item, self._parent), planned=True)

    def cancel(self) -> None:
        self._open(lambda item: CancelDialog(self.ctx, item, self._parent), planned=True)

    def delete(self) -> None:
        self._open(lambda item: DeleteDialog(self.ctx, item, self._parent), planned=False)

    def _open(self, make: Callable[[AgendaItem], QDialog], *, planned: bool) -> None:
        current = self._current()
        if current is None or (planned and not current[2]):
            return
        kind, record_id, _ = current

        def show(item: AgendaItem | None) -> None:
            if item is None or (planned and item.status != "planned"):
                return
            dialog = make(item)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        self.ctx.call(lambda s: agenda_service.item(s, kind=kind, record_id=record_id),
                      on_success=show,
                      on_failure=lambda exc: self.ctx.failed.emit(error_text(exc)))

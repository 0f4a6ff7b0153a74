"""The notice a field worker reads on *my cases* and *my day* when a supervisor gave them
case files (issue 16): "2 case files were assigned to you: Famille A, Famille B", each name
a link that opens the file. It stays until each file is opened (the access log says so),
on every laptop of theirs, and is re-read when a reassignment arrives by sync."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from fieldapp.casework.reassigned import newly_assigned
from fieldapp.casework.views import NewlyAssigned
from fieldapp.vault import ChangeSet
from ui.context import AppContext

WATCHED = {"reassignments", "case_files", "access_log"}


class AssignedNotice(QLabel):
    open_household = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.assigned: list[NewlyAssigned] = []
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setStyleSheet("QLabel { background: #e8f1fb; border: 1px solid #9dbbe0; "
                           "padding: 6px; }")
        self.linkActivated.connect(self._link)
        self.hide()
        context.subscribe(WATCHED, self._on_changes)
        self.refresh()

    def refresh(self) -> None:
        me = self.ctx.actor_id
        self.ctx.call(lambda s: newly_assigned(s, worker_id=me), on_success=self._loaded)

    def _loaded(self, assigned: list[NewlyAssigned]) -> None:
        self.assigned = assigned
        self.retranslate()

    def retranslate(self) -> None:
        n = len(self.assigned)
        self.setVisible(n > 0)
        if not n:
            self.setText("")
            return
        links = ", ".join(f'<a href="{a.household_id}">{escape(a.household_name)}</a>'
                          for a in self.assigned)
        self.setText(f"{escape(self._head(n))} {links}")
        self.setAccessibleName(self.plain_text())

    def plain_text(self) -> str:
        """What the person reads, without the links' markup (tests, screen readers)."""
        n = len(self.assigned)
        if not n:
            return ""
        return f"{self._head(n)} {', '.join(a.household_name for a in self.assigned)}"

    def _head(self, n: int) -> str:
        return (self.tr("A case file was assigned to you:") if n == 1
                else self.tr("{n} case files were assigned to you:").format(n=n))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _link(self, household_id: str) -> None:
        self.open_household.emit(household_id)

    def _on_changes(self, _changes: ChangeSet) -> None:
        self.refresh()

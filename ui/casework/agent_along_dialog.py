"""Ask a neighbourhood agent along on a home visit (issue 17 item 6): a day, a time and the
address — the dialog says that nothing else reaches the agent. The answer shows in the
case file's timeline after a sync."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from fieldapp.casework import agent_along
from ui.agenda.time_fields import minute_of, time_edit
from ui.casework.case_dialogs import ServiceDialog, _date_edit
from ui.context import AppContext, SessionWork
from ui.qdates import from_qdate, to_qdate


class AskAgentDialog(ServiceDialog):
    def __init__(self, context: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, case_id, parent)
        self.date_edit = _date_edit(self, to_qdate(context.today()).addDays(1))
        self.start_edit = time_edit(self, 10 * 60)
        self.address_edit = QLineEdit(self)
        self.address_edit.setMaxLength(200)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.add_row(lambda: self.tr("&Day:"), self.date_edit)
        self.add_row(lambda: self.tr("&Time:"), self.start_edit)
        self.add_row(lambda: self.tr("&Address:"), self.address_edit)
        self.form.addRow(self.notice)
        self.retranslate()
        self.ctx.call(lambda s: agent_along.visit_address(s, case_id=case_id),
                      on_success=self._address)

    def _address(self, address: str) -> None:
        if not self.address_edit.text():
            self.address_edit.setText(address)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Ask a neighbourhood agent along"))
        self.notice.setText(self.tr("The neighbourhood agents see only the day, the time and "
                                    "this address, never the case file. Their answer shows "
                                    "in the timeline."))

    def work(self) -> SessionWork:
        case_id, actor, today = self.case_id, self.ctx.actor_id, self.ctx.today()
        day, start = from_qdate(self.date_edit.date()), minute_of(self.start_edit)
        address = self.address_edit.text()
        return lambda s: agent_along.ask_agent_along(
            s, case_id=case_id, on_day=day, start_minute=start, address=address,
            actor_id=actor, today=today)

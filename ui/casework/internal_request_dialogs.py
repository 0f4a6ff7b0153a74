"""Requests to the company's departments (issue 17 item 3): ask (facts only — the form says
so), then record the answer and print the request slip (PDF, Dutch or French)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QPushButton, QWidget
from sqlalchemy.orm import Session

from fieldapp.casework import internal_request_pdf, internal_requests
from fieldapp.casework import labels as service_labels
from fieldapp.casework.internal_requests import InternalRequestView
from ui import labels
from ui.casework.case_dialogs import ServiceDialog, _date_edit
from ui.context import AppContext, SessionWork
from ui.document_export import ExportChoice, app_language, choose_export
from ui.errors import error_text
from ui.files import write_atomically
from ui.qdates import from_qdate, to_qdate
from ui.table_model import format_date


def _facts_only(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #7a4b00;")
    return label


class InternalRequestDialog(ServiceDialog):
    """A new request: department, facts, the date an answer is wanted by."""

    def __init__(self, context: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, case_id, parent)
        self.department_combo = QComboBox(self)
        self.due_edit = _date_edit(self, to_qdate(context.today()).addDays(14))
        self.facts_edit = QPlainTextEdit(self)
        self.facts_edit.setTabChangesFocus(True)
        self.facts_edit.setMinimumHeight(120)
        self.warning = _facts_only(self)
        self.add_row(lambda: self.tr("&Department:"), self.department_combo)
        self.add_row(lambda: self.tr("&Answer wanted by:"), self.due_edit)
        self.form.addRow(self.warning)
        self.add_row(lambda: self.tr("&Facts:"), self.facts_edit)
        self.retranslate()
        self.keep_drafts(f"internal:{case_id}", {"facts": self.facts_edit})

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Request to a department"))
        labels.fill_combo(self.department_combo, service_labels.DEPARTMENTS)
        self.warning.setText(self.tr(
            "Facts only: the department is not bound by professional secrecy. Write what "
            "it needs to act (dates, amounts, the defect, the request), never what the "
            "household confided to you."))

    def work(self) -> SessionWork:
        case_id, actor, today = self.case_id, self.ctx.actor_id, self.ctx.today()
        department, facts = self.department_combo.currentData(), self.facts_edit.toPlainText()
        due = from_qdate(self.due_edit.date())
        return lambda s: internal_requests.add_request(
            s, case_id=case_id, department=department, facts=facts, due_on=due,
            actor_id=actor, today=today)


class InternalAnswerDialog(ServiceDialog):
    """An existing request: its facts, the answer and its date; the slip as a PDF."""

    def __init__(self, context: AppContext, request: InternalRequestView,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, request.case_id, parent)
        self.request = request
        self.choose_export = choose_export  # where and in which language (tests answer)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.facts_view = QPlainTextEdit(request.facts, self)
        self.facts_view.setReadOnly(True)
        self.facts_view.setTabChangesFocus(True)
        self.facts_view.setMaximumHeight(100)
        self.answer_edit = QPlainTextEdit(request.answer, self)
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setMaximumHeight(100)
        today = to_qdate(context.today())
        self.answered_edit = _date_edit(self, to_qdate(request.answered_on)
                                        if request.answered_on else today)
        self.slip_button = QPushButton(self)
        self.form.addRow(self.summary)
        self.add_row(lambda: self.tr("Facts:"), self.facts_view)
        self.add_row(lambda: self.tr("&Answer:"), self.answer_edit)
        self.add_row(lambda: self.tr("Answered &on:"), self.answered_edit)
        self.form.addRow("", self.slip_button)
        self.slip_button.clicked.connect(self.print_slip)
        self.retranslate()
        self.answer_edit.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        r = self.request
        self.setWindowTitle(self.tr("Request to a department"))
        self.summary.setText(self.tr("To {department}, asked on {asked}, answer wanted by "
                                     "{due}.").format(
            department=labels.label(service_labels.DEPARTMENTS, r.department),
            asked=format_date(r.asked_on), due=format_date(r.due_on)))
        self.slip_button.setText(self.tr("Request &slip (PDF)…"))

    def work(self) -> SessionWork:
        request_id, actor, today = self.request.id, self.ctx.actor_id, self.ctx.today()
        answer, on = self.answer_edit.toPlainText(), from_qdate(self.answered_edit.date())
        return lambda s: internal_requests.record_answer(
            s, request_id=request_id, answer=answer, answered_on=on, actor_id=actor,
            today=today)

    def print_slip(self) -> None:
        asked_on = self.request.asked_on
        self.choose_export(
            self, title=self.tr("Request slip"), language=app_language(),
            file_name=lambda lang: internal_request_pdf.file_name(lang, asked_on),
            on_chosen=self._write)

    def _write(self, choice: ExportChoice) -> None:
        request_id, actor, today = self.request.id, self.ctx.actor_id, self.ctx.today()
        path = choice.path if choice.path.lower().endswith(".pdf") else choice.path + ".pdf"
        language = choice.language

        def work(s: Session) -> str:  # the service writes the print in the access log
            write_atomically(path, internal_request_pdf.request_slip_pdf(
                s, request_id=request_id, actor_id=actor, printed_on=today,
                language=language))
            return path

        def failed(exc: BaseException) -> None:
            self.error.setText(error_text(exc))
            self.error.show()

        self.ctx.call(work, on_success=lambda _p: self.error.hide(), on_failure=failed)

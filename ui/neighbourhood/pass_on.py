"""Pass things on: a defect report for the technical department (PDF and e-mail text), or a
hand-off to the site's social assistant (the agent sees only that it was handed on)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.audit import access_log
from fieldapp.neighbourhood import defects
from fieldapp.neighbourhood.defect_pdf import build_defect_pdf, defect_file_name
from fieldapp.neighbourhood.handoff import hand_off
from fieldapp.neighbourhood.views import DefectReportView, HandoffReceipt, RequestRow
from ui.context import AppContext
from ui.document_export import app_language, choose_export, document_translate
from ui.neighbourhood.base import AgentDialog, format_day

CLIPBOARD_SECONDS = 60  # DESIGN §7: nothing personal on the clipboard beyond a short timeout


_copied = {"text": ""}


def copy_for_a_while(text: str, seconds: int = CLIPBOARD_SECONDS) -> None:
    """Put text on the clipboard and take it off again after `seconds` (if still ours)."""
    QGuiApplication.clipboard().setText(text)
    _copied["text"] = text
    QTimer.singleShot(seconds * 1000, clear_clipboard_if_ours)


def clear_clipboard_if_ours() -> None:
    """Also called at lock: a copied report never outlives the unlocked session."""
    clipboard = QGuiApplication.clipboard()
    if _copied["text"] and clipboard.text() == _copied["text"]:
        clipboard.clear()
    _copied["text"] = ""


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class DefectDialog(AgentDialog[DefectReportView]):
    """Describe the defect, create the report, then copy its text or save it as a PDF."""


    def __init__(self, context: AppContext, request: RequestRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.request = request
        self.report: DefectReportView | None = None
        self.choose_export = choose_export  # where and in which language (tests answer)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlainText(request.description)
        self.description_edit.moveCursor(QTextCursor.MoveOperation.End)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setMinimumHeight(220)
        self.preview.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.copy_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        for button in (self.copy_button, self.pdf_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.hide()
        self.add_row(lambda: self.tr("&Defect:"), self.description_edit)
        self.layout_.insertWidget(1, self.preview)
        self.layout_.insertWidget(2, self.status)
        self.copy_button.clicked.connect(self.copy_text)
        self.pdf_button.clicked.connect(self._choose_pdf)
        self.retranslate()
        if request.defect_report_id:  # already passed on: show that report
            report_id = request.defect_report_id
            self.ctx.call(lambda s: defects.get_defect_report(s, report_id=report_id),
                          on_success=self._made)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Pass a defect on to the technical department"))
        self.copy_button.setText(self.tr("&Copy text for e-mail"))
        self.pdf_button.setText(self.tr("Save as &PDF…"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("C&reate report") if self.report is None else self.tr("Close"))
        if self.report is not None:
            self.preview.setPlainText(defects.defect_text(self.report, _tr))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        (self.copy_button if self.report is not None else self.description_edit).setFocus()

    def work(self) -> Callable[[Session], DefectReportView]:
        request_id, actor, today = self.request.id, self.ctx.actor_id, self.ctx.today()
        description = self.description_edit.toPlainText()
        return lambda s: defects.report_defect(s, request_id=request_id, actor_id=actor,
                                               today=today, description=description)

    def submit(self) -> None:
        if self.report is not None:
            self.accept()
        else:
            super().submit()

    def done_with(self, result: DefectReportView) -> None:
        self._made(result)

    def _made(self, report: DefectReportView) -> None:
        self.report = report
        self.buttons.setEnabled(True)
        self.error.hide()
        self.description_edit.setReadOnly(True)
        self.preview.show()
        for button in (self.copy_button, self.pdf_button):
            button.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.status.setText(self.tr("Report {ref} made on {day}.").format(
            ref=report.id[:8], day=format_day(report.reported_on)))
        self.retranslate()
        self.copy_button.setFocus()

    def copy_text(self) -> None:
        if self.report is not None:
            copy_for_a_while(defects.defect_text(self.report, _tr))
            self.status.setText(self.tr("Copied. The clipboard is cleared after {n} seconds.")
                                .format(n=CLIPBOARD_SECONDS))

    def _choose_pdf(self) -> None:
        report = self.report
        if report is None:
            return  # the PDF button shows once the report is made
        # for the technical department: an internal document, in the app's language
        self.choose_export(
            self, title=self.tr("Save the defect report"), language=app_language(),
            file_name=lambda lang: defect_file_name(report, document_translate(lang)),
            on_chosen=lambda choice: self.save_pdf(Path(choice.path), choice.language))

    def save_pdf(self, path: Path, language: str | None = None) -> None:
        report = self.report
        if report is None:
            return  # nothing made yet
        translate = document_translate(language or app_language())

        def build(photos: list[bytes]) -> None:
            def work() -> str:
                build_defect_pdf(report, path, translate=translate, photos=photos)
                return str(path)

            self.ctx.runner.run(work, on_success=printed, on_failure=self.failed_with)

        def printed(_path: str) -> None:  # the print goes to the access log (issue 14)
            actor = self.ctx.actor_id
            self.ctx.call(lambda s: access_log.record_access(
                s, actor_id=actor, action="print", object_type="defect_report",
                object_id=report.id), on_success=lambda _r: self.status.setText(
                    self.tr("The report was saved as a PDF.")), on_failure=self.failed_with)

        self.ctx.call(lambda s: defects.defect_photos(s, report_id=report.id),
                      on_success=build, on_failure=self.failed_with)


class HandoffDialog(AgentDialog[HandoffReceipt]):
    """Say why social support is needed; the site's social assistant picks it up."""


    def __init__(self, context: AppContext, request: RequestRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.request = request
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.layout_.insertWidget(0, self.intro)
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setTabChangesFocus(True)
        self.add_row(lambda: self.tr("&Why:"), self.summary_edit)
        self.retranslate()
        self.keep_drafts(f"handoff:{request.id}", {"summary": self.summary_edit})

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Hand off to the social assistant"))
        self.intro.setText(self.tr(
            "The social assistant of {site} will find this among their follow-ups. You will "
            "not see their case file; only that it was handed on.").format(
                site=self.request.place.site_name))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.summary_edit.setFocus()

    def work(self) -> Callable[[Session], HandoffReceipt]:
        request_id, summary = self.request.id, self.summary_edit.toPlainText()
        actor, today = self.ctx.actor_id, self.ctx.today()
        return lambda s: hand_off(s, request_id=request_id, summary=summary, actor_id=actor,
                                  today=today)

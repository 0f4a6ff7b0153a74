"""The yearly report: the year's figures per objective, built from the plan and the log;
the self-evaluation written per objective; the report as a PDF in the project's language
(or another chosen at export)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.community import plan
from fieldapp.community.report import ObjectiveFigures, YearlyReport, yearly_report
from fieldapp.community.report_pdf import file_name, report_pdf
from fieldapp.community.views import ProjectView
from fieldapp.i18n import QT_TRANSLATE_NOOP
from ui.community.base import current_row, make_table
from ui.community.pages import objective_text
from ui.context import AppContext
from ui.document_export import ExportChoice, choose_export, document_translate
from ui.errors import error_text
from ui.files import write_atomically
from ui.table_model import Column, RowsModel

OVERALL = "overall"


class ReportPage(QWidget):
    exported = Signal(str)  # the PDF's path

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.project: ProjectView | None = None
        self.year = context.today().year
        self.report: YearlyReport | None = None
        self.choose_export: Callable[..., None] = choose_export  # tests answer it
        columns: list[Column[ObjectiveFigures]] = [
            (QT_TRANSLATE_NOOP("ReportPage", "Objective"), self._objective),
            (QT_TRANSLATE_NOOP("ReportPage", "Actions"), lambda f: f.actions),
            (QT_TRANSLATE_NOOP("ReportPage", "Done"), lambda f: f.actions_done),
            (QT_TRANSLATE_NOOP("ReportPage", "Activities"), lambda f: f.activities),
            (QT_TRANSLATE_NOOP("ReportPage", "Participants"), lambda f: f.participants),
        ]
        self.model: RowsModel[ObjectiveFigures] = RowsModel("ReportPage", columns, self)
        self.table = make_table(self, self.model)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.text_label = QLabel(self)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.text_label.setBuddy(self.text_edit)
        self.save_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.save_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text_edit, 1)
        layout.addLayout(bar)
        self.save_button.clicked.connect(self.save_evaluation)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_text())
        self.retranslate()

    def _objective(self, f: ObjectiveFigures) -> str:
        if f.objective == OVERALL:
            return self.tr("Overall")
        return objective_text(self.project, f.objective)

    def retranslate(self) -> None:
        self.model.retranslate()
        self.table.setAccessibleName(self.tr("Figures per objective"))
        self.text_label.setText(self.tr("Self-&evaluation of the objective:"))
        self.text_edit.setAccessibleName(self.tr("Self-evaluation"))
        self.save_button.setText(self.tr("&Save the self-evaluation"))
        self.export_button.setText(self.tr("Yearly report as &PDF… (Ctrl+P)"))
        self.summary.setText(
            self.tr("Yearly report {year}, built from the plan and the activity log. Write "
                    "the self-evaluation of each objective below.").format(year=self.year)
            if self.project else self.tr("Record the project first (Ctrl+1)."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_for(self, project: ProjectView | None, year: int) -> None:
        self.project, self.year = project, year
        self.refresh()

    def refresh(self) -> None:
        self.retranslate()
        if self.project is None:
            self.model.set_rows([])
            return
        pid, year = self.project.id, self.year
        self.ctx.call(lambda s: yearly_report(s, project_id=pid, year=year),
                      on_success=self._loaded)

    def _loaded(self, report: YearlyReport) -> None:
        self.report = report
        row = max(self.table.currentIndex().row(), 0)
        f = report.by_objective
        total = ObjectiveFigures(OVERALL, sum(x.actions for x in f),
                                 sum(x.actions_done for x in f), len(report.activities),
                                 sum(x.participants for x in f))
        self.model.set_rows([*f, total])
        self.table.selectRow(min(row, self.model.rowCount() - 1))
        self._show_text()

    def current_objective(self) -> str | None:
        f = current_row(self.table, self.model)
        return f.objective if f is not None else None

    def _show_text(self) -> None:
        code = self.current_objective()
        if self.report is not None and code is not None:
            self.text_edit.setPlainText(self.report.evaluations.get(code, ""))

    def save_evaluation(self) -> None:
        code, project = self.current_objective(), self.project
        if code is None or project is None:
            return
        text, year, actor = self.text_edit.toPlainText(), self.year, self.ctx.actor_id
        self.ctx.call(lambda s: plan.set_evaluation(s, project_id=project.id, year=year,
                                                    objective=code, text=text,
                                                    actor_id=actor),
                      on_success=lambda _r: self._said(self.tr("The self-evaluation is "
                                                               "saved.")),
                      on_failure=self._failed)

    def export(self) -> None:
        project = self.project
        if project is None:
            return
        year = self.year
        self.choose_export(
            self, title=self.tr("Yearly report with self-evaluation"),
            language=project.language,
            file_name=lambda lang: file_name(year, document_translate(lang)),
            on_chosen=self._export_to)

    def _export_to(self, choice: ExportChoice) -> None:
        project = self.project
        if project is None:
            return
        pid, year, today = project.id, self.year, self.ctx.today()
        language, translate = choice.language, document_translate(choice.language)
        target = choice.path if choice.path.lower().endswith(".pdf") else choice.path + ".pdf"

        def work(s: Session) -> str:
            report = yearly_report(s, project_id=pid, year=year)
            write_atomically(target, report_pdf(report, language=language, printed_on=today,
                                                translate=translate))
            return target

        self.export_button.setEnabled(False)
        self.ctx.call(work, on_success=self._exported, on_failure=self._failed)

    def _exported(self, path: str) -> None:
        self.export_button.setEnabled(True)
        self._said(self.tr("The yearly report was saved as {name}.").format(
            name=Path(path).name))
        self.exported.emit(path)

    def _said(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(error_text(exc))

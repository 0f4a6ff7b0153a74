"""The supervisor's page of community work (issue 19, Ctrl+8): the organisation's social
cohesion projects — contacts, agreement, this year's actions, activities, participants
(counted) and committee meetings, each project's yearly report as a PDF — and the partner
directory, which supervisors keep with the community workers (new Ctrl+Shift+P, Enter
changes one)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.community.overview import PscSummary, psc_overview
from fieldapp.community.report import yearly_report
from fieldapp.community.report_pdf import file_name, report_pdf
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.vault import ChangeSet
from ui.community.base import current_row, make_table
from ui.community.dialogs import PartnerDialog
from ui.community.partners_page import PartnersPage
from ui.context import AppContext
from ui.document_export import ExportChoice, choose_export, document_translate
from ui.errors import error_text
from ui.files import write_atomically
from ui.record_types import COMMUNITY
from ui.table_model import Column, RowsModel, format_date

C = "SupervisorCommunityView"
COLUMNS: list[Column[PscSummary]] = [
    (QT_TRANSLATE_NOOP("SupervisorCommunityView", "Project"), lambda r: r.name),
    (QT_TRANSLATE_NOOP("SupervisorCommunityView", "Referent"), lambda r: r.referent),
    (QT_TRANSLATE_NOOP("SupervisorCommunityView", "Coordinator"), lambda r: r.coordinator),
    (QT_TRANSLATE_NOOP("SupervisorCommunityView", "Agreement until"),
     lambda r: format_date(r.agreement_end)),
    (QT_TRANSLATE_NOOP("SupervisorCommunityView", "Actions"), lambda r: r.actions),
    (QT_TRANSLATE_NOOP("SupervisorCommunityView", "Activities"), lambda r: r.activities),
    (QT_TRANSLATE_NOOP("SupervisorCommunityView", "Participants"), lambda r: r.participants),
    (QT_TRANSLATE_NOOP("SupervisorCommunityView", "Committee meetings"), lambda r: r.meetings),
    (QT_TRANSLATE_NOOP("SupervisorCommunityView", "Rooms lent"), lambda r: ", ".join(r.rooms)),
]


class SupervisorCommunityView(QWidget):
    exported = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.choose_export: Callable[..., None] = choose_export  # tests answer it
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(context.today().year)
        self.year_label = QLabel(self)
        self.year_label.setBuddy(self.year_spin)
        self.model: RowsModel[PscSummary] = RowsModel(C, COLUMNS, self)
        self.table = make_table(self, self.model, stretch=0)
        self.report_button = QPushButton(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.partners = PartnersPage(context, self)
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year_spin)
        top.addStretch(1)
        top.addWidget(self.report_button)
        psc = QWidget(self)
        psc_layout = QVBoxLayout(psc)
        psc_layout.setContentsMargins(0, 0, 0, 0)
        psc_layout.addWidget(self.intro)
        psc_layout.addLayout(top)
        psc_layout.addWidget(self.table, 1)
        psc_layout.addWidget(self.status)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(psc)
        split.addWidget(self.partners)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        self.year_spin.valueChanged.connect(lambda _v: self.refresh())
        self.report_button.clicked.connect(self.export_report)
        self.partners.new_button.clicked.connect(self.new_partner)
        self.partners.edit_button.clicked.connect(self.edit_partner)
        self.partners.table.activated.connect(lambda _i: self.edit_partner())
        new = QShortcut(QKeySequence("Ctrl+Shift+P"), self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # on this page only
        new.activated.connect(self.new_partner)
        self.dialog: QDialog | None = None
        context.subscribe(COMMUNITY, self._on_changes)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "The social cohesion projects of the organisation, kept by their community "
            "workers: this year's work in numbers (participants are counted, never named), "
            "and below the partner directory that every field role reads."))
        self.year_label.setText(self.tr("&Year:"))
        self.year_spin.setAccessibleName(self.tr("Year"))
        self.table.setAccessibleName(self.tr("Social cohesion projects"))
        self.report_button.setText(self.tr("Yearly &report as PDF…"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def year(self) -> int:
        return int(self.year_spin.value())

    def refresh(self) -> None:
        year = self.year()
        self.ctx.call(lambda s: psc_overview(s, year=year), on_success=self._loaded)

    def _loaded(self, rows: list[PscSummary]) -> None:
        row = max(self.table.currentIndex().row(), 0)
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(min(row, len(rows) - 1))
        else:
            self.status.setText(self.tr("No social cohesion project yet: the community "
                                        "workers record it on their laptops."))

    def _on_changes(self, _changes: ChangeSet) -> None:
        self.refresh()

    # -- the yearly report ----------------------------------------------------------------

    def export_report(self) -> None:
        chosen = current_row(self.table, self.model)
        if chosen is None:
            return
        year = self.year()
        self.choose_export(
            self, title=self.tr("Yearly report with self-evaluation"),
            language=chosen.language,  # the PSC's chosen language
            file_name=lambda lang: file_name(year, document_translate(lang)),
            on_chosen=lambda choice: self._write(chosen, year, choice))

    def _write(self, chosen: PscSummary, year: int, choice: ExportChoice) -> None:
        today, language = self.ctx.today(), choice.language
        target = choice.path if choice.path.lower().endswith(".pdf") else choice.path + ".pdf"

        def work(s: Session) -> str:
            report = yearly_report(s, project_id=chosen.project_id, year=year)
            write_atomically(target, report_pdf(report, language=language, printed_on=today,
                                                translate=document_translate(language)))
            return target

        self.ctx.call(work, on_success=self._exported, on_failure=self._failed)

    def _exported(self, path: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(self.tr("The yearly report was saved as {name}.").format(
            name=Path(path).name))
        self.exported.emit(path)

    def _failed(self, exc: BaseException) -> None:
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(error_text(exc))

    # -- the partner directory ------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def new_partner(self) -> QDialog:
        return self._open(PartnerDialog(self.ctx, None, self))

    def edit_partner(self) -> QDialog | None:
        partner = self.partners.current()
        return None if partner is None else self._open(PartnerDialog(self.ctx, partner, self))

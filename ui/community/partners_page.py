"""The partner directory (social map): the area's services, contacts, languages and
addresses; kept by the community workers and the supervisors; as a PDF or a CSV."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from fieldapp.community import partners
from fieldapp.community.labels import LANGUAGES, PARTNER_CATEGORIES
from fieldapp.community.social_map import file_name, social_map_csv, social_map_pdf
from fieldapp.community.views import PartnerView
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.vault import ChangeSet
from ui.community.base import clabel, current_row, make_table
from ui.context import AppContext
from ui.document_export import ExportChoice, app_language, choose_export, document_translate
from ui.errors import error_text
from ui.files import write_atomically
from ui.record_types import PARTNERS
from ui.table_model import Column, RowsModel

COLUMNS: list[Column[PartnerView]] = [
    (QT_TRANSLATE_NOOP("PartnersPage", "Partner"), lambda p: p.name),
    (QT_TRANSLATE_NOOP("PartnersPage", "Kind of service"),
     lambda p: clabel(PARTNER_CATEGORIES, p.category)),
    (QT_TRANSLATE_NOOP("PartnersPage", "Phone"), lambda p: p.phone),
    (QT_TRANSLATE_NOOP("PartnersPage", "Languages"),
     lambda p: ", ".join(clabel(LANGUAGES, c) for c in p.languages)),
    (QT_TRANSLATE_NOOP("PartnersPage", "Address"), lambda p: p.address),
]


class PartnersPage(QWidget):
    exported = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.choose_export: Callable[..., None] = choose_export  # tests answer it
        self.model: RowsModel[PartnerView] = RowsModel("PartnersPage", COLUMNS, self)
        self.table = make_table(self, self.model, stretch=0)
        self.new_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self.csv_button = QPushButton(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.pdf_button, self.csv_button):
            bar.addWidget(b)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        context.subscribe(PARTNERS, self._on_changes)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.model.retranslate()
        self.table.setAccessibleName(self.tr("Partners of the area"))
        self.new_button.setText(self.tr("New &partner (Ctrl+Shift+P)"))
        self.edit_button.setText(self.tr("&Change…"))
        self.pdf_button.setText(self.tr("Social map as P&DF…"))
        self.csv_button.setText(self.tr("Social map as &CSV…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.ctx.call(partners.list_partners, on_success=self._loaded)

    def _loaded(self, rows: list[PartnerView]) -> None:
        row = max(self.table.currentIndex().row(), 0)
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(min(row, len(rows) - 1))
        self.status.setText(self.tr("{count} partners in the directory.").format(
            count=len(rows)))

    def _on_changes(self, _changes: ChangeSet) -> None:
        self.refresh()

    def current(self) -> PartnerView | None:
        return current_row(self.table, self.model)

    def export(self, kind: str) -> None:
        today = self.ctx.today()
        self.choose_export(
            self, title=self.tr("Social map"), language=app_language(),
            file_name=lambda lang: file_name(kind, today, document_translate(lang)),
            file_filter=self.tr("CSV (*.csv)") if kind == "csv" else "",
            on_chosen=lambda choice: self._export_to(kind, choice))

    def _export_to(self, kind: str, choice: ExportChoice) -> None:
        today, translate, language = self.ctx.today(), document_translate(choice.language), \
            choice.language
        target = choice.path if choice.path.lower().endswith(f".{kind}") \
            else f"{choice.path}.{kind}"

        def work(s: Session) -> str:
            rows = partners.list_partners(s)
            data = social_map_csv(rows, translate=translate) if kind == "csv" else \
                social_map_pdf(rows, language=language, printed_on=today, translate=translate)
            write_atomically(target, data)
            return target

        self.ctx.call(work, on_success=self._exported, on_failure=self._failed)

    def _exported(self, path: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(self.tr("The social map was saved as {name}.").format(
            name=Path(path).name))
        self.exported.emit(path)

    def _failed(self, exc: BaseException) -> None:
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(error_text(exc))

"""The PSC record: agreement, co-signatories, perimeter (sites by name and reference, no
registry key), referent and coordinator (a change is kept, and the co-signatories get a
notice), premises lent (the rooms of the collective common-room register a collective
assistant lent to the PSC, read-only here, and any other premises in words), local
objectives and the local diagnosis."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.collective.labels import ROOM_KINDS
from fieldapp.community import premises, projects
from fieldapp.community.labels import DOCUMENT_LANGUAGES
from fieldapp.community.views import Cosignatory, PerimeterSite, ProjectView
from ui.community.base import lines, split_pair, text_box
from ui.community.dialogs import date_edit
from ui.context import AppContext
from ui.errors import error_text
from ui.i18n import language_name
from ui.labels import label
from ui.qdates import from_qdate, to_qdate
from ui.table_model import format_date

SLRB = "BGHM / SLRB"


class ProjectPage(QWidget):
    saved = Signal(object)  # ProjectView

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.project: ProjectView | None = None
        today = context.today()
        self.name_edit = QLineEdit(self)
        self.language_combo = QComboBox(self)
        for code in DOCUMENT_LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        self.start_check = QCheckBox(self)
        self.start_edit = date_edit(self, date(today.year, 1, 1))
        self.end_edit = date_edit(self, date(today.year + 4, 12, 31))
        self.housing_edit = text_box(self, 44)
        self.non_profit_edit = QLineEdit(self)
        self.municipality_edit = QLineEdit(self)
        self.perimeter_edit = text_box(self, 60)
        self.referent_edit = QLineEdit(self)
        self.coordinator_edit = QLineEdit(self)
        self.contact_button = QPushButton(self)
        self.notice_button = QPushButton(self)
        self.rooms_list = QListWidget(self)  # the rooms lent (collective register)
        self.rooms_list.setMaximumHeight(70)
        self.loans: list[premises.LoanRow] = []
        self.premises_edit = text_box(self, 44)
        self.objectives_edit = text_box(self, 60)
        self.diagnosis_check = QCheckBox(self)
        self.diagnosis_on = date_edit(self, today)
        self.diagnosis_edit = text_box(self, 120)
        self.save_button = QPushButton(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        agreement = QHBoxLayout()
        for w in (self.start_check, self.start_edit, self.end_edit):
            agreement.addWidget(w)
        agreement.addStretch(1)
        contacts = QHBoxLayout()
        contacts.addWidget(self.contact_button)
        contacts.addWidget(self.notice_button)
        contacts.addStretch(1)
        diagnosis = QHBoxLayout()
        diagnosis.addWidget(self.diagnosis_check)
        diagnosis.addWidget(self.diagnosis_on)
        diagnosis.addStretch(1)
        inner = QWidget(self)
        self.form = QFormLayout(inner)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels: list[tuple[QLabel, Callable[[], str]]] = []
        for text, field, buddy in (
            (lambda: self.tr("&Name of the project:"), self.name_edit, None),
            (lambda: self.tr("Language of its &documents:"), self.language_combo, None),
            (lambda: self.tr("A&greement:"), agreement, self.start_check),
            (lambda: self.tr("&Housing companies (one a line):"), self.housing_edit, None),
            (lambda: self.tr("Non-&profit:"), self.non_profit_edit, None),
            (lambda: self.tr("M&unicipality:"), self.municipality_edit, None),
            (lambda: self.tr("Peri&meter (one site a line: name; reference):"),
             self.perimeter_edit, None),
            (lambda: self.tr("&Referent (housing company):"), self.referent_edit, None),
            (lambda: self.tr("&Coordinator (non-profit):"), self.coordinator_edit, None),
            (lambda: "", contacts, self.contact_button),
            (lambda: self.tr("Rooms &lent (common-room register):"), self.rooms_list, None),
            (lambda: self.tr("&Other premises:"), self.premises_edit, None),
            (lambda: self.tr("Local ob&jectives (one a line):"), self.objectives_edit, None),
            (lambda: self.tr("Local d&iagnosis:"), diagnosis, self.diagnosis_check),
            (lambda: "", self.diagnosis_edit, None),
        ):
            row_label = QLabel(inner)
            row_label.setBuddy(buddy or field)  # type: ignore[arg-type]
            self.form.addRow(row_label, field)
            self._labels.append((row_label, text))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.save_button.clicked.connect(self.save)
        self.start_check.toggled.connect(self._dates_enabled)
        self.diagnosis_check.toggled.connect(self._dates_enabled)
        self.retranslate()
        self._dates_enabled()

    def retranslate(self) -> None:
        for row_label, text in self._labels:
            row_label.setText(text())
            buddy = row_label.buddy()
            if buddy is not None and text():
                buddy.setAccessibleName(text().replace("&", "").rstrip(":").strip())
        self.start_check.setText(self.tr("from – to"))
        self.start_edit.setAccessibleName(self.tr("Agreement starts"))
        self.end_edit.setAccessibleName(self.tr("Agreement ends"))
        self.diagnosis_check.setText(self.tr("drawn up on"))
        self.diagnosis_edit.setAccessibleName(self.tr("Local diagnosis"))
        self.contact_button.setText(self.tr("New referent or coordinator…"))
        self.notice_button.setText(self.tr("Notice to the co-signatories…"))
        self.save_button.setText(self.tr("&Save the project (Ctrl+S)"))
        self._contacts_enabled()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _dates_enabled(self) -> None:
        self.start_edit.setEnabled(self.start_check.isChecked())
        self.end_edit.setEnabled(self.start_check.isChecked())
        self.diagnosis_on.setEnabled(self.diagnosis_check.isChecked())

    def _contacts_enabled(self) -> None:
        known = self.project is not None
        # once the project exists, a new person comes with a date (and a notice)
        self.referent_edit.setReadOnly(known)
        self.coordinator_edit.setReadOnly(known)
        self.contact_button.setEnabled(known)
        self.notice_button.setEnabled(known and bool(self.project and
                                                     self.project.contact_changes))

    def show_project(self, project: ProjectView | None) -> None:
        self.project = project
        self._load_loans()
        if project is not None:
            self.name_edit.setText(project.name)
            self.language_combo.setCurrentIndex(
                max(0, self.language_combo.findData(project.language)))
            self.start_check.setChecked(project.agreement_start is not None)
            if project.agreement_start:
                self.start_edit.setDate(to_qdate(project.agreement_start))
            if project.agreement_end:
                self.end_edit.setDate(to_qdate(project.agreement_end))
            by_kind: dict[str, list[str]] = {}
            for c in project.cosignatories:
                by_kind.setdefault(c.kind, []).append(c.name)
            self.housing_edit.setPlainText("\n".join(by_kind.get("housing_company", [])))
            self.non_profit_edit.setText(", ".join(by_kind.get("non_profit", [])))
            self.municipality_edit.setText(", ".join(by_kind.get("municipality", [])))
            self.perimeter_edit.setPlainText("\n".join(
                f"{s.name}; {s.reference}" if s.reference else s.name
                for s in project.perimeter))
            self.referent_edit.setText(project.referent)
            self.coordinator_edit.setText(project.coordinator)
            self.premises_edit.setPlainText(project.premises)
            self.objectives_edit.setPlainText("\n".join(project.local_objectives))
            self.diagnosis_check.setChecked(project.diagnosis_on is not None)
            if project.diagnosis_on:
                self.diagnosis_on.setDate(to_qdate(project.diagnosis_on))
            self.diagnosis_edit.setPlainText(project.diagnosis)
        self._contacts_enabled()
        self._dates_enabled()

    def _load_loans(self) -> None:
        project_id = self.project.id if self.project is not None else None
        if project_id is None:
            self._show_loans([])
            return

        def loaded(rows: list[premises.LoanRow]) -> None:
            if self.project is not None and self.project.id == project_id:
                self._show_loans(rows)

        self.ctx.call(lambda s: premises.loans_of_project(s, project_id), on_success=loaded)

    def _show_loans(self, rows: list[premises.LoanRow]) -> None:
        self.loans = rows
        self.rooms_list.clear()
        today = self.ctx.today()
        for x in rows:
            when = (self.tr("since {start}").format(start=format_date(x.lent_from))
                    if x.lent_to is None else
                    self.tr("{start} to {end}").format(start=format_date(x.lent_from),
                                                       end=format_date(x.lent_to)))
            ended = "" if x.lent_to is None or x.lent_to >= today else self.tr("(ended)")
            kind = label(ROOM_KINDS, x.room_kind) if x.room_kind else ""
            self.rooms_list.addItem(" — ".join(
                part for part in (f"{x.room_name} ({kind})" if kind else x.room_name,
                                  x.site_name, when, ended) if part))
        if not rows:
            self.rooms_list.addItem(self.tr("No room of the register is lent to the project "
                                            "yet: the collective assistant lends one."))

    def fields(self) -> dict[str, object]:
        cosignatories = [Cosignatory(SLRB, "slrb")]
        cosignatories += [Cosignatory(n, "housing_company") for n in lines(self.housing_edit)]
        for text, kind in ((self.non_profit_edit.text(), "non_profit"),
                           (self.municipality_edit.text(), "municipality")):
            cosignatories += [Cosignatory(n.strip(), kind) for n in text.split(",")
                              if n.strip()]
        dated = self.start_check.isChecked()
        return dict(
            name=self.name_edit.text(), language=self.language_combo.currentData(),
            agreement_start=from_qdate(self.start_edit.date()) if dated else None,
            agreement_end=from_qdate(self.end_edit.date()) if dated else None,
            cosignatories=cosignatories,
            perimeter=[PerimeterSite(*split_pair(line)) for line in lines(self.perimeter_edit)],
            premises=self.premises_edit.toPlainText(),
            local_objectives=lines(self.objectives_edit),
            diagnosis=self.diagnosis_edit.toPlainText(),
            diagnosis_on=from_qdate(self.diagnosis_on.date())
            if self.diagnosis_check.isChecked() else None)

    def save(self) -> None:
        fields, actor, project = self.fields(), self.ctx.actor_id, self.project
        if project is None:
            referent, coordinator = self.referent_edit.text(), self.coordinator_edit.text()

            def work(s: Session) -> ProjectView:
                return projects.create_project(s, actor_id=actor, referent=referent,
                                               coordinator=coordinator, **fields)  # type: ignore[arg-type]
        else:
            def work(s: Session) -> ProjectView:
                return projects.update_project(s, project_id=project.id, actor_id=actor,
                                               **fields)
        self.save_button.setEnabled(False)
        self.ctx.call(work, on_success=self._saved, on_failure=self._failed)

    def _saved(self, project: ProjectView) -> None:
        self.save_button.setEnabled(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("The project is saved."))
        self.show_project(project)
        self.saved.emit(project)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(error_text(exc))

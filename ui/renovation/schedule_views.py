"""The works schedule: the project's phases (a dialog from the Project menu, each phase for
the whole project, one building or one dwelling) and, per dwelling, the "Works" tab — the
phases the household lives through and the notice of the works, printed in its language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.audit import access_log
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.renovation import labels as rl
from fieldapp.renovation import notice_pdf, schedule
from fieldapp.renovation.views import DwellingStatusRow, LetterView, PhaseView
from ui.context import AppContext
from ui.document_export import ExportChoice, choose_export
from ui.errors import error_text
from ui.files import write_atomically
from ui.labels import label
from ui.qdates import from_qdate
from ui.renovation.dialogs import date_edit
from ui.renovation.pdf_export import export_pdf
from ui.table_model import Column, RowsModel, format_date


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("schedule", text)


SCOPES = {"project": QT_TRANSLATE_NOOP("schedule", "Whole project"),
          "building": QT_TRANSLATE_NOOP("schedule", "Building"),
          "dwelling": QT_TRANSLATE_NOOP("schedule", "Dwelling")}
NEEDED = QT_TRANSLATE_NOOP("schedule", "needed")


def _where(ph: PhaseView) -> str:
    scope = _tr(SCOPES[ph.scope])
    return f"{scope}: {ph.place}" if ph.place else scope


PHASE_COLUMNS: list[Column[PhaseView]] = [
    (QT_TRANSLATE_NOOP("schedule", "Works"),
     lambda ph: label(rl.PHASE_KINDS, ph.kind) + (f" — {ph.description}" if ph.description
                                                   else "")),
    (QT_TRANSLATE_NOOP("schedule", "Where"), _where),
    (QT_TRANSLATE_NOOP("schedule", "From"), lambda ph: format_date(ph.starts_on)),
    (QT_TRANSLATE_NOOP("schedule", "Until"), lambda ph: format_date(ph.ends_on)),
    (QT_TRANSLATE_NOOP("schedule", "Access to the dwelling"),
     lambda ph: _tr(NEEDED) if ph.access_needed else ""),
]


def _table(parent: QWidget, model: RowsModel[PhaseView], name: str) -> QTableView:
    table = QTableView(parent)
    table.setTabKeyNavigation(False)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setAccessibleName(name)
    model.modelReset.connect(table.resizeColumnsToContents)
    return table


class ScheduleDialog(QDialog):
    """The project's phases; each one added or removed is saved at once."""

    def __init__(self, ctx: AppContext, project_id: str, places: list[tuple[str, str, str]],
                 parent: QWidget | None = None) -> None:
        """`places`: (scope, id, name) of the project's buildings and dwellings."""
        super().__init__(parent)
        self.ctx, self.project_id = ctx, project_id
        self.setWindowTitle(self.tr("Works schedule"))
        self.model: RowsModel[PhaseView] = RowsModel("schedule", PHASE_COLUMNS, self)
        self.table = _table(self, self.model, self.tr("Phases of the works"))
        self.kind_combo = QComboBox(self)
        for code in rl.PHASE_KINDS:
            self.kind_combo.addItem(label(rl.PHASE_KINDS, code), code)
        self.where_combo = QComboBox(self)
        self.where_combo.addItem(_tr(SCOPES["project"]), ("project", ""))
        for scope, place_id, name in places:
            self.where_combo.addItem(f"{_tr(SCOPES[scope])}: {name}", (scope, place_id))
        today = ctx.today()
        self.start_edit = date_edit(self, today)
        self.end_edit = date_edit(self, today + timedelta(days=14))
        self.access_check = QCheckBox(self.tr("The workers need to come &inside"), self)
        self.description_edit = QLineEdit(self)
        self.add_button = QPushButton(self.tr("&Add the phase"), self)
        self.remove_button = QPushButton(self.tr("&Remove the chosen phase"), self)
        # issue 17: the notice for every household at once, one each, in its language
        self.notices_button = QPushButton(self.tr("Print the &notices for every household…"),
                                          self)
        self.choose_folder: Callable[[], str] = lambda: QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the notices"))
        self.said = QLabel(self)
        self.said.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        form = QFormLayout()
        for text, widget in ((self.tr("&Works:"), self.kind_combo),
                             (self.tr("W&here:"), self.where_combo),
                             (self.tr("&From:"), self.start_edit),
                             (self.tr("&Until:"), self.end_edit),
                             (self.tr("&Details:"), self.description_edit)):
            form.addRow(text, widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        form.addRow("", self.access_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.notices_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.said)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.notices_button.clicked.connect(self.print_notices)
        self.resize(820, 560)
        self.reload()

    def reload(self) -> None:
        project_id = self.project_id
        self.ctx.call(lambda s: schedule.list_phases(s, project_id=project_id),
                      on_success=self.model.set_rows, on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.error.show()

    def print_notices(self) -> None:
        """One notice per household of the project, each in its language, into a folder."""
        folder = self.choose_folder()
        if not folder:
            return
        project_id, today, actor = self.project_id, self.ctx.today(), self.ctx.actor_id
        sender = self.ctx.profile.display_name

        def work(s: Session) -> int:
            count = 0
            for pd_id, lang in notice_pdf.households_to_notify(s, project_id=project_id):
                data = notice_pdf.notice_pdf(s, project_dwelling_id=pd_id, issued_on=today,
                                             language=lang, sender=sender)
                name = notice_pdf.file_name(lang, issued_on=today, reference=pd_id)
                write_atomically(str(Path(folder) / name), data)
                schedule.record_letter(s, project_dwelling_id=pd_id, kind="works_notice",
                                       language=lang, issued_on=today, actor_id=actor)
                access_log.record_access(s, actor_id=actor, action="print",
                                         object_type="renovation_letter", object_id=pd_id)
                count += 1
            return count

        def done(n: int) -> None:
            self.error.hide()
            self.said.setText(self.tr("Notices printed: %1, one per household, each in its "
                                      "language.").replace("%1", str(n)))

        self.error.hide()
        self.ctx.call(work, on_success=done, on_failure=self._failed)

    def _saved(self, _result: object) -> None:
        self.error.hide()
        self.description_edit.clear()
        self.reload()

    def add(self) -> None:
        scope, place_id = self.where_combo.currentData()
        values = {
            "project_id": self.project_id, "kind": self.kind_combo.currentData(),
            "starts_on": from_qdate(self.start_edit.date()),
            "ends_on": from_qdate(self.end_edit.date()),
            "building_id": place_id if scope == "building" else None,
            "project_dwelling_id": place_id if scope == "dwelling" else None,
            "description": self.description_edit.text(),
            "access_needed": self.access_check.isChecked(),
        }
        actor = self.ctx.actor_id
        self.ctx.call(lambda s: schedule.add_phase(s, actor_id=actor, **values),
                      on_success=self._saved, on_failure=self._failed)

    def remove(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        phase_id, actor = self.model.row_at(index.row()).id, self.ctx.actor_id
        self.ctx.call(lambda s: schedule.remove_phase(s, phase_id=phase_id, actor_id=actor),
                      on_success=self._saved, on_failure=self._failed)


class WorksTab(QWidget):
    """The phases one household lives through, and its notice of the works."""

    message = QT_TRANSLATE_NOOP("schedule", "Notice saved: {name}")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dwelling: DwellingStatusRow | None = None
        self.choose_export: Callable[..., None] = choose_export  # tests answer it
        self.on_message: Callable[[str], None] = lambda _t: None
        self.model: RowsModel[PhaseView] = RowsModel("schedule", PHASE_COLUMNS, self)
        self.table = _table(self, self.model, self.tr("Works at this dwelling"))
        self.letters_label = QLabel(self)
        self.letters_label.setWordWrap(True)
        self.notice_button = QPushButton(self.tr("&Notice of the works (PDF)…"), self)
        self.notice_button.clicked.connect(self.print_notice)
        row = QHBoxLayout()
        row.addWidget(self.notice_button)
        row.addWidget(self.letters_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def set_dwelling(self, row: DwellingStatusRow | None) -> None:
        self.dwelling = row
        self.notice_button.setEnabled(row is not None)
        self.reload()

    def reload(self) -> None:
        if self.dwelling is None:
            self.model.clear()
            self.letters_label.clear()
            return
        pd_id = self.dwelling.id

        def read(s: Session) -> tuple[list[PhaseView], list[LetterView]]:
            return (schedule.phases_for_dwelling(s, project_dwelling_id=pd_id),
                    schedule.letters(s, project_dwelling_id=pd_id))

        self.ctx.call(read, on_success=self._show)

    def _show(self, result: tuple[list[PhaseView], list[LetterView]]) -> None:
        phases, letters = result
        self.model.set_rows(phases)
        lines = [self.tr("%1 printed on %2 (%3)").replace(
            "%1", label(rl.LETTER_KINDS, x.kind)).replace("%2", format_date(x.issued_on))
            .replace("%3", x.language.upper()) for x in letters]
        self.letters_label.setText("\n".join(lines) or self.tr("No letter printed yet."))

    def print_notice(self) -> None:
        row = self.dwelling
        if row is None:
            return
        today, sender = self.ctx.today(), self.ctx.profile.display_name
        actor = self.ctx.actor_id

        def chosen(choice: ExportChoice) -> None:
            lang = choice.language

            def build(s: Session) -> bytes:
                data = notice_pdf.notice_pdf(s, project_dwelling_id=row.id, issued_on=today,
                                             language=lang, sender=sender)
                schedule.record_letter(s, project_dwelling_id=row.id, kind="works_notice",
                                       language=lang, issued_on=today, actor_id=actor)
                return data

            export_pdf(self.ctx, path=choice.path, object_type="renovation_letter",
                       object_id=row.id, build=build,
                       on_failure=lambda exc: self.ctx.failed.emit(error_text(exc)),
                       on_done=lambda p: self.on_message(_tr(self.message).format(
                           name=p.rsplit("/", 1)[-1])))

        # for the household: in its language by default
        self.choose_export(self, title=self.tr("Notice of the works"), language=row.language,
                           file_name=lambda lang: notice_pdf.file_name(lang, issued_on=today),
                           on_chosen=chosen)

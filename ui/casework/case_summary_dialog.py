"""The case summary / social report of a case file (issue 16 item 6): the language it is
written in, the notes that go into it (team notes, and the person's own restricted ones),
and the file it is saved to. The PDF is made on the database worker (which also writes
the access-log entry) and saved atomically; the suggested file name carries no personal
data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.casework import summary
from fieldapp.casework.pdf_texts import file_name
from ui import labels
from ui.context import AppContext
from ui.document_export import household_language
from ui.errors import error_text
from ui.files import write_atomically
from ui.i18n import language_name
from ui.table_model import format_date

REPORT_LANGUAGES = ("nl", "fr")


class CaseSummaryDialog(QDialog):
    saved = Signal(str)  # the path written

    def __init__(self, context: AppContext, case_id: str, household_language_code: str,
                 parent: QWidget | None = None, *, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.case_id = case_id
        self.language_combo = QComboBox(self)
        for code in REPORT_LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        start = household_language(household_language_code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(start if start in REPORT_LANGUAGES else "nl")))
        self.notes_list = QListWidget(self)
        self.notes_list.setMinimumHeight(160)
        self._suggested = self._file_name()
        self.path_edit = QLineEdit(str((folder or Path.home()) / self._suggested), self)
        self.path_edit.setMinimumWidth(420)
        self.browse_button = QPushButton(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language_combo)
        self.notes_label = QLabel(self)
        self.notes_label.setBuddy(self.notes_list)
        self.path_label = QLabel(self)
        self.path_label.setBuddy(self.path_edit)
        form = QFormLayout()
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.notes_label, self.notes_list)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(self.browse_button)
        form.addRow(self.path_label, where)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.browse_button.clicked.connect(self.browse)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.language_combo.setFocus()
        case_id, actor = case_id, context.actor_id
        context.call(lambda s: summary.note_choices(s, case_id=case_id, actor_id=actor),
                     on_success=self._notes_loaded, on_failure=self._failed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Case summary"))
        self.hint.setText(self.tr("A social report of this case file: the household, its "
                                  "status, themes and worker, open follow-ups and referrals, "
                                  "and the notes you tick. Making it is written to the "
                                  "access log."))
        self.language_label.setText(self.tr("&Language of the report:"))
        self.notes_label.setText(self.tr("&Notes to include:"))
        self.path_label.setText(self.tr("&File:"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.language_combo.setAccessibleName(self.tr("Language of the report"))
        self.notes_list.setAccessibleName(self.tr("Notes to include"))
        self.path_edit.setAccessibleName(self.tr("File"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def _file_name(self) -> str:
        return file_name(self.language(), "file_summary", self.ctx.today())

    def _language_changed(self, _index: int) -> None:
        """The suggested name follows the language, unless the person typed their own."""
        suggested = self._file_name()
        current = Path(self.path_edit.text().strip())
        if current.name == self._suggested:
            self.path_edit.setText(str(current.with_name(suggested)))
        self._suggested = suggested

    def _notes_loaded(self, choices: list[summary.NoteChoice]) -> None:
        self.notes_list.clear()
        for choice in choices:
            kind = labels.note_kind(choice.kind)
            if choice.confidentiality == "restricted":
                kind += " · " + self.tr("restricted")
            item = QListWidgetItem(f"{format_date(choice.occurred_on)} · {kind} — "
                                   f"{choice.preview}", self.notes_list)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def checked_notes(self) -> list[str]:
        return [self.notes_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.notes_list.count())
                if self.notes_list.item(i).checkState() == Qt.CheckState.Checked]

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(),
                                              self.path_edit.text().strip(),
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.path_edit.setText(path)

    def save(self) -> None:
        path = self.path_edit.text().strip()
        if not path:
            self.path_edit.setFocus()
            return
        target = path if path.lower().endswith(".pdf") else path + ".pdf"
        case_id, note_ids, language = self.case_id, self.checked_notes(), self.language()
        actor, today = self.ctx.actor_id, self.ctx.today()

        def work(s: Session) -> str:  # the service logs the print in the access log
            data = summary.case_summary_pdf(s, case_id=case_id, note_ids=note_ids,
                                            language=language, actor_id=actor,
                                            printed_on=today)
            write_atomically(target, data)
            return target

        self.buttons.setEnabled(False)
        self.ctx.call(work, on_success=self._saved, on_failure=self._failed)

    def _saved(self, path: str) -> None:
        self.saved.emit(path)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.show()

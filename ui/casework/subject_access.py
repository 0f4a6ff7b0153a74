"""Subject access (art. 15) from the case file screen: everything held about the household
as a PDF in the reader's language and as JSON (fieldapp.gdpr.access), made in the
background with progress. Restricted notes go in only when the person ticks the box and
says why; that decision is recorded with the export.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
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
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.gdpr.access import ExportResult, RestrictedDecision, export_subject, user_names
from fieldapp.gdpr.subject import find_subject
from ui.context import AppContext
from ui.errors import error_text

ROLES = ("supervisor", "social_assistant")
LANGUAGES = ("nl", "fr", "en")


def may_export(ctx: AppContext) -> bool:
    """Supervisors and site assistants make subject-access exports."""
    roles = {ctx.profile.role, *getattr(ctx.profile, "roles", ())}
    return bool(roles & set(ROLES))


def _is_supervisor(ctx: AppContext) -> bool:
    return "supervisor" in {ctx.profile.role, *getattr(ctx.profile, "roles", ())}


class SubjectAccessDialog(QDialog):
    def __init__(self, ctx: AppContext, household_id: str, *, language: str = "nl",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.household_id = household_id
        self.result_paths: ExportResult | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.language_combo = QComboBox(self)
        self.language_label = QLabel(self)
        self.folder_edit = QLineEdit(self)
        self.folder_label = QLabel(self)
        self.browse_button = QPushButton(self)
        docs = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        self.folder_edit.setText(docs or str(Path.home()))
        self.restricted_check = QCheckBox(self)
        self.reason_edit = QLineEdit(self)
        self.reason_label = QLabel(self)
        self.reason_edit.setEnabled(False)
        self.redact_edit = QLineEdit(self)  # names the register and directory do not know
        self.redact_edit.setObjectName("redactByHand")
        self.redact_label = QLabel(self)
        self.redact_note = QLabel(self)
        self.redact_note.setWordWrap(True)
        self.redact_note.setStyleSheet("color: #5b6673;")
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.folder_label, folder_row)
        form.addRow(self.restricted_check)
        form.addRow(self.reason_label, self.reason_edit)
        form.addRow(self.redact_label, self.redact_edit)
        form.addRow("", self.redact_note)
        self.redact_label.setBuddy(self.redact_edit)
        self.language_label.setBuddy(self.language_combo)
        self.folder_label.setBuddy(self.folder_edit)
        self.reason_label.setBuddy(self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.retranslate()
        self.language_combo.setCurrentIndex(
            LANGUAGES.index(language) if language in LANGUAGES else 0)
        self.restricted_check.toggled.connect(self.reason_edit.setEnabled)
        self.browse_button.clicked.connect(self.browse)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Subject access export"))
        self.intro.setText(self.tr(
            "Everything held about this household on this computer, as a PDF and a JSON "
            "file. Names of other people are left out: other households, and colleagues "
            "other than the worker of the case file. The export is logged."))
        self.redact_label.setText(self.tr("Also blan&k out:"))
        self.redact_edit.setPlaceholderText(self.tr("e.g. a neighbour's nickname, a landlord"))
        self.redact_note.setText(self.tr(
            "Names the register does not know, separated by commas: they are replaced by "
            "[…] wherever they appear."))
        self.language_label.setText(self.tr("&Language of the PDF:"))
        current = max(0, self.language_combo.currentIndex())
        self.language_combo.clear()
        self.language_combo.addItems([self.tr("Dutch"), self.tr("French"), self.tr("English")])
        self.language_combo.setCurrentIndex(current)
        self.folder_label.setText(self.tr("&Folder:"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.restricted_check.setText(
            self.tr("Include &restricted notes (every author's)") if _is_supervisor(self.ctx)
            else self.tr("Include my &restricted notes"))
        self.reason_label.setText(self.tr("&Why (recorded):"))
        self.export_button.setText(self.tr("&Export"))

    def browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the export"),
                                                  self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)

    def export(self) -> None:
        folder = self.folder_edit.text().strip()
        if not folder:
            self.status.setText(self.tr("Choose a folder for the export."))
            return
        decision = None
        if self.restricted_check.isChecked():
            if not self.reason_edit.text().strip():
                self.status.setText(self.tr(
                    "Say why restricted notes are included; the reason is recorded."))
                self.reason_edit.setFocus()
                return
            decision = RestrictedDecision(
                decided_by=self.ctx.actor_id,
                capacity="supervisor" if _is_supervisor(self.ctx) else "author",
                reason=self.reason_edit.text().strip())
        language = LANGUAGES[max(0, self.language_combo.currentIndex())]
        household_id, actor, vault = self.household_id, self.ctx.actor_id, self.ctx.vault
        out = Path(folder)
        by_hand = tuple(n.strip() for n in self.redact_edit.text().split(",") if n.strip())

        def work(progress: object) -> tuple[ExportResult, object]:
            def fn(s: Session) -> ExportResult:
                subject = find_subject(s, household_id=household_id)
                return export_subject(s, subject=subject, language=language, out_dir=out,
                                      actor_id=actor, decision=decision,
                                      progress=progress,  # type: ignore[arg-type]
                                      names=user_names(s), by_hand=by_hand)
            return vault.run(fn)

        self.export_button.setEnabled(False)
        self.progress.setRange(0, 3)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Collecting everything held…"))
        self.ctx.runner.db(work, on_success=self._done, on_failure=self._failed,
                           on_progress=self._progressed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _done(self, outcome: tuple[ExportResult, object]) -> None:
        result, changes = outcome
        self.result_paths = result
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Written: {pdf} and {json} ({n} records).").format(
            pdf=result.pdf.name, json=result.json.name, n=result.records))
        self.ctx.announce(changes)  # type: ignore[arg-type]

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.status.setText(error_text(exc))

"""The anonymised DMBSH report across housing companies (issue 19), from the indicators
page (Ctrl+Shift+D).

Two steps, one dialog. In each housing company, its supervisor saves the company's
*figures file*: the anonymised aggregates of the period shown (every count below 5
hidden), under the housing company's name. Whoever makes the DMBSH report adds the files
of the housing companies and saves the PDF in Dutch or French. Only the figures files
cross between housing companies; reading and writing run off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.audit import access_log
from fieldapp.errors import ValidationError
from fieldapp.supervision import dmbsh_report as dmbsh
from fieldapp.supervision.views import IndicatorReport
from ui.context import AppContext
from ui.document_export import ChooseExport, ExportChoice, choose_export, document_translate
from ui.errors import error_text
from ui.files import write_atomically
from ui.supervision.exports import ui_language


class DmbshDialog(QDialog):
    def __init__(self, context: AppContext, report: IndicatorReport | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.report = context, report
        self.choose_file: ChooseExport = choose_export  # where and in which language (tests)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.mine_box, self.all_box = QGroupBox(self), QGroupBox(self)
        self.name_edit = QLineEdit(self)
        self.figures_path_edit = QLineEdit(self)
        if report is not None:
            self.figures_path_edit.setText(str(Path.home() / dmbsh.FIGURES_FILE_NAME.format(
                start=report.start.isoformat(), end=report.end.isoformat())))
        self.browse_button = QPushButton(self)
        self.save_figures_button = QPushButton(self)
        self.add_edit = QLineEdit(self)
        self.add_button = QPushButton(self)
        self.files_list = QListWidget(self)
        self.files_list.setMaximumHeight(110)
        self.remove_button = QPushButton(self)
        self.report_button = QPushButton(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.labels = [QLabel(self) for _ in range(4)]
        mine = QFormLayout(self.mine_box)
        where = QHBoxLayout()
        where.addWidget(self.figures_path_edit, 1)
        where.addWidget(self.browse_button)
        for lab, field in zip(self.labels[:2], (self.name_edit, self.figures_path_edit),
                              strict=True):
            lab.setBuddy(field)
        mine.addRow(self.labels[0], self.name_edit)
        mine.addRow(self.labels[1], where)
        mine.addRow("", self.save_figures_button)
        every = QFormLayout(self.all_box)
        adding = QHBoxLayout()
        adding.addWidget(self.add_edit, 1)
        adding.addWidget(self.add_button)
        self.labels[2].setBuddy(self.add_edit)
        self.labels[3].setBuddy(self.files_list)
        every.addRow(self.labels[2], adding)
        every.addRow(self.labels[3], self.files_list)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addWidget(self.report_button, 1)
        every.addRow("", row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.mine_box)
        layout.addWidget(self.all_box)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        for button in self.findChildren(QPushButton):  # Enter in a field acts on the field
            button.setAutoDefault(False)
            button.setDefault(False)
        self.browse_button.clicked.connect(self._browse_figures)
        self.save_figures_button.clicked.connect(self.save_figures)
        self.name_edit.returnPressed.connect(self.save_figures)
        self.add_button.clicked.connect(self.add_files)
        self.add_edit.returnPressed.connect(self.add_files)
        self.remove_button.clicked.connect(self.remove_file)
        self.report_button.clicked.connect(self.save_report)
        self.figures: list[dmbsh.OrganisationFigures] = []
        self.saved: list[str] = []
        self.save_figures_button.setEnabled(report is not None)
        self.setMinimumWidth(600)
        self.retranslate()
        self.setFocusProxy(self.name_edit)
        self.name_edit.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("DMBSH report across housing companies"))
        self.intro.setText(self.tr(
            "Each housing company saves its figures for the period shown: counts only, "
            "every count below 5 hidden, no name and no case. The DMBSH report puts the "
            "figures files of the housing companies side by side."))
        self.mine_box.setTitle(self.tr("This housing company's figures"))
        self.all_box.setTitle(self.tr("The report across housing companies"))
        for lab, text in zip(self.labels, (self.tr("&Housing company:"),
                                           self.tr("Figures &file:"),
                                           self.tr("&Add a figures file:"),
                                           self.tr("Figures &files added:")), strict=True):
            lab.setText(text)
            lab.buddy().setAccessibleName(text.replace("&", "").rstrip(":"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.save_figures_button.setText(self.tr("&Save the figures"))
        self.add_button.setText(self.tr("A&dd…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.report_button.setText(self.tr("Save the &report (PDF)…"))
        if self.report is None:
            self.status.setText(self.tr("Show the indicators first (F5) to save this "
                                        "housing company's figures."))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self._say(error_text(exc), error=True)

    # -- this housing company's figures ------------------------------------------------

    def _browse_figures(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the figures"),
                                              self.figures_path_edit.text(),
                                              self.tr("Figures (*.json)"))
        if path:
            self.figures_path_edit.setText(path)

    def save_figures(self) -> None:
        report, name = self.report, self.name_edit.text()
        path = self.figures_path_edit.text().strip()
        if report is None or not path:
            return
        target = path if path.lower().endswith(".json") else path + ".json"

        def work() -> str:
            write_atomically(target, dmbsh.figures_json(report, organisation=name)
                             .encode("utf-8"))
            return target

        self.ctx.runner.run(work, on_success=lambda path: self._logged(path, "export"),
                            on_failure=self._failed)

    def _logged(self, path: str, action: str) -> None:
        """Every export and print goes into the access log (DESIGN §7), then is shown."""
        actor = self.ctx.actor_id
        self.ctx.call(lambda s: access_log.record_access(
            s, actor_id=actor, action=action, object_type="indicators", object_id="dmbsh"),
            on_success=lambda _r: self._saved(path, action), on_failure=self._failed)

    def _saved(self, path: str, action: str) -> None:
        self.saved.append(path)
        self._say((self.tr("Figures saved: %1") if action == "export"
                   else self.tr("Report saved: %1")).replace("%1", path))

    # -- the report across housing companies -------------------------------------------

    def add_files(self) -> None:
        typed = self.add_edit.text().strip()
        paths = [typed] if typed else QFileDialog.getOpenFileNames(
            self, self.tr("Add figures files"), str(Path.home()),
            self.tr("Figures (*.json)"))[0]
        if not paths:
            return
        self.add_edit.clear()  # now: the next path may be typed while this one is read

        def work() -> list[dmbsh.OrganisationFigures]:
            out = []
            for path in paths:
                try:
                    text = Path(path).read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError) as exc:
                    raise ValidationError(dmbsh.NOT_FIGURES) from exc
                out.append(dmbsh.read_figures(text))
            return out

        def refused(exc: BaseException) -> None:
            if typed and not self.add_edit.text():
                self.add_edit.setText(typed)  # to correct it, not to type it again
            self._failed(exc)

        self.ctx.runner.run(work, on_success=self._added, on_failure=refused)

    def _added(self, figures: list[dmbsh.OrganisationFigures]) -> None:
        # by name, whichever file was read first
        self.figures = sorted(self.figures + figures, key=lambda f: f.organisation.casefold())
        self._fill()
        self.files_list.setCurrentRow(self.figures.index(figures[-1]) if figures else -1)
        self._say(self.tr("%1 housing companies added.").replace(
            "%1", str(len(self.figures))))

    def _fill(self) -> None:
        current = self.files_list.currentRow()
        self.files_list.clear()
        for f in self.figures:
            self.files_list.addItem(self.tr("%1 — %2 to %3").replace(
                "%1", f.organisation).replace("%2", f.start.strftime("%d/%m/%Y")).replace(
                "%3", f.end.strftime("%d/%m/%Y")))
        if 0 <= current < self.files_list.count():
            self.files_list.setCurrentRow(current)
        self.remove_button.setEnabled(bool(self.figures))
        self.report_button.setEnabled(bool(self.figures))

    def remove_file(self) -> None:
        row = self.files_list.currentRow()
        if 0 <= row < len(self.figures):
            del self.figures[row]
            self._fill()

    def save_report(self) -> None:
        figures = list(self.figures)
        if not figures:
            return
        self.choose_file(
            self, title=self.tr("Save the DMBSH report"), language=ui_language(),
            file_name=lambda lang: dmbsh.report_file_name(figures, document_translate(lang)),
            on_chosen=lambda choice: self._write_report(figures, choice))

    def _write_report(self, figures: list[dmbsh.OrganisationFigures],
                      choice: ExportChoice) -> None:
        printed_on, language = self.ctx.today(), choice.language
        target = choice.path if choice.path.lower().endswith(".pdf") else choice.path + ".pdf"

        def work() -> str:
            pdf = dmbsh.dmbsh_pdf(figures, printed_on=printed_on, language=language,
                                  translate=document_translate(language))
            write_atomically(target, pdf)
            return target

        self.ctx.runner.run(work, on_success=lambda path: self._logged(path, "print"),
                            on_failure=self._failed)

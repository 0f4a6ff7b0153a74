"""Import the tenant register from the desktop (issue 16 item 5): choose a file, see which
column holds which field (change it, save it as a named mapping), see what the import would
do and every refused line, import in the background with progress, and a report.

    add_register_import_action(workspace, context, window)   # File menu + Ctrl+Shift+I

Everything touching the file or the vault runs on the database worker through ``ctx.call``
(the import is one unit of work: its change set reaches every open screen); progress comes
back through a queued signal. Nothing personal is shown beyond the file's own headers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.registry.register_import import (
    ImportReport,
    ParsedRegister,
    import_register,
    parse_table,
    preview_import,
)
from fieldapp.registry.register_lines import RefusedLine
from fieldapp.registry.register_mapping import (
    FIELDS,
    Mapping,
    RegisterError,
    default_mapping,
    match,
    save_mapping,
    saved_mappings,
)
from fieldapp.registry.register_read import Table, read_table
from ui.context import AppContext
from ui.errors import error_text
from ui.table_model import Column, RowsModel


def _register(text: str) -> str:
    return QCoreApplication.translate("register", text)


def _error(exc: BaseException) -> str:
    """error_text, with the field named in the person's language."""
    params = getattr(exc, "params", None)
    if isinstance(params, dict) and isinstance(params.get("field"), str):
        exc.params = {**params, "field": _register(params["field"])}  # type: ignore[attr-defined]
    return error_text(exc)


def _reason(refusal: RefusedLine) -> str:
    text = _register(refusal.reason)
    try:
        return text.format(**refusal.params)
    except (KeyError, IndexError, ValueError):
        return text


REFUSED_COLUMNS: list[Column[RefusedLine]] = [
    (QT_TRANSLATE_NOOP("RegisterImportDialog", "Line"), lambda r: r.line),
    (QT_TRANSLATE_NOOP("RegisterImportDialog", "Field"),
     lambda r: _register(r.field) if r.field else ""),
    (QT_TRANSLATE_NOOP("RegisterImportDialog", "Reason"), _reason),
]


class RegisterImportDialog(QDialog):
    progressed = Signal(int, int)  # emitted on the database worker, delivered queued

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.table: Table | None = None
        self.parsed: ParsedRegister | None = None
        self.report: ImportReport | None = None
        self.busy = False
        self._focus: QWidget | None = None
        self._saved: dict[str, Mapping] = {}

        self.path_edit = QLineEdit(self)
        self.browse_button = QPushButton(self)
        self.read_button = QPushButton(self)
        self.mapping_combo = QComboBox(self)
        self.new_sites_check = QCheckBox(self)
        self.new_sites_check.setChecked(True)
        self.field_combos: dict[str, QComboBox] = {}
        self.field_labels: dict[str, QLabel] = {}
        form_host = QWidget(self)
        form = QFormLayout(form_host)
        for f in FIELDS:
            combo = QComboBox(form_host)
            label = QLabel(form_host)
            label.setBuddy(combo)
            self.field_combos[f.code] = combo
            self.field_labels[f.code] = label
            form.addRow(label, combo)
            combo.activated.connect(self._mapping_edited)
        self.form_area = QScrollArea(self)
        self.form_area.setWidget(form_host)
        self.form_area.setWidgetResizable(True)
        self.save_name_edit = QLineEdit(self)
        self.save_button = QPushButton(self)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refused_model = RowsModel("RegisterImportDialog", REFUSED_COLUMNS, self)
        self.refused_table = QTableView(self)
        self.refused_table.setModel(self.refused_model)
        self.refused_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.refused_table.verticalHeader().hide()
        self.refused_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.setEnabled(False)
        self.import_button.setAutoDefault(False)
        self.read_button.setAutoDefault(False)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        file_row.addWidget(self.read_button)
        mapping_row = QHBoxLayout()
        self.save_label = QLabel(self)
        self.save_label.setBuddy(self.save_name_edit)
        mapping_row.addWidget(self.mapping_combo, 1)
        mapping_row.addWidget(self.save_label)
        mapping_row.addWidget(self.save_name_edit)
        mapping_row.addWidget(self.save_button)
        self.file_label, self.mapping_label, self.refused_label = (QLabel(self) for _ in range(3))
        self.file_label.setBuddy(self.path_edit)
        self.mapping_label.setBuddy(self.mapping_combo)
        self.refused_label.setBuddy(self.refused_table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(file_row)
        layout.addWidget(self.mapping_label)
        layout.addLayout(mapping_row)
        layout.addWidget(self.form_area, 2)
        layout.addWidget(self.new_sites_check)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.refused_label)
        layout.addWidget(self.refused_table, 3)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        for a, b in ((self.path_edit, self.browse_button), (self.browse_button, self.read_button),
                     (self.read_button, self.mapping_combo),
                     (self.mapping_combo, self.save_name_edit),
                     (self.save_name_edit, self.save_button),
                     (self.save_button, self.form_area),
                     (self.form_area, self.new_sites_check),
                     (self.new_sites_check, self.refused_table),
                     (self.refused_table, self.import_button),
                     (self.import_button, self.close_button)):
            self.setTabOrder(a, b)

        self.path_edit.returnPressed.connect(self.read_file)
        self.browse_button.clicked.connect(self.browse)
        self.read_button.clicked.connect(self.read_file)
        self.mapping_combo.activated.connect(self._mapping_chosen)
        self.new_sites_check.toggled.connect(self._preview)
        self.save_button.clicked.connect(self.save_current_mapping)
        self.save_name_edit.returnPressed.connect(self.save_current_mapping)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self.resize(820, 720)
        self.retranslate()
        self._load_saved()

    # -- texts --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import the tenant register"))
        self.file_label.setText(self.tr("&File (.csv or .xlsx):"))
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.browse_button.setText(self.tr("&Choose…"))
        self.read_button.setText(self.tr("&Read the file"))
        self.mapping_label.setText(self.tr("Column &mapping:"))
        self.mapping_combo.setAccessibleName(self.tr("Column mapping"))
        self.form_area.setAccessibleName(self.tr("Columns of the file"))
        self.save_label.setText(self.tr("Save &as:"))
        self.save_name_edit.setPlaceholderText(self.tr("Name to save it as"))
        self.save_name_edit.setAccessibleName(self.tr("Name of the mapping to save"))
        self.save_button.setText(self.tr("Sa&ve mapping"))
        self.new_sites_check.setText(self.tr("Add &sites that are not in the register yet"))
        self.refused_label.setText(self.tr("Refused &lines:"))
        self.refused_table.setAccessibleName(self.tr("Refused lines"))
        self.import_button.setText(self.tr("&Import"))
        for f in FIELDS:
            star = " *" if f.required else ""
            self.field_labels[f.code].setText(_register(f.label) + star)
            self.field_combos[f.code].setAccessibleName(_register(f.label))
        self._fill_mapping_combo()
        self.refused_model.retranslate()
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- mappings -------------------------------------------------------------------------
    def _load_saved(self) -> None:
        self.ctx.call(saved_mappings, on_success=self._saved_loaded)

    def _saved_loaded(self, saved: dict[str, Mapping]) -> None:
        self._saved = saved
        self._fill_mapping_combo()

    def _fill_mapping_combo(self) -> None:
        current = self.mapping_combo.currentData()
        self.mapping_combo.clear()
        self.mapping_combo.addItem(self.tr("Built-in (French and Dutch headers)"), "")
        for name in sorted(self._saved):
            self.mapping_combo.addItem(name, name)
        self.mapping_combo.addItem(self.tr("As set below"), None)
        index = self.mapping_combo.findData(current) if current is not None else -1
        self.mapping_combo.setCurrentIndex(max(index, 0))

    def _chosen_mapping(self) -> Mapping:
        name = self.mapping_combo.currentData()
        if name is None:
            return self.current_mapping()
        return self._saved.get(name, default_mapping()) if name else default_mapping()

    def current_mapping(self) -> Mapping:
        """The mapping the field combos show: field -> [header]."""
        found: Mapping = {}
        for code, combo in self.field_combos.items():
            header = combo.currentData()
            if header:
                found[code] = [header]
        return found

    def _show_mapping(self, mapping: Mapping) -> None:
        headers = self.table.headers if self.table else []
        columns = match(mapping, headers)
        for code, combo in self.field_combos.items():
            combo.clear()
            combo.addItem(self.tr("(no column)"), "")
            for header in headers:
                combo.addItem(header, header)
            index = columns.get(code)
            combo.setCurrentIndex(0 if index is None else index + 1)

    def _mapping_chosen(self) -> None:
        if self.table is not None:
            self._show_mapping(self._chosen_mapping())
            self._preview()

    def _mapping_edited(self) -> None:
        self.mapping_combo.setCurrentIndex(self.mapping_combo.count() - 1)  # "As set below"
        self._preview()

    def save_current_mapping(self) -> None:
        name, mapping = self.save_name_edit.text().strip(), self.current_mapping()

        def saved(_: None) -> None:
            self._saved[name] = mapping
            self._fill_mapping_combo()
            self.mapping_combo.setCurrentIndex(self.mapping_combo.findData(name))
            self.save_name_edit.clear()
            self.summary_label.setText(self.tr("The mapping “{name}” is saved.")
                                       .format(name=name))

        self.ctx.call(lambda s: save_mapping(s, name=name, mapping=mapping),
                      on_success=saved, on_failure=self._failed)

    # -- reading and preview --------------------------------------------------------------
    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the register export"), "",
            self.tr("Register exports (*.csv *.txt *.xlsx)"))
        if path:
            self.path_edit.setText(path)
            self.read_file()

    def read_file(self) -> None:
        path = Path(self.path_edit.text().strip())
        if not path.name or self.busy:
            return
        self._set_busy(True, self.tr("Reading the file…"))
        mapping = self._chosen_mapping()
        create = self.new_sites_check.isChecked()

        def work(s: Session) -> tuple[Table, ParsedRegister | None, ImportReport | None,
                                      RegisterError | None]:
            table = read_table(path)
            try:
                parsed = parse_table(table, mapping)
            except RegisterError as exc:  # a missing column: show the mapping to fix it
                return table, None, None, exc
            return table, parsed, preview_import(s, parsed, create_sites=create), None

        self.ctx.call(work, on_success=self._read, on_failure=self._failed)

    def _read(self, outcome: tuple[Table, ParsedRegister | None, ImportReport | None,
                                   RegisterError | None]) -> None:
        self.table, self.parsed, preview, error = outcome
        self._set_busy(False)
        self._show_mapping(self._chosen_mapping())
        self._previewed(preview, error)
        if preview is not None:
            self.import_button.setFocus()  # type the file, Enter, look, Space imports

    def _preview(self) -> None:
        if self.table is None or self.busy:
            return
        table, mapping = self.table, self._chosen_mapping()
        create = self.new_sites_check.isChecked()
        self._set_busy(True, self.tr("Checking the lines…"))

        def work(s: Session) -> tuple[ParsedRegister | None, ImportReport | None,
                                      RegisterError | None]:
            try:
                parsed = parse_table(table, mapping)
            except RegisterError as exc:
                return None, None, exc
            return parsed, preview_import(s, parsed, create_sites=create), None

        def done(outcome: tuple[ParsedRegister | None, ImportReport | None,
                                RegisterError | None]) -> None:
            self.parsed, preview, error = outcome
            self._set_busy(False)
            self._previewed(preview, error)

        self.ctx.call(work, on_success=done, on_failure=self._failed)

    def _previewed(self, preview: ImportReport | None, error: BaseException | None) -> None:
        self.report = preview
        self.refused_model.set_rows(preview.refused if preview else [])
        self.import_button.setEnabled(preview is not None)
        if error is not None:
            self.summary_label.setText(_error(error))
        else:
            self._show_summary()

    def _show_summary(self) -> None:
        r = self.report
        if r is None:
            return
        if r.written:
            text = self.tr(
                "Imported. Households: {added} added, {updated} updated, {unchanged} "
                "unchanged, {moved} moved out. People: {p_added} added, {p_updated} updated, "
                "{p_unchanged} unchanged, {p_removed} removed. Refused lines: {refused}.")
        else:
            text = self.tr(
                "This import would change households: {added} added, {updated} updated, "
                "{unchanged} unchanged, {moved} moved out; people: {p_added} added, "
                "{p_updated} updated, {p_unchanged} unchanged, {p_removed} removed. "
                "Refused lines: {refused} (they are left out; the others are imported).")
        self.summary_label.setText(text.format(
            added=r.households_added, updated=r.households_updated,
            unchanged=r.households_unchanged, moved=r.households_moved_out,
            p_added=r.people_added, p_updated=r.people_updated,
            p_unchanged=r.people_unchanged, p_removed=r.people_removed,
            refused=len(r.refused)))

    # -- import -----------------------------------------------------------------------------
    def start_import(self) -> None:
        parsed = self.parsed
        if parsed is None or self.busy:
            return
        create, actor, emit = self.new_sites_check.isChecked(), self.ctx.actor_id, \
            self.progressed.emit
        self._set_busy(True, self.tr("Importing…"))

        def progress(done: int, total: int) -> None:
            try:
                emit(done, total)
            except RuntimeError:  # the dialog is gone (the vault locked): the import goes on
                pass

        def work(s: Session) -> ImportReport:
            return import_register(s, parsed, actor_id=actor, create_sites=create,
                                   progress=progress)

        self.ctx.call(work, on_success=self._imported, on_failure=self._failed)

    def _progress(self, done: int, total: int) -> None:
        if self.busy:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    def _imported(self, report: ImportReport) -> None:
        self._set_busy(False)
        self.report = report
        self.refused_model.set_rows(report.refused)
        self.import_button.setEnabled(False)
        self._show_summary()
        self.close_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.summary_label.setText(_error(exc))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        if busy:  # disabling the focused widget would move the focus somewhere unrelated
            self._focus = QApplication.focusWidget()
        self.busy = busy
        for w in (self.read_button, self.browse_button, self.import_button, self.path_edit,
                  self.mapping_combo, self.form_area, self.new_sites_check, self.save_button):
            w.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)  # busy until the first progress report
            self.summary_label.setText(text)
        elif self._focus is not None and self._focus.isEnabled():
            self._focus.setFocus()

    def reject(self) -> None:
        if not self.busy:  # the import is one transaction: it is never left halfway
            super().reject()


class _Entry(QObject):
    """The menu entry of a workspace: lives and dies with it, retranslated with it."""

    def __init__(self, workspace: QWidget, context: AppContext) -> None:
        super().__init__(workspace)
        self.workspace, self.ctx = workspace, context
        self.dialog: RegisterImportDialog | None = None
        self.action = QAction(workspace)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self.open)
        workspace.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("RegisterImportDialog",
                                                       "Import the tenant &register…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.workspace and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def open(self) -> RegisterImportDialog:
        if self.dialog is None:
            self.dialog = RegisterImportDialog(self.ctx, self.workspace)
            self.dialog.finished.connect(self._finished)
        self.dialog.open()  # window-modal: the registry does not change under the preview
        self.dialog.path_edit.setFocus()
        return self.dialog

    def _finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None


def add_register_import_action(workspace: QWidget, context: AppContext) -> QAction:
    """Import the tenant register… (Ctrl+Shift+I) for as long as `workspace` lives; the
    workspace gives it to the shell as a File entry of its area (ui.areas.AreaParts)."""
    entry = _Entry(workspace, context)
    workspace.register_import = entry  # type: ignore[attr-defined]
    return entry.action

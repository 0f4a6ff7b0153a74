"""Where a document goes and the language it is written in.

A document is written for its reader: what goes to a household (an inventory, the
comparison) in the household's language, an internal one (a round, a defect report, a
project overview, the indicators) in the app's language. The export dialog shows that
choice and lets the person take the other language. The file name it suggests is the
document's kind, date and a short reference in the document's language — never a name or
an address (whoever wants one types it).

Documents whose texts are Qt messages (the neighbourhood and supervision PDFs) are
translated for their own language by `document_translate`, whatever the app shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import LANGUAGES, LOCALES, TRANSLATIONS_DIR, language_name
from ui.qdates import to_qdate

Translate = Callable[[str, str], str]
FileName = Callable[[str], str]  # the document's language -> the suggested file name


def app_language() -> str:
    code = QLocale().name()[:2]
    return code if code in LANGUAGES else "en"


def document_day(day: date, language: str) -> str:
    """A day written out in the document's language ("zaterdag 6 december 2026")."""
    return QLocale(LOCALES.get(language, "en_GB")).toString(to_qdate(day),
                                                            QLocale.FormatType.LongFormat)


def household_language(code: str | None) -> str:
    """A household is written to in its own language when we write it (nl, fr), else in
    the app's."""
    return code if code in ("nl", "fr") else app_language()


class _Catalog(QTranslator):
    """A translator that is not installed: asked directly, it owns the bytes it reads."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self.data = data


_CATALOGS: dict[str, _Catalog | None] = {}
_LAST_FOLDER: list[Path] = []  # where the person saved the last document in this session


def _catalog(language: str) -> _Catalog | None:
    if language not in _CATALOGS:
        catalog: _Catalog | None = None
        try:
            data = (TRANSLATIONS_DIR / f"fieldapp_{language}.qm").read_bytes()
        except OSError:
            data = b""
        if data:
            catalog = _Catalog(data)
            if not catalog.load(catalog.data, str(TRANSLATIONS_DIR)):
                catalog = None
        _CATALOGS[language] = catalog
    return _CATALOGS[language]


def document_translate(language: str) -> Translate:
    """`translate(context, text)` in `language`, not necessarily the app's (safe off the UI
    thread: the catalog is only read)."""
    if language == app_language():
        return QCoreApplication.translate
    catalog = _catalog(language)

    def translate(context: str, text: str) -> str:
        return (catalog.translate(context, text) if catalog is not None else "") or text

    return translate


@dataclass(frozen=True)
class ExportChoice:
    path: str
    language: str


class ExportDialog(QDialog):
    """The document's language (the reader's by default) and the file it is saved to."""

    def __init__(self, parent: QWidget | None, *, title: str, language: str,
                 file_name: FileName, file_filter: str = "",
                 folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._file_name = file_name
        self._filter = file_filter or self.tr("PDF (*.pdf)")
        self.language_combo = QComboBox(self)
        for code in LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_combo.setAccessibleName(self.tr("Language of the document"))
        self._suggested = file_name(self.language())
        start = folder or (_LAST_FOLDER[-1] if _LAST_FOLDER else Path.home())
        self.path_edit = QLineEdit(str(start / self._suggested), self)
        self.path_edit.setAccessibleName(self.tr("File"))
        self.path_edit.setMinimumWidth(420)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.language_label = QLabel(self.tr("&Language of the document:"), self)
        self.language_label.setBuddy(self.language_combo)
        self.path_label = QLabel(self.tr("&File:"), self)
        self.path_label.setBuddy(self.path_edit)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.language_label, self.language_combo)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(self.browse_button)
        form.addRow(self.path_label, where)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.browse_button.clicked.connect(self.browse)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.language_combo.setFocus()

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def path(self) -> str:
        return self.path_edit.text().strip()

    def choice(self) -> ExportChoice:
        return ExportChoice(self.path(), self.language())

    def _language_changed(self, _index: int) -> None:
        """The suggested name follows the language, unless the person typed their own."""
        suggested = self._file_name(self.language())
        current = Path(self.path())
        if current.name == self._suggested:
            self.path_edit.setText(str(current.with_name(suggested)))
        self._suggested = suggested

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path(),
                                              self._filter)
        if path:
            self.path_edit.setText(path)

    def _accept(self) -> None:
        if self.path():
            _LAST_FOLDER[:] = [Path(self.path()).expanduser().parent]
            self.accept()
        else:
            self.path_edit.setFocus()


ChooseExport = Callable[..., None]


def choose_export(parent: QWidget, *, title: str, language: str, file_name: FileName,
                  on_chosen: Callable[[ExportChoice], None], file_filter: str = "") -> None:
    """Ask (window-modal) where and in which language; `on_chosen` runs on Save."""
    dialog = ExportDialog(parent, title=title, language=language, file_name=file_name,
                          file_filter=file_filter)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.accepted.connect(lambda: on_chosen(dialog.choice()))
    dialog.open()

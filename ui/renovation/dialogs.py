"""Small dialogs of the renovation workspace: project, scope, info session, signature,
reason (refusals) and addendum."""

from __future__ import annotations

import html
from datetime import date, timedelta
from typing import TypedDict

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.registry.views import SiteRow
from fieldapp.renovation import labels as rl
from fieldapp.renovation.views import DwellingChoice
from ui.qdates import from_qdate
from ui.renovation import labels
from ui.renovation.signature_pad import SignaturePad
from ui.table_model import date_pattern


def date_edit(parent: QWidget, value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_pattern())
    return edit


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel, dialog)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _checklist(parent: QWidget, items: list[tuple[str, str]], checked: bool) -> QListWidget:
    widget = QListWidget(parent)
    for key, text in items:
        item = QListWidgetItem(text, widget)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return widget


def _checked(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class AddendumValues(TypedDict):
    """What AddendumDialog asks, as renovation.signatures.add_addendum takes it."""

    element_id: str | None  # None: the inventory as a whole
    condition: str  # "": unchanged
    text: str


class ProjectValues(TypedDict):
    """What ProjectDialog asks, as services.renovation_projects.create_project takes it."""

    name: str
    site_id: str | None
    starts_on: date
    ends_on: date
    project_manager: str
    contractor: str
    surveyor: str


class ProjectDialog(QDialog):
    def __init__(self, sites: list[SiteRow], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New renovation project"))
        self.name_edit = QLineEdit(self)
        self.site_combo = QComboBox(self)
        for site in sites:
            self.site_combo.addItem(site.name, site.id)
        self.start_edit = date_edit(self, today)
        self.end_edit = date_edit(self, today + timedelta(days=180))
        self.manager_edit, self.contractor_edit, self.surveyor_edit = (
            QLineEdit(self), QLineEdit(self), QLineEdit(self))
        form = QFormLayout(self)
        for text, widget in ((self.tr("&Name:"), self.name_edit),
                             (self.tr("&Site:"), self.site_combo),
                             (self.tr("Works &start:"), self.start_edit),
                             (self.tr("Works &end:"), self.end_edit),
                             (self.tr("&Project manager:"), self.manager_edit),
                             (self.tr("&Contractor:"), self.contractor_edit),
                             (self.tr("Sur&veyor:"), self.surveyor_edit)):
            form.addRow(text, widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        form.addRow(_buttons(self))
        self.resize(460, self.sizeHint().height())

    def values(self) -> ProjectValues:
        return {
            "name": self.name_edit.text(), "site_id": self.site_combo.currentData(),
            "starts_on": from_qdate(self.start_edit.date()),
            "ends_on": from_qdate(self.end_edit.date()),
            "project_manager": self.manager_edit.text(),
            "contractor": self.contractor_edit.text(), "surveyor": self.surveyor_edit.text(),
        }


class DwellingsDialog(QDialog):
    """Tick the dwellings the works concern."""

    def __init__(self, choices: list[DwellingChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dwellings in the project"))
        items = [(c.dwelling_id, f"{c.site_name} · {c.building_name} · {c.dwelling_label}"
                  + (f" — {c.household_name}" if c.household_name else "")) for c in choices]
        self.list = _checklist(self, items, checked=False)
        self.list.setAccessibleName(self.tr("Dwellings"))
        all_button = QPushButton(self.tr("Tick &all"), self)
        all_button.clicked.connect(self._tick_all)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick the dwellings concerned by the works "
                                        "(space ticks the current one)."), self))
        layout.addWidget(self.list)
        layout.addWidget(all_button)
        layout.addWidget(_buttons(self))
        self.resize(520, 480)

    def _tick_all(self) -> None:
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(Qt.CheckState.Checked)

    def values(self) -> list[str]:
        return _checked(self.list)


class SignatureDialog(QDialog):
    """Sign in the box with a finger, a pen or the mouse."""

    def __init__(self, name: str, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Signature"))
        self.pad = SignaturePad(self)
        self.pad.setAccessibleName(self.tr("Signature box"))
        self.pad.setMinimumSize(560, 220)
        heading = QLabel(f"<b>{html.escape(name)}</b> — {html.escape(role)}", self)
        heading.setTextFormat(Qt.TextFormat.RichText)
        hint = QLabel(self.tr("Sign in the white box with a finger, a pen or the mouse."), self)
        self.clear_button = QPushButton(self.tr("&Clear"), self)
        self.clear_button.clicked.connect(self.pad.clear)
        self.box = _buttons(self)
        self.ok_button = self.box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Sign"))
        self.ok_button.setEnabled(False)
        self.pad.changed.connect(lambda: self.ok_button.setEnabled(not self.pad.is_empty()))
        row = QHBoxLayout()
        row.addWidget(self.clear_button)
        row.addStretch(1)
        row.addWidget(self.box)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.pad, 1)
        layout.addLayout(row)


class ReasonDialog(QDialog):
    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(prompt)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt, self))
        layout.addWidget(self.edit)
        layout.addWidget(_buttons(self))

    def value(self) -> str:
        return self.edit.toPlainText()


class AddendumDialog(QDialog):
    """A change after signing: which element (or none), its condition now, and what."""

    def __init__(self, elements: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Addendum"))
        self.element_combo = QComboBox(self)
        self.element_combo.addItem(self.tr("The inventory as a whole"), None)
        for element_id, text in elements:
            self.element_combo.addItem(text, element_id)
        self.condition_combo = QComboBox(self)
        self.condition_combo.addItem(self.tr("(unchanged)"), "")
        for code in rl.CONDITIONS:
            self.condition_combo.addItem(labels.condition(code), code)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("A signed inventory is never edited: the addendum is "
                                   "printed beside it."), self))
        form.addRow(self.tr("&Concerns:"), self.element_combo)
        form.addRow(self.tr("Condition &now:"), self.condition_combo)
        form.addRow(self.tr("&What changed:"), self.text_edit)
        form.addRow(_buttons(self))
        self.text_edit.setAccessibleName(self.tr("What changed"))

    def values(self) -> AddendumValues:
        return {"element_id": self.element_combo.currentData(),
                "condition": self.condition_combo.currentData(),
                "text": self.text_edit.toPlainText()}

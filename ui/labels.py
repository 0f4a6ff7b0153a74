"""Code → label maps of the services, translated at display time (context "labels")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox

from fieldapp.casework import labels as _labels


def label(mapping: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    source = mapping.get(code)
    return QCoreApplication.translate("labels", source) if source else code


def note_kind(code: str | None) -> str:
    return label(_labels.NOTE_KINDS, code)


def theme(code: str | None) -> str:
    return label(_labels.THEMES, code)


def case_status(code: str | None) -> str:
    return label(_labels.CASE_STATUSES, code)


def confidentiality(code: str | None) -> str:
    return label(_labels.CONFIDENTIALITY, code)


def destination(code: str | None) -> str:
    return label(_labels.REFERRAL_DESTINATIONS, code)


def referral_status(code: str | None) -> str:
    return label(_labels.REFERRAL_STATUSES, code)


def visit_status(code: str | None) -> str:
    return label(_labels.VISIT_STATUSES, code)


def objective(code: str | None) -> str:
    if not code:
        return ""
    return f"{code} {label(_labels.OBJECTIVES, code)}"


def fill_combo(combo: QComboBox, mapping: dict[str, str], *, none_text: str | None = None) -> None:
    """(Re)fill a combo with translated labels, keeping the selected code."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for code, source in mapping.items():
        combo.addItem(QCoreApplication.translate("labels", source), code)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def fill_objective_combo(combo: QComboBox, none_text: str) -> None:
    """The 17 operational objectives grouped under their 4 axes (axis rows not selectable)."""
    current = combo.currentData()
    model = QStandardItemModel(combo)
    none_item = QStandardItem(none_text)
    none_item.setData(None, Qt.ItemDataRole.UserRole)
    model.appendRow(none_item)
    for axis_code, axis_source in _labels.AXES.items():
        header = QStandardItem(f"{axis_code} {QCoreApplication.translate('labels', axis_source)}")
        header.setFlags(Qt.ItemFlag.NoItemFlags)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        model.appendRow(header)
        for code, source in _labels.OBJECTIVES.items():
            if code.split(".")[0] == str(axis_code):
                item = QStandardItem(f"    {code} {QCoreApplication.translate('labels', source)}")
                item.setData(code, Qt.ItemDataRole.UserRole)
                model.appendRow(item)
    combo.blockSignals(True)
    combo.setModel(model)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
